"""Review UI: keystroke latency, start-up time and memory on a large
database, each against a floor measured in the same run.

The database holds 200,000 sentences (500 articles of 400) and 1,000,000
annotations (five other reviewers who labelled everything). Both programs run
in a pseudo-terminal and are read through the same terminal emulator:

* latency: press a label key, time until the screen shows it saved
  ("k/400 labelled"); p50 and p99 over --presses presses. Floor: a minimal
  Textual app that updates one label per key press (bench/floor_app.py).
  Goal: p99 within 1.5x of the floor's.
* start-up: process start to the first sentence on screen, median of
  --starts runs. Floor: the same minimal app, which imports sqlmodel and reads
  one row. Goal: within 1.25x.
* memory: peak RSS of the review process during the latency run. Goal: < 200 MB.

    python bench/review_bench.py [--presses 320] [--starts 5] [--keep DIR]
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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.pty_terminal import PtyTerminal  # noqa: E402

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
            texts = [f"Sentence {i} of article {a}: " + " ".join(rng.choice(words) for _ in range(rng.randint(8, 30))) + "."
                     for i in range(PER_ARTICLE)]
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
            conn.execute("INSERT INTO annotator (id, name, created_at) VALUES (?, ?, CURRENT_TIMESTAMP)", (r, f"other{r}"))
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
    match = re.search(r"(\d+)/400 labelled", screen)
    return int(match.group(1)) if match else -1


def review_argv(db: Path) -> list[str]:
    return [sys.executable, "-m", "annotator", "--db", str(db), "review", "--article", "1", "--annotator", "bench"]


def floor_argv(db: Path) -> list[str]:
    return [sys.executable, str(ROOT / "bench" / "floor_app.py"), str(db)]


def startup(argv: list[str], first_sentence: str) -> float:
    start = time.perf_counter()
    terminal = PtyTerminal(argv)
    try:
        terminal.wait_for(lambda s: first_sentence in s, timeout=60)
        return time.perf_counter() - start
    finally:
        terminal.close()


def latency(argv: list[str], presses: int, reset: callable) -> tuple[list[float], float]:
    """Seconds from each key press to the screen showing it; and peak RSS (MB)."""
    reset()
    terminal = PtyTerminal(argv)
    times: list[float] = []
    try:
        terminal.wait_for(lambda s: saved_count(s) == 0, timeout=60)
        keys = "1234"
        for i in range(presses):
            start = time.perf_counter()
            terminal.press(keys[i % 4])
            terminal.wait_for(lambda s, n=i + 1: saved_count(s) >= n, timeout=30)
            times.append(time.perf_counter() - start)
        peak = _peak_rss_mb(terminal.process.pid)
    finally:
        terminal.close()
    return times, peak


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--presses", type=int, default=320)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the database in this folder")
    args = parser.parse_args()
    if args.presses > PER_ARTICLE:
        parser.error(f"--presses at most {PER_ARTICLE}")

    built = time.perf_counter()
    with benchmark_database(args.keep) as db:
        build_seconds = time.perf_counter() - built

        def reset() -> None:
            with sqlite3.connect(db) as conn:
                conn.execute("DELETE FROM label_event WHERE annotator_id IN (SELECT id FROM annotator WHERE name = 'bench')")
                conn.execute("DELETE FROM annotation WHERE annotator_id IN (SELECT id FROM annotator WHERE name = 'bench')")

        with sqlite3.connect(db) as conn:
            first = conn.execute("SELECT text FROM sentence ORDER BY id LIMIT 1").fetchone()[0]
            sentences = conn.execute("SELECT count(*) FROM sentence").fetchone()[0]
            annotations = conn.execute("SELECT count(*) FROM annotation").fetchone()[0]
        marker = first[:40]

        reset()
        starts_app, starts_floor = [], []
        for _ in range(args.starts):  # interleaved, so drift hits both alike
            starts_floor.append(startup(floor_argv(db), marker))
            starts_app.append(startup(review_argv(db), marker))
        floor_times, _ = latency(floor_argv(db), args.presses, reset)
        app_times, peak = latency(review_argv(db), args.presses, reset)

    app_start, floor_start = statistics.median(starts_app), statistics.median(starts_floor)
    app_p99, floor_p99 = percentile(app_times, 0.99), percentile(floor_times, 0.99)
    print(json.dumps({
        "benchmark": "review",
        "sentences": sentences,
        "annotations": annotations,
        "database_build_s": round(build_seconds, 1),
        "presses": args.presses,
        "latency_ms": {"p50": round(1000 * percentile(app_times, 0.5), 2), "p99": round(1000 * app_p99, 2)},
        "floor_latency_ms": {"p50": round(1000 * percentile(floor_times, 0.5), 2), "p99": round(1000 * floor_p99, 2)},
        "latency_p99_over_floor": round(app_p99 / floor_p99, 3),
        "startup_s": round(app_start, 3),
        "floor_startup_s": round(floor_start, 3),
        "startup_over_floor": round(app_start / floor_start, 3),
        "peak_rss_mb": round(peak, 1),
        "goals": {"latency_p99_over_floor": 1.5, "startup_over_floor": 1.25, "peak_rss_mb": 200},
        "meets_goals": app_p99 / floor_p99 <= 1.5 and app_start / floor_start <= 1.25 and peak < 200,
    }))


if __name__ == "__main__":
    main()
