"""The article list: every article with this reviewer's progress and how
many others reviewed it. Enter opens one; / filters by title."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from annotator.store import AnnotationStore
from annotator.views import progress_bar
from annotator.tui.keys import APP_KEYS, LIST_KEYS, bindings
from annotator.tui.widgets.key_bar import KeyBar
from annotator.tui.messages import ArticlesLoaded, LoadFailed
from db.schemas import ArticleProgress
from exports.display_text import as_text, assemble, visible

def progress_cell(done: int, total: int) -> Text:
    """``12/40 ███░░░░░░░`` (the numbers carry it without colour)."""
    style = "bold" if total and done >= total else ""
    bar = progress_bar(done, total)
    filled = bar.count("█")
    return Text.assemble((f"{done}/{total} ", style), (bar[:filled], "green"), (bar[filled:], "dim"))


class ArticleListScreen(Screen):
    """Pick an article to review."""

    BINDINGS = [*bindings(LIST_KEYS), Binding("escape", "clear_filter", "clear filter", show=False, id="clear-filter")]

    def __init__(self, store: AnnotationStore, reviewer: str) -> None:
        super().__init__()
        self.store = store
        self.reviewer = reviewer
        self.articles: list[ArticleProgress] = []
        self.filter_text = ""

    def compose(self) -> ComposeResult:
        yield Static(assemble("Articles · reviewing as ", (self.reviewer, "bold")), id="list-title")
        yield Input(placeholder="filter by title (enter to keep, esc to clear)", id="filter")
        yield DataTable(id="articles", cursor_type="row", zebra_stripes=True)
        yield Static("Reading the articles…", id="list-empty")
        yield KeyBar([*LIST_KEYS, *APP_KEYS])

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("id", key="id")
        table.add_column("title", key="title", width=34)
        table.add_column("source", key="source", width=16)
        table.add_column("sentences", key="sentences")
        table.add_column("your progress", key="progress")
        table.add_column("others", key="others")
        self.query_one("#filter", Input).display = False
        table.focus()

    def on_screen_resume(self) -> None:
        # Also runs when coming back from a review: progress has changed.
        # Not while another screen is already on top (``review --article``):
        # the list is read when it is first seen.
        if self.app.screen is self:
            self.load()

    @work(thread=True, exclusive=True, group="list-load", exit_on_error=False)
    def load(self) -> None:
        try:
            articles = self.store.article_progress(self.reviewer)
        except Exception as exc:
            self.post_message(LoadFailed(str(exc)))
        else:
            self.post_message(ArticlesLoaded(articles))

    @on(ArticlesLoaded)
    def _loaded(self, message: ArticlesLoaded) -> None:
        self.articles = message.articles
        self._fill()

    @on(LoadFailed)
    def _load_failed(self, message: LoadFailed) -> None:
        self.notify(visible(message.error), title="Could not list articles", severity="error", markup=False)

    def visible_articles(self) -> list[ArticleProgress]:
        """The articles the filter lets through, in list order."""
        needle = self.filter_text.casefold()
        return [a for a in self.articles if needle in a.title.casefold()]

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        selected = self._selected_id()
        table.clear()
        for a in self.visible_articles():
            others = f"{a.others} other{'s' if a.others != 1 else ''}" if a.others else "—"
            table.add_row(str(a.id), as_text(a.title), as_text(a.source), str(a.sentences),
                          progress_cell(a.mine, a.sentences),
                          others, key=str(a.id))
        empty = self.query_one("#list-empty", Static)
        if not self.articles:
            empty.update("No articles yet. Import some with: annotator import PATH")
        elif not table.row_count:
            empty.update(assemble(f"No title contains “{self.filter_text}”."))
        empty.display = not table.row_count
        if selected is not None and str(selected) in table.rows:
            table.move_cursor(row=table.get_row_index(str(selected)))

    def _selected_id(self) -> int | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        return int(key.value)

    # --- actions ---------------------------------------------------------------------
    def action_open_article(self) -> None:
        article_id = self._selected_id()
        if article_id is not None:
            self.app.open_review(article_id, [a.id for a in self.visible_articles()])

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open_article()

    def action_next_unfinished(self) -> None:
        visible = self.visible_articles()
        if not visible:
            return
        table = self.query_one(DataTable)
        start = table.cursor_row
        for step in range(1, len(visible) + 1):
            row = (start + step) % len(visible)
            if not visible[row].finished:
                table.move_cursor(row=row)
                return
        self.notify("Every article is fully labelled.")

    def action_filter(self) -> None:
        field = self.query_one("#filter", Input)
        field.display = True
        field.focus()

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value
        self._fill()

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one(DataTable).focus()

    def action_clear_filter(self) -> None:
        field = self.query_one("#filter", Input)
        field.value = ""
        field.display = False
        self.filter_text = ""
        self._fill()
        self.query_one(DataTable).focus()
