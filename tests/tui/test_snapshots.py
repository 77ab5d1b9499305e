"""How each screen looks, at fixed sizes (pytest --snapshot-update after
checking the report when a change is intended)."""

from __future__ import annotations

import pytest

from annotator.db.labels import Label
from annotator.tui.app import make_app
from tests.tui.conftest import SIZE, settle


@pytest.fixture
def labelled_store(seeded_store):
    """Article 1 with a few labels and a note, as alice left it."""
    sentences = seeded_store.sentences(1)
    for s, label in zip(sentences, [Label.UNSOURCED, Label.SOURCED, Label.UNSOURCED, Label.SOURCED]):
        seeded_store.set_label(s.id, "alice", label)
    seeded_store.set_label(sentences[4].id, "alice", Label.SUSPICIOUS, note="quote has no speaker")
    seeded_store.set_label(sentences[5].id, "alice", Label.OPINION)
    return seeded_store


async def _ready(pilot) -> None:
    await settle(pilot)


class TestArticleList:
    def test_article_list(self, snap_compare, labelled_store) -> None:
        """Every article, alice's progress bar, other reviewers as a count."""
        labelled_store.set_label(labelled_store.sentences(3)[0].id, "bob", Label.OPINION)
        assert snap_compare(make_app(labelled_store, "alice"), terminal_size=SIZE, run_before=_ready)


class TestReview:
    def test_review_with_labels_and_a_note(self, snap_compare, labelled_store) -> None:
        """Gutter words for each label, the note marker, the cursor on the first unlabelled sentence."""
        assert snap_compare(make_app(labelled_store, "alice", article_id=1), terminal_size=SIZE, run_before=_ready)

    def test_review_at_80x24(self, snap_compare, labelled_store) -> None:
        """The smallest supported terminal still shows status, text and keys."""
        assert snap_compare(make_app(labelled_store, "alice", article_id=1), terminal_size=(80, 24), run_before=_ready)

    def test_note_dialog(self, snap_compare, labelled_store) -> None:
        """The note dialog over the review screen, showing the sentence and its note."""

        async def open_note(pilot) -> None:
            await settle(pilot)
            await pilot.press("k", "k", "e")
            await pilot.pause()
            pilot.app.focused.cursor_blink = False

        assert snap_compare(make_app(labelled_store, "alice", article_id=1), terminal_size=SIZE, run_before=open_note)

    def test_help(self, snap_compare, labelled_store) -> None:
        """Guidelines and keys."""

        async def open_help(pilot) -> None:
            await settle(pilot)
            await pilot.press("question_mark")
            await pilot.pause()

        assert snap_compare(make_app(labelled_store, "alice", article_id=1), terminal_size=SIZE, run_before=open_help)

    def test_search(self, snap_compare, labelled_store) -> None:
        """A search on: the match marked in the current sentence, the search line below the article."""

        async def search(pilot) -> None:
            await settle(pilot)
            await pilot.press("slash", *"water", "enter", "n")
            await settle(pilot)

        assert snap_compare(make_app(labelled_store, "alice", article_id=1), terminal_size=SIZE, run_before=search)

    def test_search_field(self, snap_compare, labelled_store) -> None:
        """The search field open, counting the matches as the text is typed."""

        async def typing(pilot) -> None:
            await settle(pilot)
            await pilot.press("slash", *"council")
            await pilot.pause()
            pilot.app.focused.cursor_blink = False

        assert snap_compare(make_app(labelled_store, "alice", article_id=1), terminal_size=SIZE, run_before=typing)

    def test_article_done(self, snap_compare, labelled_store) -> None:
        """The last label: the article is done, enter offers the next unfinished one."""
        for s in labelled_store.sentences(1)[6:-1]:
            labelled_store.set_label(s.id, "alice", Label.SOURCED)

        async def finish(pilot) -> None:
            await settle(pilot)
            await pilot.press("1")
            await settle(pilot)

        assert snap_compare(make_app(labelled_store, "alice", article_id=1), terminal_size=SIZE, run_before=finish)

    def test_review_in_a_light_theme(self, snap_compare, labelled_store) -> None:
        """Labels stay readable on a light background (and are words, not only colours)."""

        async def light(pilot) -> None:
            pilot.app.theme = "textual-light"
            await settle(pilot)

        assert snap_compare(make_app(labelled_store, "alice", article_id=1), terminal_size=SIZE, run_before=light)


class TestAdjudication:
    def test_adjudication_screen(self, snap_compare, seeded_store) -> None:
        """One disagreement: the paragraph, both reviewers' labels and notes, the counts, no gold yet."""
        sentences = seeded_store.sentences(1)
        for s, (a, b) in zip(sentences[3:5], [(Label.SOURCED, Label.SUSPICIOUS), (Label.OPINION, Label.SOURCED)]):
            seeded_store.set_label(s.id, "alice", a, note="named speaker")
            seeded_store.set_label(s.id, "bob", b, note="quote not traceable")
        assert snap_compare(make_app(seeded_store, "dana", adjudicate=True), terminal_size=SIZE, run_before=_ready)
