"""Every screen shows data as the literal text it is: markup in titles,
sentences, notes, names and the filter is not read, escape sequences never
reach the terminal, and nothing crashes."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.content import Content
from textual.widgets import Input, Static

from annotator.db.labels import Label
from annotator.ingest import import_paths
from annotator.store import AnnotationStore
from annotator.tui.app import make_app
from annotator.tui.messages import LoadFailed
from annotator.tui.screens.agreement import AgreementScreen
from annotator.tui.screens.note_dialog import NoteDialog
from annotator.tui.widgets.adjudication_panel import AdjudicationPanel
from tests.hostile_strings import NAMES, NOTES, SENTENCES, TITLE, article_file
from tests.tui.conftest import SIZE, settle, shown_text, stored_marks

REVIEWER = "\x1b]0;pwned\x07[/]"
REVIEWER_SHOWN = "␛]0;pwned␇[/]"
LABELS = [Label.SOURCED, Label.OPINION, Label.UNSOURCED, Label.SUSPICIOUS]


@pytest.fixture
def hostile_store(tmp_path: Path):
    """The hostile article (id 1), labelled differently by each hostile
    reviewer with hostile notes; the reviewer has a hostile note too."""
    store = AnnotationStore.open(tmp_path / "hostile.db")
    import_paths(store, [article_file(tmp_path)])
    ids = [s.id for s in store.sentences(1)]
    notes = list(NOTES)
    for k, name in enumerate(NAMES):
        for i, sentence_id in enumerate(ids):
            store.set_label(sentence_id, name, LABELS[(i + k) % 4], note=notes[k % 2] if i == 1 else None)
    store.set_label(ids[1], REVIEWER, Label.OPINION, note=notes[1])
    yield store
    store.close()


def screen_text(app) -> str:
    """Everything on the screen as the terminal would get it, line by line."""
    text = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
    assert not any(c in text for c in "\x1b\x07\x00"), text  # nothing the terminal would act on
    return text


async def test_article_list_title_and_filter(hostile_store) -> None:
    app = make_app(hostile_store, REVIEWER)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert f"reviewing as {REVIEWER_SHOWN}" in text and TITLE[:24] in text
        # Markup typed into the filter is a filter, not markup.
        await pilot.press("slash", "left_square_bracket", "slash", "right_square_bracket")
        await settle(pilot)
        assert [a.id for a in app.screen.visible_articles()] == [1]
        await pilot.press("left_square_bracket", "i", "right_square_bracket")
        await settle(pilot)
        assert "No title contains “[/][i]”." in screen_text(app)


async def test_error_notifications_show_the_message_literally(hostile_store) -> None:
    app = make_app(hostile_store, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.post_message(LoadFailed("no such table [/] \x1b[2J"))
        await settle(pilot)
        # What a toast shows of each notification (as Toast.render reads it).
        shown = [Content.from_markup(n.message).plain if n.markup else n.message for n in app._notifications]
        assert shown == ["no such table [/] ␛[2J"]


async def test_review_screen_sentences_status_and_note(hostile_store) -> None:
    app = make_app(hostile_store, REVIEWER, article_id=1)
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert TITLE in text and REVIEWER_SHOWN in text
        for sentence in SENTENCES:
            assert sentence in text
        await pilot.press("j", "e")  # the note on sentence 1: [i]fine[/i] and an escape
        await settle(pilot)
        assert isinstance(app.screen, NoteDialog)
        assert NOTES["[i]fine[/i] \x1b[2J"] in screen_text(app)
        assert app.screen.query_one(Input).value == NOTES["[i]fine[/i] \x1b[2J"]
        assert SENTENCES[0] in shown_text(app.screen.query_one("#note-sentence", Static))
        await pilot.press("enter")  # saved unchanged: the stored note stays as it was
        await settle(pilot)
        sid = hostile_store.sentences(1)[1].id
        assert stored_marks(hostile_store, REVIEWER)[sid] == ("opinion", "[i]fine[/i] \x1b[2J")


async def test_note_dialog_shows_sentence_markup_literally(hostile_store) -> None:
    app = make_app(hostile_store, "alice", article_id=1)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "e")
        await settle(pilot)
        assert isinstance(app.screen, NoteDialog)
        screen_text(app)
        assert SENTENCES[1] in shown_text(app.screen.query_one("#note-sentence", Static))
        await pilot.press(*"see", "space", "left_square_bracket", "slash", "right_square_bracket", "enter")
        await settle(pilot)
        sid = hostile_store.sentences(1)[2].id
        assert stored_marks(hostile_store, "alice")[sid] == (None, "see [/]")


async def test_adjudication_shows_names_and_notes_literally(hostile_store) -> None:
    app = make_app(hostile_store, "[/]adj\x1b[2J", adjudicate=True)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j")  # sentence 1 holds the notes
        await settle(pilot)
        text = screen_text(app)
        panel = shown_text(app.screen.query_one(AdjudicationPanel), width=160)
        for shown in [*NAMES.values(), *NOTES.values(), "[/]adj␛[2J"]:
            assert shown in text and shown in panel
        assert TITLE in text
        await pilot.press(
            "1", "k", "e", *"see", "space", "left_square_bracket", "slash", "right_square_bracket", "enter"
        )
        await settle(pilot)
        assert "gold: sourced  see [/]" in screen_text(app)


async def test_agreement_screen_shows_names_literally(hostile_store) -> None:
    app = make_app(hostile_store, "alice")
    async with app.run_test(size=(160, 60)) as pilot:
        await settle(pilot)
        await pilot.press("A")
        await settle(pilot)
        assert isinstance(app.screen, AgreementScreen)
        screen_text(app)
        report = shown_text(app.screen.query_one("#agreement-report", Static), width=160)
        for shown in NAMES.values():
            assert shown in report
        assert REVIEWER_SHOWN in report
