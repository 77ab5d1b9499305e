"""Eight reviewer processes labelling at once, on the same sentences and on
different ones: every write is present, the event log has every change, and
no "database is locked" or serialization error reaches anyone."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from annotator.db.models import Annotation, Annotator, LabelEvent
from annotator.ingest import import_paths
from annotator.store import AnnotationStore
from tests.conftest import SAMPLES

PROCESSES = 8
WRITES = 40
ROOT = Path(__file__).resolve().parents[1]

WORKER = """
import json, random, sys
from annotator.store import AnnotationStore
from annotator.db.labels import Label
target, number, sentence_ids, writes = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3]), int(sys.argv[4])
rng = random.Random(number)
store = AnnotationStore.open(target)
done = []
for i in range(writes):
    label = rng.choice(list(Label))
    sentence = rng.choice(sentence_ids)
    # Half the writes contend for the same rows (one shared reviewer name),
    # half are this process's own.
    name = "shared" if i % 2 else f"reviewer{number}"
    store.set_label(sentence, name, label, note=f"p{number} w{i}")
    done.append([sentence, name, label.value])
store.close()
print(json.dumps(done))
"""


def test_eight_processes_lose_nothing(db_target: str) -> None:
    store = AnnotationStore.open(db_target)
    import_paths(store, [SAMPLES])
    sentence_ids = [s.id for s in store.sentences(1)[:6]]  # few sentences: real contention
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, db_target, str(n), json.dumps(sentence_ids), str(WRITES)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for n in range(PROCESSES)
    ]
    results = []
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        assert "locked" not in err and "serializ" not in err.lower()
        results.append(json.loads(out))

    with store.database.read() as session:
        events = session.scalar(select(func.count()).select_from(LabelEvent))
        rows = session.execute(
            select(Annotation.sentence_id, Annotator.name, Annotation.label).join(
                Annotator, Annotator.id == Annotation.annotator_id
            )
        ).all()
        last_events: dict = {}
        broken_chains = []
        for sentence_id, name, old_label, new_label in session.execute(
            select(LabelEvent.sentence_id, Annotator.name, LabelEvent.old_label, LabelEvent.new_label)
            .join(Annotator, Annotator.id == LabelEvent.annotator_id)
            .order_by(LabelEvent.id)
        ):
            # Each change must start from the previous one: otherwise an update was lost.
            if last_events.get((sentence_id, name)) != old_label:
                broken_chains.append((sentence_id, name, old_label))
            last_events[(sentence_id, name)] = new_label
    store.close()

    assert events == PROCESSES * WRITES
    assert broken_chains == []
    current = {(sentence_id, name): label for sentence_id, name, label in rows}
    # Each process's own writes: its last write per sentence is what is stored.
    for n, done in enumerate(results):
        own = {}
        for sentence, name, label in done:
            if name == f"reviewer{n}":
                own[(sentence, name)] = label
        for key, label in own.items():
            assert current[key] == label
    # The contended rows hold the last change the event log recorded: no lost update.
    assert {k: v for k, v in current.items() if k[1] == "shared"} == {
        k: v for k, v in last_events.items() if k[1] == "shared"
    }
