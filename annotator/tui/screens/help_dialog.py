"""Help: every key first, screen by screen, from the one key table; then the
labelling guidelines."""

from __future__ import annotations

from itertools import groupby

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown, Static

from annotator.guidelines import GUIDELINES
from annotator.tui.keys import HELP_KEYS, SCREEN_KEYS, bindings

# Within a screen, keys come in this order, each kind named once in the left column.
_GROUPS = {"Label": "label", "Adjudicate": "gold", "Move": "move", "Search": "search", "Hints": "hints",
           "Articles": "list", "App": "other"}


def keys_table() -> Group:
    """Every key, one section per screen, as help shows it."""
    order = list(_GROUPS)
    sections: list[Text | Table] = []
    for number, (screen, keys) in enumerate(SCREEN_KEYS):
        sections.append(Text(("\n" if number else "") + screen, style="bold underline"))
        table = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
        table.add_column("kind", style="dim", no_wrap=True, width=6)
        table.add_column("keys", style="bold", no_wrap=True, width=11)
        table.add_column("what")
        groups = sorted({key.group for key in keys}, key=order.index)
        for group, members in groupby(sorted(keys, key=lambda k: order.index(k.group)), key=lambda k: k.group):
            kind = _GROUPS[group] if len(groups) > 1 else ""  # a one-kind section needs no name for it
            for row, key in enumerate(members):
                table.add_row("" if row else kind, key.shown_keys, key.description)
        sections.append(table)
    return Group(*sections)


class HelpDialog(ModalScreen[None]):
    """Keys and guidelines; any of escape, q or ? closes it."""

    BINDINGS = bindings(HELP_KEYS)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Text.assemble(("Keys", "bold"), ("  (↓ ↑ scroll, esc closes)", "dim")),
                         classes="help-heading")
            yield Static(keys_table(), id="help-keys")
            yield Static(Text("Guidelines", style="bold"), classes="help-heading")
            yield Markdown(GUIDELINES, id="help-guidelines")

    def action_close(self) -> None:
        self.dismiss(None)
