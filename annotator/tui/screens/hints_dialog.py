"""Every hint of the current sentence, in a box that scrolls: for a
sentence with more hints than the panel under the article has rows."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from annotator.tui.keys import HINTS_DIALOG_KEYS, bindings
from annotator.tui.screens.dialog import Dialog


class HintsDialog(Dialog[None]):
    """The panel's lines, all of them; escape, q or H closes it."""

    BINDINGS = bindings(HINTS_DIALOG_KEYS)

    def __init__(self, title: str, lines: list[Text]) -> None:
        super().__init__()
        self.heading = title
        self.lines = lines

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="hints-box", classes=Dialog.BOX):
            # Text objects throughout: the cues are article text, never markup.
            yield Static(Text.assemble((self.heading, "bold"), ("  (↓ ↑ scroll, esc closes)", "dim")))
            yield Static(Text("\n").join(self.lines), id="hints-all")
