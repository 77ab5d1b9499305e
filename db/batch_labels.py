"""Many labels at once (``annotator label --from``): one transaction per
batch, on a driver connection kept for the whole file.

Each row has the effect of ``crud.set_label``: the annotation row is made
with ON CONFLICT, then the batch's rows are locked (``BEGIN IMMEDIATE`` on
SQLite, ``FOR UPDATE`` on PostgreSQL) and read, and every row that changes a
label or note updates it and appends an event; a row that changes nothing
writes nothing. Rows are applied in order, so a later row for the same
sentence and reviewer starts from the earlier one. The SQL is plain (names
from ``db.tables``; what differs between engines is ``db.dialects``'); statements run once per batch with many
rows each, so 10,000 labels take well under a second.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

from annotator.db.crud import KEEP_NOTE
from annotator.db.names import SQLNames
from annotator.db.tables import annotation, annotator, label_event, sentence
from annotator.db.types import utcnow

if TYPE_CHECKING:
    from annotator.db.database import Database

_T = TypeVar("_T")

CHANGED, UNCHANGED, NO_SENTENCE = "changed", "unchanged", "no such sentence"
DISK_FULL = "the disk holding the database is full: this batch of labels was not saved (earlier batches were)"
# Rows per statement: far below SQLite's limit of 32,766 parameters.
_CHUNK = 500
_N, _R, _S, _E = SQLNames(annotation), SQLNames(annotator), SQLNames(sentence), SQLNames(label_event)
_EVENT_COLUMNS = (
    "sentence_id",
    "annotator_id",
    "old_label",
    "new_label",
    "old_note",
    "new_note",
    "seconds_spent",
    "origin",
    "created_at",
)


class BatchLabel(NamedTuple):
    """One label to set: ``label`` None clears it; ``note`` is the new note,
    None to remove it, or ``KEEP_NOTE`` to leave it as it is."""

    sentence_id: int
    annotator: str
    label: str | None
    note: object = KEEP_NOTE


class LabelBatchWriter:
    """Writes batches of labels, each batch committed on return."""

    def __init__(self, database: Database, *, origin: str = "cli") -> None:
        self._raw = database.raw_connection(disk_full=DISK_FULL)
        self._dialect = database.dialect
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
            keys = list(
                dict.fromkeys((row.sentence_id, names[row.annotator]) for row in rows if row.sentence_id in existing)
            )
            now, m = self._dialect.stamp(utcnow()), raw.mark
            cursor.executemany(
                f"INSERT INTO {_N} ({_N.columns('sentence_id', 'annotator_id', 'label', 'note', 'created_at', 'updated_at')}) "
                f"VALUES ({m}, {m}, NULL, NULL, {m}, {m}) ON CONFLICT ({_N.sentence_id}, {_N.annotator_id}) DO NOTHING",
                [(*key, now, now) for key in keys],
            )
            current = self._current(cursor, keys)
            outcomes, events = [], []
            for row in rows:
                if row.sentence_id not in existing:
                    outcomes.append(NO_SENTENCE)
                    continue
                key = (row.sentence_id, names[row.annotator])
                old_label, old_note = current[key]
                # KEEP_NOTE is a bare object(), which mypy cannot narrow away: any other note is a str or None.
                note = old_note if row.note is KEEP_NOTE else (cast("str | None", row.note) or None)
                if (old_label, old_note) == (row.label, note):
                    outcomes.append(UNCHANGED)  # no event, and the time of the last real change stays
                    continue
                current[key] = (row.label, note)
                events.append((*key, old_label, row.label, old_note, note, None, self._origin, now))
                outcomes.append(CHANGED)
            changed = {event[:2] for event in events}
            cursor.executemany(
                f"UPDATE {_N} SET {_N.label} = {m}, {_N.note} = {m}, {_N.updated_at} = {m} "
                f"WHERE {_N.sentence_id} = {m} AND {_N.annotator_id} = {m}",
                [(*current[key], now, *key) for key in keys if key in changed],
            )
            cursor.executemany(
                f"INSERT INTO {_E} ({_E.columns(*_EVENT_COLUMNS)}) VALUES ({raw.marks(len(_EVENT_COLUMNS))})", events
            )
        return outcomes

    def _annotators(self, cursor: Any, names: set[str]) -> dict[str, int]:
        """Each reviewer's id, the new ones created (race-safe)."""
        m, missing = self._raw.mark, sorted(names - self._annotator_ids.keys())
        if missing:
            cursor.executemany(
                f"INSERT INTO {_R} ({_R.name}, {_R.created_at}) VALUES ({m}, {m}) ON CONFLICT ({_R.name}) DO NOTHING",
                [(name, self._dialect.stamp(utcnow())) for name in missing],
            )
            for chunk in _chunks(missing):
                cursor.execute(
                    f"SELECT {_R.name}, {_R.id} FROM {_R} WHERE {_R.name} IN ({self._raw.marks(len(chunk))})", chunk
                )
                self._annotator_ids.update(cursor.fetchall())
        return self._annotator_ids

    def _existing_sentences(self, cursor: Any, ids: set[int]) -> set[int]:
        found: set[int] = set()
        for chunk in _chunks(sorted(ids)):
            cursor.execute(f"SELECT {_S.id} FROM {_S} WHERE {_S.id} IN ({self._raw.marks(len(chunk))})", chunk)
            found.update(sid for (sid,) in cursor.fetchall())
        return found

    def _current(
        self, cursor: Any, keys: list[tuple[int, int]]
    ) -> dict[tuple[int, int], tuple[str | None, str | None]]:
        """The stored (label, note) of each key, the rows locked on PostgreSQL
        (SQLite: BEGIN IMMEDIATE holds the write lock already)."""
        lock = self._dialect.row_lock()
        by_annotator: dict[int, list[int]] = {}
        for sentence_id, annotator_id in keys:
            by_annotator.setdefault(annotator_id, []).append(sentence_id)
        current: dict[tuple[int, int], tuple[str | None, str | None]] = {}
        for annotator_id, sentence_ids in by_annotator.items():
            for chunk in _chunks(sentence_ids):
                cursor.execute(
                    f"SELECT {_N.sentence_id}, {_N.label}, {_N.note} FROM {_N} WHERE {_N.annotator_id} = {self._raw.mark} "
                    f"AND {_N.sentence_id} IN ({self._raw.marks(len(chunk))}){lock}",
                    (annotator_id, *chunk),
                )
                current.update(((sid, annotator_id), (label, note)) for sid, label, note in cursor.fetchall())
        return current


def _chunks(values: Sequence[_T]) -> list[list[_T]]:
    values = list(values)
    return [values[i : i + _CHUNK] for i in range(0, len(values), _CHUNK)]
