"""Team studies at scale, on SQLite, each against a floor measured in the
same run (product and floor runs alternate; p50 and p99 over the runs):

- ``assign``: 10,000 articles (20 sentences each) given to 2 of 20
  reviewers, a fifth of them to 3 (goal: under 2 s), through the Python
  API on a fresh copy of the database each run. Floor: writing the same
  number of assignment rows with the sqlite3 module, no planning.
- ``progress``: one million labels (100,000 sentences in 5,000 articles,
  each article assigned to and labelled by 10 reviewers, every label with a
  label event) (goal: under 2 s). Floor: reading the same label rows with
  the sqlite3 module.
- ``annotator progress --json`` once as a whole command in a fresh process
  (start-up included), for the record.

    python bench/study_bench.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOAL_SECONDS = 2.0
LABELS = ("sourced", "unsourced", "opinion", "suspicious")
NOW = "2026-11-29 12:00:00.000000"


def empty_database(path: Path) -> None:
    """A database with the current schema (made by the application)."""
    from annotator.store import AnnotationStore

    AnnotationStore.open(path).close()


def fill(path: Path, *, articles: int, sentences: int, reviewers: int, labelled_by: int) -> None:
    """Articles and sentences; ``labelled_by`` reviewers assigned to every
    article and labelling every sentence (with one label event each)."""
    rng = random.Random(11)
    con = sqlite3.connect(path)
    with con:
        con.executemany(
            "INSERT INTO article (id, uid, title, source, url, published, meta, text, imported_at) "
            "VALUES (?, ?, ?, '', NULL, NULL, '{}', '', ?)",
            [(a, f"a{a}", f"Article {a}", NOW) for a in range(1, articles + 1)],
        )
        con.executemany(
            "INSERT INTO sentence (id, article_id, position, paragraph, char_start, char_end, text) "
            "VALUES (?, ?, ?, 0, 0, 1, 'x')",
            [((a - 1) * sentences + p + 1, a, p) for a in range(1, articles + 1) for p in range(sentences)],
        )
        con.executemany(
            "INSERT INTO annotator (id, name, created_at) VALUES (?, ?, ?)",
            [(r, f"reviewer{r:02d}", NOW) for r in range(1, reviewers + 1)],
        )
        if labelled_by:
            con.executemany(
                "INSERT INTO assignment (article_id, annotator_id, seed, assigned_by, assigned_at) "
                "VALUES (?, ?, 1, 'bench', ?)",
                [(a, r, NOW) for a in range(1, articles + 1) for r in range(1, labelled_by + 1)],
            )
            rows = []
            for s in range(1, articles * sentences + 1):
                truth = rng.randrange(4)
                for r in range(1, labelled_by + 1):
                    label = LABELS[truth if rng.random() < 0.8 else rng.randrange(4)]
                    rows.append((s, r, label))
            con.executemany(
                "INSERT INTO annotation (sentence_id, annotator_id, label, note, created_at, updated_at) "
                f"VALUES (?, ?, ?, NULL, '{NOW}', '{NOW}')",
                rows,
            )
            con.executemany(
                "INSERT INTO label_event (sentence_id, annotator_id, old_label, new_label, old_note, "
                "new_note, seconds_spent, origin, created_at) "
                f"VALUES (?, ?, NULL, ?, NULL, NULL, ?, 'review', '{NOW}')",
                [(s, r, label, rng.uniform(2, 30)) for s, r, label in rows],
            )
    con.close()


def pct(values: list[float], q: int) -> float:
    if len(values) == 1:
        return round(values[0], 3)
    return round(statistics.quantiles(values, n=100, method="inclusive")[q - 1], 3)


def summary(product: list[float], floor: list[float]) -> dict:
    return {
        "runs": len(product),
        "seconds": {"p50": pct(product, 50), "p99": pct(product, 99)},
        "floor_seconds": {"p50": pct(floor, 50), "p99": pct(floor, 99)},
        "meets_goal": pct(product, 99) < GOAL_SECONDS,
    }


def bench_assign(folder: Path, runs: int) -> dict:
    from annotator import api

    base = folder / "assign.db"
    empty_database(base)
    fill(base, articles=10_000, sentences=20, reviewers=20, labelled_by=0)
    reviewers = [f"reviewer{r:02d}" for r in range(1, 21)]
    product, floor = [], []
    for run in range(runs):
        copy = folder / f"assign-{run}.db"
        shutil.copyfile(base, copy)
        with api.open(copy) as db:
            start = time.perf_counter()
            result = db.study.assign(
                reviewers, per_article=2, extra_share=0.2, extra_per_article=3, seed=run, by="bench"
            )
            product.append(time.perf_counter() - start)
        rows = result.assignments
        copy.unlink()
        shutil.copyfile(base, copy)
        con = sqlite3.connect(copy)
        start = time.perf_counter()
        with con:
            con.executemany(
                "INSERT INTO assignment (article_id, annotator_id, seed, assigned_by, assigned_at) "
                "VALUES (?, ?, 1, 'bench', ?)",
                [(1 + i // 2, 1 + i % 20, NOW) for i in range(rows)],
            )
        floor.append(time.perf_counter() - start)
        con.close()
        copy.unlink()
    return {"articles": 10_000, "reviewers": 20, "assignments": rows, **summary(product, floor)}


def bench_progress(folder: Path, runs: int) -> dict:
    from annotator import api

    path = folder / "progress.db"
    empty_database(path)
    fill(path, articles=5_000, sentences=20, reviewers=10, labelled_by=10)
    product, floor = [], []
    with api.open(path) as db:
        for _ in range(runs):
            start = time.perf_counter()
            progress = db.study.progress()
            product.append(time.perf_counter() - start)
            con = sqlite3.connect(path)
            start = time.perf_counter()
            con.execute(
                "SELECT n.sentence_id, s.article_id, n.annotator_id, n.label FROM annotation n "
                "JOIN sentence s ON s.id = n.sentence_id WHERE n.label IS NOT NULL"
            ).fetchall()
            floor.append(time.perf_counter() - start)
            con.close()
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "annotator", "--db", str(path), "progress", "--json"],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    command = time.perf_counter() - start
    return {
        "labels": 1_000_000,
        "alpha": round(progress.alpha, 3) if progress.alpha is not None else None,
        "whole_command_seconds": round(command, 3),
        **summary(product, floor),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each (default 5)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        result = {
            "benchmark": "study",
            "goal_seconds": GOAL_SECONDS,
            "assign": bench_assign(folder, args.runs),
            "progress": bench_progress(folder, args.runs),
        }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
