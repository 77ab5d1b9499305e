"""Adjudication: walk the sentences reviewers disagree on (or, with ``t``,
every sentence two or more of them labelled) and settle each into a gold
label. The keys and saving are the review screen's (``labeling.py``)."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.containers import VerticalScroll

from annotator.db.records import AdjudicationItem
from annotator.exports.display_text import visible
from annotator.label_writer import LabelWriter, gold_saver
from annotator.review_session import Mark, ReviewSession
from annotator.store import AnnotationStore
from annotator.tui.keys import ADJUDICATE_COMMAND_KEYS, APP_KEYS, adjudicate_keys, bind_keys, bindings, label_keys
from annotator.tui.messages import AdjudicationDone, AdjudicationLoaded, LoadFailed, post_loaded
from annotator.tui.screens.labeling import LabelingScreen
from annotator.tui.widgets.adjudication_panel import AdjudicationPanel
from annotator.tui.widgets.key_bar import KeyBar


class AdjudicateScreen(LabelingScreen):
    """One adjudicator settling disagreements into gold labels."""

    BINDINGS = bindings(ADJUDICATE_COMMAND_KEYS)  # and the codebook's label keys, bound per screen

    def __init__(self, store: AnnotationStore, adjudicator: str, *, article_ids: tuple[int, ...] = ()) -> None:
        super().__init__(LabelWriter(gold_saver(store, adjudicator)))
        self.store = store
        self.codebook = store.codebook()
        bind_keys(self, label_keys(self.codebook, gold=True))
        self.adjudicator = adjudicator
        self.article_ids = article_ids
        self.include_all = False
        self.items: list[AdjudicationItem] = []
        self._done = False  # every item has a gold label (said once, until one is cleared)
        self._next_step: str | None = None

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="adjudication"):
            yield AdjudicationPanel("Reading the labels…", keys=self.codebook.key_range(), id="adjudication-panel")
        yield KeyBar([*adjudicate_keys(self.codebook), *APP_KEYS])

    def on_mount(self) -> None:
        self.load(self.include_all)

    @work(thread=True, exclusive=True, group="adjudication-load", exit_on_error=False)
    def load(self, include_all: bool) -> None:
        post_loaded(
            self,
            lambda: AdjudicationLoaded(
                self.store.adjudication_items(include_all=include_all, article_ids=self.article_ids), include_all
            ),
        )

    @on(AdjudicationLoaded)
    def _loaded(self, message: AdjudicationLoaded) -> None:
        keep = self.session.current.id if self.session and self.session.sentences else None
        self.items, self.include_all = message.items, message.include_all
        if not self.items:
            self.session = None
            self.query_one(AdjudicationPanel).show_empty(self.include_all)
            return
        saved = {item.sentence.id: Mark(item.gold[0] or None, item.gold[1]) for item in self.items if item.gold}
        # The gold note is the adjudicator's reasoning: it may come before the label and stays when it is cleared.
        self.session = ReviewSession([item.sentence for item in self.items], saved=saved, labels=self.codebook.values)
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
        settled = self.session.labelled_count()
        done = settled == len(self.items)
        if done != self._done:
            self._done, self._next_step = done, None
            if done:
                self.look_ahead(self.include_all)
        self.query_one(AdjudicationPanel).show(
            self.items[index],
            position=index + 1,
            total=len(self.items),
            settled=settled,
            gold=(mark.label, mark.note),
            pending=self.session.is_pending(index),
            include_all=self.include_all,
            adjudicator=self.adjudicator,
            done=self._next_step if done else None,
        )

    @work(thread=True, exclusive=True, group="adjudication-ahead", exit_on_error=False)
    def look_ahead(self, include_all: bool) -> None:
        """Count what the other scope still has without gold (none when
        every multiply-labelled sentence is here already)."""
        unsettled = 0
        if not include_all:
            try:
                items = self.store.adjudication_items(include_all=True, article_ids=self.article_ids)
            except Exception:  # only a suggestion: say done without it
                items = []
            unsettled = sum(1 for item in items if not (item.gold and item.gold[0]))
        self.post_message(AdjudicationDone(unsettled))

    @on(AdjudicationDone)
    def _said_done(self, message: AdjudicationDone) -> None:
        if not self._done:
            return  # a gold label was cleared meanwhile
        n = message.unsettled_elsewhere
        if n:
            self._next_step = (
                f"Every disagreement has a gold label. Next: press t for the {n} sentence"
                f"{'s' if n != 1 else ''} reviewers agree on, still without gold; q quits."
            )
        else:
            self._next_step = (
                "Every sentence here has a gold label. Next: `annotator export OUT --format dataset` "
                "writes the data set; q quits."
            )
        self.notify(self._next_step, title="Adjudication done", timeout=10, markup=False)
        self._redraw()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.session is not None or action in ("back", "toggle_scope")

    async def action_toggle_scope(self) -> None:
        await self.settle_writes()  # reload what is saved, after the queued gold labels
        self.load(not self.include_all)

    async def action_back(self) -> None:
        await self.app.action_quit()
