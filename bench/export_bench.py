"""Export throughput: 1,000,000 long rows, against the sqlite3 command-line
tool writing the same join as CSV in the same run.

The database is the one bench/review_bench.py builds (200,000 sentences,
five reviewers who labelled everything: 1,000,000 annotations). Both sides
run the same SQL (our long-format query, which is printed into a file for
the peer); memory is the peak RSS of our export process, at a tenth of the
rows and at all of them, to show it stays flat.

    python bench/export_bench.py [--keep DIR]

Goal: within 1.5x of the sqlite3 tool's time; memory flat.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.review_bench import benchmark_database  # noqa: E402


def our_export(db: Path, out: Path, articles: int | None = None) -> dict:
    """``annotator export`` in a fresh process: seconds, and the largest
    peak RSS of the child processes so far (run small before large)."""
    args = [sys.executable, "-m", "annotator", "--db", str(db), "export", str(out)]
    if articles:
        args += [arg for a in range(1, articles + 1) for arg in ("--article", str(a))]
    start = time.perf_counter()
    subprocess.run(args, capture_output=True, text=True, cwd=ROOT, check=True)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


# The long format as one join, for the sqlite3 tool: the same rows and columns
# as `annotator export` writes.
PEER_SQL = """
SELECT a.uid AS article_uid, a.title AS article_title, a.source, s.position AS sentence_index,
       s.paragraph AS paragraph_index, s.char_start, s.char_end, s.text AS sentence, r.name AS annotator,
       n.label, n.note, strftime('%Y-%m-%dT%H:%M:%fZ', n.updated_at) AS labelled_at, e.seconds AS seconds_spent
FROM annotation n
JOIN sentence s ON s.id = n.sentence_id
JOIN article a ON a.id = s.article_id
JOIN annotator r ON r.id = n.annotator_id
LEFT JOIN (SELECT sentence_id, annotator_id, SUM(seconds_spent) AS seconds
           FROM label_event GROUP BY sentence_id, annotator_id) e
  ON e.sentence_id = n.sentence_id AND e.annotator_id = n.annotator_id
WHERE n.label IS NOT NULL OR n.note IS NOT NULL
ORDER BY s.article_id, s.position, r.name
"""


def peer_export(db: Path, out: Path) -> float:
    """The sqlite3 tool writing the same join in CSV mode."""
    script = out.with_suffix(".sql")
    script.write_text(f".headers on\n.mode csv\n.output {out}\n{PEER_SQL};\n")
    start = time.perf_counter()
    with script.open() as commands:
        subprocess.run(["sqlite3", str(db)], stdin=commands, check=True)
    return time.perf_counter() - start


def _same_rows(ours: Path, peer: Path) -> bool:
    """Both files hold the same rows (read as CSV, so quoting style is free)."""
    import csv

    with ours.open(encoding="utf-8", newline="") as a, peer.open(encoding="utf-8", newline="") as b:
        return all(x == y for x, y in zip(csv.reader(a), csv.reader(b), strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the database in this folder")
    args = parser.parse_args()
    if shutil.which("sqlite3") is None:
        sys.exit("the sqlite3 command-line tool is needed (apt-get install sqlite3)")
    with benchmark_database(args.keep) as db:
        folder = db.parent
        ours_small = our_export(db, folder / "small.csv", articles=50)
        ours = our_export(db, folder / "ours.csv")
        peer = peer_export(db, folder / "peer.csv")
        rows = sum(1 for _ in (folder / "ours.csv").open(encoding="utf-8", newline="")) - 1
        peer_rows = sum(1 for _ in (folder / "peer.csv").open(encoding="utf-8", newline="")) - 1
        same = _same_rows(folder / "ours.csv", folder / "peer.csv")
    print(
        json.dumps(
            {
                "benchmark": "export",
                "rows": rows,
                "peer_rows": peer_rows,
                "same_rows_as_peer": same,
                "seconds": round(ours["seconds"], 2),
                "peer_seconds": round(peer, 2),
                "over_peer": round(ours["seconds"] / peer, 3),
                "rows_per_second": round(rows / ours["seconds"]),
                "peak_rss_mb_100k_rows": round(ours_small["peak_rss_mb"], 1),
                "peak_rss_mb_1m_rows": round(ours["peak_rss_mb"], 1),
                "goal_over_peer": 1.5,
                "meets_goal": ours["seconds"] / peer <= 1.5,
            }
        )
    )


if __name__ == "__main__":
    main()
