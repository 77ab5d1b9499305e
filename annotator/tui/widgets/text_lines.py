"""A few lines of styled text drawn straight from Rich segments.

The status line and the hints panel change on every key press. Drawn as a
``Static``, each change goes through Textual's content pipeline (visual,
wrapping, content strips) for every line and lays the screen out again;
here the rows are worked out once per change and only the rows whose text
changed are drawn again. The height is the stylesheet's, so new text never
needs a layout."""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget


class TextLines(Widget):
    """Lines of text; with ``wrap`` a long line wraps onto the next rows,
    else it is cut with "…"."""

    def __init__(self, *, wrap: bool = False, id: str | None = None) -> None:
        super().__init__(id=id)
        self._wrap = wrap
        self._lines: list[Text] = []
        self._rows: list[Text] = []  # the lines as drawn at _width and _height
        self._width = 0
        self._height = 0
        self._strips: dict[int, Strip] = {}
        self._base: Style | None = None

    @property
    def content(self) -> Text:
        """Every line, joined (what a ``Static`` would hold)."""
        return Text("\n").join(self._lines)

    def render(self) -> Text:
        return self.content

    def set_lines(self, lines: list[Text]) -> None:
        """Show ``lines``; only the rows that change are drawn again."""
        if lines == self._lines:
            return
        self._lines = list(lines)
        old, self._rows = self._rows, self._fit(self._width)
        top = self.styles.gutter.top
        for row in range(max(len(old), len(self._rows))):
            if row >= len(old) or row >= len(self._rows) or old[row] != self._rows[row]:
                self._strips.pop(row, None)
                self.refresh(Region(0, top + row, self.size.width, 1))

    def overflow_row(self, hidden: int) -> Text | None:
        """The last row when ``hidden`` more rows do not fit (None: cut them
        silently). A subclass says where the rest can be read."""
        return None

    def _fit(self, width: int) -> list[Text]:
        if width <= 0:
            return []
        if self._wrap:  # most lines fit: wrapping them is the costly part
            console = self.app.console
            rows = [
                row
                for line in self._lines
                for row in ([line] if line.cell_len <= width else line.wrap(console, width, overflow="fold"))
            ]
        else:
            rows = []
            for line in self._lines:
                row = line.copy()
                row.truncate(width, overflow="ellipsis")
                rows.append(row)
        height = self._height
        if 0 < height < len(rows):
            note = self.overflow_row(len(rows) - height + 1)
            if note is not None:
                note.truncate(width, overflow="ellipsis")
                rows = [*rows[: height - 1], note]
        return rows

    def render_line(self, y: int) -> Strip:
        width, height = self.content_region.width, self.content_region.height
        if width != self._width or height != self._height:
            self._width, self._height = width, height
            self._rows = self._fit(width)
            self._strips.clear()
        strip = self._strips.get(y)
        if strip is None:
            base = self._base or self.rich_style  # rich_style walks every ancestor: once per stylesheet
            self._base = base
            if y < len(self._rows):
                row, console = self._rows[y], self.app.console
                # Text.render leaves the line's own style out (its spans only): add it under them.
                line = base + console.get_style(row.style) if row.style else base
                segments = [Segment(text, line + style if style else line) for text, style, _ in row.render(console)]
                strip = Strip(segments).adjust_cell_length(width, base)
            else:
                strip = Strip.blank(width, base)
            self._strips[y] = strip
        return strip

    def notify_style_update(self) -> None:
        # A new theme: the drawn rows carry the old colours.
        super().notify_style_update()
        self._strips.clear()
        self._base = None
