"""Help: the keys come first, one section per screen, then the guidelines,
whose decision order uses no numbers that read like the label keys."""

from __future__ import annotations

import io
import re

from rich.console import Console

from annotator.db.codebook_default import DEFAULT_CODEBOOK
from annotator.guidelines import GUIDELINES
from annotator.tui.screens.help_dialog import HelpDialog, keys_table
from tests.tui.conftest import SIZE, settle

SCREENS = ["Article list", "Review", "Adjudication", "Agreement overview"]


def _keys_text() -> str:
    console = Console(width=90, record=True, file=io.StringIO())
    console.print(keys_table())
    return console.export_text()


async def test_help_shows_the_keys_before_the_guidelines(review_app) -> None:
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        help_box = review_app.screen.query_one("#help-box")
        assert isinstance(review_app.screen, HelpDialog)
        ids = [child.id for child in help_box.children]
        assert ids.index("help-keys") < ids.index("help-guidelines")
        # The first screenful of help is keys: they start in view, the guidelines below it.
        keys, guidelines = help_box.query_one("#help-keys"), help_box.query_one("#help-guidelines")
        assert keys.region.y < help_box.region.y + 4
        assert guidelines.region.y >= help_box.region.bottom


def test_keys_are_grouped_by_screen_in_the_order_a_reviewer_meets_them() -> None:
    lines = [line.rstrip() for line in _keys_text().splitlines()]
    headings = [line.strip() for line in lines if line.strip() in SCREENS]
    assert headings[: len(SCREENS)] == SCREENS
    # Moving is listed under each screen that has it, so "j / ↓" appears once for review and once for adjudication.
    sections = "\n".join(lines).split("\nAdjudication\n")
    assert "j / ↓" in sections[0].split("\nReview\n")[1] and "j / ↓" in sections[1]
    assert "close the overview" in sections[1].split("Agreement overview")[1]


def test_the_decision_order_has_no_numbers_that_collide_with_the_label_keys() -> None:
    # The keys are 1 sourced, 2 unsourced, 3 opinion, 4 suspicious: no rule may be numbered 1-4.
    assert {label.key for label in DEFAULT_CODEBOOK.labels} == {"1", "2", "3", "4"}
    assert not re.search(r"(^|\*\*)\s*[1-4]\s*[·.)]", GUIDELINES, flags=re.MULTILINE)
    order = [
        GUIDELINES.index(f"**{word}")
        for word in ("First, suspicious", "Then, sourced", "Then, opinion", "Otherwise, unsourced")
    ]
    assert order == sorted(order)
    assert "suspicious → sourced → opinion → unsourced" in GUIDELINES
