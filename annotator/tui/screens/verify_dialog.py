"""Add the person a sentence names to the registry, as verified by you."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label

from annotator.exports.display_text import as_text
from annotator.tui.keys import VERIFY_DIALOG_KEYS, bindings
from annotator.tui.screens.dialog import Dialog


class VerifyPersonDialog(Dialog[tuple[str, str, str] | None]):
    """Returns (name, title, organisation), or None if cancelled."""

    BINDINGS = bindings(VERIFY_DIALOG_KEYS)

    def __init__(self, name: str, candidates: list[str]) -> None:
        super().__init__()
        self.person = name
        self.candidates = candidates

    def compose(self) -> ComposeResult:
        with Vertical(id="verify-box", classes=Dialog.BOX):
            yield Label("Add a verified person", id="verify-title")
            if self.candidates:
                yield Label(as_text("Named here: " + ", ".join(self.candidates)), id="verify-candidates")
            yield Input(self.person, placeholder="full name", id="verify-name")
            yield Input(placeholder="title (optional), e.g. Secretary of Commerce", id="verify-role")
            yield Input(placeholder="organisation (optional)", id="verify-org")
            yield Label("enter on the last field saves · tab moves · esc cancels", id="verify-help")

    def on_mount(self) -> None:
        self.query_one("#verify-name", Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "verify-org":
            self.focus_next()
            return
        name = " ".join(self.query_one("#verify-name", Input).value.split())
        if not name:
            self.notify("A name is needed.", severity="warning")
            self.query_one("#verify-name", Input).focus()
            return
        self.dismiss(
            (
                name,
                self.query_one("#verify-role", Input).value.strip(),
                self.query_one("#verify-org", Input).value.strip(),
            )
        )
