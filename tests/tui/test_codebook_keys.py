"""A six-label codebook in the screens: keys 1-6 (and the letters) label
sentences, the footer, help, status line and gutter follow the codebook,
the label colours come from its styles, and adjudication sets gold labels
with keys 5 and 6."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from annotator.codebook_file import read_codebook_file
from annotator.tui.app import make_app
from annotator.tui.label_styles import label_css
from annotator.tui.screens.adjudicate import AdjudicateScreen
from annotator.tui.screens.help_dialog import HelpDialog, keys_table
from annotator.tui.widgets.adjudication_panel import AdjudicationPanel
from annotator.tui.widgets.article_view import ArticleView, Chip
from annotator.tui.widgets.key_bar import KeyBar
from annotator.tui.widgets.review_status import status_line
from tests.test_codebook import SIX, SIX_VALUES
from tests.tui.conftest import REVIEWER, SIZE, review_screen, settle, shown_text, stored_events, stored_marks


@pytest.fixture
def six_store(seeded_store):
    codebook, renames = read_codebook_file(SIX)
    seeded_store.set_codebook(codebook, renames=renames, by="tester")
    return seeded_store


async def test_keys_one_to_six_label_sentences(six_store) -> None:
    app = make_app(six_store, REVIEWER, article_id=1)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(app)
        ids = [s.id for s in screen.session.sentences[:8]]
        await pilot.press("1", "2", "3", "4", "5", "6", "m", "c")
        await settle(pilot)
        assert stored_marks(six_store) == {
            sid: (label, None) for sid, label in zip(ids, [*SIX_VALUES, "misleading", "satire"])
        }
        assert [new for _s, _o, new, _n, origin in stored_events(six_store) if origin == "review"][4:6] == [
            "misleading",
            "satire",
        ]
        view = screen.query_one(ArticleView)
        assert view._chips[4] == Chip("misleading", False, False)
        # The gutter fits the longest name, cut to its limit; the names are shown literally.
        assert view.gutter_width == 24
        gutter = "".join(segment.text for segment in view._gutter(4, 0, False))
        assert gutter.strip() == "Misleading" and len(gutter) == view.gutter_width
        satire = "".join(segment.text for segment in view._gutter(5, 0, False))
        assert satire.strip() == "Satire [b]or[/b] parody"
        status = str(screen.query_one("#review-status").render())
        assert "s 1 u 1 o 1 x 1 m 2 c 2" in status  # short: each label by its letter key
        wide = status_line(
            position=1,
            total=9,
            labelled=8,
            counts=screen.session.label_counts(),
            auto_advance=True,
            reviewer=REVIEWER,
            width=300,
            codebook=screen.codebook,
        ).plain
        assert "Misleading 2 Satire [b]or[/b] parody 2" in wide
        footer = str(screen.query_one(KeyBar).render())
        assert "5 Misleading" in footer
        # Each label's colour comes from the codebook's style.
        style = view.get_component_rich_style("article-view--label-misleading")
        assert style.bold and style.color is not None and style.color.triplet.hex == "#ff8800"
        assert view.get_component_rich_style("article-view--label-satire").italic


async def test_help_lists_the_codebooks_labels_and_guidelines(six_store) -> None:
    app = make_app(six_store, REVIEWER, article_id=1)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpDialog)
        labels = shown_text(app.screen.query_one("#help-labels"), width=120)
        order = [labels.index(word) for word in ("suspicious", "Satire", "sourced", "Misleading", "opinion")]
        assert order == sorted(order)  # the decision order
        assert "Satire [b]or[/b] parody (satire)" in labels and "[i]not[/i]" in labels
        assert "Crime doubled" in labels
        assert "misleading → opinion" in app.screen.query_one("#help-guidelines").source
    console = Console(width=100, record=True, file=io.StringIO())
    console.print(keys_table(app.store.codebook()))
    listed = console.export_text()
    assert "5 / m" in listed and "Misleading" in listed and "6 / c" in listed


async def test_adjudication_sets_gold_with_keys_five_and_six(six_store) -> None:
    s = six_store.sentences(1)
    for i, (a, b) in enumerate([("misleading", "sourced"), ("satire", "opinion"), ("sourced", "suspicious")]):
        six_store.set_label(s[i].id, "alice", a)
        six_store.set_label(s[i].id, "bob", b)
    app = make_app(six_store, "dana", adjudicate=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, AdjudicateScreen)
        assert "press 1-6" in shown_text(screen.query_one(AdjudicationPanel))
        await pilot.press("5", "6", "m")
        await settle(pilot)
        await screen.settle_writes()
        gold = {item.sentence.id: item.gold[0] for item in six_store.adjudication_items() if item.gold}
        assert gold == {s[0].id: "misleading", s[1].id: "satire", s[2].id: "misleading"}


def test_the_default_codebook_keeps_the_stylesheets_colours() -> None:
    from annotator.db.codebook_default import DEFAULT_CODEBOOK

    css = label_css(DEFAULT_CODEBOOK)
    assert "ArticleView > .article-view--label-sourced { color: $text-success; text-style: bold; }" in css
    assert "ArticleView > .article-view--label-suspicious { color: $error; text-style: bold reverse; }" in css
    six, _ = read_codebook_file(SIX)
    assert "article-view--label-satire { color: $accent; text-style: italic underline; }" in label_css(six)
