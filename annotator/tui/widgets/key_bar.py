"""The key line at the bottom of a screen, drawn from the key table.

One widget with one line of text (Textual's Footer mounts a widget per key,
which costs start-up time). It shows as many of the screen's keys as fit
the width, the most useful first (each key's ``Tip`` ranks it); help is
always there, since it lists the rest."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from annotator.exports.display_text import assemble
from annotator.tui.keys import Key

KEY_STYLE = "bold reverse"


def fit_tips(keys: list[Key], width: int) -> list[tuple[str, str]]:
    """The (keys, words) pairs that fit in ``width`` cells, in rank order:
    pinned ones first claim their room, then the rest by rank while they fit."""
    tips = sorted(((key, key.tip) for key in keys if key.tip is not None), key=lambda pair: pair[1].rank)
    room = width - 1  # the line starts with a space
    chosen: set[str] = set()
    for key, _ in [*(p for p in tips if p[1].pinned), *(p for p in tips if not p[1].pinned)]:
        cells = _cells(key)
        if cells <= room:
            chosen.add(key.id)
            room -= cells
    return [key.footer for key, _ in tips if key.id in chosen]


def _cells(key: Key) -> int:
    keys, words = key.footer
    return len(keys) + 1 + len(words) + 1  # "1 sourced " (the key itself drawn reversed)


class KeyBar(Widget):
    """``1 sourced 2 unsourced … ? help``, as many as fit."""

    def __init__(self, keys: list[Key], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.keys = keys
        self._drawn: tuple[int, Text] | None = None  # drawn once per width: the keys never change

    def render(self) -> Text:
        width = self.content_region.width or self.app.size.width
        if self._drawn is None or self._drawn[0] != width:
            parts: list[tuple[str, str] | str] = [" "]
            for keys, words in fit_tips(self.keys, width):
                parts += [(keys, KEY_STYLE), f" {words} "]
            self._drawn = (width, assemble(*parts, no_wrap=True, overflow="crop"))
        return self._drawn[1]
