"""What the review and adjudication screens share: a ``ReviewSession``
moved and changed by the same keys, and an ordered ``LabelWriter`` that
commits each change before the screen shows it as saved (a slow save shows
as pending, a failed one is reported and not shown)."""

from __future__ import annotations

import asyncio
from concurrent.futures import Future, TimeoutError
from functools import partial

from textual import on
from textual.screen import Screen
from textual.widget import AwaitMount

from annotator.exports.display_text import visible
from annotator.label_writer import LabelWriter
from annotator.review_session import Change, ReviewSession
from annotator.tui.messages import LabelSaved, SaveFailed

# How long a key press waits for its save before showing it as pending.
FAST_SAVE = 0.01


class LabelingScreen(Screen):
    """Subclasses set ``session`` once loaded and implement ``_redraw``."""

    def __init__(self, writer: LabelWriter) -> None:
        super().__init__()
        self.writer = writer
        self.session: ReviewSession | None = None
        self._reported: set[int] = set()  # serials of failed changes already shown

    def _redraw(self, *indexes: int) -> None:
        """Show the session: the cursor, the marks of ``indexes``, the status."""
        raise NotImplementedError

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
        if message.change.serial not in self._reported:
            self._reported.add(message.change.serial)
            self.notify(
                visible(f"Not saved: {message.error}"), title="Save failed", severity="error", timeout=10, markup=False
            )
        if self.session is not None and message.change.serial in self.session.pending:
            self.session.save_failed(message.change)
            self._redraw(message.change.index)

    async def settle_writes(self) -> None:
        """Wait until every queued change is committed (before reloading)."""
        await asyncio.to_thread(self.writer.wait_idle)

    async def finish_writes(self) -> list[str]:
        """Wait until every queued change is committed; stop the writer; return
        the failures the screen never got to show."""
        await asyncio.to_thread(self.writer.close)
        return [error for change, error in self.writer.failures if change.serial not in self._reported]

    # --- actions shared by review and adjudication -------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Nothing to act on until something is loaded.
        return self.session is not None or action == "back"

    def action_label(self, name: str) -> None:
        assert self.session is not None
        index = self.session.cursor
        self._submit(self.session.set_label(name), index)

    def action_clear_label(self) -> None:
        assert self.session is not None
        self._submit(self.session.set_label(None))

    def action_undo(self) -> None:
        assert self.session is not None
        change = self.session.undo()
        if change is None:
            self.notify("Nothing to undo.")
        self._submit(change)

    def action_move(self, step: int) -> None:
        assert self.session is not None
        if self.session.move(step):
            self._redraw()

    def action_next_unlabelled(self, direction: int) -> None:
        assert self.session is not None
        if self.session.next_unlabelled(direction):
            self._redraw()
        else:
            self.notify(f"Nothing unlabelled {'after' if direction > 0 else 'before'} this one.")

    def action_first(self) -> None:
        assert self.session is not None
        self.session.move_to(0)
        self._redraw()

    def action_last(self) -> None:
        assert self.session is not None
        self.session.move_to(len(self.session.sentences) - 1)
        self._redraw()

    def action_edit_note(self) -> AwaitMount:
        """Open the note dialog. The dialog's mounting is returned so that the
        action (a priority key) waits for it: keys typed meanwhile go to the
        note field, never to this screen, where a letter is a command."""
        from annotator.tui.screens.note_dialog import NoteDialog  # loaded when first needed

        assert self.session is not None
        index = self.session.cursor
        sentence = self.session.current
        current = self.session.mark(index).note

        def done(note: str | None) -> None:
            if note is not None and self.session is not None and self.session.cursor == index:
                self._submit(self.session.set_note(note))

        return self.app.push_screen(NoteDialog(sentence.text, current or ""), done)

    async def action_back(self) -> None:
        unreported = await self.finish_writes()
        if unreported:
            self.app.notify(
                visible(f"{len(unreported)} change(s) were not saved: {unreported[0]}"),
                severity="error",
                timeout=15,
                markup=False,
            )
        self.dismiss()
