"""The review screen: read an article sentence by sentence and label it.

Key presses change the ``ReviewSession`` and queue the change with the
``LabelWriter``; the gutter shows "label…" until the writer reports the
change committed, and the old label again if the write failed."""

from __future__ import annotations

import asyncio
import gc
from concurrent.futures import Future, TimeoutError
from functools import partial

from textual import on, work
from textual.app import ComposeResult
from textual.screen import Screen

from annotator.label_writer import LabelWriter
from annotator.review_session import Change, Mark, ReviewSession
from annotator.store import AnnotationStore
from annotator.tui.keys import APP_KEYS, REVIEW_KEYS, bindings
from annotator.tui.widgets.key_bar import KeyBar
from annotator.tui.messages import LabelSaved, LoadFailed, ReviewLoaded, SaveFailed
from annotator.tui.widgets.article_view import ArticleView, Chip
from annotator.tui.widgets.review_status import ReviewStatus
from db.labels import Label
from db.schemas import ReviewData


# How long a key press waits for its save before showing it as pending.
FAST_SAVE = 0.01


class ReviewScreen(Screen):
    """One article, one reviewer."""

    BINDINGS = bindings(REVIEW_KEYS)

    def __init__(
        self,
        store: AnnotationStore,
        reviewer: str,
        article_id: int,
        *,
        article_ids: list[int] | None = None,
        auto_advance: bool = True,
        preloaded: ReviewData | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.reviewer = reviewer
        self.article_id = article_id
        self.article_ids = article_ids or [article_id]
        self.auto_advance = auto_advance
        self.title_text = ""
        self.preloaded = preloaded
        self.session: ReviewSession | None = None
        self.writer = LabelWriter(store, reviewer)

    def compose(self) -> ComposeResult:
        yield ReviewStatus(id="review-status")
        yield ArticleView(id="article")
        yield KeyBar([*REVIEW_KEYS, *APP_KEYS])

    def on_mount(self) -> None:
        self.query_one(ArticleView).focus()
        if self.preloaded is not None and self.preloaded.article_id == self.article_id:
            # Read before the UI started (``review --article``): show it in the first frame.
            self._loaded(ReviewLoaded(self.preloaded))
            self.preloaded = None
        else:
            self.load(self.article_id)

    # --- loading --------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="review-load", exit_on_error=False)
    def load(self, article_id: int) -> None:
        try:
            data = self.store.review_data(article_id, self.reviewer)
        except Exception as exc:
            self.post_message(LoadFailed(str(exc)))
        else:
            self.post_message(ReviewLoaded(data))

    @on(ReviewLoaded)
    def _loaded(self, message: ReviewLoaded) -> None:
        data = message.data
        saved = {
            sid: Mark(Label(label) if label else None, note) for sid, (label, note) in data.marks.items()
        }
        self.article_id = data.article_id
        self.title_text = data.title
        self.session = ReviewSession(data.sentences, saved=saved, auto_advance=self.auto_advance)
        view = self.query_one(ArticleView)
        view.show(
            [s.text for s in data.sentences], [s.paragraph for s in data.sentences],
            [self._chip(i) for i in range(len(data.sentences))], self.session.cursor,
        )
        self._update_status()
        # Everything loaded so far lives as long as the screen: keep it out of
        # the garbage collector's full passes, which would otherwise stall a
        # key press now and then for tens of milliseconds.
        gc.freeze()

    @on(LoadFailed)
    def _load_failed(self, message: LoadFailed) -> None:
        self.notify(message.error, title="Could not open the article", severity="error")

    # --- drawing ------------------------------------------------------------------------
    def _chip(self, index: int) -> Chip:
        assert self.session is not None
        mark = self.session.mark(index)
        return Chip(mark.label.value if mark.label else None, bool(mark.note), self.session.is_pending(index))

    def _redraw(self, *indexes: int) -> None:
        view = self.query_one(ArticleView)
        for index in indexes:
            view.set_chip(index, self._chip(index))
        if self.session is not None:
            view.set_cursor(self.session.cursor)
        self._update_status()

    def _update_status(self) -> None:
        if self.session is None:
            return
        self.query_one(ReviewStatus).show(
            title=self.title_text, position=self.session.cursor + 1, total=len(self.session.sentences),
            labelled=self.session.labelled_count(),
            counts={label.value: n for label, n in self.session.label_counts().items()},
            auto_advance=self.session.auto_advance, reviewer=self.reviewer,
        )

    # --- saving -----------------------------------------------------------------------------
    def _submit(self, change: Change | None, *also: int) -> None:
        if change is None:
            self._redraw(*also)
            return
        done = self.writer.submit(change)
        # A save takes about a millisecond: wait that long, so the key press
        # and its saved label reach the screen in the same frame. A slow save
        # is reported later by message and shown as pending meanwhile.
        try:
            done.result(timeout=FAST_SAVE)
        except TimeoutError:
            done.add_done_callback(partial(self._report, change))
            self._redraw(change.index, *also)
        except Exception as exc:
            self._failed(SaveFailed(change, str(exc)))
        else:
            self._saved(LabelSaved(change))

    def _report(self, change: Change, done: Future) -> None:
        # Runs on the writer thread: hand the outcome to the screen's thread.
        error = done.exception()
        self.post_message(LabelSaved(change) if error is None else SaveFailed(change, str(error)))

    @on(LabelSaved)
    def _saved(self, message: LabelSaved) -> None:
        if self.session is not None and message.change.serial in self.session.pending:
            self.session.saved_ok(message.change)
            self._redraw(message.change.index)

    @on(SaveFailed)
    def _failed(self, message: SaveFailed) -> None:
        if self.session is not None and message.change.serial in self.session.pending:
            self.notify(f"Not saved: {message.error}", title="Save failed", severity="error", timeout=10)
            self.session.save_failed(message.change)
            self._redraw(message.change.index)

    async def finish_writes(self) -> None:
        """Wait until every queued change is committed; then stop the writer."""
        await asyncio.to_thread(self.writer.close)

    # --- actions (keys in keys.REVIEW_KEYS) -------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Nothing to act on until the article is loaded.
        return self.session is not None or action == "back"

    def action_label(self, name: str) -> None:
        assert self.session is not None
        index = self.session.cursor
        self._submit(self.session.set_label(Label(name)), index)

    def action_clear_label(self) -> None:
        assert self.session is not None
        self._submit(self.session.set_label(None))

    def action_undo(self) -> None:
        assert self.session is not None
        change = self.session.undo()
        if change is None:
            self.notify("Nothing to undo.")
        self._submit(change)

    def action_toggle_advance(self) -> None:
        assert self.session is not None
        self.session.auto_advance = self.auto_advance = not self.session.auto_advance
        self._update_status()

    def action_move(self, step: int) -> None:
        assert self.session is not None
        if self.session.move(step):
            self._redraw()

    def action_next_unlabelled(self, direction: int) -> None:
        assert self.session is not None
        if self.session.next_unlabelled(direction):
            self._redraw()
        else:
            self.notify("No unlabelled sentence " + ("after" if direction > 0 else "before") + " this one.")

    def action_first(self) -> None:
        assert self.session is not None
        self.session.move_to(0)
        self._redraw()

    def action_last(self) -> None:
        assert self.session is not None
        self.session.move_to(len(self.session.sentences) - 1)
        self._redraw()

    def action_switch_article(self, step: int) -> None:
        try:
            position = self.article_ids.index(self.article_id)
        except ValueError:
            return
        target = position + step
        if not 0 <= target < len(self.article_ids):
            self.notify("No more articles " + ("after" if step > 0 else "before") + " this one.")
            return
        self.session = None
        self.load(self.article_ids[target])

    def action_edit_note(self) -> None:
        from annotator.tui.screens.note_dialog import NoteDialog  # loaded when first needed

        assert self.session is not None
        index = self.session.cursor
        sentence = self.session.current
        current = self.session.mark(index).note

        def done(note: str | None) -> None:
            if note is not None and self.session is not None and self.session.cursor == index:
                self._submit(self.session.set_note(note))

        self.app.push_screen(NoteDialog(sentence.text, current or ""), done)

    async def action_back(self) -> None:
        await self.finish_writes()
        self.dismiss()
