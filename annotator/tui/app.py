"""The application: global keys and screen routing. Screens do the work."""

from __future__ import annotations

from textual.app import App

from annotator.store import AnnotationStore
from annotator.tui.keys import APP_KEYS, bindings
from annotator.tui.screens.review import ReviewScreen


class AnnotatorApp(App[None]):
    """Review articles sentence by sentence."""

    CSS_PATH = "app.tcss"
    TITLE = "annotator"
    BINDINGS = bindings(APP_KEYS)

    def __init__(
        self,
        store: AnnotationStore,
        reviewer: str,
        *,
        article_id: int | None = None,
        auto_advance: bool = True,
    ) -> None:
        super().__init__()
        self.store = store
        self.reviewer = reviewer
        self.start_article = article_id
        self.auto_advance = auto_advance

    def on_mount(self) -> None:
        if self.start_article is None:
            self.show_article_list()
        else:
            # Straight to the article; the list is built when it is first needed.
            self.open_review(self.start_article, [])

    def show_article_list(self) -> None:
        """Show the article list (built on first use)."""
        from annotator.tui.screens.article_list import ArticleListScreen

        if not any(isinstance(s, ArticleListScreen) for s in self.screen_stack):
            self.push_screen(ArticleListScreen(self.store, self.reviewer))

    def open_review(self, article_id: int, article_ids: list[int]) -> None:
        """Open the review screen on an article; ``article_ids`` is the order
        that ``]`` and ``[`` follow."""
        self.push_screen(
            ReviewScreen(self.store, self.reviewer, article_id, article_ids=article_ids or [article_id],
                         auto_advance=self.auto_advance),
            callback=lambda _result: self.show_article_list(),
        )

    def action_help(self) -> None:
        from annotator.tui.screens.help_dialog import HelpDialog

        if not isinstance(self.screen, HelpDialog):
            self.push_screen(HelpDialog())

    async def action_quit(self) -> None:
        """Quit only after every label shown is committed."""
        for screen in self.screen_stack:
            if isinstance(screen, ReviewScreen):
                await screen.finish_writes()
        self.exit()


def make_app(store: AnnotationStore, reviewer: str, *, article_id: int | None = None,
             auto_advance: bool = True) -> AnnotatorApp:
    """Build the app exactly as ``annotator review`` does (tests use it too)."""
    return AnnotatorApp(store, reviewer, article_id=article_id, auto_advance=auto_advance)
