"""The key line at the bottom: as many of the screen's keys as fit the width,
the most useful first, and help always there."""

from __future__ import annotations

import pytest

from annotator.db.labels import Label
from annotator.tui.app import make_app
from annotator.tui.widgets.key_bar import KeyBar
from tests.tui.conftest import settle
from tests.tui.keystrokes import widget_lines

REVIEW_FIRST = ["1 sourced", "2 unsourced", "3 opinion", "4 suspicious", "j/k move", "e note", "/ search", "? help"]
REVIEW_REST = [
    "n/N unlabelled",
    "esc back",
    "z undo",
    "0 clear",
    "[/] article",
    "g/G first/last",
    "h hints",
    "v add person",
    "a auto-advance",
    "A agreement",
]


async def _footer(app, width: int) -> str:
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        [line] = widget_lines(app.screen.query_one(KeyBar))
        return line


@pytest.mark.parametrize("width", [80, 100, 120])
async def test_the_review_footer_shows_the_most_useful_keys_first(seeded_store, width: int) -> None:
    line = await _footer(make_app(seeded_store, "alice", article_id=1), width)
    positions = [line.index(item) for item in REVIEW_FIRST]
    assert positions == sorted(positions)
    shown_rest = [item for item in REVIEW_REST if item in line]
    assert [line.index(item) for item in shown_rest] == sorted(line.index(item) for item in shown_rest)
    for item in REVIEW_REST:  # a key is left out only when there is no room for it
        assert item in line or len(line.rstrip()) + 1 + len(item) > width
    assert "…" not in line


async def test_a_wide_footer_shows_every_review_key(seeded_store) -> None:
    line = await _footer(make_app(seeded_store, "alice", article_id=1), 200)
    for item in REVIEW_FIRST + REVIEW_REST:
        assert item in line


async def test_a_narrow_footer_keeps_the_labels_and_help(seeded_store) -> None:
    line = await _footer(make_app(seeded_store, "alice", article_id=1), 60)
    for item in ["1 sourced", "2 unsourced", "3 opinion", "4 suspicious", "? help"]:
        assert item in line
    assert "…" not in line and len(line.rstrip()) <= 60


async def test_the_adjudication_footer_shows_moving_and_the_scope_key(seeded_store) -> None:
    sentence = seeded_store.sentences(1)[0]
    seeded_store.set_label(sentence.id, "alice", Label.SOURCED)
    seeded_store.set_label(sentence.id, "bob", Label.OPINION)
    line = await _footer(make_app(seeded_store, "dana", adjudicate=True), 100)
    for item in ["1 sourced", "j/k move", "e note", "t scope", "? help", "n/N without gold"]:
        assert item in line


async def test_the_article_list_footer(seeded_store) -> None:
    line = await _footer(make_app(seeded_store, "alice"), 80)
    for item in ["enter open", "/ filter", "n next unfinished", "? help", "q quit"]:
        assert item in line
