"""One reviewer's label changes as the review screen makes them: one
transaction each, on a driver connection kept for the whole review.

The review screen saves on every key press and shows the label only once it
is committed, so the save is part of every key's latency. Through
SQLAlchemy, building and compiling the statements costs several times the
database work (about 4 ms against 0.4 ms here); the SQL below is plain and
portable (SQLite and PostgreSQL).

The rows and rules are ``crud.set_label``'s: the annotation row is created
with ON CONFLICT, then locked (``BEGIN IMMEDIATE`` on SQLite, ``FOR UPDATE``
on PostgreSQL) before it is read, so concurrent writers never lose an
update; a change to the same label and note writes nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine

from db.errors import BusyError, NotFoundError, StorageError, is_busy
from db.raw_connection import RawConnection
from db.types import utcnow

DISK_FULL = "the disk holding the database is full: the label was not saved"
# SQLite copies the write-ahead log back into the database file every 1,000
# pages (its default), inside whichever commit crosses the mark: 20 ms or
# more on a large database, every hundred or so labels. This connection does
# it when the reviewer is idle instead (``idle``), after this many commits.
CHECKPOINT_EVERY = 50
SQLITE_AUTOCHECKPOINT = 1000


class LabelWrites:
    """Writes one reviewer's labels and notes, each committed on return."""

    def __init__(self, engine: Engine, annotator: str, *, busy: str) -> None:
        """``annotator`` is the reviewer's name (added with the first label
        if new); ``busy`` is the message for a lock not granted in time."""
        self._engine = engine
        self._annotator = annotator
        self._annotator_id: int | None = None
        self._busy = busy
        self._raw: RawConnection | None = None
        self._commits = 0  # since the last checkpoint (SQLite)

    def set_label(self, sentence_id: int, label: str | None, note: str | None, *,
                  seconds_spent: float | None, origin: str) -> None:
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
            # The foreign key: no such sentence (sqlite3.IntegrityError, psycopg's subclasses of it).
            if any(kind.__name__ == "IntegrityError" for kind in type(exc).__mro__):
                raise NotFoundError(f"sentence {sentence_id} does not exist") from exc
            raise

    def _write(self, raw: RawConnection, cursor: Any, sentence_id: int, label: str | None, note: str | None,
               seconds_spent: float | None, origin: str) -> int:
        m, now = raw.mark, self._stamp(raw, utcnow())
        annotator_id = self._annotator_id
        if annotator_id is None:  # a new reviewer: added in this transaction, known once it commits
            cursor.execute(f"INSERT INTO annotator (name, created_at) VALUES ({m}, {m}) ON CONFLICT (name) DO NOTHING",
                           (self._annotator, now))
            cursor.execute(f"SELECT id FROM annotator WHERE name = {m}", (self._annotator,))
            annotator_id = cursor.fetchone()[0]
        key = (sentence_id, annotator_id)
        cursor.execute(
            f"INSERT INTO annotation (sentence_id, annotator_id, label, note, created_at, updated_at) "
            f"VALUES ({m}, {m}, NULL, NULL, {m}, {m}) ON CONFLICT (sentence_id, annotator_id) DO NOTHING",
            (*key, now, now))
        lock = "" if raw.sqlite else " FOR UPDATE"  # SQLite: BEGIN IMMEDIATE holds the write lock already
        cursor.execute(f"SELECT label, note FROM annotation WHERE sentence_id = {m} AND annotator_id = {m}{lock}", key)
        old_label, old_note = cursor.fetchone()
        if (old_label, old_note) == (label, note):
            return annotator_id  # nothing changes: no event, and the time of the last real change stays
        cursor.execute(
            f"UPDATE annotation SET label = {m}, note = {m}, updated_at = {m} "
            f"WHERE sentence_id = {m} AND annotator_id = {m}", (label, note, now, *key))
        cursor.execute(
            f"INSERT INTO label_event (sentence_id, annotator_id, old_label, new_label, old_note, new_note, "
            f"seconds_spent, origin, created_at) VALUES ({raw.marks(9)})",
            (*key, old_label, label, old_note, note, seconds_spent, origin, now))
        return annotator_id

    @staticmethod
    def _stamp(raw: RawConnection, moment: datetime) -> Any:
        # As the column stores it (db.types.UTCDateTime): SQLite keeps naive-UTC
        # text in SQLAlchemy's fixed-width format; PostgreSQL takes the datetime.
        return moment.astimezone(UTC).isoformat(" ", "microseconds")[:26] if raw.sqlite else moment

    def warm(self) -> None:
        """Take the connection and find the reviewer now (never adding
        them), so the first label saves as fast as the rest."""
        raw = self._connection()
        if self._annotator_id is None:
            rows = raw.read(f"SELECT id FROM annotator WHERE name = {raw.mark}", (self._annotator,))
            self._annotator_id = rows[0][0] if rows else None

    def idle(self) -> bool:
        """Call when no change waits: on SQLite, copy the log of the recent
        commits into the database file if due (never blocking other
        sessions). True if it did."""
        if self._raw is None or not self._raw.sqlite or self._commits < CHECKPOINT_EVERY:
            return False
        self._raw.read("PRAGMA wal_checkpoint(PASSIVE)", ())
        self._commits = 0
        return True

    def _connection(self) -> RawConnection:
        if self._raw is None:
            raw = RawConnection(self._engine, disk_full=DISK_FULL)
            if raw.sqlite:
                raw.read("PRAGMA wal_autocheckpoint = 0", ())  # commits never stop to checkpoint: idle() does
            self._raw, self._commits = raw, 0
        return self._raw

    def close(self) -> None:
        """Give the connection back (a later save takes a new one), as the
        pool gave it: checkpointing at commit again."""
        if self._raw is not None:
            raw, self._raw = self._raw, None
            try:
                if raw.sqlite:
                    raw.read(f"PRAGMA wal_autocheckpoint = {SQLITE_AUTOCHECKPOINT}", ())
                raw.close()
            except Exception:  # a connection already broken: nothing left to give back
                pass
