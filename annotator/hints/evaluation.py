"""Measuring hints against sentences people labelled: the label the hints
imply (the guidelines' decision order), and per cue kind precision and
recall by sentence. Hints never set a label in the tool; this is for the
benchmark and the tests."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from annotator.hints.authority import FRAMED_SUFFIX
from annotator.hints.model import KINDS, NAME_KINDS, Hint
from annotator.hints.opinion import EVALUATIVE_REASON, FIRST_PERSON_REASON
from annotator.hints.quotes import MIN_QUOTE_WORDS
from annotator.hints.registry import Person, Registry, Role
from annotator.hints.sentence import quoted_spans

LABELS = ("sourced", "unsourced", "opinion", "suspicious")
SUSPICIOUS_KINDS = frozenset(
    {
        "quote_without_speaker",
        "name_mismatch",
        "possible_blend",
        "possible_misspelling",
        "unverified_expert",
        "role_mismatch",
        "machine_text",
    }
)
UNSOURCED_KINDS = frozenset({"vague_attribution", "unsourced_figure"})


def implied_label(hints: Sequence[Hint], paragraph_hints: Sequence[Hint] = (), text: str = "") -> str:
    """The label the guidelines' decision order gives these hints: a red
    flag, then a named source, then the writer's opinion, else a checkable
    statement without a source (``unsourced``). A verified name alone is no
    source. ``paragraph_hints`` are the other sentences' hints in the
    paragraph and ``text`` the sentence: support from an untraceable expert
    (or a name that is nobody in the registry, in an authority frame) named there ("…,” he said.") is suspicious, and a quote whose speaker
    is named there is sourced."""
    kinds = {h.kind for h in hints}
    if kinds & SUSPICIOUS_KINDS:
        return "suspicious"
    if "attribution" in kinds:
        framed = {h.reason.removesuffix(FRAMED_SUFFIX) for h in paragraph_hints if h.kind == "authority_frame"}
        untraced = [
            h.cue.split()[-1]
            for h in paragraph_hints
            if h.kind == "unverified_expert" or (h.kind in _NOBODY_AS_NAMED and h.cue in framed)
        ]
        sources = [h.reason.removeprefix("attribution to ") for h in hints if h.kind == "attribution"]
        named_here = any(_NAME.match(source) and not _PRONOUN_SUBJECT.match(source) for source in sources)
        if (
            untraced
            and not kinds & NAME_KINDS
            and not named_here  # "Megan Rhydd, who runs the shop, says she …": her own word, not the expert's
            and (_PRONOUN_SUBJECT.search(text) or any(re.search(rf"\b{re.escape(n)}\b", text) for n in untraced))
        ):
            return "suspicious"
        return "sourced"
    # "We spoke to him last week": the first person alone reports, it does not judge.
    opinions = [h for h in hints if h.kind == "opinion_marker" and h.reason != FIRST_PERSON_REASON]
    if opinions:
        # "the disastrous plan cut 3,000 jobs": labelled by its checkable core.
        if "unsourced_figure" in kinds and all(h.reason == EVALUATIVE_REASON for h in opinions):
            return "unsourced"
        return "opinion"
    if any(len(text[a:b].split()) >= MIN_QUOTE_WORDS for a, b in quoted_spans(text)):
        return "sourced"  # a direct quote with no red flag: its speaker is named in the paragraph
    return "unsourced"


# A name that is nobody in the registry as written (a wrong given name, a
# blend): presented as an authority, nobody can trace it either.
_NOBODY_AS_NAMED = frozenset({"name_mismatch", "possible_blend"})
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_NAME = re.compile(r"(?:[A-Z][\w’'\-]+\s+)+[A-Z][\w’'\-]+$")  # "Megan Rhydderch": a source named by full name


# The development set's held-out third (articles 03, 06, …, 18): kept out of all tuning.
DEV_HELD_OUT = frozenset({3, 6, 9, 12, 15, 18})


@dataclass(frozen=True)
class GoldSentence:
    text: str
    paragraph: str
    label: str | None
    cues: frozenset[str]
    article: str


@dataclass(frozen=True)
class GoldArticle:
    name: str
    published: date | None
    sentences: tuple[GoldSentence, ...]

    @property
    def number(self) -> int:
        return int(self.name.split("_", 1)[0])


def load_gold_articles(folder: Path) -> list[GoldArticle]:
    """The hand-labelled articles of a labelled set folder (``NN_slug.json``,
    any number of digits), in the order of their numbers."""
    articles = []
    numbered = [p for p in folder.glob("[0-9]*_*.json") if p.stem.split("_", 1)[0].isdigit()]
    for path in sorted(numbered, key=lambda p: (int(p.stem.split("_", 1)[0]), p.name)):
        doc = json.loads(path.read_text(encoding="utf-8"))
        sentences = []
        for paragraph in doc["paragraphs"]:
            text = " ".join(s["text"] for s in paragraph)
            sentences += [GoldSentence(s["text"], text, s["label"], frozenset(s["cues"]), path.stem) for s in paragraph]
        published = date.fromisoformat(doc["published"]) if doc.get("published") else None
        articles.append(GoldArticle(path.stem, published, tuple(sentences)))
    return articles


def registry_from_csv(path: Path) -> Registry:
    """A registry from a CSV in the ``registry import`` format (one row per role)."""
    people: dict[str, tuple[list[str], list[Role]]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            aliases, roles = people.setdefault(row["name"], ([], []))
            aliases += [
                a.strip() for a in (row.get("aliases") or "").split(";") if a.strip() and a.strip() not in aliases
            ]
            if row.get("title"):
                roles.append(
                    Role(row["title"], row.get("organisation") or "", row.get("from") or None, row.get("to") or None)
                )
    return Registry([Person(name, tuple(aliases), tuple(roles)) for name, (aliases, roles) in people.items()])


def score(
    articles: Iterable[GoldArticle], hint_fn: Callable[[GoldSentence, GoldArticle], list[Hint]]
) -> dict[str, Any]:
    """Per cue kind precision/recall by sentence, implied-label accuracy and
    per-label recall. ``hint_fn(sentence, article)`` gives a sentence's hints."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    pairs: list[tuple[str, str]] = []
    sentences = 0
    for article in articles:
        hinted = [(s, hint_fn(s, article)) for s in article.sentences]
        for s, hints in hinted:
            sentences += 1
            found = {h.kind for h in hints}
            for kind in KINDS:
                if kind in found and kind in s.cues:
                    tp[kind] += 1
                elif kind in found:
                    fp[kind] += 1
                elif kind in s.cues:
                    fn[kind] += 1
            if s.label is not None:
                others = [h for t, hs in hinted if t.paragraph == s.paragraph and t is not s for h in hs]
                pairs.append((s.label, implied_label(hints, others, s.text)))
    kinds = {}
    for kind in KINDS:
        predicted, actual = tp[kind] + fp[kind], tp[kind] + fn[kind]
        kinds[kind] = {
            "precision": _ratio(tp[kind], predicted),
            "recall": _ratio(tp[kind], actual),
            "gold": actual,
            "flagged": predicted,
        }
    per_label = {
        label: {
            "recall": _ratio(sum(1 for g, p in pairs if g == p == label), sum(1 for g, _ in pairs if g == label)),
            "precision": _ratio(sum(1 for g, p in pairs if g == p == label), sum(1 for _, p in pairs if p == label)),
            "gold": sum(1 for g, _ in pairs if g == label),
        }
        for label in LABELS
    }
    return {
        "sentences": sentences,
        "labelled": len(pairs),
        "implied_label_accuracy": _ratio(sum(1 for g, p in pairs if g == p), len(pairs)),
        "labels": per_label,
        "kinds": kinds,
    }


def _ratio(hits: int, total: int) -> float | None:
    return round(hits / total, 3) if total else None


def precision_recall(
    pairs: list[tuple[str, str | None]], labels: Sequence[str] = LABELS
) -> dict[str, dict[str, float | int | None]]:
    """Per label: precision and recall of implied labels against gold ones.
    ``pairs`` are (gold, implied)."""
    result = {}
    for label in labels:
        predicted = sum(1 for _, p in pairs if p == label)
        actual = sum(1 for g, _ in pairs if g == label)
        hits = sum(1 for g, p in pairs if g == p == label)
        result[label] = {"precision": _ratio(hits, predicted), "recall": _ratio(hits, actual), "gold": actual}
    return result
