"""Help: every key first, screen by screen, from the one key table; then
the codebook's labels in the order the guidelines check them, and its
guidelines. Names, descriptions and examples are the codebook's text, shown
literally (never read as markup)."""

from __future__ import annotations

from itertools import groupby

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Markdown, Static

from annotator.db.codebook import Codebook
from annotator.db.codebook_default import DEFAULT_CODEBOOK
from annotator.exports.display_text import as_text, visible
from annotator.tui.keys import HELP_KEYS, bindings, screen_keys
from annotator.tui.screens.dialog import Dialog

# Within a screen, keys come in this order, each kind named once in the left column.
_GROUPS = {
    "Label": "label",
    "Adjudicate": "gold",
    "Move": "move",
    "Search": "search",
    "Hints": "hints",
    "Articles": "list",
    "App": "other",
}


def keys_table(codebook: Codebook = DEFAULT_CODEBOOK) -> Group:
    """Every key, one section per screen, as help shows it."""
    order = list(_GROUPS)
    sections: list[Text | Table] = []
    for number, (screen, keys) in enumerate(screen_keys(codebook)):
        sections.append(Text(("\n" if number else "") + screen, style="bold underline"))
        table = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
        table.add_column("kind", style="dim", no_wrap=True, width=6)
        table.add_column("keys", style="bold", no_wrap=True, width=11)
        table.add_column("what")
        groups = sorted({key.group for key in keys}, key=order.index)
        for group, members in groupby(sorted(keys, key=lambda k: order.index(k.group)), key=lambda k: k.group):
            kind = _GROUPS[group] if len(groups) > 1 else ""  # a one-kind section needs no name for it
            for row, key in enumerate(members):
                table.add_row("" if row else kind, as_text(key.shown_keys), as_text(key.description))
        sections.append(table)
    return Group(*sections)


def labels_table(codebook: Codebook) -> Table:
    """The labels in decision order: keys, name (value), description and examples."""
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
    table.add_column("keys", style="bold", no_wrap=True, width=6)
    table.add_column("label", no_wrap=True)
    table.add_column("what")
    for value in codebook.decision_order:
        label = codebook.get(value)
        assert label is not None  # a checked codebook orders its own labels
        what = as_text(label.description, multiline=True)
        for example in label.examples:
            what.append("\n“" + visible(example) + "”", style="italic dim")
        shown = label.name if label.name == label.value else f"{label.name} ({label.value})"
        table.add_row(as_text(" / ".join(label.keys)), as_text(shown, "bold"), what)
    return table


class HelpDialog(Dialog[None]):
    """Keys, labels and guidelines; any of escape, q or ? closes it."""

    BINDINGS = bindings(HELP_KEYS)

    def __init__(self, codebook: Codebook = DEFAULT_CODEBOOK) -> None:
        super().__init__()
        self.codebook = codebook

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box", classes=Dialog.BOX):
            yield Static(Text.assemble(("Keys", "bold"), ("  (↓ ↑ scroll, esc closes)", "dim")), classes="help-heading")
            yield Static(keys_table(self.codebook), id="help-keys")
            yield Static(
                Text.assemble(("Labels", "bold"), ("  (in the order the guidelines check them)", "dim")),
                classes="help-heading",
            )
            yield Static(labels_table(self.codebook), id="help-labels")
            yield Static(Text("Guidelines", style="bold"), classes="help-heading")
            yield Markdown(self.codebook.guidelines, id="help-guidelines")
