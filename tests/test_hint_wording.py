"""The writer's view told by wording alone: the learned table is what the
labelled sets give, it learns from no held-out text, and its hint shows only
where no other detector has decided the sentence."""

from __future__ import annotations

import json

import pytest

from annotator.hints import sentence_hints
from annotator.hints.evaluation import DEV_HELD_OUT, implied_label, load_gold_articles
from annotator.hints.make_opinion_wording import DATA, build_table, render, training_articles
from annotator.hints.wording import WORDING_REASON, load_wording, table_path


def worded(text: str, paragraph: str | None = None) -> list[str]:
    """The cues of the learned-wording hints on a sentence."""
    return [h.cue for h in sentence_hints(text, paragraph) if h.reason == WORDING_REASON]


def test_the_shipped_table_is_what_the_labelled_sets_give() -> None:
    shipped = table_path().read_text(encoding="utf-8")
    assert shipped == render(build_table(*training_articles())), "run python -m annotator.hints.make_opinion_wording"


def test_it_learns_from_no_held_out_text() -> None:
    folders, articles = training_articles()
    listed = json.loads((DATA / "blind_sets.json").read_text(encoding="utf-8"))["sets"]
    unstudied = [entry["folder"] for entry in listed if not entry["studied"]]
    assert unstudied and not set(unstudied) & set(folders)
    dev_names = {a.name for a in load_gold_articles(DATA / "dev")}
    dev_numbers = {a.number for a in articles if a.name in dev_names}
    assert dev_numbers and not dev_numbers & DEV_HELD_OUT
    table = load_wording()
    assert table is not None and table.threshold > 0 and len(table.weights) > 1000


@pytest.mark.parametrize(
    "text",
    [
        "That is not a budget.",
        "It is a surrender.",
        "That is the whole problem.",
        "This is what failure looks like.",
    ],
)
def test_commentary_with_no_cue_word_is_worded_as_opinion(text: str) -> None:
    found = sentence_hints(text, text)
    assert worded(text, text) and implied_label(found, text=text) == "opinion", found


@pytest.mark.parametrize(
    "text",
    [
        "The ferry leaves Kerrow at 7.40 every morning.",
        "The council approved the plan on Tuesday.",
        "Work on the new bridge began in March.",
    ],
)
def test_plain_reports_are_not(text: str) -> None:
    assert not worded(text, text)


@pytest.mark.parametrize(
    ("text", "paragraph"),
    [
        ("That is not a budget, the mayor said.", None),  # attributed: the mayor's view
        ('"That is not a budget," one resident told us.', None),  # quoted
        ("Q: Is it a surrender?", None),  # an FAQ question heads its answer
        ("VOSS: That is not a budget.", None),  # an interviewee's answer
        ("That is not a budget at all, frankly.", None),  # a cue word decides it already
    ],
)
def test_the_wording_is_read_only_where_nothing_else_decides(text: str, paragraph: str | None) -> None:
    assert not worded(text, paragraph or text)
