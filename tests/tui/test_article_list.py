"""The article list: progress, the title filter, jumping to unfinished work."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input
from textual.widgets.data_table import ColumnKey

from annotator.db.labels import Label
from annotator.tui.screens.article_list import ArticleListScreen
from tests.tui.conftest import SIZE, review_screen, settle
from tests.tui.keystrokes import widget_lines


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
        await pilot.press("enter")  # one enter opens the highlighted article
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


async def test_one_enter_in_the_filter_opens_the_highlighted_article(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"water", "down", "enter")
        await settle(pilot)
        # "water" keeps articles 2, 3 and 4 (in list order); down highlights the second.
        assert review_screen(app).article_id == 3
        assert review_screen(app).article_ids == [2, 3, 4]


async def test_next_unfinished_says_when_the_filter_hides_them(app, seeded_store, monkeypatch) -> None:
    for s in seeded_store.sentences(4):
        seeded_store.set_label(s.id, "alice", Label.SOURCED)
    notices = []
    monkeypatch.setattr(app, "notify", lambda message, **kw: notices.append(str(message)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"explainer", "tab", "n")
        assert notices == ["No unfinished article matches the filter; 3 unfinished hidden (esc clears the filter)."]
        await pilot.press("escape")
        table = app.screen.query_one(DataTable)
        assert table.cursor_row == 3  # still on the explainer
        await pilot.press("n")
        assert len(notices) == 1  # without the filter there is one to go to
        assert table.cursor_row == 0


@pytest.mark.parametrize("width", [60, 80, 120, 200])
async def test_columns_fit_the_width(seeded_store, width: int) -> None:
    from annotator.tui.app import make_app

    seeded_store.set_label(seeded_store.sentences(3)[0].id, "bob", Label.OPINION)
    app = make_app(seeded_store, "alice")
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        header, first, *_ = widget_lines(table)
        for name in ("id", "title", "sentences", "your progress", "others"):
            assert name in header, (width, header)
        assert "0/17" in first and "1 other" in widget_lines(table)[3]
        title = table.columns[ColumnKey("title")]
        # The title takes what the other columns leave.
        used = sum(c.get_render_width(table) for c in table.columns.values())
        assert used == table.scrollable_content_region.width
        if width == 200:
            assert title.width > 120
