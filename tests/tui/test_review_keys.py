"""Every review key, pressed for real: what lands in the database and what
the screen shows."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from annotator.db.label_writes import LabelWrites
from annotator.db.labels import Label
from annotator.tui.keys import ALL_KEYS
from annotator.tui.screens.article_list import ArticleListScreen
from annotator.tui.screens.help_dialog import HelpDialog, keys_table
from annotator.tui.screens.note_dialog import NoteDialog
from annotator.tui.widgets.article_view import ArticleView, Chip
from tests.tui.conftest import SIZE, review_screen, settle, stored_events, stored_marks


@pytest.mark.parametrize(
    ("key", "label"),
    [
        ("1", "sourced"),
        ("s", "sourced"),
        ("2", "unsourced"),
        ("u", "unsourced"),
        ("3", "opinion"),
        ("o", "opinion"),
        ("4", "suspicious"),
        ("x", "suspicious"),
    ],
)
async def test_label_keys_save_and_advance(review_app, seeded_store, key: str, label: str) -> None:
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(review_app)
        first = screen.session.current
        await pilot.press(key)
        await settle(pilot)
        assert stored_marks(seeded_store) == {first.id: (label, None)}
        [(sentence, old, new, note, origin)] = stored_events(seeded_store)
        assert (sentence, old, new, origin) == (first.id, None, label, "review")
        assert screen.session.cursor == 1  # auto-advance
        view = screen.query_one(ArticleView)
        assert view.cursor == 1
        assert view._chips[0] == Chip(label, False, False)
        assert f"{label} 1" in str(screen.query_one("#review-status").render())


async def test_clear_keys_remove_the_label(review_app, seeded_store) -> None:
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(review_app)
        await pilot.press("1", "2", "k", "k")
        await settle(pilot)
        first, second = (s.id for s in screen.session.sentences[:2])
        await pilot.press("0")
        await settle(pilot)
        assert stored_marks(seeded_store)[first] == (None, None)
        await pilot.press("j", "backspace")
        await settle(pilot)
        assert stored_marks(seeded_store)[second] == (None, None)
        assert screen.session.cursor == 1  # clearing never advances
        assert screen.query_one(ArticleView)._chips[:2] == [Chip(), Chip()]


async def test_movement_keys(review_app) -> None:
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(review_app)
        last = len(screen.session.sentences) - 1
        steps = [("j", 1), ("down", 2), ("k", 1), ("up", 0), ("G", last), ("g", 0), ("up", 0)]
        for key, expected in steps:
            await pilot.press(key)
            assert screen.session.cursor == expected, key
            assert screen.query_one(ArticleView).cursor == expected


async def test_next_and_previous_unlabelled(review_app) -> None:
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(review_app)
        await pilot.press("1", "1", "j", "1")  # labels 0, 1 and 3
        await settle(pilot)
        await pilot.press("g", "n")
        assert screen.session.cursor == 2
        await pilot.press("n")
        assert screen.session.cursor == 4
        await pilot.press("N")
        assert screen.session.cursor == 2


async def test_article_keys_follow_the_list_order(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        screen = review_screen(app)
        assert screen.article_id == 1
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert screen.article_id == 2 and screen.title_text.startswith("The price of water")
        await pilot.press("left_square_bracket", "left_square_bracket")
        await settle(pilot)
        assert screen.article_id == 1


async def test_note_dialog_saves_on_enter_and_label_keys_type(review_app, seeded_store) -> None:
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(review_app)
        sentence = screen.session.current
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(review_app.screen, NoteDialog)
        await pilot.press(*"so 1x")
        await pilot.press("enter")
        await settle(pilot)
        assert review_app.screen is screen
        assert stored_marks(seeded_store) == {sentence.id: (None, "so 1x")}
        assert screen.session.cursor == 0  # a note never moves the cursor
        assert screen.query_one(ArticleView)._chips[0] == Chip(None, True, False)


async def test_note_dialog_escape_cancels(review_app, seeded_store) -> None:
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"draft", "escape")
        await settle(pilot)
        assert stored_marks(seeded_store) == {}
        assert not isinstance(review_app.screen, NoteDialog)


async def test_undo_many_levels_across_labels_and_notes(review_app, seeded_store) -> None:
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(review_app)
        first, second = (s.id for s in screen.session.sentences[:2])
        await pilot.press("1", "4")
        await pilot.press("k", "e", *"why", "enter")
        await settle(pilot)
        assert stored_marks(seeded_store) == {first: ("sourced", None), second: ("suspicious", "why")}
        await pilot.press("z")
        await settle(pilot)
        assert stored_marks(seeded_store)[second] == ("suspicious", None)
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert stored_marks(seeded_store)[second] == (None, None)
        assert screen.session.cursor == 1
        await pilot.press("z")
        await settle(pilot)
        assert stored_marks(seeded_store)[first] == (None, None)
        assert screen.session.cursor == 0
        assert [e[4] for e in stored_events(seeded_store)] == ["review"] * 3 + ["undo"] * 3


async def test_auto_advance_toggles(review_app, seeded_store) -> None:
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(review_app)
        await pilot.press("a", "2", "3")
        await settle(pilot)
        assert screen.session.cursor == 0
        assert stored_marks(seeded_store) == {screen.session.current.id: ("opinion", None)}
        assert "auto-advance off" in str(screen.query_one("#review-status").render())


async def test_help_opens_and_closes(review_app) -> None:
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(review_app.screen, HelpDialog)
        help_text = review_app.screen.query_one("#help-guidelines").source
        assert "A missing source alone is never suspicious" in help_text
        console = Console(width=100, record=True, file=io.StringIO())
        console.print(keys_table())
        listed = console.export_text()
        for key in ALL_KEYS:
            assert key.description in listed and key.shown_keys in listed
        await pilot.press("escape")
        await pilot.pause()
        review_screen(review_app)


async def test_back_returns_to_the_list_with_progress(app, seeded_store) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("1", "2", "escape")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ArticleListScreen)
        first = screen.articles[0]
        assert (first.mine, first.sentences) == (2, 17)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, ArticleListScreen)


async def test_reopening_resumes_at_first_unlabelled(seeded_store) -> None:
    from annotator.tui.app import make_app

    sentences = seeded_store.sentences(1)
    for s in sentences[:3]:
        seeded_store.set_label(s.id, "alice", Label.SOURCED)
    app = make_app(seeded_store, "alice", article_id=1)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert review_screen(app).session.cursor == 3
        view = review_screen(app).query_one(ArticleView)
        assert view._chips[:4] == [Chip("sourced")] * 3 + [Chip()]


async def test_review_is_blind_to_other_reviewers(seeded_store) -> None:
    from annotator.tui.app import make_app

    first = seeded_store.sentences(1)[0]
    seeded_store.set_label(first.id, "bob", Label.SUSPICIOUS, note="bob's note")
    app = make_app(seeded_store, "alice", article_id=1)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(app)
        assert screen.session.cursor == 0
        assert screen.query_one(ArticleView)._chips[0] == Chip()


async def test_a_failed_write_is_shown_and_not_kept(review_app, seeded_store, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(LabelWrites, "set_label", broken)  # how the review screen saves
    notices = []
    monkeypatch.setattr(review_app, "notify", lambda message, **kw: notices.append((message, kw.get("severity"))))
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(review_app)
        await pilot.press("1")
        await settle(pilot)
        assert screen.query_one(ArticleView)._chips[0] == Chip()
        assert screen.session.saved == {}
        assert ("Not saved: disk I/O error", "error") in notices
    assert stored_marks(seeded_store) == {}


async def test_quitting_waits_for_pending_writes(review_app, seeded_store) -> None:
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        ids = [s.id for s in review_screen(review_app).session.sentences[:5]]
        await pilot.press("1", "2", "3", "4", "1", "ctrl+q")
    assert stored_marks(seeded_store) == {
        ids[0]: ("sourced", None),
        ids[1]: ("unsourced", None),
        ids[2]: ("opinion", None),
        ids[3]: ("suspicious", None),
        ids[4]: ("sourced", None),
    }


async def test_long_article_opens_and_keeps_the_cursor_in_view(seeded_store, tmp_path) -> None:
    from annotator.tui.app import make_app
    from tests.conftest import write

    body = "\n".join(f"Paragraph {p} says {p} things. It has a second sentence about item {p}." for p in range(1000))
    report = import_paths_one(seeded_store, write(tmp_path / "long.txt", "A long article\n" + body))
    app = make_app(seeded_store, "alice", article_id=report)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(app)
        assert len(screen.session.sentences) == 2001
        await pilot.press("G")
        await pilot.pause()
        view = screen.query_one(ArticleView)
        lines = view.sentence_lines(2000)
        top = view.scroll_offset.y
        assert top <= lines.start and lines.stop <= top + view.scrollable_content_region.height


def import_paths_one(store, path) -> int:
    from annotator.ingest import import_paths

    return import_paths(store, [path]).imported[0].id


async def test_back_from_a_directly_opened_article_shows_the_list(review_app) -> None:
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(review_app.screen, ArticleListScreen)
        assert len(review_app.screen.articles) == 4


async def test_garbage_collection_is_on_once_the_first_frame_is_drawn(review_app) -> None:
    import gc

    gc.disable()  # as the command line starts the UI
    try:
        async with review_app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert gc.isenabled()
    finally:
        gc.enable()


async def test_copying_a_selection_in_the_article_keeps_the_review_open(review_app) -> None:
    # Textual's copy (ctrl+c on a selection) calls the widget's _render(): the
    # article view's own row renderer had that name, and the copy crashed the app.
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.click(ArticleView, offset=(20, 2), times=2)  # a double click selects the view's text
        await pilot.pause()
        assert review_app.screen.selections
        await pilot.press("ctrl+c")
        await settle(pilot)
        assert review_app.is_running
        review_screen(review_app)
