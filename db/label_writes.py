"""One reviewer's label changes as the review screen makes them: one
transaction each, on a driver connection kept for the whole review.

The review screen saves on every key press and shows the label only once it
is committed, so the save is part of every key's latency. Through
SQLAlchemy, building and compiling the statements costs several times the
database work (about 4 ms against 0.4 ms here); the SQL below is plain,
its names from ``db.tables``, and what differs between engines is the
dialect's (``db.dialects``).

The rows and rules are ``crud.set_label``'s: the annotation row is created
with ON CONFLICT, then locked (``BEGIN IMMEDIATE`` on SQLite, ``FOR UPDATE``
on PostgreSQL) before it is read, so concurrent writers never lose an
update; a change to the same label and note writes nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from annotator.db.dialects import ErrorKind, SQLiteDialect
from annotator.db.errors import BusyError, NotFoundError, StorageError, is_busy
from annotator.db.names import SQLNames
from annotator.db.tables import annotation, annotator, label_event
from annotator.db.types import utcnow

if TYPE_CHECKING:
    from annotator.db.database import Database
    from annotator.db.raw_connection import RawConnection

DISK_FULL = "the disk holding the database is full: the label was not saved"
# Commits between SQLite's checkpoints, done when the reviewer is idle (``idle``).
CHECKPOINT_EVERY = SQLiteDialect.CHECKPOINT_EVERY

_N, _R = SQLNames(annotation), SQLNames(annotator)
_KEY = f"{_N.sentence_id} = {{m}} AND {_N.annotator_id} = {{m}}"
_ADD_REVIEWER = (
    f"INSERT INTO {_R} ({_R.name}, {_R.created_at}) VALUES ({{m}}, {{m}}) ON CONFLICT ({_R.name}) DO NOTHING"
)
_FIND_REVIEWER = f"SELECT {_R.id} FROM {_R} WHERE {_R.name} = {{m}}"
_ADD_ANNOTATION = (
    f"INSERT INTO {_N} ({_N.columns('sentence_id', 'annotator_id', 'label', 'note', 'created_at', 'updated_at')}) "
    f"VALUES ({{m}}, {{m}}, NULL, NULL, {{m}}, {{m}}) ON CONFLICT ({_N.sentence_id}, {_N.annotator_id}) DO NOTHING"
)
_READ = f"SELECT {_N.label}, {_N.note} FROM {_N} WHERE {_KEY}{{lock}}"
_UPDATE = f"UPDATE {_N} SET {_N.label} = {{m}}, {_N.note} = {{m}}, {_N.updated_at} = {{m}} WHERE {_KEY}"
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
_LOG = f"INSERT INTO {SQLNames(label_event)} ({SQLNames(label_event).columns(*_EVENT_COLUMNS)}) VALUES ({{marks}})"


class LabelWrites:
    """Writes one reviewer's labels and notes, each committed on return."""

    def __init__(self, database: Database, annotator: str) -> None:
        """``annotator`` is the reviewer's name (added with the first label
        if new)."""
        self._database = database
        self._dialect = dialect = database.dialect
        self._annotator = annotator
        self._annotator_id: int | None = None
        self._busy = database.busy_message()
        self._raw: RawConnection | None = None
        self._commits = 0  # since the last upkeep (SQLite's checkpoint)
        m = dialect.mark
        self._sql = {
            "add_reviewer": _ADD_REVIEWER.format(m=m),
            "find_reviewer": _FIND_REVIEWER.format(m=m),
            "add": _ADD_ANNOTATION.format(m=m),
            "read": _READ.format(m=m, lock=dialect.row_lock()),
            "update": _UPDATE.format(m=m),
            "log": _LOG.format(marks=", ".join([m] * len(_EVENT_COLUMNS))),
        }

    def set_label(
        self, sentence_id: int, label: str | None, note: str | None, *, seconds_spent: float | None, origin: str
    ) -> None:
        """Set (or clear) the label and note of one sentence and log the change."""
        raw = self._connection()
        try:
            with raw.transaction() as cursor:
                annotator_id = self._write(raw, cursor, sentence_id, label, note, seconds_spent, origin)
            self._annotator_id = annotator_id  # committed: reviewers are never removed
            self._commits += 1
        except StorageError:
            raise
        except Exception as exc:
            # The connection may be the problem (a server restarted): the next save takes a new one.
            self.close()
            if is_busy(exc):
                raise BusyError(self._busy) from exc
            # The foreign key: no such sentence.
            if self._dialect.classify(exc) is ErrorKind.INTEGRITY:
                raise NotFoundError(f"sentence {sentence_id} does not exist") from exc
            raise

    def _write(
        self,
        raw: RawConnection,
        cursor: Any,
        sentence_id: int,
        label: str | None,
        note: str | None,
        seconds_spent: float | None,
        origin: str,
    ) -> int:
        sql, now = self._sql, self._dialect.stamp(utcnow())
        annotator_id = self._annotator_id
        if annotator_id is None:  # a new reviewer: added in this transaction, known once it commits
            cursor.execute(sql["add_reviewer"], (self._annotator, now))
            cursor.execute(sql["find_reviewer"], (self._annotator,))
            annotator_id = cursor.fetchone()[0]
        key = (sentence_id, annotator_id)
        cursor.execute(sql["add"], (*key, now, now))
        cursor.execute(sql["read"], key)  # locked (SQLite: BEGIN IMMEDIATE holds the write lock already)
        old_label, old_note = cursor.fetchone()
        if (old_label, old_note) == (label, note):
            return annotator_id  # nothing changes: no event, and the time of the last real change stays
        cursor.execute(sql["update"], (label, note, now, *key))
        cursor.execute(sql["log"], (*key, old_label, label, old_note, note, seconds_spent, origin, now))
        return annotator_id

    def warm(self) -> None:
        """Take the connection and find the reviewer now (never adding
        them), so the first label saves as fast as the rest."""
        raw = self._connection()
        if self._annotator_id is None:
            rows = raw.read(self._sql["find_reviewer"], (self._annotator,))
            self._annotator_id = rows[0][0] if rows else None

    def idle(self) -> bool:
        """Call when no change waits: on SQLite, copy the log of the recent
        commits into the database file if due (never blocking other
        sessions). True if it did."""
        if self._raw is None or not self._dialect.writer_idle(self._raw, self._commits):
            return False
        self._commits = 0
        return True

    def _connection(self) -> RawConnection:
        if self._raw is None:
            raw = self._database.raw_connection(disk_full=DISK_FULL)
            self._dialect.writer_opened(raw)  # SQLite: commits never stop to checkpoint, idle() does
            self._raw, self._commits = raw, 0
        return self._raw

    def close(self) -> None:
        """Give the connection back (a later save takes a new one), as the
        pool gave it: checkpointing at commit again."""
        if self._raw is not None:
            raw, self._raw = self._raw, None
            try:
                self._dialect.writer_closing(raw)
                raw.close()
            except Exception:  # a connection already broken: nothing left to give back
                pass
