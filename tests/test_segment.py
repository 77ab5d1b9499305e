"""Segmentation: hard line boundaries, sentence splits a reviewer can trust,
offsets that slice back to the exact text, and the F1 quality bar."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from annotator.prepare import build_article
from annotator.readers import read_path
from annotator.segment import segment_text, segmenter_version
from tests.conftest import SAMPLES
from tests.segmentation_gold import GOLD_DIR, boundary_f1, locate, read_gold

F1_FLOOR = 0.98


def prepared(path: Path):
    """The article and sentence rows an import would store for ``path``."""
    article, spans = build_article(next(read_path(path)))
    rows = [
        SimpleNamespace(position=i, paragraph=p, char_start=s, char_end=e, text=article.text[s:e])
        for i, (s, e, p) in enumerate(spans)
    ]
    return article, rows


def units(text: str, **kwargs) -> list[str]:
    return [text[u.start : u.end] for u in segment_text(text, **kwargs)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. Treasury met Dr. Smith at 9 a.m. Monday.", ["The U.S. Treasury met Dr. Smith at 9 a.m. Monday."]),
        ("It cost $8.5 billion. Prices rose 3.2%.", ["It cost $8.5 billion.", "Prices rose 3.2%."]),
        (
            "It opens at 9 a.m. It closes at 5 p.m. on Fridays.",
            ["It opens at 9 a.m.", "It closes at 5 p.m. on Fridays."],
        ),
        ("Q1. What is the deal about?", ["Q1. What is the deal about?"]),
        ("🧭 1. Geostrategic context", ["🧭 1. Geostrategic context"]),
        ("2. Japan’s political fragility. She needed a win.", ["2. Japan’s political fragility.", "She needed a win."]),
        ("He lives at No. 10 Downing Street.", ["He lives at No. 10 Downing Street."]),
        ("“We will win. They will lose,” she said.", ["“We will win.", "They will lose,” she said."]),
        ("「鉱物は深く潜る。欲望もまた深い。」", ["「鉱物は深く潜る。", "欲望もまた深い。」"]),
        ("“Yes. No.” Dr. Who left.", ["“Yes.", "No.” Dr. Who left."]),
        ("It reinforces independence.Trump agreed.", ["It reinforces independence.", "Trump agreed."]),
        ("Trending Now! in last 24hrs", ["Trending Now! in last 24hrs"]),
        ("See the report, e.g. for exports.", ["See the report, e.g. for exports."]),
    ],
)
def test_sentence_splits(text: str, expected: list[str]) -> None:
    assert units(text) == expected


def test_every_line_is_a_hard_boundary_and_numbers_paragraphs() -> None:
    text = "Headline without a full stop\nFirst sentence. Second sentence\n\nThird line"
    result = segment_text(text)
    assert [text[u.start : u.end] for u in result] == [
        "Headline without a full stop",
        "First sentence.",
        "Second sentence",
        "Third line",
    ]
    assert [u.paragraph for u in result] == [0, 1, 1, 2]


def test_bullet_glyphs_are_not_part_of_a_unit_and_empty_bullets_are_skipped() -> None:
    text = "  • Undercut leverage. Second point.\n-\n– Dash item\n▪ Square item"
    assert units(text) == ["Undercut leverage.", "Second point.", "Dash item", "Square item"]


def test_markdown_soft_wraps_join_and_markers_are_stripped() -> None:
    text = "# Title here\n\nA sentence that\nwraps. Another.\n\n* item one\n* item two\n> quoted line"
    assert units(text, markdown=True) == [
        "Title here",
        "A sentence that\nwraps.",
        "Another.",
        "item one",
        "item two",
        "quoted line",
    ]


def test_lines_without_words_are_not_units() -> None:
    assert units("***\n---\n—\n   \n") == []


def test_segmenter_version_names_the_library() -> None:
    assert segmenter_version().startswith("sentencex 1.")


def _sample_for(gold: Path) -> Path:
    matches = [p for p in [*SAMPLES.iterdir(), *GOLD_DIR.iterdir()] if p.stem == gold.stem and p.suffix != ".gold"]
    assert len(matches) == 1, gold
    return matches[0]


GOLD_FILES = sorted(GOLD_DIR.glob("*.gold"))


def _score(gold_path: Path) -> tuple[float, list, list]:
    article, sentences = prepared(_sample_for(gold_path))
    gold = read_gold(gold_path)
    gold_spans = locate(article.text, [g.text for g in gold])
    predicted = [(s.char_start, s.char_end) for s in sentences]
    return boundary_f1(predicted, gold_spans), sentences, gold


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem)
def test_hand_gold_segmentation_f1(gold_path: Path) -> None:
    f1, sentences, gold = _score(gold_path)
    assert f1 >= F1_FLOOR, [s.text for s in sentences]


def test_hand_gold_paragraphs_match_where_units_match() -> None:
    for gold_path in GOLD_FILES:
        _, sentences, gold = _score(gold_path)
        got = {s.text: s.paragraph for s in sentences}
        for g in gold:
            if g.text in got:
                assert got[g.text] == g.paragraph, (gold_path.name, g.text)


def test_seed_corpus_f1_against_reviewed_gold(seeds: Path) -> None:
    gold = json.loads((GOLD_DIR / "seeds_gold_offsets.json").read_text())
    scores = {}
    for name, entry in gold.items():
        path = seeds / name
        if not path.exists() or hashlib.sha256(path.read_bytes()).hexdigest() != entry["sha256"]:
            pytest.fail(f"seed {name} changed since its gold was made")
        _, sentences = prepared(path)
        scores[name] = boundary_f1([(s.char_start, s.char_end) for s in sentences], [tuple(u) for u in entry["units"]])
    assert min(scores.values()) >= F1_FLOOR, scores


def test_offsets_slice_back_to_the_exact_text(seeds: Path) -> None:
    for path in [*seeds.iterdir(), *SAMPLES.iterdir()]:
        article, sentences = prepared(path)
        assert sentences, path
        for s in sentences:
            assert article.text[s.char_start : s.char_end] == s.text
            assert s.text == s.text.strip() and s.text
        assert [s.position for s in sentences] == list(range(len(sentences)))


def test_overlong_units_are_cut_at_spaces() -> None:
    from annotator.segment import MAX_UNIT_CHARS

    text = "Title\n" + " ".join(["word"] * 3000)  # 15,000 characters, no sentence end
    result = segment_text(text)
    assert len(result) > 5 and all(u.end - u.start <= MAX_UNIT_CHARS for u in result)
    body = [text[u.start : u.end] for u in result[1:]]
    assert " ".join(body) == text.split("\n")[1]
    assert all(not part.startswith(" ") and not part.endswith(" ") for part in body)
