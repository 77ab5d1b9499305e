"""A blind study (``annotator settings blind on``): what a reviewer opens
shows only their own figures and says the study is blind; the adjudicator
still sees every label."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Static

from annotator.db.labels import Label
from annotator.tui.app import make_app
from annotator.tui.screens.agreement import AgreementScreen
from tests.tui.conftest import SIZE, settle, shown_text


@pytest.fixture
def two_reviewers(seeded_store):
    """alice and bob label article 1's first three sentences, differently on two."""
    s = seeded_store.sentences(1)
    for i, (a, b) in enumerate(
        [(Label.SOURCED, Label.SOURCED), (Label.OPINION, Label.SUSPICIOUS), (Label.UNSOURCED, Label.OPINION)]
    ):
        seeded_store.set_label(s[i].id, "alice", a)
        seeded_store.set_label(s[i].id, "bob", b)
    return seeded_store


async def agreement_text(app, pilot) -> str:
    await pilot.press("A")
    await settle(pilot)
    assert isinstance(app.screen, AgreementScreen)
    return shown_text(app.screen.query_one("#agreement-report", Static), width=160)


async def test_the_agreement_overview_shows_a_blind_reviewer_only_their_own_figures(two_reviewers) -> None:
    two_reviewers.set_blind(True)
    app = make_app(two_reviewers, "alice", article_id=1)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = await agreement_text(app, pilot)
    assert "Blind study: you see only your own figures" in text
    assert "alice: 3 sentences labelled in 1 article" in text
    assert "bob" not in text and "kappa" not in text and "Confusion" not in text and "alpha" not in text


async def test_without_blind_the_overview_has_every_figure(two_reviewers) -> None:
    app = make_app(two_reviewers, "alice", article_id=1)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = await agreement_text(app, pilot)
    assert "bob" in text and "Confusion" in text and "Blind study" not in text


async def test_the_article_list_hides_others_in_a_blind_study(two_reviewers) -> None:
    two_reviewers.set_blind(True)
    app = make_app(two_reviewers, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        assert {str(table.get_row_at(i)[-1]) for i in range(table.row_count)} == {"hidden"}
        title = shown_text(app.screen.query_one("#list-title", Static), width=160)
        assert "blind study: you see only your own figures" in title


async def test_the_adjudicator_still_sees_every_figure(two_reviewers) -> None:
    two_reviewers.set_blind(True)
    app = make_app(two_reviewers, "dana", adjudicate=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = await agreement_text(app, pilot)
    assert "bob" in text and "Blind study" not in text
