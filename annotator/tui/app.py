"""The application: global keys and screen routing. Screens do the work."""

from __future__ import annotations

from textual.app import App

from annotator.store import AnnotationStore
from annotator.tui.keys import APP_KEYS, bindings
from annotator.tui.screens.article_list import ArticleListScreen
from annotator.tui.screens.help_dialog import HelpDialog
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
        self.push_screen(ArticleListScreen(self.store, self.reviewer))
        if self.start_article is not None:
            self.open_review(self.start_article, [])

    def open_review(self, article_id: int, article_ids: list[int]) -> None:
        """Open the review screen on an article; ``article_ids`` is the order
        that ``]`` and ``[`` follow."""
        self.push_screen(
            ReviewScreen(self.store, self.reviewer, article_id, article_ids=article_ids or [article_id],
                         auto_advance=self.auto_advance)
        )

    def action_help(self) -> None:
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
