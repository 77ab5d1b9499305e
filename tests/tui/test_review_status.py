"""The review screen's status line and notes: a long title never pushes the
status off screen, and the note of a sentence is shown under it as text."""

from __future__ import annotations

import pytest

from annotator.db.labels import Label
from annotator.tui.app import make_app
from annotator.tui.widgets.article_view import ArticleView
from tests.conftest import write
from tests.tui.conftest import review_screen, settle
from tests.tui.keystrokes import widget_lines

LONG_TITLE = (
    "Port council approves a very large desalination plant for Harrow Bay after two years of "
    "argument, three public hearings and a recount of the deciding vote"
)


async def test_a_long_title_stays_on_one_line_above_the_status(seeded_store, tmp_path) -> None:
    from annotator.ingest import import_paths

    path = write(tmp_path / "long-title.txt", f"{LONG_TITLE}\nThe council met. It voted.")
    article = import_paths(seeded_store, [path]).imported[0].id
    app = make_app(seeded_store, "alice", article_id=article)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = review_screen(app)
        total = len(screen.session.sentences)
        title, status = widget_lines(screen.query_one("#review-status"))
        assert title.rstrip().endswith("…") and title.strip().startswith("Port council approves")
        assert f"#1 of {total}" in status and f"0/{total} labelled" in status and "alice" in status


async def test_the_note_shows_under_its_sentence_as_literal_text(seeded_store) -> None:
    sentences = seeded_store.sentences(1)
    note = "quote has no speaker [b]not bold[/b] [link=https://x.test]x[/link]"
    seeded_store.set_label(sentences[2].id, "alice", Label.SUSPICIOUS, note=note)
    app = make_app(seeded_store, "alice", article_id=1)
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        screen = review_screen(app)
        await pilot.press("j", "j")
        await settle(pilot)
        assert screen.session.cursor == 2
        view = screen.query_one(ArticleView)
        lines = widget_lines(view)
        top = int(view.scroll_offset.y)
        rows = view.sentence_lines(2)
        shown = [lines[row - top] for row in rows]
        assert sentences[2].text.split()[-1] in shown[-2]  # the sentence ends, then its note
        assert shown[-1].lstrip("▌").strip() == f"✎ {note}"


async def test_a_note_written_in_the_dialog_appears_under_the_sentence(review_app) -> None:
    async with review_app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        screen = review_screen(review_app)
        await pilot.press("e", *"ask the council", "enter")
        await settle(pilot)
        view = screen.query_one(ArticleView)
        lines = widget_lines(view)
        last = view.sentence_lines(0)[-1] - int(view.scroll_offset.y)
        assert lines[last].lstrip("▌").strip() == "✎ ask the council"
        await pilot.press("e", *["backspace"] * 20, "enter")  # an empty note removes it
        await settle(pilot)
        assert "✎" not in "\n".join(widget_lines(view)[: len(view.sentence_lines(0)) + 1])


REVIEWER = "alexandra.reviewer"


@pytest.fixture
def long_article(seeded_store, tmp_path):
    """An article of 400 sentences, 120 of them labelled by a reviewer with a long name."""
    from annotator.ingest import import_paths

    body = "\n\n".join(" ".join(f"The council met for the {p * 4 + i}th time." for i in range(4)) for p in range(100))
    path = write(tmp_path / "long.txt", "Council meetings\n\n" + body)
    article = import_paths(seeded_store, [path]).imported[0].id
    labels = list(Label)
    for n, sentence in enumerate(seeded_store.sentences(article)[:120]):
        seeded_store.set_label(sentence.id, REVIEWER, labels[n % 4])
    return article


@pytest.mark.parametrize("width", [60, 80, 100, 120])
async def test_the_status_line_fits_and_never_cuts_the_reviewer(seeded_store, long_article, width: int) -> None:
    app = make_app(seeded_store, REVIEWER, article_id=long_article)
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        screen = review_screen(app)
        total = len(screen.session.sentences)
        _title, status = widget_lines(screen.query_one("#review-status"))
        assert status.rstrip().endswith(REVIEWER) and "…" not in status
        assert f"#121 of {total}" in status and f"120/{total} labelled" in status
        if width >= 100:  # room for the counts, shortened if need be
            assert "30" in status.split("labelled")[1]


def test_the_status_line_shortens_parts_by_priority() -> None:
    from annotator.tui.widgets.review_status import status_line

    counts = {"sourced": 130, "unsourced": 120, "opinion": 110, "suspicious": 40}
    kwargs = dict(position=401, total=1200, labelled=400, counts=counts, auto_advance=True, reviewer="ana")
    wide = status_line(**kwargs, width=200).plain
    assert "sourced 130" in wide and "auto-advance on" in wide and "█" in wide
    previous = wide
    for width in range(110, 10, -1):
        line = status_line(**kwargs, width=width).plain
        assert len(line) <= width and line.endswith(" ana") and len(line) <= len(previous)
        if width >= len("#401 of 1200 │ 400/1200 labelled │ ana"):  # the position and progress stay whole
            assert line.startswith("#401 of 1200 │ 400/1200 labelled")
        previous = line
    # Counts go short before they go; the bar and the auto-advance state go before the counts.
    short = status_line(**kwargs, width=72).plain
    assert "s 130 u 120 o 110 x 40" in short and "█" not in short and "auto" not in short
    # A reviewer name wider than the line is the one thing left, cut at the end.
    assert status_line(**{**kwargs, "reviewer": "x" * 30}, width=20).plain == "x" * 19 + "…"
