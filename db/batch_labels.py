"""Many labels at once (``annotator label --from``): one transaction per
batch, on a driver connection kept for the whole file.

Each row has the effect of ``crud.set_label``: the annotation row is made
with ON CONFLICT, then the batch's rows are locked (``BEGIN IMMEDIATE`` on
SQLite, ``FOR UPDATE`` on PostgreSQL) and read, and every row that changes a
label or note updates it and appends an event; a row that changes nothing
writes nothing. Rows are applied in order, so a later row for the same
sentence and reviewer starts from the earlier one. The SQL is plain and
portable (SQLite and PostgreSQL); statements run once per batch with many
rows each, so 10,000 labels take well under a second.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, NamedTuple

from sqlalchemy import Engine

from db.crud import KEEP_NOTE
from db.raw_connection import RawConnection
from db.types import utcnow

CHANGED, UNCHANGED, NO_SENTENCE = "changed", "unchanged", "no such sentence"
DISK_FULL = "the disk holding the database is full: this batch of labels was not saved (earlier batches were)"
# Rows per statement: far below SQLite's limit of 32,766 parameters.
_CHUNK = 500


class BatchLabel(NamedTuple):
    """One label to set: ``label`` None clears it; ``note`` is the new note,
    None to remove it, or ``KEEP_NOTE`` to leave it as it is."""

    sentence_id: int
    annotator: str
    label: str | None
    note: object = KEEP_NOTE


class LabelBatchWriter:
    """Writes batches of labels, each batch committed on return."""

    def __init__(self, engine: Engine, *, origin: str = "cli") -> None:
        self._raw = RawConnection(engine, disk_full=DISK_FULL)
        self._origin = origin
        self._annotator_ids: dict[str, int] = {}

    def close(self) -> None:
        """Give the connection back."""
        self._raw.close()

    def write(self, rows: Sequence[BatchLabel]) -> list[str]:
        """Apply ``rows`` in one transaction; returns each row's outcome:
        ``CHANGED``, ``UNCHANGED`` or ``NO_SENTENCE`` (nothing written)."""
        raw = self._raw
        with raw.transaction() as cursor:
            names = self._annotators(cursor, {row.annotator for row in rows})
            existing = self._existing_sentences(cursor, {row.sentence_id for row in rows})
            keys = list(dict.fromkeys((row.sentence_id, names[row.annotator]) for row in rows
                                      if row.sentence_id in existing))
            now, m = self._stamp(utcnow()), raw.mark
            cursor.executemany(
                "INSERT INTO annotation (sentence_id, annotator_id, label, note, created_at, updated_at) "
                f"VALUES ({m}, {m}, NULL, NULL, {m}, {m}) ON CONFLICT (sentence_id, annotator_id) DO NOTHING",
                [(*key, now, now) for key in keys])
            current = self._current(cursor, keys)
            outcomes, events = [], []
            for row in rows:
                if row.sentence_id not in existing:
                    outcomes.append(NO_SENTENCE)
                    continue
                key = (row.sentence_id, names[row.annotator])
                old_label, old_note = current[key]
                note = old_note if row.note is KEEP_NOTE else (row.note or None)
                if (old_label, old_note) == (row.label, note):
                    outcomes.append(UNCHANGED)  # no event, and the time of the last real change stays
                    continue
                current[key] = (row.label, note)
                events.append((*key, old_label, row.label, old_note, note, None, self._origin, now))
                outcomes.append(CHANGED)
            changed = {event[:2] for event in events}
            cursor.executemany(
                f"UPDATE annotation SET label = {m}, note = {m}, updated_at = {m} "
                f"WHERE sentence_id = {m} AND annotator_id = {m}",
                [(*current[key], now, *key) for key in keys if key in changed])
            cursor.executemany(
                "INSERT INTO label_event (sentence_id, annotator_id, old_label, new_label, old_note, new_note, "
                f"seconds_spent, origin, created_at) VALUES ({raw.marks(9)})", events)
        return outcomes

    def _annotators(self, cursor: Any, names: set[str]) -> dict[str, int]:
        """Each reviewer's id, the new ones created (race-safe)."""
        m, missing = self._raw.mark, sorted(names - self._annotator_ids.keys())
        if missing:
            cursor.executemany(f"INSERT INTO annotator (name, created_at) VALUES ({m}, {m}) "
                               "ON CONFLICT (name) DO NOTHING", [(name, self._stamp(utcnow())) for name in missing])
            for chunk in _chunks(missing):
                cursor.execute(f"SELECT name, id FROM annotator WHERE name IN ({self._raw.marks(len(chunk))})", chunk)
                self._annotator_ids.update(cursor.fetchall())
        return self._annotator_ids

    def _existing_sentences(self, cursor: Any, ids: set[int]) -> set[int]:
        found: set[int] = set()
        for chunk in _chunks(sorted(ids)):
            cursor.execute(f"SELECT id FROM sentence WHERE id IN ({self._raw.marks(len(chunk))})", chunk)
            found.update(sid for (sid,) in cursor.fetchall())
        return found

    def _current(self, cursor: Any, keys: list[tuple[int, int]]) -> dict[tuple[int, int], tuple]:
        """The stored (label, note) of each key, the rows locked on PostgreSQL
        (SQLite: BEGIN IMMEDIATE holds the write lock already)."""
        lock = "" if self._raw.sqlite else " FOR UPDATE"
        by_annotator: dict[int, list[int]] = {}
        for sentence_id, annotator_id in keys:
            by_annotator.setdefault(annotator_id, []).append(sentence_id)
        current = {}
        for annotator_id, sentence_ids in by_annotator.items():
            for chunk in _chunks(sentence_ids):
                cursor.execute(
                    f"SELECT sentence_id, label, note FROM annotation WHERE annotator_id = {self._raw.mark} "
                    f"AND sentence_id IN ({self._raw.marks(len(chunk))}){lock}", (annotator_id, *chunk))
                current.update(((sid, annotator_id), (label, note)) for sid, label, note in cursor.fetchall())
        return current

    def _stamp(self, moment: datetime) -> Any:
        # As the column stores it (db.types.UTCDateTime): SQLite keeps naive-UTC
        # text in SQLAlchemy's fixed-width format; PostgreSQL takes the datetime.
        return moment.astimezone(UTC).isoformat(" ", "microseconds")[:26] if self._raw.sqlite else moment


def _chunks(values: Sequence) -> list[list]:
    values = list(values)
    return [values[i:i + _CHUNK] for i in range(0, len(values), _CHUNK)]
