"""The application: global keys and screen routing. Screens do the work."""

from __future__ import annotations

import gc

from textual.app import App

from annotator.db.records import ReviewData
from annotator.exports.display_text import assemble
from annotator.store import AnnotationStore
from annotator.tui.keys import APP_KEYS, bindings, load_keymap, use_keymap
from annotator.tui.label_styles import label_css
from annotator.tui.screens.labeling import LabelingScreen
from annotator.tui.screens.review import ReviewScreen


class AnnotatorApp(App[None]):
    """Review articles sentence by sentence."""

    CSS_PATH = "app.tcss"
    TITLE = "annotator"
    BINDINGS = bindings(APP_KEYS)

    def __init__(
        self,
        store: AnnotationStore,
        reviewer: str | None,
        *,
        article_id: int | None = None,
        auto_advance: bool = True,
        preloaded: ReviewData | None = None,
        adjudicate: bool = False,
        article_ids: tuple[int, ...] = (),
        hints: bool = True,
    ) -> None:
        super().__init__()
        self.store = store
        # The labels' colours, from the database's codebook (loaded after app.tcss).
        from annotator.tui.widgets.article_view import ArticleView

        codebook = store.codebook()
        # Textual declares CSS a class variable but reads it from the app: these colours are this database's.
        self.CSS = label_css(codebook)  # type: ignore[misc]
        ArticleView.use_labels(codebook.values)
        self.reviewer = reviewer
        self.start_article = article_id
        self.auto_advance = auto_advance
        self.preloaded = preloaded
        self.adjudicate = adjudicate
        self.article_ids = article_ids
        self.hints = hints
        # The user's keymap (keys.toml in their config folder): bound here, shown by the footer and help.
        self.user_keymap, self.keymap_warning = load_keymap()
        use_keymap(self.user_keymap)

    def on_mount(self) -> None:
        if self.user_keymap:
            self.set_keymap(self.user_keymap)
        if self.keymap_warning:
            self.notify(self.keymap_warning, severity="warning", timeout=10)
        self.call_after_refresh(self._started)
        self._open_first_screen()

    def _open_first_screen(self) -> None:
        if self.reviewer is None:  # this login's first time in this database: ask once
            from annotator.identity import login_name
            from annotator.tui.screens.reviewer_name_dialog import ReviewerNameDialog

            self.push_screen(ReviewerNameDialog(self.store, login_name(), adjudicating=self.adjudicate), self._named)
            return
        if self.adjudicate:
            from annotator.tui.screens.adjudicate import AdjudicateScreen

            self.push_screen(AdjudicateScreen(self.store, self.reviewer, article_ids=self.article_ids))
        elif self.start_article is None:
            self.show_article_list()
        else:
            # Straight to the article; the list is built when it is first needed.
            self.open_review(self.start_article, [], preloaded=self.preloaded)

    def _named(self, name: str | None) -> None:
        if name is None:
            self.exit(message="No reviewer name given: nothing was labelled.")
            return
        self.reviewer = name
        self._open_first_screen()

    def _started(self) -> None:
        # The first frame is on screen. The command line held garbage
        # collection off while starting (it only slows imports); switch it
        # back on, with everything loaded so far frozen out of its full
        # passes (which would otherwise stall a key press now and then).
        gc.freeze()
        gc.enable()

    def show_article_list(self) -> None:
        """Show the article list (built on first use)."""
        from annotator.tui.screens.article_list import ArticleListScreen

        assert self.reviewer is not None  # screens open once the reviewer is named
        if not any(isinstance(s, ArticleListScreen) for s in self.screen_stack):
            self.push_screen(ArticleListScreen(self.store, self.reviewer))

    def open_review(self, article_id: int, article_ids: list[int], *, preloaded: ReviewData | None = None) -> None:
        """Open the review screen on an article; ``article_ids`` is the order
        that ``]`` and ``[`` follow."""
        assert self.reviewer is not None  # screens open once the reviewer is named
        self.push_screen(
            ReviewScreen(
                self.store,
                self.reviewer,
                article_id,
                article_ids=article_ids or [article_id],
                auto_advance=self.auto_advance,
                preloaded=preloaded,
                hints=self.hints,
            ),
            callback=lambda _result: self.show_article_list(),
        )

    def action_help(self) -> None:
        from annotator.tui.screens.help_dialog import HelpDialog

        if not isinstance(self.screen, HelpDialog):
            self.push_screen(HelpDialog(self.store.codebook()))

    def action_agreement(self) -> None:
        from annotator.tui.screens.agreement import AgreementScreen

        if not isinstance(self.screen, AgreementScreen):
            # The adjudicator sees every label anyway; a reviewer in a blind study sees only their own figures.
            self.push_screen(AgreementScreen(self.store, None if self.adjudicate else self.reviewer))

    def action_progress(self) -> None:
        from annotator.tui.screens.progress import ProgressScreen

        if not isinstance(self.screen, ProgressScreen):
            # The adjudicator (a lead) sees the whole study; a reviewer in a blind study only their own line.
            self.push_screen(ProgressScreen(self.store, None if self.adjudicate else self.reviewer))

    async def action_quit(self) -> None:
        """Quit only after every label shown is committed; a change that could
        not be saved and was never shown is reported as the app closes."""
        unreported: list[str] = []
        for screen in self.screen_stack:
            if isinstance(screen, LabelingScreen):
                unreported += await screen.finish_writes()
        if unreported:
            self.exit(
                return_code=1, message=assemble(f"error: {len(unreported)} change(s) were not saved: {unreported[0]}")
            )
        else:
            self.exit()


def make_app(
    store: AnnotationStore,
    reviewer: str | None,
    *,
    article_id: int | None = None,
    auto_advance: bool = True,
    preload: bool = False,
    adjudicate: bool = False,
    article_ids: tuple[int, ...] = (),
    hints: bool = True,
) -> AnnotatorApp:
    """Build the app exactly as ``annotator review`` does (tests use it too).

    With ``preload``, the article is read now, so a missing one is an error
    before the UI starts and the first frame already shows it. Without a
    ``reviewer`` the app asks for the name first (and remembers it)."""
    preloaded = None
    if preload and article_id is not None and reviewer is not None:
        preloaded = store.review_data(article_id, reviewer)
    return AnnotatorApp(
        store,
        reviewer,
        article_id=article_id,
        auto_advance=auto_advance,
        preloaded=preloaded,
        adjudicate=adjudicate,
        article_ids=article_ids,
        hints=hints,
    )
