"""`annotator import-labels` of a long CSV of 1,000,000 rows, against a floor
measured in the same run: a fresh Python process that only parses the same
file with the csv module.

The script builds a database of 1,000 articles of 100 sentences (stored
through the tool's own article writer) and writes a long export of labels by
ten reviewers per sentence (the columns and row order `annotator export`
writes). Each
product run merges the file into a fresh copy of that database with the
real command (`python -m annotator --db COPY import-labels FILE --json`) in
a fresh process, timed from start to exit; its peak RSS comes from the
kernel (wait4), and so does its CPU time: on a shared machine rows per CPU
second say what the code does when wall-clock rates say how busy the
machine was (the load average is printed too). Product and floor runs
alternate. A product run on a tenth of the file shows whether memory stays
flat as the file grows.

    python bench/import_labels_bench.py [--rows 1000000] [--runs 1] [--engine sqlite|postgresql]

Goal: >= 20,000 rows/s (p50) in flat memory.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for the child that builds the database; this process imports none of the tool

GOAL_ROWS_PER_SECOND = 20_000
SENTENCES_PER_ARTICLE = 100
REVIEWERS = 10
LABELS = ("sourced", "unsourced", "opinion", "suspicious")
_WORDS = "the council said water prices would rise next year after a long review of costs and fees".split()
HEADER = (
    "article_uid",
    "article_title",
    "source",
    "sentence_index",
    "paragraph_index",
    "char_start",
    "char_end",
    "sentence",
    "annotator",
    "label",
    "note",
    "labelled_at",
    "seconds_spent",
)

FLOOR = """
import csv, sys
with open(sys.argv[1], encoding="utf-8", newline="") as handle:
    rows = sum(1 for _ in csv.reader(handle)) - 1
