"""Kill the real `annotator review` with SIGKILL at random moments: every
label the screen showed as saved is in the database, and the database is
intact."""

from __future__ import annotations

import random
import re
import sqlite3
import sys
import time
from pathlib import Path

from annotator.ingest import import_paths
from annotator.store import AnnotationStore
from tests.conftest import SAMPLES
from tests.pty_terminal import PtyTerminal

ROUNDS = 10
LABEL_KEYS = {"1": "sourced", "2": "unsourced", "3": "opinion", "4": "suspicious"}


def saved_count(screen: str) -> int:
    match = re.search(r"(\d+)/\d+ labelled", screen)
    return int(match.group(1)) if match else -1


def test_sigkill_never_loses_a_label_shown_as_saved(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    store = AnnotationStore.open(db)
    import_paths(store, [SAMPLES])
    sentences = store.sentences(4)  # the longest sample: 22 sentences
    store.close()
    rng = random.Random(20261121)
    expected: dict[int, str] = {}  # sentence id -> label shown as saved
    for _ in range(ROUNDS):
        terminal = PtyTerminal(
            [sys.executable, "-m", "annotator", "--db", str(db), "review", "--article", "4", "--annotator", "alice"]
        )
        try:
            saved_so_far = len(expected)
            terminal.wait_for(lambda s, n=saved_so_far: saved_count(s) == n)
            for _ in range(rng.randint(1, 3)):
                cursor = len(expected)  # resumes at the first unlabelled sentence
                if cursor >= len(sentences):
                    break
                key = rng.choice(list(LABEL_KEYS))
                terminal.press(key)
                terminal.wait_for(lambda s, n=cursor + 1: saved_count(s) >= n)
                expected[sentences[cursor].id] = LABEL_KEYS[key]
            if rng.random() < 0.5 and len(expected) < len(sentences):
                # Kill while a label is in flight: it may or may not land.
                terminal.press(rng.choice(list(LABEL_KEYS)))
                time.sleep(rng.uniform(0, 0.05))
        finally:
            terminal.kill()
            terminal.close()
        # Whatever was in flight may or may not have landed; take what did.
        with sqlite3.connect(db) as conn:
            stored = dict(
                conn.execute(
                    "SELECT a.sentence_id, a.label FROM annotation a JOIN annotator r ON r.id = a.annotator_id "
                    "WHERE r.name = 'alice' AND a.label IS NOT NULL"
                ).fetchall()
            )
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for sentence_id, label in expected.items():
            assert stored.get(sentence_id) == label
        expected = {s.id: stored[s.id] for s in sentences if s.id in stored}
    assert len(expected) >= ROUNDS  # the session really labelled things
