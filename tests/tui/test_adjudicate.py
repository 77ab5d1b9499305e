"""Adjudication through the real keys: gold labels in the database, undo,
scope, resume; and the agreement overview from the review app."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from annotator.db.labels import Label
from annotator.db.models import GoldLabel
from annotator.tui.app import make_app
from annotator.tui.screens.adjudicate import AdjudicateScreen
from annotator.tui.screens.agreement import AgreementScreen
from annotator.tui.widgets.adjudication_panel import AdjudicationPanel
from tests.tui.conftest import SIZE, settle, shown_text
from tests.tui.keystrokes import burst


@pytest.fixture
def disputed(seeded_store):
    """Article 1: alice and bob disagree on sentences 0-2, agree on 3; carol alone on 4."""
    s = seeded_store.sentences(1)
    for i, (a, b) in enumerate(
        [
            (Label.SOURCED, Label.OPINION),
            (Label.UNSOURCED, Label.SOURCED),
            (Label.OPINION, Label.SUSPICIOUS),
            (Label.SOURCED, Label.SOURCED),
        ]
    ):
        seeded_store.set_label(s[i].id, "alice", a, note="alice's reason" if i == 2 else None)
        seeded_store.set_label(s[i].id, "bob", b)
    seeded_store.set_label(s[4].id, "carol", Label.OPINION)
    return seeded_store, s


def gold(store) -> dict[int, tuple[str, str | None, str]]:
    with store.database.read() as session:
        rows = session.execute(select(GoldLabel.sentence_id, GoldLabel.label, GoldLabel.note, GoldLabel.adjudicator))
        return {sid: (label, note, who) for sid, label, note, who in rows}


def screen_of(app) -> AdjudicateScreen:
    assert isinstance(app.screen, AdjudicateScreen), type(app.screen)
    return app.screen


async def test_label_keys_set_gold_and_advance(disputed) -> None:
    store, s = disputed
    app = make_app(store, "dana", adjudicate=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = screen_of(app)
        assert [i.sentence.id for i in screen.items] == [s[0].id, s[1].id, s[2].id]  # disagreements only
        await pilot.press("3", "u")
        await settle(pilot)
        assert gold(store) == {s[0].id: ("opinion", None, "dana"), s[1].id: ("unsourced", None, "dana")}
        assert screen.session.cursor == 2
        text = shown_text(screen.query_one(AdjudicationPanel))
        assert "alice's reason" in text and "suspicious" in text and "gold set for 2/3" in text


async def test_note_clear_and_undo(disputed) -> None:
    store, s = disputed
    app = make_app(store, "dana", adjudicate=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("4", "k", "e", *"blended name", "enter")
        await settle(pilot)
        assert gold(store) == {s[0].id: ("suspicious", "blended name", "dana")}
        await pilot.press("0")  # the label goes, the note stays
        await settle(pilot)
        assert gold(store) == {s[0].id: (None, "blended name", "dana")}
        await pilot.press("z")
        await settle(pilot)
        assert gold(store) == {s[0].id: ("suspicious", "blended name", "dana")}
        await pilot.press("z", "z")
        await settle(pilot)
        assert gold(store) == {}


async def test_scope_toggle_and_resume(disputed) -> None:
    store, s = disputed
    store.set_gold(s[0].id, Label.OPINION, adjudicator="dana")
    app = make_app(store, "dana", adjudicate=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = screen_of(app)
        assert screen.session.cursor == 1  # resumes at the first sentence without gold
        await pilot.press("t")
        await settle(pilot)
        assert screen.include_all and [i.sentence.id for i in screen.items] == [s[0].id, s[1].id, s[2].id, s[3].id]
        assert screen.session.current.id == s[1].id  # still on the same sentence
        assert "every sentence with two or more labels" in shown_text(screen.query_one(AdjudicationPanel))


async def test_nothing_to_adjudicate(seeded_store) -> None:
    app = make_app(seeded_store, "dana", adjudicate=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "No disagreement to settle." in shown_text(app.screen.query_one(AdjudicationPanel))
        await pilot.press("1")  # nothing to label: no error
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_gold_labels_feed_the_dataset_export(disputed, tmp_path) -> None:
    store, s = disputed
    app = make_app(store, "dana", adjudicate=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
    import csv

    from annotator.exporting import run_export

    out = tmp_path / "dataset.csv"
    run_export(store, str(out), fmt="dataset")
    rows = {r["sentence_index"]: r for r in csv.DictReader(out.open(encoding="utf-8", newline=""))}
    assert (rows["0"]["label"], rows["0"]["label_source"]) == ("unsourced", "gold")


async def test_agreement_overview_from_the_review_app(disputed) -> None:
    store, _ = disputed
    app = make_app(store, "alice", article_id=1)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("A")
        await settle(pilot)
        assert isinstance(app.screen, AgreementScreen)
        text = shown_text(app.screen.query_one("#agreement-report"))
        assert "Krippendorff's alpha" in text and "alice" in text and "bob" in text
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, AgreementScreen)


async def test_a_note_may_come_before_the_gold_label(disputed) -> None:
    store, s = disputed
    app = make_app(store, "dana", adjudicate=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e", *"ask the desk", "enter")
        await settle(pilot)
        screen = screen_of(app)
        assert screen.session.cursor == 0  # the note's letters never moved the cursor
        assert gold(store) == {s[0].id: (None, "ask the desk", "dana")}
        assert "ask the desk" in shown_text(screen.query_one(AdjudicationPanel))
        await pilot.press("2")
        await settle(pilot)
        assert gold(store) == {s[0].id: ("unsourced", "ask the desk", "dana")}
        await pilot.press("k", "0")  # clearing the label keeps the reasoning
        await settle(pilot)
        assert gold(store) == {s[0].id: (None, "ask the desk", "dana")}
        await pilot.press("e", *["backspace"] * 12, "enter")  # an empty note removes it
        await settle(pilot)
        assert gold(store) == {}


async def test_a_note_typed_ahead_after_e_never_runs_as_keys(disputed) -> None:
    store, s = disputed
    app = make_app(store, "dana", adjudicate=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, "e", *"jk 1 e", "enter")  # letters that are commands on the screen below
        await settle(pilot)
        screen = screen_of(app)
        assert screen.session.cursor == 0
        assert gold(store) == {s[0].id: (None, "jk 1 e", "dana")}


async def test_the_end_of_the_queue_says_so_and_what_is_next(disputed) -> None:
    store, s = disputed
    app = make_app(store, "dana", adjudicate=True)
    notices = []
    app.notify = lambda message, **kw: notices.append(message)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("1", "2", "3")
        await settle(pilot)
        said = (
            "Every disagreement has a gold label. Next: press t for the 1 sentence reviewers agree on, "
            "still without gold; q quits."
        )
        assert notices == [said]
        panel = shown_text(screen_of(app).query_one(AdjudicationPanel), width=200)
        assert said in panel and "gold set for 3/3" in panel
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("G", "1")
        await settle(pilot)
        assert notices[-1].startswith("Every sentence here has a gold label. Next: `annotator export OUT --format")
        assert len(notices) == 2