print(rows)
"""


def _sentence(article: int, position: int) -> str:
    words = [_WORDS[(article * 7 + position * 3 + k) % len(_WORDS)] for k in range(12)]
    return f"Article {article} sentence {position}: {' '.join(words)}."


def build_database(target: str, articles: int) -> list[tuple[str, str]]:
    """Store ``articles`` articles; returns (uid, title) of each."""
    from annotator.db.records import NewArticle
    from annotator.store import AnnotationStore

    made = []
    store = AnnotationStore.open(target)
    with store.article_writer() as add:
        for a in range(articles):
            sentences = [_sentence(a, p) for p in range(SENTENCES_PER_ARTICLE)]
            text = "\n".join(sentences)
            units, start = [], 0
            for p, sentence in enumerate(sentences):
                units.append((start, start + len(sentence), p))
                start += len(sentence) + 1
            uid = f"{a:032x}"
            add(NewArticle(uid=uid, title=f"Article {a}", text=text, source="bench"), units)
            made.append((uid, f"Article {a}"))
    store.close()
    return made


def write_labels(path: Path, articles: list[tuple[str, str]], rows: int) -> None:
    """A long export of ``rows`` rows in the order `annotator export` writes
    them (article, sentence, reviewer): ten reviewers per sentence."""
    when = datetime.now(UTC) - timedelta(days=1)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        written = 0
        for a, (uid, title) in enumerate(articles):
            start = 0
            for p in range(SENTENCES_PER_ARTICLE):
                sentence = _sentence(a, p)
                for reviewer in range(REVIEWERS):
                    if written == rows:
                        return
                    at = (when + timedelta(milliseconds=written)).isoformat(timespec="milliseconds")
                    writer.writerow(
                        (
                            uid,
                            title,
                            "bench",
                            p,
                            p,
                            start,
                            start + len(sentence),
                            sentence,
                            f"reviewer{reviewer}",
                            LABELS[(a + p + reviewer) % 4],
                            "checked" if p % 10 == 0 else "",
                            at.replace("+00:00", "Z"),
                            "2.5",
                        )
                    )
                    written += 1
                start += len(sentence) + 1


def timed(command: list[str]) -> tuple[float, int, str, float]:
    """Seconds from start to exit, peak RSS in MB, stdout, and CPU seconds
    (user + system) of a command."""
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, text=True, cwd=ROOT)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if process.returncode not in (0,):
            raise SystemExit(f"{command[2:5]} failed ({process.returncode}): {err.read()[-2000:]}")
        return elapsed, usage.ru_maxrss // 1024, out.read(), usage.ru_utime + usage.ru_stime


class Databases:
    """A fresh copy of the built database for each product run."""

    def __init__(self, engine: str, folder: Path) -> None:
        self.engine = engine
        self.folder = folder
        self.count = 0
        if engine == "postgresql":
            import pgserver

            self.server = pgserver.get_server(folder / "pg", cleanup_mode="stop")
            self.server.psql("CREATE DATABASE bench_base;")
            self.base = self._url("bench_base")
        else:
            self.base = str(folder / "base.db")

    def _url(self, name: str) -> str:
        return self.server.get_uri(name).replace("postgresql://", "postgresql+psycopg://", 1)

    def fresh(self) -> str:
        self.count += 1
        if self.engine == "postgresql":
            name = f"bench_{self.count}"
            self.server.psql(f"CREATE DATABASE {name} TEMPLATE bench_base;")
            return self._url(name)
        copy = self.folder / f"run{self.count}.db"
        shutil.copyfile(self.base, copy)
        return str(copy)

    def drop(self, target: str) -> None:
        if self.engine == "postgresql":
            self.server.psql(f"DROP DATABASE {urlsplit(target).path.lstrip('/')};")
        else:
            Path(target).unlink()
            for suffix in ("-wal", "-shm"):
                Path(target + suffix).unlink(missing_ok=True)

    def close(self) -> None:
        if self.engine == "postgresql":
            self.server.cleanup()


def product(databases: Databases, path: Path, rows: int) -> dict:
    target = databases.fresh()
    try:
        seconds, rss, out, cpu = timed(
            [sys.executable, "-m", "annotator", "--db", target, "import-labels", str(path), "--json"]
        )
    finally:
        databases.drop(target)
    report = json.loads(out)
    assert report["imported"] == rows and not report["skipped"], {k: v for k, v in report.items() if k != "skipped"}
    return {"seconds": seconds, "rss_mb": rss, "cpu_seconds": cpu}


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=1, help="product and floor runs each (alternating)")
    parser.add_argument("--engine", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--build", help=argparse.SUPPRESS)  # the child that builds the database
    parser.add_argument("--articles", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        print(json.dumps(build_database(args.build, args.articles)))
        return

    folder = Path(tempfile.mkdtemp(prefix="import-labels-bench-"))
    databases = Databases(args.engine, folder)
    try:
        articles = -(-args.rows // (REVIEWERS * SENTENCES_PER_ARTICLE))
        started = time.perf_counter()
        made = json.loads(
            subprocess.run(
                [sys.executable, __file__, "--build", databases.base, "--articles", str(articles)],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            ).stdout
        )
        path, small = folder / "labels.csv", folder / "labels_tenth.csv"
        write_labels(path, made, args.rows)
        write_labels(small, made, args.rows // 10)
        file_mb = round(path.stat().st_size / 1e6, 1)
        setup = time.perf_counter() - started

        runs, floors = [], []
        for _ in range(args.runs):
            runs.append(product(databases, path, args.rows))
            seconds, rss, out, cpu = timed([sys.executable, "-c", FLOOR, str(path)])
            assert int(out) == args.rows
            floors.append({"seconds": seconds, "rss_mb": rss, "cpu_seconds": cpu})
        tenth = product(databases, small, args.rows // 10)
    finally:
        databases.close()
        shutil.rmtree(folder, ignore_errors=True)

    times = [r["seconds"] for r in runs]
    floor_times = [f["seconds"] for f in floors]
    p50, floor_p50 = statistics.median(times), statistics.median(floor_times)
    rate = args.rows / p50
    print(
        json.dumps(
            {
                "bench": "import_labels",
                "engine": args.engine,
                "rows": args.rows,
                "file_mb": file_mb,
                "runs": args.runs,
                "rows_per_s_p50": round(rate),
                "seconds_p50": round(p50, 2),
                "seconds_p99": round(_p(times, 0.99), 2),
                "rows_per_cpu_s_p50": round(args.rows / statistics.median(r["cpu_seconds"] for r in runs)),
                "peak_rss_mb": max(r["rss_mb"] for r in runs),
                "peak_rss_mb_tenth_file": tenth["rss_mb"],
                "floor_csv_parse_rows_per_s_p50": round(args.rows / floor_p50),
                "floor_seconds_p50": round(floor_p50, 2),
                "floor_rows_per_cpu_s_p50": round(args.rows / statistics.median(f["cpu_seconds"] for f in floors)),
                "floor_rss_mb": max(f["rss_mb"] for f in floors),
                "load_average_1min": round(os.getloadavg()[0], 1),
                "product_over_floor_time": round(p50 / floor_p50, 1),
                "setup_seconds": round(setup, 1),
                "goal_rows_per_s": GOAL_ROWS_PER_SECOND,
                "goal_met": rate >= GOAL_ROWS_PER_SECOND and runs[0]["rss_mb"] < 2 * tenth["rss_mb"],
            }
        )
    )


if __name__ == "__main__":
    main()
