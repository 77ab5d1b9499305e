"""Opening a database: resolve the target, choose its dialect, build the
engine, check the schema; and the connections everything else works on."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from annotator.db.dialects import DIALECTS, Dialect, ErrorKind
from annotator.db.engine import create_db_engine
from annotator.db.errors import BusyError, DatabaseOpenError, is_busy
from annotator.db.schema_versions import ensure_schema
from annotator.db.urls import display_url, is_read_only, resolve_url

if TYPE_CHECKING:  # the ORM loads on first use: commands that run Core queries only never pay for it
    from sqlmodel import Session

    from annotator.db.raw_connection import RawConnection, RawReader


@dataclass
class Database:
    """An open, schema-checked database and its dialect. Outside ``db``,
    work goes through its connections and the classes that take it, never
    its engine."""

    url: URL
    engine: Engine
    schema_version: str
    dialect: Dialect

    @property
    def location(self) -> str:
        """Where the data lives, safe to print (no password)."""
        return display_url(self.url)

    @property
    def backend(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.dialect.name

    @property
    def file(self) -> str | None:
        """The database file (SQLite), or None for a server."""
        return self.dialect.database_file(self.url)

    def busy_message(self) -> str:
        """The one line for a write that waited longer than the lock timeout."""
        return self.dialect.busy_message()

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """A Core connection for reading (what ``db.crud`` queries take)."""
        with self.engine.connect() as connection:
            yield connection

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """A Core connection in a write transaction that takes the write lock
        up front (SQLite: ``BEGIN IMMEDIATE``), committed on success. A lock
        not granted in time raises ``BusyError`` (nothing is changed then)."""
        try:
            with self._writer() as connection, connection.begin():
                yield connection
        except DBAPIError as exc:
            if is_busy(exc):
                raise BusyError(self.busy_message()) from exc
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """An ORM session for reading (loads SQLModel: the queries use
        ``read_connection``)."""
        from sqlmodel import Session

        with Session(self.engine) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """An ORM session in a write transaction (the write lock taken up
        front, as ``write_connection``), committed on success. A lock not
        granted in time raises ``BusyError`` (nothing is changed then)."""
        from sqlmodel import Session

        try:
            with self._writer() as connection, Session(bind=connection) as session, session.begin():
                yield session
        except DBAPIError as exc:
            if is_busy(exc):
                raise BusyError(self.busy_message()) from exc
            raise

    @contextmanager
    def _writer(self) -> Iterator[Connection]:
        with self.engine.connect() as connection:
            yield connection.execution_options(**self.dialect.write_options)

    def raw_connection(self, *, disk_full: str) -> RawConnection:
        """One pooled driver connection for bulk writes (close it after);
        ``disk_full`` is the message for a full disk."""
        from annotator.db.raw_connection import RawConnection

        return RawConnection(self.engine, self.dialect, disk_full=disk_full)

    def raw_reader(self) -> RawReader:
        """Plain-SQL reads on driver connections: snapshots and streamed rows (exports)."""
        from annotator.db.raw_connection import RawReader

        return RawReader(self.engine, self.dialect)

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()


def open_database(target: str | os.PathLike[str] | None = None) -> Database:
    """Open (creating or upgrading as needed) the database named by ``target``,
    ``ANNOTATOR_DB``, or ``annotations.db`` in the working directory."""
    url = resolve_url(target)
    location = display_url(url)
    dialect, engine = create_db_engine(url)
    try:
        version = ensure_schema(engine, dialect, location=location)
    except DBAPIError as exc:
        engine.dispose()
        if is_read_only(url) and exc.orig is not None and dialect.classify(exc.orig) is ErrorKind.READ_ONLY:
            raise DatabaseOpenError(
                f"{location}: opened read-only (mode=ro), but it must be created or upgraded "
                "first: open it once without mode=ro"
            ) from None
        raise DatabaseOpenError(f"{location}: {dialect.explain_open_error(exc)}") from None
    except Exception:
        engine.dispose()
        raise
    return Database(url=url, engine=engine, schema_version=version, dialect=dialect)


def busy_message(backend: str) -> str:
    """The one line for a write that waited longer than the lock timeout
    (``Database.busy_message`` where the database is at hand)."""
    return DIALECTS[backend].busy_message()
