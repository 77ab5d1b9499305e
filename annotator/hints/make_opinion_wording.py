"""Remake ``vocabulary/<language>.opinion_wording.json``, the word weights of
``annotator.hints.wording``, from the hand-labelled sets in this repository:

    python -m annotator.hints.make_opinion_wording

It learns from the development set's tuning part and the blind sets already
studied (``tests/data/hints/blind_sets.json``); the development set's
held-out third and the blind set still unstudied stay out, so that both
keep judging the hints honestly. A test checks the table is what this gives.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path
from typing import Any

from annotator.hints.evaluation import DEV_HELD_OUT, GoldArticle, load_gold_articles
from annotator.hints.sentence import Sentence
from annotator.hints.wording import table_path, wording_features

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "hints"
# A feature seen fewer times than this says more about one writer than about opinion.
MIN_SEEN = 3
# Weights nearer zero than this move no score much: left out to keep the table small.
MIN_WEIGHT = 0.5
# Chosen on the studied blind sets, each scored by a table learned from the sets
# before it: at 3.0, four in five sentences it flags (that no other detector
# claims) were labelled opinion.
THRESHOLD = 3.0


def training_articles(data: Path = DATA) -> tuple[list[str], list[GoldArticle]]:
    """(the folders learned from, their articles): the development set's
    tuning part and every studied blind set."""
    folders = ["dev"]
    articles = [a for a in load_gold_articles(data / "dev") if a.number not in DEV_HELD_OUT]
    listed = json.loads((data / "blind_sets.json").read_text(encoding="utf-8"))["sets"]
    for entry in listed:
        if entry["studied"] and (data / entry["folder"]).is_dir():
            folders.append(entry["folder"])
            articles += load_gold_articles(data / entry["folder"])
    return folders, articles


def build_table(folders: list[str], articles: list[GoldArticle]) -> dict[str, Any]:
    """Naive Bayes over the presence of each feature: its weight is the log
    of how much likelier it is in an opinion sentence than in any other."""
    seen: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
    totals = {True: 0, False: 0}
    for article in articles:
        for sentence in article.sentences:
            if sentence.label is None:
                continue
            opinion = sentence.label == "opinion"
            totals[opinion] += 1
            seen[opinion].update(list(wording_features(Sentence(sentence.text, sentence.paragraph).words)))
    weights = {}
    for feature in sorted(set(seen[True]) | set(seen[False])):
        yes, no = seen[True][feature], seen[False][feature]
        if yes + no < MIN_SEEN:
            continue
        weight = math.log(((yes + 0.5) / (totals[True] + 1)) / ((no + 0.5) / (totals[False] + 1)))
        if abs(weight) >= MIN_WEIGHT:
            weights[feature] = round(weight, 2)
    return {
        "_about": "Learned by python -m annotator.hints.make_opinion_wording; do not edit by hand.",
        "trained_on": folders,
        "sentences": totals[True] + totals[False],
        "prior": round(math.log(totals[True] / totals[False]), 4),
        "threshold": THRESHOLD,
        "weights": weights,
    }


def render(table: dict[str, Any]) -> str:
    """The table as JSON, one weight a line, so a retraining is a readable diff."""
    head = {k: v for k, v in table.items() if k != "weights"}
    lines = [f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
    weights = ",\n".join(f"  {json.dumps(f, ensure_ascii=False)}: {w}" for f, w in table["weights"].items())
    return "{\n" + "\n".join(lines) + '\n"weights": {\n' + weights + "\n}\n}\n"


def main(language: str = "en") -> None:
    """Learn the table from the labelled sets and write it."""
    if not (DATA / "blind_sets.json").is_file():
        raise SystemExit(f"no labelled sets at {DATA}: run this from a checkout of the repository")
    table = build_table(*training_articles())
    table_path(language).write_text(render(table), encoding="utf-8")
    print(f"wrote {table_path(language)}: {len(table['weights'])} weights from {table['sentences']} sentences")


if __name__ == "__main__":
    main()
