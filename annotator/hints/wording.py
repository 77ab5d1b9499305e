"""The writer's view told by its wording alone: "That is not a model.",
"It is a retreat.", "A day is a long time in a story like this." No cue
word marks such sentences, yet reviewers label them opinion. A table of
word and word-pair weights (a naive Bayes model), learned from the
hand-labelled sets by ``python -m annotator.hints.make_opinion_wording``,
scores a sentence that no other detector has claimed; above the table's
threshold it gets an opinion hint, its cue the words that weigh most.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from annotator.hints.model import Hint
from annotator.hints.sentence import Sentence

WORDING_REASON = "worded like the writer's own view (learned from hand-labelled articles)"
_MARKS = frozenset("?!:;")
_OPENING = "^"  # the feature for a sentence's first word: "^that"


def table_path(language: str = "en") -> Path:
    """Where the learned weights for ``language`` are kept."""
    return Path(__file__).with_name("vocabulary") / f"{language}.opinion_wording.json"


@dataclass(frozen=True)
class WordingTable:
    prior: float  # the log odds of opinion before any word is read
    threshold: float  # a score above this gets the hint
    weights: dict[str, float]  # feature: log odds it adds


@cache
def load_wording(language: str = "en") -> WordingTable | None:
    """The learned table, or None when there is none for the language."""
    path = table_path(language)
    if not path.is_file():
        return None
    doc = json.loads(path.read_text(encoding="utf-8"))
    return WordingTable(doc["prior"], doc["threshold"], doc["weights"])


def wording_features(words: list[str]) -> dict[str, tuple[int, int]]:
    """Each feature of a sentence's folded words (``Sentence.words``) with
    the word positions it covers: every word and mark of ?!:;, every pair
    of neighbours among them, and the first word."""
    kept = [(i, w) for i, w in enumerate(words) if w[0].isalpha() or w in _MARKS]
    features: dict[str, tuple[int, int]] = {}
    for (i, w), (j, v) in zip(kept, kept[1:]):
        features.setdefault(f"{w} {v}", (i, j))
    for i, w in kept:
        features.setdefault(w, (i, i))
    if kept:
        features[_OPENING + kept[0][1]] = (kept[0][0], kept[0][0])
    return features


def wording_hint(s: Sentence, language: str = "en") -> Hint | None:
    """An opinion hint when the sentence's wording scores above the
    threshold; its cue is the feature that weighs most towards opinion."""
    table = load_wording(language)
    if table is None:
        return None
    features = wording_features(s.words)
    weights = table.weights
    score = table.prior + sum(weights.get(f, 0.0) for f in features)
    if score <= table.threshold:
        return None
    best = max(features, key=lambda f: weights.get(f, 0.0))
    first, last = features[best]
    start, end = s.spans[first][0], s.spans[last][1]
    return Hint(start, end, "opinion_marker", s.text[start:end], WORDING_REASON)
