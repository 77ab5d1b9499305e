"""The article list's column widths: fixed columns whole, the title takes the rest."""

from __future__ import annotations

from annotator.tui.list_columns import PADDING, TITLE_FLOOR, fit_columns

DATA = dict(
    ids=["1", "12"],
    sources=["Harrow Bay Courier (opinion)", "x"],
    sentences=["17", "120"],
    progress=[len("17/17 ██████████"), len("0/120 ██████████")],
    others=["—", "2 others"],
)


def _total(columns) -> int:
    shown = [columns.id, columns.title, columns.sentences, columns.progress, columns.others]
    if columns.source:
        shown.append(columns.source)
    return sum(shown) + PADDING * len(shown)


def test_fixed_columns_are_as_wide_as_their_widest_cell_or_heading() -> None:
    columns = fit_columns(120, **DATA)
    assert (columns.id, columns.sentences, columns.progress, columns.others) == (2, 9, 16, 8)
    assert columns.source == 16


def test_the_title_takes_the_rest_at_every_width() -> None:
    for width in (60, 80, 100, 120, 200, 300):
        columns = fit_columns(width, **DATA)
        assert _total(columns) == width, width
    assert fit_columns(200, **DATA).title > 120


def test_the_source_gives_way_before_the_title_gets_narrow() -> None:
    assert fit_columns(80, **DATA).source == 16
    narrow = fit_columns(60, **DATA)
    assert narrow.source == 0 and narrow.title >= 12


def test_too_narrow_keeps_a_floor_and_scrolls() -> None:
    assert fit_columns(30, **DATA).title == TITLE_FLOOR


def test_short_sources_take_only_what_they_need() -> None:
    data = DATA | {"sources": ["AP", "BBC"]}
    assert fit_columns(120, **data).source == len("source")
