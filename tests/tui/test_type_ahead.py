"""Keys typed faster than the screen changes: what follows `/` or `e` goes
into the field that opens, never to the screen underneath (where a letter is
a command)."""

from __future__ import annotations

from textual.widgets import Input

from annotator.tui.screens.article_list import ArticleListScreen
from annotator.tui.screens.note_dialog import NoteDialog
from tests.tui.conftest import SIZE, review_screen, settle, stored_marks
from tests.tui.keystrokes import burst


async def test_filter_then_enter_typed_at_once_opens_the_article(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, "slash", *"explainer", "enter")
        await settle(pilot)
        assert review_screen(app).article_id == 4


async def test_command_letters_typed_after_slash_are_letters(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, "slash", *"nq")  # next unfinished, quit: as commands
        await settle(pilot)
        assert isinstance(app.screen, ArticleListScreen) and app.is_running
        assert app.screen.query_one("#filter", Input).value == "nq"


async def test_a_note_typed_right_after_e_is_kept_whole(review_app, seeded_store) -> None:
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(review_app)
        sentence = screen.session.current
        burst(review_app, "e", *"so 1x jk", "enter")
        await settle(pilot)
        assert not isinstance(review_app.screen, NoteDialog)
        assert stored_marks(seeded_store) == {sentence.id: (None, "so 1x jk")}
        assert screen.session.cursor == 0
