"""Plain SQL on the database driver's own connections, for the paths where
building SQLAlchemy statements and rows per row would cost more than the
database work: bulk writes (imports, merges, the review's saves) on one
pooled connection kept for a whole job (``RawConnection``), and export reads
in one snapshot, streamed (``RawReader``). Take them from
``db.database.Database``; what differs between engines is the dialect's
(``db.dialects``). The SQL text names tables and columns through
``db.names``."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import Engine

from annotator.db.dialects import Dialect
from annotator.db.errors import DiskFullError, is_disk_full


class RawConnection:
    """A driver connection taken from the engine's pool for a whole job."""

    def __init__(self, engine: Engine, dialect: Dialect, *, disk_full: str) -> None:
        self.dialect = dialect
        self.mark = dialect.mark
        self._disk_full = disk_full
        self._connection = engine.raw_connection()

    def close(self) -> None:
        """Return the connection to the pool."""
        self._connection.close()

    def marks(self, n: int) -> str:
        """``n`` parameter markers, comma-separated."""
        return ", ".join([self.mark] * n)

    def rows(self, n: int, width: int) -> str:
        """A VALUES list of ``n`` rows of ``width`` parameters each."""
        row = f"({self.marks(width)})"
        return ", ".join([row] * n)

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """A write transaction holding the write lock (SQLite: ``BEGIN
        IMMEDIATE``, so concurrent writers queue up) and its cursor;
        committed on success, rolled back on any error. A full disk raises
        ``DiskFullError``."""
        dialect, connection = self.dialect, self._connection
        cursor = connection.cursor()
        try:
            dialect.begin_write(cursor)  # if this fails there is nothing to roll back
            try:
                yield cursor
                dialect.commit(connection, cursor)
            except BaseException as exc:
                dialect.rollback(connection, cursor)
                if is_disk_full(exc):
                    raise DiskFullError(self._disk_full) from exc
                raise
        finally:
            cursor.close()

    def read(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        """The rows of one query, with no transaction left open after it."""
        cursor = self._connection.cursor()
        try:
            cursor.execute(sql, params)
            # DB-API says a sequence; sqlite3 and psycopg both give a list of tuples.
            rows = cast(list[tuple[Any, ...]], cursor.fetchall())
        finally:
            cursor.close()
            self.dialect.end_read(self._connection)
        return rows


class RawReader:
    """Reads on driver connections: one per query, or one pinned for a
    snapshot; big results streamed in batches (a server-side cursor on
    PostgreSQL), so a million rows are never held at once."""

    def __init__(self, engine: Engine, dialect: Dialect) -> None:
        self.dialect = dialect
        self.mark = dialect.mark
        self._engine = engine
        self._pinned: Any = None  # the connection of the open snapshot, if any

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Run every query inside the block in one read-only transaction on
        one connection, so that they all see the database as it was at the
        first (SQLite: one deferred read transaction, in WAL mode writers go
        on meanwhile; PostgreSQL: REPEATABLE READ)."""
        if self._pinned is not None:
            yield
            return
        connection = self._engine.raw_connection()
        try:
            connection.rollback()  # start clean: the transaction settings must come first
            cursor = connection.cursor()
            try:
                self.dialect.begin_snapshot(cursor)
            finally:
                cursor.close()
            self._pinned = connection
            try:
                yield
            finally:
                self._pinned = None
                connection.rollback()  # read-only: nothing to keep
        finally:
            connection.close()

    def batches(self, sql: str, params: Sequence[Any], size: int) -> Iterator[list[tuple[Any, ...]]]:
        """Rows of ``sql`` in batches of ``size``, streamed."""
        with self._cursor(streaming=True) as cursor:
            cursor.execute(sql, params)
            while True:
                rows = cursor.fetchmany(size)
                if not rows:
                    return
                yield rows

    def rows(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        """Every row of ``sql``."""
        with self._cursor(streaming=False) as cursor:
            cursor.execute(sql, params)
            rows: list[tuple[Any, ...]] = cursor.fetchall()
            return rows

    @contextmanager
    def _cursor(self, *, streaming: bool) -> Iterator[Any]:
        """A cursor on the snapshot's connection, or else on a connection of its own."""
        pinned = self._pinned
        connection = pinned or self._engine.raw_connection()
        try:
            cursor = self.dialect.cursor(connection, streaming=streaming)
            try:
                yield cursor
            finally:
                cursor.close()
            if pinned is None:
                self.dialect.end_read(connection)  # read-only; end the transaction
        finally:
            if pinned is None:
                connection.close()
