"""The first use of a new database by several processes at once: exactly
one creates the schema, the others wait for it and then use it; nobody sees
"database is locked", a duplicate type, or "not an annotator database"."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from annotator.db.schema_versions import SCHEMA_VERSION
from annotator.store import AnnotationStore
from tests.conftest import ROOT, SAMPLES

PROCESSES = 8

WORKER = """
import sys, time
from pathlib import Path
from annotator.ingest import import_paths
from annotator.store import AnnotationStore
import alembic.command, annotator.db.models  # loaded before the start line: the opens then really overlap
target, go, number, samples = sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4]
while not go.exists():
    time.sleep(0.002)
store = AnnotationStore.open(target)
report = import_paths(store, [samples])
store.set_label(1, f"reviewer{number}", None)
store.close()
print(store.database.schema_version, len(report.imported) + len(report.already_imported))
"""


def test_eight_processes_open_a_new_database_at_once(db_target: str, tmp_path: Path) -> None:
    go = tmp_path / "go"
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, db_target, str(go), str(n), str(SAMPLES)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for n in range(PROCESSES)
    ]
    time.sleep(min(30.0, 1.5 * PROCESSES))  # every worker has loaded its modules and waits
    go.touch()
    outcomes = []
    for worker in workers:
        out, err = worker.communicate(timeout=180)
        outcomes.append((worker.returncode, out.strip(), err.strip().splitlines()[-1:] if err.strip() else []))
    assert outcomes == [(0, f"{SCHEMA_VERSION} 4", [])] * PROCESSES
    store = AnnotationStore.open(db_target)
    try:
        assert len(store.articles()) == 4
    finally:
        store.close()
