"""Adjudication: walk the sentences reviewers disagree on (or, with ``t``,
every sentence two or more of them labelled) and settle each into a gold
label. The keys and saving are the review screen's (``labeling.py``)."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.containers import VerticalScroll

from annotator.label_writer import LabelWriter, gold_saver
from annotator.review_session import Mark, ReviewSession
from annotator.store import AnnotationStore
from annotator.tui.keys import ADJUDICATE_KEYS, APP_KEYS, bindings
from annotator.tui.messages import AdjudicationLoaded, LoadFailed
from annotator.tui.screens.labeling import LabelingScreen
from annotator.tui.widgets.adjudication_panel import AdjudicationPanel
from annotator.tui.widgets.key_bar import KeyBar
from db.labels import Label
from db.schemas import AdjudicationItem
from exports.display_text import visible


class AdjudicateScreen(LabelingScreen):
    """One adjudicator settling disagreements into gold labels."""

    BINDINGS = bindings(ADJUDICATE_KEYS)

    def __init__(self, store: AnnotationStore, adjudicator: str, *, article_ids: tuple[int, ...] = ()) -> None:
        super().__init__(LabelWriter(gold_saver(store, adjudicator)))
        self.store = store
        self.adjudicator = adjudicator
        self.article_ids = article_ids
        self.include_all = False
        self.items: list[AdjudicationItem] = []

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="adjudication"):
            yield AdjudicationPanel("Reading the labels…", id="adjudication-panel")
        yield KeyBar([*ADJUDICATE_KEYS, *APP_KEYS])

    def on_mount(self) -> None:
        self.load(self.include_all)

    @work(thread=True, exclusive=True, group="adjudication-load", exit_on_error=False)
    def load(self, include_all: bool) -> None:
        try:
            items = self.store.adjudication_items(include_all=include_all, article_ids=self.article_ids)
        except Exception as exc:
            self.post_message(LoadFailed(str(exc)))
        else:
            self.post_message(AdjudicationLoaded(items, include_all))

    @on(AdjudicationLoaded)
    def _loaded(self, message: AdjudicationLoaded) -> None:
        keep = self.session.current.id if self.session and self.session.sentences else None
        self.items, self.include_all = message.items, message.include_all
        if not self.items:
            self.session = None
            self.query_one(AdjudicationPanel).show_empty(self.include_all)
            return
        saved = {item.sentence.id: Mark(Label(item.gold[0]), item.gold[1]) for item in self.items if item.gold}
        self.session = ReviewSession([item.sentence for item in self.items], saved=saved, note_needs_label=True)
        ids = [item.sentence.id for item in self.items]
        if keep in ids:
            self.session.move_to(ids.index(keep))
        self._redraw()

    @on(LoadFailed)
    def _load_failed(self, message: LoadFailed) -> None:
        self.notify(visible(message.error), title="Could not read the labels", severity="error", markup=False)

    def _redraw(self, *indexes: int) -> None:
        if self.session is None:
            return
        index = self.session.cursor
        mark = self.session.mark(index)
        self.query_one(AdjudicationPanel).show(
            self.items[index], position=index + 1, total=len(self.items), settled=self.session.labelled_count(),
            gold=(mark.label.value if mark.label else None, mark.note), pending=self.session.is_pending(index),
            include_all=self.include_all, adjudicator=self.adjudicator,
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.session is not None or action in ("back", "toggle_scope")

    async def action_toggle_scope(self) -> None:
        await self.settle_writes()  # reload what is saved, after the queued gold labels
        self.load(not self.include_all)

    def action_edit_note(self) -> None:
        if self.session is not None and self.session.mark(self.session.cursor).label is None:
            self.notify("Set the gold label first (1-4); the note goes with it.")
            return
        super().action_edit_note()

    async def action_back(self) -> None:
        await self.app.action_quit()
