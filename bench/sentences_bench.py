"""`annotator sentences` on one article of 100,000 sentences, against a floor
measured in the same run: a fresh Python process that reads the same rows
with the sqlite3 module and prints them as plain lines (no library import,
no layout).

The article is imported through `annotator import` (a text file of 20,000
paragraphs of five sentences each, written by this script). Product and
floor runs alternate; each is a whole command in a fresh process, timed
from start to exit, with the output written to a file.

    python bench/sentences_bench.py [--runs 5] [--sentences 100000]

Goal: under 3 s (p50).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL_SECONDS = 3.0
_WORDS = "the council said water prices would rise next year after a long review of costs and fees".split()

FLOOR = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
rows = con.execute("SELECT id, position, paragraph, text FROM sentence WHERE article_id = 1 ORDER BY position")
sys.stdout.writelines(f"{i:>7}  {p:>6}  {g:>6}  {t}\\n" for i, p, g, t in rows)
"""


def write_article(path: Path, sentences: int, seed: int = 7) -> None:
    """One long article: a title, then paragraphs of five short sentences."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        out.write("A very long article\n\n")
        for _ in range(sentences // 5):
            out.write(" ".join(" ".join(rng.choice(_WORDS) for _ in range(9)).capitalize() + "." for _ in range(5)))
            out.write("\n\n")


def timed(args: list[str], out: Path) -> float:
    start = time.perf_counter()
    with out.open("w") as sink:
        subprocess.run(args, stdout=sink, stderr=subprocess.PIPE, cwd=ROOT, check=True)
    return time.perf_counter() - start


def pct(values: list[float], q: int) -> float:
    if len(values) == 1:
        return round(values[0], 3)
    return round(statistics.quantiles(values, n=100, method="inclusive")[q - 1], 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="alternating product and floor runs (default 5)")
    parser.add_argument("--sentences", type=int, default=100_000, help="sentences in the article (default 100,000)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        text, db, out = folder / "long.txt", folder / "long.db", folder / "out.txt"
        write_article(text, args.sentences)
        subprocess.run(
            [sys.executable, "-m", "annotator", "--db", str(db), "import", str(text)],
            capture_output=True,
            cwd=ROOT,
            check=True,
        )
        product, floor = [], []
        for _ in range(args.runs):
            product.append(timed([sys.executable, "-m", "annotator", "--db", str(db), "sentences", "1"], out))
            lines = sum(1 for _ in out.open(encoding="utf-8"))
            floor.append(timed([sys.executable, "-c", FLOOR, str(db)], out))
    p50 = pct(product, 50)
    print(
        json.dumps(
            {
                "benchmark": "sentences",
                "sentences": args.sentences,
                "output_lines": lines,
                "runs": args.runs,
                "seconds": {"p50": p50, "p99": pct(product, 99)},
                "floor_seconds": {"p50": pct(floor, 50), "p99": pct(floor, 99)},
                "over_floor_p50": round(p50 / statistics.median(floor), 2),
                "goal_seconds": GOAL_SECONDS,
                "meets_goal": p50 < GOAL_SECONDS,
            }
        )
    )


if __name__ == "__main__":
    main()
