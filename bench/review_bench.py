"""Review UI: keystroke latency, start-up time and memory on a large
database, each against a floor measured in the same run.

The database holds 200,000 sentences (500 articles of 400) and 1,000,000
annotations (five other reviewers who labelled everything). Every program
runs in a pseudo-terminal whose output a reader thread time-stamps as it
arrives (bench/pty_recorder.py); the screen is rebuilt afterwards from the
recording, so a key press is timed to the chunk of output that showed its
label, not to the next frame someone looked at the screen.

* latency: press a label key, time until the output shows it saved
  ("k/400 labelled"). After each press the bench waits for the output to go
  quiet, then --think seconds (a reviewer reads before the next key).
  Programs alternate, --rounds runs each: the floor (a minimal Textual app
  that writes one SQLite row per key, bench/floor_app.py), the review
  screen with hints and without. p50 and p99 of each; goal: the review
  screen (with hints) within 2x of the floor at p50 and at p99.
* start-up: process start to the first sentence on screen, median of
  --starts runs. Floor: the same minimal app, which imports sqlmodel and reads
  one row. Goal: within 1.25x.
* memory: peak RSS of the review process during its latency runs. Goal: < 200 MB.

    python bench/review_bench.py [--presses 320] [--rounds 4] [--think 0.05] [--starts 5] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.pty_recorder import RecordingTerminal, first_times  # noqa: E402

ARTICLES = 500
PER_ARTICLE = 400
OTHER_REVIEWERS = 5
LABELS = ("sourced", "unsourced", "opinion", "suspicious")


def build_database(path: Path) -> None:
    """Create the schema with the tool, then fill it straight through sqlite3."""
    from annotator.store import AnnotationStore

    AnnotationStore.open(path).close()
    rng = random.Random(3)
    words = ["council", "water", "plant", "minister", "said", "budget", "port", "bay", "report", "price"]
    conn = sqlite3.connect(path)
    with conn:
        sentence_id = 0
        for a in range(1, ARTICLES + 1):
            texts = [
                f"Sentence {i} of article {a}: " + " ".join(rng.choice(words) for _ in range(rng.randint(8, 30))) + "."
                for i in range(PER_ARTICLE)
            ]
            body = "\n".join(texts)
            conn.execute(
                "INSERT INTO article (id, uid, title, source, meta, text, imported_at) "
                "VALUES (?, ?, ?, 'bench', '{}', ?, CURRENT_TIMESTAMP)",
                (a, f"bench-{a}", f"Benchmark article {a}", body),
            )
            rows, pos = [], 0
            for i, t in enumerate(texts):
                sentence_id += 1
                rows.append((sentence_id, a, i, i // 4, pos, pos + len(t), t))
                pos += len(t) + 1
            conn.executemany("INSERT INTO sentence VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        for r in range(1, OTHER_REVIEWERS + 1):
            conn.execute(
                "INSERT INTO annotator (id, name, created_at) VALUES (?, ?, CURRENT_TIMESTAMP)", (r, f"other{r}")
            )
            conn.executemany(
                "INSERT INTO annotation (sentence_id, annotator_id, label, created_at, updated_at) "
                "VALUES (?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                ((s, r, LABELS[(s * r) % 4]) for s in range(1, sentence_id + 1)),
            )
    conn.close()


@contextmanager
def benchmark_database(keep: Path | None) -> Iterator[Path]:
    """The benchmark database: built once in ``keep`` (reused after), else in a temporary folder."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        db = folder / "review_bench.db"
        if not db.exists():
            build_database(db)
        yield db


def saved_count(screen: str) -> int:
    """The "k/400 labelled" figure on a screen (-1 when not shown)."""
    match = re.search(r"(\d+)/400 labelled", screen)
    return int(match.group(1)) if match else -1


def review_argv(db: Path, *, hints: bool = True) -> list[str]:
    return [
        sys.executable,
        "-m",
        "annotator",
        "--db",
        str(db),
        "review",
        "--article",
        "1",
        "--annotator",
        "bench",
        *([] if hints else ["--no-hints"]),
    ]


def floor_argv(db: Path) -> list[str]:
    return [sys.executable, str(ROOT / "bench" / "floor_app.py"), str(db)]


def terminal(argv: list[str]) -> RecordingTerminal:
    """``argv`` in a 100 x 30 terminal, running the code beside this script
    (not whichever copy of the package is installed)."""
    return RecordingTerminal(argv, cwd=str(ROOT), env={"PYTHONPATH": str(ROOT)})


def startup(argv: list[str], first_sentence: str) -> float:
    """Seconds from spawning the program to its first sentence reaching the terminal."""
    screen = terminal(argv)
    try:
        return screen.wait_for(lambda s: first_sentence in s) - screen.started
    finally:
        screen.close()


