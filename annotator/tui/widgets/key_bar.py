"""The key line at the bottom of a screen, drawn from the key table.

One widget with one line of text (Textual's Footer mounts a widget per key,
which costs start-up time); it lists the keys marked ``show``."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from annotator.tui.keys import Key


class KeyBar(Static):
    """``1 sourced  2 unsourced  …  ? help``, cut at the right edge if narrow."""

    def __init__(self, keys: list[Key], *, id: str | None = None) -> None:
        super().__init__(self.describe(keys), id=id)

    @staticmethod
    def describe(keys: list[Key]) -> Text:
        parts: list[tuple[str, str] | str] = []
        for key in keys:
            if key.show:
                parts += [(f" {key.shown_keys.split(' / ')[0]} ", "bold reverse"), f" {key.description} "]
        return Text.assemble(*parts, no_wrap=True, overflow="ellipsis")
