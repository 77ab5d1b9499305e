"""Labelling the last unlabelled sentence of an article says it is done and
offers the next unfinished one: enter opens it."""

from __future__ import annotations

from annotator.db.labels import Label
from annotator.tui.app import make_app
from annotator.tui.screens.note_dialog import NoteDialog
from tests.tui.conftest import SIZE, review_screen, settle
from tests.tui.keystrokes import widget_lines


def _label_all_but_last(store, article: int) -> None:
    for s in store.sentences(article)[:-1]:
        store.set_label(s.id, "alice", Label.SOURCED)


def _banner(screen) -> str:
    banner = screen.query_one("#article-done")
    return " ".join(line.strip() for line in widget_lines(banner)) if banner.display else ""


async def test_the_last_label_says_done_and_enter_opens_the_next_unfinished(seeded_store) -> None:
    _label_all_but_last(seeded_store, 4)
    app = make_app(seeded_store, "alice", article_id=4)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(app)
        assert _banner(screen) == ""  # not done yet
        await pilot.press("2")
        await settle(pilot)
        total = len(seeded_store.sentences(4))
        text = _banner(screen)
        assert f"Article done: all {total} sentences labelled" in text
        assert "enter opens the next unfinished article" in text and "Port council approves" in text
        await pilot.press("enter")
        await settle(pilot)
        assert review_screen(app) is screen and screen.article_id == 1
        assert _banner(screen) == ""


async def test_next_follows_the_list_order_and_skips_finished_articles(app, seeded_store) -> None:
    _label_all_but_last(seeded_store, 1)
    for s in seeded_store.sentences(2):
        seeded_store.set_label(s.id, "alice", Label.OPINION)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # article 1 from the list
        await settle(pilot)
        screen = review_screen(app)
        await pilot.press("3")
        await settle(pilot)
        assert "EXCLUSIVE" in _banner(screen)  # article 2 is finished: 3 is next
        await pilot.press("enter")
        await settle(pilot)
        assert screen.article_id == 3


async def test_undo_takes_done_back_and_enter_writes_a_note_again(seeded_store) -> None:
    _label_all_but_last(seeded_store, 4)
    app = make_app(seeded_store, "alice", article_id=4)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(app)
        await pilot.press("2")
        await settle(pilot)
        assert "Article done" in _banner(screen)
        await pilot.press("z")
        await settle(pilot)
        assert _banner(screen) == ""
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)


async def test_the_last_article_says_every_article_is_done(seeded_store) -> None:
    for article in (1, 2, 3):
        for s in seeded_store.sentences(article):
            seeded_store.set_label(s.id, "alice", Label.SOURCED)
    _label_all_but_last(seeded_store, 4)
    app = make_app(seeded_store, "alice", article_id=4)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(app)
        await pilot.press("1")
        await settle(pilot)
        assert "Every article is fully labelled" in _banner(screen)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)  # nothing to open: enter is the note key


async def test_an_article_opened_finished_says_nothing(seeded_store) -> None:
    for s in seeded_store.sentences(4):
        seeded_store.set_label(s.id, "alice", Label.SOURCED)
    app = make_app(seeded_store, "alice", article_id=4)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert _banner(review_screen(app)) == ""


async def test_done_waits_for_the_last_label_to_be_saved(seeded_store, monkeypatch) -> None:
    import threading

    _label_all_but_last(seeded_store, 4)
    from annotator.db.label_writes import LabelWrites

    gate = threading.Event()
    set_label = LabelWrites.set_label  # how the review screen saves

    def slow(*args, **kwargs):
        gate.wait(10)  # a busy database: the label stays pending until released
        return set_label(*args, **kwargs)

    app = make_app(seeded_store, "alice", article_id=4)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(app)
        monkeypatch.setattr(LabelWrites, "set_label", slow)
        await pilot.press("2")
        await pilot.pause()
        assert screen.session.pending and _banner(screen) == ""
        gate.set()
        await settle(pilot)
        assert not screen.session.pending and "Article done" in _banner(screen)
