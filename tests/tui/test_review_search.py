"""Search inside an article: `/` and typing count the matches, enter goes to
the first one after the cursor, n/N go on while the search is on (and only
then: otherwise they go to unlabelled sentences), esc ends it."""

from __future__ import annotations

from textual.widgets import Input

from annotator.tui.screens.article_list import ArticleListScreen
from annotator.tui.widgets.article_view import ArticleView
from tests.tui.conftest import SIZE, review_screen, settle, stored_marks
from tests.tui.keystrokes import burst, widget_lines


def _matches(screen, word: str) -> list[int]:
    return [i for i, s in enumerate(screen.session.sentences) if word.casefold() in s.text.casefold()]


def _bar(screen) -> str:
    return " ".join(line.strip() for line in widget_lines(screen.query_one("#search-status")))


async def test_slash_finds_and_n_and_shift_n_go_round_the_matches(review_app) -> None:
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(review_app)
        water = _matches(screen, "water")
        assert len(water) >= 3 and water[0] > 0
        await pilot.press("slash", *"WaTeR")
        assert isinstance(review_app.focused, Input)
        assert f"{len(water)} matches" in _bar(screen)
        assert screen.session.cursor == 0  # typing only counts
        await pilot.press("enter")
        assert screen.session.cursor == water[0]
        assert review_app.focused is screen.query_one(ArticleView)
        assert f"match 1 of {len(water)}" in _bar(screen)
        await pilot.press("n")
        assert screen.session.cursor == water[1]
        assert f"match 2 of {len(water)}" in _bar(screen)
        await pilot.press("N", "N")
        assert screen.session.cursor == water[-1]  # round from the start
        assert f"match {len(water)} of {len(water)}" in _bar(screen) and "from the end" in _bar(screen)


async def test_the_match_is_marked_in_the_current_sentence(review_app) -> None:
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(review_app)
        await pilot.press("slash", *"water", "enter")
        await settle(pilot)
        view = screen.query_one(ArticleView)
        text = screen.session.current.text
        marks = [(start, end) for start, end, style in view._marks[screen.session.cursor] if style == "match"]
        assert marks and all(text[start:end].casefold() == "water" for start, end in marks)


async def test_no_match_is_said_and_the_field_stays_open(review_app) -> None:
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(review_app)
        await pilot.press("slash", *"zebra crossing", "enter")
        assert "no match" in _bar(screen)
        assert isinstance(review_app.focused, Input) and screen.session.cursor == 0


async def test_keys_in_the_field_are_letters_not_commands(review_app, seeded_store) -> None:
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(review_app)
        await pilot.press("slash", *"1s enough? q")
        await settle(pilot)
        assert stored_marks(seeded_store) == {}
        assert review_app.screen is screen and review_app.focused.value == "1s enough? q"


async def test_esc_ends_the_search_then_n_is_next_unlabelled_again(review_app) -> None:
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(review_app)
        await pilot.press("1")  # sentence 0 labelled; cursor on 1, the first unlabelled
        await settle(pilot)
        await pilot.press("slash", *"water", "enter")
        assert screen.session.cursor == 3  # the first sentence with "water"
        await pilot.press("g", "n")
        assert screen.session.cursor == 3  # n is the next match while the search is on
        await pilot.press("escape")
        assert not screen.query_one("#search-bar").display
        assert review_screen(review_app) is screen  # the first esc only ends the search
        await pilot.press("g", "n")
        assert screen.session.cursor == 1  # n is the next unlabelled sentence again
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(review_app.screen, ArticleListScreen)


async def test_esc_in_the_field_cancels(review_app) -> None:
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(review_app)
        await pilot.press("slash", *"water", "escape")
        assert screen.search is None and not screen.query_one("#search-bar").display
        assert review_app.focused is screen.query_one(ArticleView)
        assert screen.session.cursor == 0


async def test_slash_again_offers_the_last_search(review_app) -> None:
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(review_app)
        await pilot.press("slash", *"water", "enter", "escape", "slash")
        assert review_app.focused.value == "water"
        await pilot.press("enter")
        assert screen.session.cursor == _matches(screen, "water")[1]  # the next one after the cursor


async def test_a_search_typed_right_after_slash_finds_the_text(review_app) -> None:
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(review_app)
        burst(review_app, "slash", *"Reyes", "enter")
        await settle(pilot)
        assert "Reyes" in screen.session.current.text


async def test_n_while_the_next_article_loads_does_nothing(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        screen = review_screen(app)
        await pilot.press("slash", *"water", "enter")
        burst(app, "right_square_bracket", "n", "N")  # n before the next article is read
        await settle(pilot)
        assert screen.article_id == 2 and screen.search is None
        assert not screen.query_one("#search-bar").display
