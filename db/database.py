"""Opening a database: resolve the target, build the engine, check the schema."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from db import engine as engine_settings, postgres
from db.engine import create_db_engine, read_session, write_session, writer_connection
from db.errors import BusyError, DatabaseOpenError, is_busy
from db.schema import ensure_schema
from db.urls import display_url, is_read_only, resolve_url

if TYPE_CHECKING:
    from sqlmodel import Session


@dataclass
class Database:
    """An open, schema-checked database."""

    url: URL
    engine: Engine
    schema_version: str

    @property
    def location(self) -> str:
        """Where the data lives, safe to print (no password)."""
        return display_url(self.url)

    @property
    def backend(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.url.get_backend_name()

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """A Core connection for reading (what ``db.crud`` queries take)."""
        with self.engine.connect() as connection:
            yield connection

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """A Core connection in a write transaction, committed on success
        (SQLite: ``BEGIN IMMEDIATE``). A lock not granted in time raises
        ``BusyError`` (nothing is changed then)."""
        try:
            with writer_connection(self.engine) as connection, connection.begin():
                yield connection
        except DBAPIError as exc:
            if is_busy(exc):
                raise BusyError(busy_message(self.backend)) from exc
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """An ORM session for reading (loads SQLModel: the queries use
        ``read_connection``)."""
        with read_session(self.engine) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """An ORM session in a write transaction, committed on success. A
        lock not granted in time raises ``BusyError`` (nothing is changed then)."""
        try:
            with write_session(self.engine) as session:
                yield session
        except DBAPIError as exc:
            if is_busy(exc):
                raise BusyError(busy_message(self.backend)) from exc
            raise

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()


def open_database(target: str | os.PathLike[str] | None = None) -> Database:
    """Open (creating or upgrading as needed) the database named by ``target``,
    ``ANNOTATOR_DB``, or ``annotations.db`` in the working directory."""
    url = resolve_url(target)
    location = display_url(url)
    engine = create_db_engine(url)
    try:
        version = ensure_schema(engine, location=location)
    except DBAPIError as exc:
        engine.dispose()
        if is_read_only(url) and "readonly" in str(exc.orig):
            raise DatabaseOpenError(f"{location}: opened read-only (mode=ro), but it must be created or upgraded "
                                    "first: open it once without mode=ro") from None
        raise DatabaseOpenError(f"{location}: {_explain(exc)}") from None
    except Exception:
        engine.dispose()
        raise
    return Database(url=url, engine=engine, schema_version=version)


def _explain(exc: DBAPIError) -> str:
    message = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    if "file is not a database" in message or "database disk image is malformed" in message:
        return "not a SQLite database, or it is damaged"
    if "unable to open database file" in message:
        return "cannot open the database file (check the path and permissions)"
    if "readonly" in message or "read-only" in message:
        return "the database is read-only here (check file and folder permissions)"
    return message


def busy_message(backend: str) -> str:
    """The one line for a write that waited longer than the lock timeout."""
    seconds = postgres.LOCK_TIMEOUT_SECONDS if backend == "postgresql" else engine_settings.BUSY_TIMEOUT_SECONDS
    return (f"the database is busy: another session has held a lock for more than {seconds} s; "
            "nothing was changed, try again")