def latency(argv: list[str], presses: int, think: float) -> tuple[list[float], float]:
    """Seconds from each label key to the output showing it saved; and peak RSS (MB)."""
    screen = terminal(argv)
    sent: list[float] = []
    try:
        screen.wait_for(lambda s: saved_count(s) == 0)
        time.sleep(0.5)  # let start-up work after the first frame finish, as a reader would
        for i in range(presses):
            sent.append(screen.press("1234"[i % 4]))
            screen.wait_quiet(sent[-1], quiet=0.02)
            time.sleep(think)
        screen.wait_for(lambda s: saved_count(s) >= presses, timeout=30)
        peak = screen.peak_rss_mb()
    finally:
        screen.close()
    shown = first_times(screen.screens(), saved_count, presses)
    if any(t is None for t in shown):
        raise RuntimeError(f"{argv}: a label never showed")
    return [t - s for t, s in zip(shown, sent)], peak


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def figures(times: list[float]) -> dict[str, float]:
    return {"p50": round(1000 * percentile(times, 0.5), 2), "p99": round(1000 * percentile(times, 0.99), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--presses", type=int, default=320, help="label keys per program, over all rounds")
    parser.add_argument("--rounds", type=int, default=4, help="runs of each program, alternating")
    parser.add_argument(
        "--think", type=float, default=0.05, help="seconds between the output going quiet and the next key"
    )
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the database in this folder")
    args = parser.parse_args()
    per_run = -(-args.presses // args.rounds)
    if per_run > PER_ARTICLE:
        parser.error(f"at most {PER_ARTICLE} presses per round")

    built = time.perf_counter()
    with benchmark_database(args.keep) as db:
        build_seconds = time.perf_counter() - built

        def reset() -> None:
            with sqlite3.connect(db) as conn:
                conn.execute(
                    "DELETE FROM label_event WHERE annotator_id IN (SELECT id FROM annotator WHERE name = 'bench')"
                )
                conn.execute(
                    "DELETE FROM annotation WHERE annotator_id IN (SELECT id FROM annotator WHERE name = 'bench')"
                )
                conn.execute("DROP TABLE IF EXISTS floor_press")

        reset()
        with sqlite3.connect(db) as conn:
            first = conn.execute("SELECT text FROM sentence ORDER BY id LIMIT 1").fetchone()[0]
            sentences = conn.execute("SELECT count(*) FROM sentence").fetchone()[0]
            annotations = conn.execute("SELECT count(*) FROM annotation").fetchone()[0]
        marker = first[:40]

        starts_app, starts_floor = [], []
        for _ in range(args.starts):  # interleaved, so drift hits both alike
            starts_floor.append(startup(floor_argv(db), marker))
            starts_app.append(startup(review_argv(db), marker))
        programs: dict[str, Callable[[], list[str]]] = {
            "floor": lambda: floor_argv(db),
            "review": lambda: review_argv(db),
            "review_no_hints": lambda: review_argv(db, hints=False),
        }
        times: dict[str, list[float]] = {name: [] for name in programs}
        peak = 0.0
        for _ in range(args.rounds):  # alternating, so drift hits every program alike
            for name, argv in programs.items():
                reset()
                measured, rss = latency(argv(), per_run, args.think)
                times[name] += measured
                if name != "floor":
                    peak = max(peak, rss)

    app_start, floor_start = statistics.median(starts_app), statistics.median(starts_floor)
    ratio = {q: round(percentile(times["review"], q) / percentile(times["floor"], q), 3) for q in (0.5, 0.99)}
    print(
        json.dumps(
            {
                "benchmark": "review",
                "sentences": sentences,
                "annotations": annotations,
                "database_build_s": round(build_seconds, 1),
                "presses": len(times["review"]),
                "think_s": args.think,
                "latency_ms": figures(times["review"]),
                "latency_no_hints_ms": figures(times["review_no_hints"]),
                "floor_latency_ms": figures(times["floor"]),
                "latency_over_floor": {"p50": ratio[0.5], "p99": ratio[0.99]},
                "startup_s": round(app_start, 3),
                "floor_startup_s": round(floor_start, 3),
                "startup_over_floor": round(app_start / floor_start, 3),
                "peak_rss_mb": round(peak, 1),
                "goals": {"latency_over_floor": 2.0, "startup_over_floor": 1.25, "peak_rss_mb": 200},
                "meets_goals": max(ratio.values()) <= 2.0 and app_start / floor_start <= 1.25 and peak < 200,
            }
        )
    )


if __name__ == "__main__":
    main()
