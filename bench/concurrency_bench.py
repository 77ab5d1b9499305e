"""Concurrent reviewers: labels per second with 1, 4 and 8 writer processes on
one SQLite file (WAL) and on PostgreSQL, with the number of lost writes and of
errors that reached a writer (goal: 0 and 0).

A write is lost if the event log misses it or if a change does not start
from the label before it (an overwritten update). Half the writes go to a
few sentences every process shares, half to the process's own.

    python bench/concurrency_bench.py [--writes 300]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORKER = """
import json, random, sys, time
from annotator.store import AnnotationStore
from annotator.db.labels import Label
target, number, shared, own, writes = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3]), json.loads(sys.argv[4]), int(sys.argv[5])
rng = random.Random(number)
store = AnnotationStore.open(target)
errors = 0
start = time.perf_counter()
for i in range(writes):
    sentence = rng.choice(shared) if i % 2 else rng.choice(own)
    try:
        store.set_label(sentence, f"reviewer{number}" if i % 4 else "shared", rng.choice(list(Label)), note=f"{number}:{i}")
    except Exception as exc:
        errors += 1
        print(repr(exc), file=sys.stderr)
print(json.dumps({"errors": errors, "seconds": time.perf_counter() - start}))
"""


def run(target: str, processes: int, writes: int) -> dict:
    from sqlalchemy import select

    from annotator.db.models import Annotator, LabelEvent
    from annotator.ingest import import_paths
    from annotator.store import AnnotationStore
    from tests.conftest import SAMPLES

    store = AnnotationStore.open(target)
    import_paths(store, [SAMPLES])
    ids = [s.id for a in store.articles() for s in store.sentences(a.id)]
    shared, rest = ids[:5], ids[5:]
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WORKER,
                target,
                str(n),
                json.dumps(shared),
                json.dumps(rest[n::processes]),
                str(writes),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for n in range(processes)
    ]
    outcomes = [json.loads(w.communicate()[0]) for w in workers]
    # Writing time, not process start-up: the slowest writer's loop.
    busy = max(o["seconds"] for o in outcomes)
    with store.database.read() as session:
        events = session.execute(
            select(LabelEvent.sentence_id, Annotator.name, LabelEvent.old_label, LabelEvent.new_label)
            .join(Annotator, Annotator.id == LabelEvent.annotator_id)
            .order_by(LabelEvent.id)
        ).all()
    store.close()
    last: dict = {}
    overwritten = 0
    for sentence, name, old, new in events:
        overwritten += last.get((sentence, name)) != old
        last[(sentence, name)] = new
    errors = sum(o["errors"] for o in outcomes)
    expected = processes * writes - errors
    return {
        "processes": processes,
        "labels_per_second": round(processes * writes / busy),
        "lost_writes": expected - len(events) + overwritten,
        "errors": errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--writes", type=int, default=300, help="writes per process")
    args = parser.parse_args()
    warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")
    import pgserver

    results = {"benchmark": "concurrency", "writes_per_process": args.writes, "sqlite": [], "postgresql": []}
    with tempfile.TemporaryDirectory() as tmp:
        server = pgserver.get_server(Path(tmp) / "pg", cleanup_mode="stop")
        try:
            for processes in (1, 4, 8):
                results["sqlite"].append(run(str(Path(tmp) / f"c{processes}.db"), processes, args.writes))
                server.psql(f"CREATE DATABASE bench{processes};")
                url = server.get_uri(f"bench{processes}").replace("postgresql://", "postgresql+psycopg://", 1)
                results["postgresql"].append(run(url, processes, args.writes))
        finally:
            server.cleanup()
    rows = results["sqlite"] + results["postgresql"]
    results["meets_goals"] = all(r["lost_writes"] == 0 and r["errors"] == 0 for r in rows)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
