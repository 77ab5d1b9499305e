"""The review screen's label writes (one driver connection kept for the
review) store exactly what ``store.set_label`` stores, on both engines:
the same rows, no event for an unchanged mark, no lost update when two
reviewers' writers race, a clear error for a missing sentence."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from annotator.db.errors import NotFoundError
from annotator.db.labels import Label
from annotator.db.tables import annotation, label_event
from annotator.db.tables import annotator as annotator_table
from annotator.ingest import import_paths
from tests.conftest import SAMPLES


@pytest.fixture
def sentences(store) -> list[int]:
    import_paths(store, [SAMPLES])
    return [s.id for s in store.sentences(1)]


def _rows(store, name: str):
    with store.database.engine.connect() as conn:
        who = conn.scalar(select(annotator_table.c.id).where(annotator_table.c.name == name))
        marks = conn.execute(
            select(
                annotation.c.sentence_id,
                annotation.c.label,
                annotation.c.note,
                annotation.c.created_at,
                annotation.c.updated_at,
            )
            .where(annotation.c.annotator_id == who)
            .order_by(annotation.c.sentence_id)
        ).all()
        events = conn.execute(
            select(
                label_event.c.sentence_id,
                label_event.c.old_label,
                label_event.c.new_label,
                label_event.c.old_note,
                label_event.c.new_note,
                label_event.c.seconds_spent,
                label_event.c.origin,
                label_event.c.created_at,
            )
            .where(label_event.c.annotator_id == who)
            .order_by(label_event.c.id)
        ).all()
    return marks, events


def test_the_same_rows_as_set_label(store, sentences) -> None:
    before = datetime.now(UTC) - timedelta(seconds=1)
    writes = store.label_writes("alice")
    steps = [
        ("sourced", None, 1.5),
        ("sourced", "named minister", 0.5),
        ("opinion", "named minister", 2.0),
        (None, None, None),
    ]
    try:
        for label, note, seconds in steps:
            writes.set_label(sentences[0], label, note, seconds_spent=seconds, origin="review")
            store.set_label(
                sentences[0], "bob", Label(label) if label else None, note=note, seconds_spent=seconds, origin="review"
            )
    finally:
        writes.close()
    (alice_marks, alice_events), (bob_marks, bob_events) = _rows(store, "alice"), _rows(store, "bob")
    assert [m[:3] for m in alice_marks] == [m[:3] for m in bob_marks] == [(sentences[0], None, None)]
    assert [e[:7] for e in alice_events] == [e[:7] for e in bob_events]
    assert len(alice_events) == 4
    after = datetime.now(UTC) + timedelta(seconds=1)
    stamps = [*alice_marks[0][3:], *(e[7] for e in alice_events)]
    assert all(s.tzinfo is not None and before <= s <= after for s in stamps)  # read back as aware UTC
    assert alice_marks[0][4] >= alice_marks[0][3]


def test_an_unchanged_mark_writes_no_event(store, sentences) -> None:
    writes = store.label_writes("alice")
    try:
        writes.set_label(sentences[1], "unsourced", "vague", seconds_spent=1.0, origin="review")
        _, first = _rows(store, "alice")
        writes.set_label(sentences[1], "unsourced", "vague", seconds_spent=1.0, origin="review")
    finally:
        writes.close()
    marks, events = _rows(store, "alice")
    assert events == first and [m[1:3] for m in marks] == [("unsourced", "vague")]


def test_a_missing_sentence_is_a_clear_error_and_the_next_save_works(store, sentences) -> None:
    writes = store.label_writes("alice")
    try:
        with pytest.raises(NotFoundError, match="sentence 999999 does not exist"):
            writes.set_label(999999, "sourced", None, seconds_spent=None, origin="review")
        writes.set_label(sentences[2], "sourced", None, seconds_spent=None, origin="review")
    finally:
        writes.close()
    marks, events = _rows(store, "alice")
    assert [m[:3] for m in marks] == [(sentences[2], "sourced", None)] and len(events) == 1


def test_racing_writers_lose_no_update(store, sentences) -> None:
    """Two writers of one reviewer (two screens) change one sentence in
    turn: each event starts from the label the one before it set."""
    labels = ["sourced", "unsourced", "opinion", "suspicious"]
    store.label_writes("alice").close()  # the reviewer exists before the race

    def race(offset: int) -> None:
        writes = store.label_writes("alice")
        try:
            for i in range(40):
                writes.set_label(sentences[3], labels[(i + offset) % 4], None, seconds_spent=None, origin="review")
        finally:
            writes.close()

    threads = [threading.Thread(target=race, args=(n,)) for n in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    marks, events = _rows(store, "alice")
    assert events and all(e[1] == previous[2] for previous, e in zip(events, events[1:]))
    assert marks[0][1] == events[-1][2]


def test_on_sqlite_commits_leave_the_checkpoint_to_idle_time(db_path) -> None:
    """A commit never stops to copy the log into the database file (20 ms
    and more on a big database, every hundred or so labels); the writer
    does it when idle, and gives its connection back as it found it."""
    from annotator.db.label_writes import CHECKPOINT_EVERY
    from annotator.store import AnnotationStore

    store = AnnotationStore.open(db_path)
    import_paths(store, [SAMPLES])
    ids = [s.id for s in store.sentences(1)]
    writes = store.label_writes("alice")
    try:
        writes.set_label(ids[0], "sourced", None, seconds_spent=None, origin="review")
        assert writes._raw.read("PRAGMA wal_autocheckpoint", ()) == [(0,)]
        assert not writes.idle()  # not due yet
        for n in range(CHECKPOINT_EVERY):
            writes.set_label(
                ids[n % len(ids)], ["opinion", "sourced"][n % 2], None, seconds_spent=None, origin="review"
            )
        assert writes.idle() and not writes.idle()
    finally:
        writes.close()
    with store.database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000
    store.close()


def test_the_writer_gives_its_saver_idle_time_after_a_pause() -> None:
    from annotator.label_writer import IDLE_AFTER, LabelWriter
    from annotator.review_session import Change, Mark

    events: list[str] = []

    class Saver:
        def __call__(self, change):
            events.append("save")

        def idle(self):
            events.append("idle")

    writer = LabelWriter(Saver())
    try:
        change = Change(sentence_id=1, index=0, before=Mark(), after=Mark(Label.SOURCED), seconds_spent=None)
        for _ in range(3):
            writer.submit(change).result(1)
        time.sleep(IDLE_AFTER * 5)
        # Once after the last save, and only once: nothing was saved since.
        assert events.count("save") == 3 and events[-2:] == ["save", "idle"]
    finally:
        writer.close(5)
