"""The article list: progress, the title filter, jumping to unfinished work."""

from __future__ import annotations

from textual.widgets import DataTable, Input

from annotator.tui.screens.article_list import ArticleListScreen
from db.labels import Label
from tests.tui.conftest import SIZE, review_screen, settle


async def test_list_shows_progress_and_other_reviewers_as_a_count(app, seeded_store) -> None:
    for s in seeded_store.sentences(1):
        seeded_store.set_label(s.id, "alice", Label.OPINION)
    seeded_store.set_label(seeded_store.sentences(2)[0].id, "bob", Label.SOURCED)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        assert table.row_count == 4
        first, second = table.get_row_at(0), table.get_row_at(1)
        assert str(first[4]).startswith("17/17") and first[5] == "—"
        assert str(second[4]).startswith("0/14") and second[5] == "1 other"


async def test_filter_by_title_then_open(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ArticleListScreen)
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"explainer")
        assert [a.id for a in screen.visible_articles()] == [4]
        assert screen.query_one(DataTable).row_count == 1
        await pilot.press("enter", "enter")
        await settle(pilot)
        assert review_screen(app).article_id == 4


async def test_escape_clears_the_filter(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"zzz")
        assert app.screen.query_one(DataTable).row_count == 0
        assert "No title contains" in str(app.screen.query_one("#list-empty").render())
        await pilot.press("escape")
        assert app.screen.query_one(DataTable).row_count == 4


async def test_next_unfinished_skips_finished_articles(app, seeded_store) -> None:
    for article in (2, 3):
        for s in seeded_store.sentences(article):
            seeded_store.set_label(s.id, "alice", Label.SOURCED)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        assert table.cursor_row == 0
        await pilot.press("n")
        assert table.cursor_row == 3
        await pilot.press("n")
        assert table.cursor_row == 0


async def test_empty_database_says_how_to_import(tmp_path) -> None:
    from annotator.store import AnnotationStore
    from annotator.tui.app import make_app

    store = AnnotationStore.open(tmp_path / "empty.db")
    app = make_app(store, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "annotator import PATH" in str(app.screen.query_one("#list-empty").render())
    store.close()
