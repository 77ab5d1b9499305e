"""The first time a login uses a database without a reviewer name, the UI
asks for it once and remembers it for that database."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static

from annotator.tui.app import make_app
from annotator.tui.screens.adjudicate import AdjudicateScreen
from annotator.tui.screens.article_list import ArticleListScreen
from annotator.tui.screens.reviewer_name_dialog import ReviewerNameDialog
from tests.tui.conftest import SIZE, review_screen, settle, shown_text, stored_marks
from tests.tui.keystrokes import burst


@pytest.fixture(autouse=True)
def shared_login(monkeypatch):
    monkeypatch.delenv("ANNOTATOR_NAME", raising=False)
    monkeypatch.setenv("LOGNAME", "root")


async def test_the_name_is_asked_once_and_remembered(seeded_store) -> None:
    app = make_app(seeded_store, None, article_id=1)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ReviewerNameDialog)
        assert "Login root has no reviewer name" in shown_text(app.screen.query_one("#reviewer-name-why", Static))
        burst(app, *"alice", "enter", "j", "1")  # typed at once: the name, then keys for the article
        await settle(pilot)
        review_screen(app)
        assert app.reviewer == "alice"  # the keys after enter are not part of the name
        await pilot.press("1")
        await settle(pilot)
        assert set(stored_marks(seeded_store, "alice").values()) == {("sourced", None)}
        assert stored_marks(seeded_store, "root") == {}
    assert seeded_store.remembered_reviewer("root") == "alice"


async def test_a_name_the_rule_refuses_is_explained_and_asked_again(seeded_store) -> None:
    app = make_app(seeded_store, None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.query_one(Input).value = "zero\u200bwidth"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReviewerNameDialog)
        assert "invisible formatting character" in shown_text(app.screen.query_one("#reviewer-name-error", Static))
        app.screen.query_one(Input).value = ""
        await pilot.press(*"bob", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ArticleListScreen)
        assert "reviewing as bob" in shown_text(app.screen.query_one("#list-title", Static))
    assert seeded_store.remembered_reviewer("root") == "bob"


async def test_the_adjudicator_is_asked_too_and_escape_quits(seeded_store) -> None:
    app = make_app(seeded_store, None, adjudicate=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "adjudicator name" in shown_text(app.screen.query_one("#reviewer-name-why", Static))
        await pilot.press("escape")
        await pilot.pause()
    assert app.return_code == 0
    assert seeded_store.remembered_reviewer("root") is None
    assert not any(isinstance(s, AdjudicateScreen) for s in app.screen_stack)
