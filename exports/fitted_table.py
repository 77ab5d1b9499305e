"""A table that fits the terminal by narrowing only its titles and names:
figures are never cut.

Rich narrows every wrappable column together and cuts a cell that does not
fit with "…", so on an 80-column terminal an alpha of 0.412 came out as
"0.4…". Here each column says how it may narrow: a figure column keeps the
width of its widest cell and header; a column of titles or names gives way
(its cells are one line, cut with "…"); a figure column headed by a name
keeps its figures whole and lets the name give way. The widths are worked
out for the width the table is drawn at.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, JustifyMethod, RenderableType, RenderResult
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

FIGURE, FIGURE_UNDER_NAME, GIVES_WAY = "figure", "figure under a name", "gives way"
_SMALLEST_GIVING_WAY = 3  # "Po…": still says something


@dataclass(frozen=True)
class FittedColumn:
    """A column's header, alignment and how it may narrow (``FIGURE``,
    ``FIGURE_UNDER_NAME`` or ``GIVES_WAY``)."""

    header: str | Text
    justify: JustifyMethod = "right"
    kind: str = FIGURE


def one_line(value: str | Text) -> Text:
    """A cell or header that may be cut: one line, ending in "…" when cut."""
    text = value.copy() if isinstance(value, Text) else Text(value)
    text.no_wrap, text.overflow = True, "ellipsis"
    return text


def _width(cell: RenderableType) -> int:
    return cell_len(cell.plain if isinstance(cell, Text) else str(cell))


class FittedTable:
    """A Rich renderable: ``title``, ``columns`` and ``rows`` (str or Text
    cells), drawn as a ``rich.table.Table`` that fits the width given."""

    def __init__(self, title: str | Text, columns: list[FittedColumn], rows: Sequence[tuple[str | Text, ...]]) -> None:
        self.title = title
        self.columns = columns
        self.rows = rows
        self._natural: list[int] = []
        self._least: list[int] = []
        for index, column in enumerate(columns):
            figures = max((_width(row[index]) for row in rows), default=0)
            header = _width(column.header)
            self._natural.append(max(figures, header, 1))
            least = {
                FIGURE: max(figures, header, 1),
                FIGURE_UNDER_NAME: max(figures, 1),
                GIVES_WAY: min(max(figures, header, 1), _SMALLEST_GIVING_WAY),
            }[column.kind]
            self._least.append(least)

    def widths(self, max_width: int) -> list[int]:
        """Each column's content width for a table at most ``max_width`` wide
        (wider only when the figures alone do not fit)."""
        widths = list(self._natural)
        room = max_width - self._frame()
        excess = sum(widths) - room
        while excess > 0:
            # The widest column that may still narrow gives one cell; titles
            # narrow down to the others before those narrow at all.
            shrinkable = [i for i, w in enumerate(widths) if w > self._least[i]]
            if not shrinkable:
                break
            widest = max(shrinkable, key=lambda i: widths[i])
            widths[widest] -= 1
            excess -= 1
        return widths

    def _frame(self) -> int:
        # A default Rich table: a border left of each column and one at the end, one space each side of a cell.
        return 3 * len(self.columns) + 1

    def table(self, max_width: int) -> Table:
        """The ``rich.table.Table`` for this width."""
        table = Table(title=self.title, title_justify="left")
        for column, width in zip(self.columns, self.widths(max_width)):
            header = column.header if column.kind == FIGURE else one_line(column.header)
            table.add_column(header, justify=column.justify, width=width, no_wrap=True, overflow="ellipsis")
        for row in self.rows:
            table.add_row(
                *(cell if column.kind == FIGURE else one_line(cell) for column, cell in zip(self.columns, row))
            )
        return table

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.table(options.max_width)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        least = sum(self._least) + self._frame()
        natural = sum(self._natural) + self._frame()
        return Measurement(min(least, options.max_width), min(natural, options.max_width))
