"""The article list: every article with this reviewer's progress and how
many others reviewed it. Enter opens one; / filters by title (enter in the
filter opens the highlighted article at once)."""

from __future__ import annotations

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from annotator.db.records import ArticleProgress
from annotator.exports.display_text import as_text, assemble, visible
from annotator.store import AnnotationStore
from annotator.tui.keys import APP_KEYS, LIST_FILTER_KEYS, LIST_KEYS, bindings
from annotator.tui.list_columns import fit_columns
from annotator.tui.messages import ArticlesLoaded, LoadFailed, post_loaded
from annotator.tui.widgets.key_bar import KeyBar
from annotator.views import progress_bar


def progress_cell(done: int, total: int) -> Text:
    """``12/40 ███░░░░░░░`` (the numbers carry it without colour)."""
    style = "bold" if total and done >= total else ""
    bar = progress_bar(done, total)
    filled = bar.count("█")
    return Text.assemble((f"{done}/{total} ", style), (bar[:filled], "green"), (bar[filled:], "dim"))


def others_cell(others: int | None) -> str:
    """``2 others``; ``—`` for none; ``hidden`` in a blind study."""
    if others is None:
        return "hidden"
    return f"{others} other{'s' if others != 1 else ''}" if others else "—"


class ArticleListScreen(Screen):
    """Pick an article to review."""

    BINDINGS = [
        *bindings(LIST_KEYS),
        # Up and down are reached only from the filter field (the table uses them itself): they move the highlight.
        *bindings(LIST_FILTER_KEYS),
    ]

    def __init__(self, store: AnnotationStore, reviewer: str) -> None:
        super().__init__()
        self.store = store
        self.reviewer = reviewer
        self.articles: list[ArticleProgress] = []
        self.loaded = False
        self.filter_text = ""

    def compose(self) -> ComposeResult:
        yield Static(assemble("Articles · reviewing as ", (self.reviewer, "bold")), id="list-title")
        yield Input(placeholder="filter by title (↓ ↑ choose, enter opens, tab to the list, esc clears)", id="filter")
        yield DataTable(id="articles", cursor_type="row", zebra_stripes=True)
        yield Static("Reading the articles…", id="list-empty")
        yield KeyBar([*LIST_KEYS, *APP_KEYS])

    def on_mount(self) -> None:
        self.query_one("#filter", Input).display = False
        self.query_one(DataTable).focus()

    def on_resize(self, event: events.Resize) -> None:
        # The title column takes what the others leave: fit them to the new width.
        if self.loaded:
            self.call_after_refresh(self._fill)

    def on_screen_resume(self) -> None:
        # Also runs when coming back from a review: progress has changed.
        # Not while another screen is already on top (``review --article``):
        # the list is read when it is first seen.
        if self.app.screen is self:
            self.load()

    @work(thread=True, exclusive=True, group="list-load", exit_on_error=False)
    def load(self) -> None:
        post_loaded(self, lambda: ArticlesLoaded(self.store.article_progress(self.reviewer)))

    @on(ArticlesLoaded)
    def _loaded(self, message: ArticlesLoaded) -> None:
        self.articles = message.articles
        self.loaded = True
        if any(a.others is None for a in self.articles):  # the store hides others in a blind study
            self.query_one("#list-title", Static).update(
                assemble(
                    "Articles · reviewing as ", (self.reviewer, "bold"), " · blind study: you see only your own figures"
                )
            )
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
        table.clear(columns=True)
        cells = [
            (str(a.id), str(a.sentences), progress_cell(a.mine, a.sentences), others_cell(a.others))
            for a in self.articles
        ]
        # Widths from every article, not only the filtered ones: columns stay put while the filter changes.
        widths = fit_columns(
            table.scrollable_content_region.width,
            ids=[c[0] for c in cells],
            sources=[a.source for a in self.articles],
            sentences=[c[1] for c in cells],
            progress=[c[2].cell_len for c in cells],
            others=[c[3] for c in cells],
        )
        table.add_column("id", key="id", width=widths.id)
        table.add_column("title", key="title", width=widths.title)
        if widths.source:
            table.add_column("source", key="source", width=widths.source)
        table.add_column("sentences", key="sentences", width=widths.sentences)
        table.add_column("your progress", key="progress", width=widths.progress)
        table.add_column("others", key="others", width=widths.others)
        shown = {a.id for a in self.visible_articles()}
        for a, (id_, sentences, progress, others) in zip(self.articles, cells):
            if a.id not in shown:
                continue
            source = [as_text(a.source, overflow="ellipsis", no_wrap=True)] if widths.source else []
            table.add_row(
                id_, as_text(a.title, overflow="ellipsis", no_wrap=True), *source, sentences, progress, others, key=id_
            )
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
        assert key.value is not None  # every row is keyed by its article id
        return int(key.value)

    # --- actions ---------------------------------------------------------------------
    def action_open_article(self) -> None:
        from annotator.tui.app import AnnotatorApp

        article_id = self._selected_id()
        if article_id is not None:
            app = self.app
            assert isinstance(app, AnnotatorApp)  # the list is one of its screens
            app.open_review(article_id, [a.id for a in self.visible_articles()])

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open_article()

    def action_next_unfinished(self) -> None:
        visible = self.visible_articles()
        table = self.query_one(DataTable)
        start = table.cursor_row
        for step in range(1, len(visible) + 1):
            row = (start + step) % len(visible)
            if not visible[row].finished:
                table.move_cursor(row=row)
                return
        hidden = sum(1 for a in self.articles if not a.finished) - sum(1 for a in visible if not a.finished)
        if hidden:
            self.notify(
                f"No unfinished article matches the filter; {hidden} unfinished hidden (esc clears the filter)."
            )
        elif self.articles:
            self.notify("Every article is fully labelled.")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # "/" is a priority key (so the letters after it reach the field);
        # in the field it is just a letter.
        return not (action == "filter" and isinstance(self.focused, Input))

    def action_filter(self) -> None:
        field = self.query_one("#filter", Input)
        field.display = True
        # Focus now, not after the next refresh: keys typed right after / are
        # already queued and must reach the field, not the table's bindings.
        self.set_focus(field)

    def action_highlight(self, step: int) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            table.move_cursor(row=max(0, min(table.row_count - 1, table.cursor_row + step)))

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value
        self._fill()

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        # One enter opens the highlighted article; the filter stays for the way back.
        if self._selected_id() is not None:
            self.set_focus(self.query_one(DataTable))
            self.action_open_article()

    def action_clear_filter(self) -> None:
        field = self.query_one("#filter", Input)
        field.value = ""
        field.display = False
        self.filter_text = ""
        self._fill()
        self.query_one(DataTable).focus()
