"""How the study screens look: the reviewer-name question, and
adjudication with a gold note before its label, done (pytest
--snapshot-update after checking the report when a change is intended)."""

from __future__ import annotations

import pytest

from annotator.db.labels import Label
from annotator.tui.app import make_app
from tests.tui.conftest import SIZE, settle


@pytest.fixture
def two_reviewers(seeded_store):
    s = seeded_store.sentences(1)
    for i, (a, b) in enumerate([(Label.SOURCED, Label.SOURCED), (Label.OPINION, Label.SUSPICIOUS)]):
        seeded_store.set_label(s[i].id, "alice", a)
        seeded_store.set_label(s[i].id, "bob", b, note="quote not traceable")
    return seeded_store


async def _ready(pilot) -> None:
    await settle(pilot)


def test_reviewer_name_question(snap_compare, seeded_store, monkeypatch) -> None:
    """Asked once per login and database, saying why the name matters."""
    monkeypatch.setenv("LOGNAME", "root")

    async def ready(pilot) -> None:
        await settle(pilot)
        pilot.app.focused.cursor_blink = False

    assert snap_compare(make_app(seeded_store, None), terminal_size=SIZE, run_before=ready)


def test_adjudication_done_with_a_note_kept(snap_compare, two_reviewers) -> None:
    """The only disagreement settled: the note written before the label, and what is next."""
    s = two_reviewers.sentences(1)
    two_reviewers.set_gold(s[1].id, None, adjudicator="dana", note="the verb reports, it does not judge")

    async def settle_it(pilot) -> None:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("k")
        await settle(pilot)

    assert snap_compare(make_app(two_reviewers, "dana", adjudicate=True), terminal_size=SIZE, run_before=settle_it)
