"""Engine setup: a path or SQLAlchemy URL in, a configured engine out.

SQLite gets WAL, foreign keys, a busy timeout and ``synchronous=NORMAL``;
write transactions can ask for ``BEGIN IMMEDIATE`` so that two processes
labelling at once queue up instead of losing updates.
"""

from __future__ import annotations

from contextlib import contextmanager
from collections.abc import Iterator
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL

from db.errors import DatabaseOpenError
from db.postgres import create_postgres_engine
from db.urls import DB_ENV_VAR, DEFAULT_DB_FILE, display_url, is_read_only, resolve_url  # noqa: F401 (their old home)

if TYPE_CHECKING:  # the ORM loads on first use: commands that run Core queries only never pay for it
    from sqlmodel import Session

BUSY_TIMEOUT_SECONDS = 30


def create_db_engine(url: URL) -> Engine:
    """Create an engine with this project's settings for the URL's backend."""
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
        # psycopg 3 is the driver we install; plain postgresql:// would want psycopg2.
        url = url.set(drivername="postgresql+psycopg")
    try:
        if url.get_backend_name() == "postgresql":
            return create_postgres_engine(url)  # lock timeout, quiet reset: see db.postgres
        return create_engine(url, pool_pre_ping=True)
    except ModuleNotFoundError as exc:
        raise DatabaseOpenError(
            f"{display_url(url)}: the driver {exc.name!r} is not installed "
            "(pip install 'source-annotator[postgres]')"
        ) from None


def _sqlite_engine(url: URL) -> Engine:
    read_only = is_read_only(url)
    target = url
    if read_only:
        # SQLite's own read-only mode, which only a URI file name can ask for.
        target = url.set(database=f"file:{quote(url.database)}", query={"mode": "ro", "uri": "true"})
    engine = create_engine(
        target,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_SECONDS},
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:
        # We issue BEGIN ourselves (below) so we can choose IMMEDIATE for writes.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
            cursor.execute("PRAGMA foreign_keys = ON")
            if url.database not in (None, "", ":memory:") and not read_only:  # read-only cannot switch
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """A session whose transaction takes the write lock up front.

    On SQLite that is ``BEGIN IMMEDIATE``: concurrent writers wait for each
    other (up to the busy timeout) instead of failing or losing an update.
    PostgreSQL callers lock rows with ``SELECT ... FOR UPDATE``.
    The session commits on success and rolls back on error.
    """
    from sqlmodel import Session

    with writer_connection(engine) as connection:
        with Session(bind=connection) as session:
            with session.begin():
                yield session


@contextmanager
def writer_connection(engine: Engine) -> Iterator[Connection]:
    """A connection for many short write transactions (``with
    connection.begin(): ...`` each), as bulk imports do."""
    with engine.connect() as connection:
        yield connection.execution_options(sqlite_begin="IMMEDIATE")


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """A short read-only session."""
    from sqlmodel import Session

    with Session(engine) as session:
        yield session
