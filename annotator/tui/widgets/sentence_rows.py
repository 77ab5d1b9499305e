"""The article view's sentences cut into rows for one width, with and
without marks (hints, search matches), each worked out once: moving the
cursor marks one sentence and unmarks another, and the review screen asks
for the next sentence's marks before the cursor gets there."""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Console
from rich.style import Style
from rich.text import Text

from annotator.exports.display_text import visible

Mark = tuple[int, int, str]  # start, end, style name


class SentenceRows:
    """Rows by (sentence, marks) for ``width`` cells; ``style_of`` gives a mark's style."""

    def __init__(self, texts: list[str], width: int, console: Console, style_of: Callable[[str], Style]) -> None:
        self.width = width
        self._texts = texts
        self._console = console
        self._style_of = style_of
        self._rows: dict[tuple[int, tuple[Mark, ...]], list[Text]] = {}

    def rows(self, index: int, marks: tuple[Mark, ...] = ()) -> list[Text]:
        """Sentence ``index`` as rows, ``marks`` styled in."""
        key = (index, marks)
        found = self._rows.get(key)
        if found is None:
            # Line breaks inside a sentence read as spaces; the length stays, so hint offsets still fit
            # (``visible`` replaces each control character with one picture, for the same reason).
            content = Text(visible(self._texts[index].replace("\n", " "), multiline=True))
            for start, end, style in marks:
                content.stylize(self._style_of(style), start, end)
            found = self._rows[key] = list(content.wrap(self._console, self.width, overflow="fold"))
        return found
