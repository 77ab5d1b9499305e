"""import-labels against live reviewers: a merge never goes back in time.

One process merges a file of labels given an hour ago while reviewer
processes label the same sentences now, for reviewers who had no label
there yet (the case where nothing exists to lock). Afterwards every stored
label is the newest one given, the event log ends with it, and the merge's
counts agree with the log."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from annotator.db.models import Annotation, Annotator, LabelEvent
from annotator.exports.columns import LONG_COLUMNS
from annotator.ingest import import_paths
from annotator.store import AnnotationStore
from tests.conftest import SAMPLES

ROOT = Path(__file__).resolve().parents[1]
REVIEWERS = 12
LIVE_PROCESSES = 3
LABELS = ["sourced", "unsourced", "opinion", "suspicious"]

# A live reviewer process. It follows the merge: it labels the keys just
# after the last one the merge wrote, so its first write to a key lands
# while the merge is deciding that key.
LIVE = """
import json, sys, time
from pathlib import Path
from sqlalchemy import select
from annotator.store import AnnotationStore
from annotator.db.labels import Label
from annotator.db.models import Annotator, LabelEvent
target, number, keys, stop = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3]), Path(sys.argv[4])
position = {(sentence, name): k for k, (sentence, name, _) in enumerate(keys)}
store = AnnotationStore.open(target)
written = {}
while not stop.exists() and len(written) < len(keys):
    with store.database.read() as session:
        last = session.execute(
            select(LabelEvent.sentence_id, Annotator.name).join(Annotator, Annotator.id == LabelEvent.annotator_id)
            .where(LabelEvent.origin == "import").order_by(LabelEvent.id.desc()).limit(1)).first()
    start = position[tuple(last)] + 1 if last else 0
    for k in range(start + number % 2, min(start + 3, len(keys))):
        if k not in written:
            sentence, name, label = keys[k]
            store.set_label(sentence, name, Label(label))
            written[k] = label
            break
    else:
        time.sleep(0.0005)
for k, (sentence, name, label) in enumerate(keys):  # and every key it missed, after the merge
    if k not in written and number == 0:
        store.set_label(sentence, name, Label(label))
        written[k] = label
store.close()
print(json.dumps(sorted(written)))
"""

# The real command, in batches far smaller than usual so that many merge
# transactions interleave with the live writes.
MERGE = """
import sys
import annotator.label_import
from annotator.cli import app
annotator.label_import.BATCH_ROWS = 25
app(["--db", sys.argv[1], "import-labels", sys.argv[2], "--json"], prog_name="annotator")
"""


def _labels_file(store: AnnotationStore, path: Path, when: datetime) -> list[tuple[int, str, str, str]]:
    """A long CSV labelling every sample sentence for each reviewer; returns
    (sentence id, reviewer, imported label, live label) per row, in file order."""
    rows, keys = [], []
    for article in store.articles():
        for sentence in store.sentences(article.id):
            for r in range(REVIEWERS):
                imported, live = LABELS[(sentence.id + r) % 4], LABELS[(sentence.id + r + 1) % 4]
                rows.append(
                    {
                        "article_uid": article.uid,
                        "sentence_index": sentence.index,
                        "sentence": sentence.text,
                        "annotator": f"rev{r}",
                        "label": imported,
                        "labelled_at": when.isoformat().replace("+00:00", "Z"),
                    }
                )
                keys.append((sentence.id, f"rev{r}", imported, live))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(LONG_COLUMNS))
        writer.writeheader()
        writer.writerows(rows)
    return keys


def test_a_merge_never_overwrites_a_newer_live_label(db_target: str, tmp_path: Path) -> None:
    store = AnnotationStore.open(db_target)
    import_paths(store, [SAMPLES])
    path = tmp_path / "labels.csv"
    keys = _labels_file(store, path, datetime.now(UTC) - timedelta(hours=1))
    stop = tmp_path / "stop"
    live_keys = json.dumps([[sentence, name, live] for sentence, name, _, live in keys])
    live = [
        subprocess.Popen(
            [sys.executable, "-c", LIVE, db_target, str(n), live_keys, str(stop)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for n in range(LIVE_PROCESSES)
    ]
    merge = subprocess.run(
        [sys.executable, "-c", MERGE, db_target, str(path)], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    stop.touch()
    for worker in live:
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err
    assert merge.returncode == 0, merge.stderr
    report = json.loads(merge.stdout)

    with store.database.read() as session:
        stored = {
            (s, n): label
            for s, n, label in session.execute(
                select(Annotation.sentence_id, Annotator.name, Annotation.label).join(
                    Annotator, Annotator.id == Annotation.annotator_id
                )
            )
        }
        events = session.execute(
            select(
                LabelEvent.sentence_id,
                Annotator.name,
                LabelEvent.old_label,
                LabelEvent.new_label,
                LabelEvent.old_note,
                LabelEvent.origin,
            )
            .join(Annotator, Annotator.id == LabelEvent.annotator_id)
            .order_by(LabelEvent.id)
        ).all()
    store.close()

    # Every key was labelled live (now) after the file's labels were given: the live label is the newest.
    went_back = [(s, n) for s, n, _, live_label in keys if stored.get((s, n)) != live_label]
    assert went_back == []
    last: dict = {}
    broken = []
    for sentence, name, old, new, _, _ in events:
        if last.get((sentence, name)) != old:
            broken.append((sentence, name))
        last[(sentence, name)] = new
    assert broken == [] and last == stored
    merged = [e for e in events if e.origin == "import"]
    assert report["imported"] + report["updated"] == len(merged)
    # "imported" means the reviewer had no label here: each such event starts from nothing.
    assert report["imported"] == sum(1 for e in merged if e.old_label is None and e.old_note is None)
    assert report["imported"] + report["updated"] + report["unchanged"] == len(keys)
