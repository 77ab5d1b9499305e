"""How wide each column of the article list is, for a given width: the id,
counts, progress and others columns are as wide as their widest cell (never
cut); the title takes the rest; the source gives way first on a narrow
terminal. Pure arithmetic, no Textual."""

from __future__ import annotations

from dataclasses import dataclass

PADDING = 2  # the table's cell padding, one cell each side of a column
SOURCE_MAX = 16  # a source longer than this is cut with "…"
SOURCE_MIN = 6  # narrower than its heading: left out instead
TITLE_MIN = 16  # the source is left out before the title gets narrower than this
TITLE_FLOOR = 8  # narrower still, the table scrolls sideways instead


@dataclass(frozen=True)
class ListColumns:
    """Column widths in cells, without padding; ``source`` 0 leaves it out."""

    id: int
    title: int
    source: int
    sentences: int
    progress: int
    others: int


def fit_columns(
    width: int, *, ids: list[str], sources: list[str], sentences: list[str], progress: list[int], others: list[str]
) -> ListColumns:
    """Widths for a table ``width`` cells wide (inside any scroll bar).
    Each list holds a column's cells (``progress`` their widths), so a
    fixed column is as wide as its widest cell or heading."""
    id_width = max(len("id"), *map(len, ids), 0)
    sentences_width = max(len("sentences"), *map(len, sentences), 0)
    progress_width = max(len("your progress"), *progress, 0)
    others_width = max(len("others"), *map(len, others), 0)
    fixed = id_width + sentences_width + progress_width + others_width + 4 * PADDING
    room = width - fixed - PADDING  # for the title, and the source if it fits
    source = min(SOURCE_MAX, max([len("source"), *map(len, sources)]))
    source = max(SOURCE_MIN, min(source, room - PADDING - TITLE_MIN))
    if room - source - PADDING < TITLE_MIN:
        source = 0
    title = max(TITLE_FLOOR, room - (source + PADDING if source else 0))
    return ListColumns(id_width, title, source, sentences_width, progress_width, others_width)
