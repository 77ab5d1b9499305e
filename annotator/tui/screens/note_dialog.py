"""Write or edit the note on a sentence. Enter saves, Escape cancels; while
the dialog is open, label keys type letters and never label."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, Static

from annotator.exports.display_text import as_text, visible
from annotator.tui.keys import NOTE_DIALOG_KEYS, bindings
from annotator.tui.screens.dialog import Dialog


class NoteDialog(Dialog[str | None]):
    """Returns the new note (empty string removes it), or None if cancelled."""

    BINDINGS = bindings(NOTE_DIALOG_KEYS)

    def __init__(self, sentence: str, note: str) -> None:
        super().__init__()
        self.sentence = sentence
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box", classes=Dialog.BOX):
            yield Label("Note on this sentence", id="note-title")
            yield Static(as_text(self.sentence, multiline=True), id="note-sentence")
            # The field shows control characters as pictures; saving it unchanged keeps the note as stored.
            yield Input(
                visible(self.note), placeholder="Why this label? (required in spirit for suspicious)", id="note-input"
            )
            yield Label("enter save · esc cancel · empty note removes it", id="note-help")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _save(self, event: Input.Submitted) -> None:
        self.dismiss(self.note if event.value == visible(self.note) else event.value)
