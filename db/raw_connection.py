"""One pooled driver connection for bulk work (imports and merges), with
write transactions that roll back cleanly and say so when the disk is full.

Bulk paths write hundreds of thousands of rows; building SQLAlchemy
statements and results per row costs more than the database work itself.
The SQL they send is plain and portable (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine

from db.errors import DiskFullError, is_disk_full


class RawConnection:
    """A driver connection taken from the engine's pool for a whole job."""

    def __init__(self, engine: Engine, *, disk_full: str) -> None:
        self.sqlite = engine.dialect.name == "sqlite"
        self.mark = "?" if self.sqlite else "%s"
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
        """A write transaction (``BEGIN IMMEDIATE`` on SQLite, so concurrent
        writers queue up) and its cursor; committed on success, rolled back
        on any error. A full disk raises ``DiskFullError``."""
        cursor = self._connection.cursor()
        try:
            if self.sqlite:
                cursor.execute("BEGIN IMMEDIATE")  # if this fails there is nothing to roll back
            try:
                yield cursor
                self._connection.commit() if not self.sqlite else cursor.execute("COMMIT")
            except BaseException as exc:
                self._rollback(cursor)
                if is_disk_full(exc):
                    raise DiskFullError(self._disk_full) from exc
                raise
        finally:
            cursor.close()

    def read(self, sql: str, params: Sequence[Any]) -> list[tuple]:
        """The rows of one query, with no transaction left open after it."""
        cursor = self._connection.cursor()
        try:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        finally:
            cursor.close()
            if not self.sqlite:  # psycopg opened a transaction for the query: end it
                self._connection.rollback()
        return rows

    def _rollback(self, cursor: Any) -> None:
        if not self.sqlite:
            self._connection.rollback()
        # SQLite may already have rolled back by itself (a full disk at COMMIT
        # does that); a ROLLBACK then fails with "no transaction is active"
        # and would hide the real error.
        elif self._connection.driver_connection.in_transaction:
            cursor.execute("ROLLBACK")
