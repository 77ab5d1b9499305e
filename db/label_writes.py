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


class LabelWrites:
    """Writes one reviewer's labels and notes, each committed on return."""

    def __init__(self, engine: Engine, annotator_id: int, *, busy: str) -> None:
        """``busy`` is the message for a lock not granted in time."""
        self._engine = engine
        self._annotator_id = annotator_id
        self._busy = busy
        self._raw: RawConnection | None = None

    def set_label(self, sentence_id: int, label: str | None, note: str | None, *,
                  seconds_spent: float | None, origin: str) -> None:
        """Set (or clear) the label and note of one sentence and log the change."""
        raw = self._connection()
        try:
            with raw.transaction() as cursor:
                self._write(raw, cursor, sentence_id, label, note, seconds_spent, origin)
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
               seconds_spent: float | None, origin: str) -> None:
        m, now = raw.mark, self._stamp(raw, utcnow())
        key = (sentence_id, self._annotator_id)
        cursor.execute(
            f"INSERT INTO annotation (sentence_id, annotator_id, label, note, created_at, updated_at) "
            f"VALUES ({m}, {m}, NULL, NULL, {m}, {m}) ON CONFLICT (sentence_id, annotator_id) DO NOTHING",
            (*key, now, now))
        lock = "" if raw.sqlite else " FOR UPDATE"  # SQLite: BEGIN IMMEDIATE holds the write lock already
        cursor.execute(f"SELECT label, note FROM annotation WHERE sentence_id = {m} AND annotator_id = {m}{lock}", key)
        old_label, old_note = cursor.fetchone()
        if (old_label, old_note) == (label, note):
            return  # nothing changes: no event, and the time of the last real change stays
        cursor.execute(
            f"UPDATE annotation SET label = {m}, note = {m}, updated_at = {m} "
            f"WHERE sentence_id = {m} AND annotator_id = {m}", (label, note, now, *key))
        cursor.execute(
            f"INSERT INTO label_event (sentence_id, annotator_id, old_label, new_label, old_note, new_note, "
            f"seconds_spent, origin, created_at) VALUES ({raw.marks(9)})",
            (*key, old_label, label, old_note, note, seconds_spent, origin, now))

    @staticmethod
    def _stamp(raw: RawConnection, moment: datetime) -> Any:
        # As the column stores it (db.types.UTCDateTime): SQLite keeps naive-UTC
        # text in SQLAlchemy's fixed-width format; PostgreSQL takes the datetime.
        return moment.astimezone(UTC).isoformat(" ", "microseconds")[:26] if raw.sqlite else moment

    def _connection(self) -> RawConnection:
        if self._raw is None:
            self._raw = RawConnection(self._engine, disk_full=DISK_FULL)
        return self._raw

    def close(self) -> None:
        """Give the connection back (a later save takes a new one)."""
        if self._raw is not None:
            raw, self._raw = self._raw, None
            try:
                raw.close()
            except Exception:  # a connection already broken: nothing left to give back
                pass
