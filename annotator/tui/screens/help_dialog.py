"""Help: the labelling guidelines and every key, from the one key table."""

from __future__ import annotations

from itertools import groupby

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown, Static

from annotator.guidelines import GUIDELINES
from annotator.tui.keys import ALL_KEYS


def keys_table() -> Table:
    """Every key, grouped, as help shows it."""
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
    table.add_column("keys", style="bold", no_wrap=True)
    table.add_column("what")
    seen: set[str] = set()
    for group, keys in groupby(sorted(ALL_KEYS, key=lambda k: _GROUPS.index(k.group)), key=lambda k: k.group):
        table.add_row(Text(group, style="underline"), "")
        for key in keys:
            if key.id not in seen:
                seen.add(key.id)
                table.add_row(key.shown_keys, key.description)
    return table


_GROUPS = ["Label", "Adjudicate", "Move", "Search", "Hints", "Articles", "App"]


class HelpDialog(ModalScreen[None]):
    """Guidelines and keys; any of escape, q or ? closes it."""

    BINDINGS = [Binding("escape,q,question_mark", "close", "close", id="close-help")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Text("Guidelines", style="bold"), classes="help-heading")
            yield Markdown(GUIDELINES, id="help-guidelines")
            yield Static(Text("Keys", style="bold"), classes="help-heading")
            yield Static(keys_table(), id="help-keys")

    def action_close(self) -> None:
        self.dismiss(None)
