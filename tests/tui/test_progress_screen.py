"""The study's progress in the app (P): the whole study for an adjudicator
or in an open study; only the reviewer's own line in a blind study; and the
assigned articles first in the list."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Static

from annotator.study import Study
from annotator.tui.app import make_app
from annotator.tui.screens.progress import ProgressScreen
from tests.tui.conftest import SIZE, settle, shown_text


@pytest.fixture
def study_store(seeded_store):
    """alice and bob both assigned article 1 and labelling it; bob also article 2."""
    Study(seeded_store).assign(["alice", "bob"], per_article=2, articles=[1], seed=1, by="lead")
    Study(seeded_store).assign(["bob"], per_article=1, articles=[2], seed=1, by="lead")
    for s in seeded_store.sentences(1)[:3]:
        seeded_store.set_label(s.id, "alice", "sourced")
        seeded_store.set_label(s.id, "bob", "opinion")
    return seeded_store


async def progress_text(app, pilot) -> str:
    await pilot.press("P")
    await settle(pilot)
    assert isinstance(app.screen, ProgressScreen)
    return shown_text(app.screen.query_one("#progress-report", Static), width=160)


async def test_the_adjudicator_sees_the_whole_study(study_store) -> None:
    app = make_app(study_store, "dana", adjudicate=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = await progress_text(app, pilot)
        assert "Reviewers" in text and "alice" in text and "bob" in text and "Overlap:" in text
        await pilot.press("P")
        await pilot.pause()
        assert not isinstance(app.screen, ProgressScreen)


async def test_a_blind_reviewer_sees_only_their_own_progress(study_store) -> None:
    study_store.set_blind(True)
    app = make_app(study_store, "alice", article_id=1)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = await progress_text(app, pilot)
    assert "your own progress only" in text and "3/" in text
    assert "bob" not in text and "alpha" not in text and "agrees" not in text


async def test_assigned_articles_come_first_in_the_list(study_store) -> None:
    app = make_app(study_store, "bob")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        first = [str(table.get_row_at(i)[0]) for i in range(2)]
    assert all("1" in cell or "2" in cell for cell in first), first
