"""One object per database engine: everything that differs between SQLite
and PostgreSQL, chosen once from the URL when a database opens
(``dialect_for_url``) and kept by ``db.database.Database``.

A dialect makes the engine (SQLite: WAL, foreign keys, busy timeout,
``BEGIN IMMEDIATE`` on request; PostgreSQL: a lock timeout and a quiet
reset of lost connections), says how a write takes the write lock (SQLite's
``BEGIN IMMEDIATE``, PostgreSQL's ``FOR UPDATE`` row locks and an advisory
lock for the schema), builds the upsert (``INSERT ... ON CONFLICT``), opens
snapshots and streaming cursors for exports, and classifies the driver's
errors by their codes (SQLite's result codes, PostgreSQL's SQLSTATE). An
engine that is not one of these is refused with one line.

Code given only a SQLAlchemy connection finds its dialect with
``dialect_of`` (the same objects: they hold no state).
"""

from __future__ import annotations

import enum
import logging
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from itertools import chain
from typing import Any, ClassVar
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL

from annotator.db.errors import DatabaseOpenError


def switch_to_wal(cursor: Any, timeout: float, *, pause: float = 0.01) -> None:
    """Put a SQLite database in WAL mode, trying again for up to ``timeout``
    seconds while it is locked: when processes open a new file at once, the
    switch can meet another's lock in a way SQLite reports at once as
    "database is locked" instead of waiting on the busy timeout."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except Exception as exc:  # the driver's OperationalError; any other error is raised as it is
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(pause)


class ErrorKind(enum.Enum):
    """What a driver error means, as far as the tool cares."""

    BUSY = "busy"  # a lock was not granted in time
    DISK_FULL = "disk full"
    CONNECTION_LOST = "connection lost"  # the server went away, or ended this session
    INTEGRITY = "integrity"  # a foreign key, unique or check constraint refused the row
    MISSING_TABLE = "missing table"
    NOT_A_DATABASE = "not a database"  # not a database file, or a damaged one
    CANNOT_OPEN = "cannot open"
    READ_ONLY = "read-only"
    # The database role may not do this: a missing privilege, or a row-level
    # security policy or trigger that refused the row (PostgreSQL's 42501).
    PERMISSION_DENIED = "permission denied"


class Dialect:
    """What one database engine does its own way (subclasses say how)."""

    name: ClassVar[str]
    #: The driver's parameter marker, for SQL run on a driver cursor.
    mark: ClassVar[str]
    #: How long a write waits for a lock before it fails as busy.
    lock_timeout_seconds: ClassVar[int]
    #: Execution options of a SQLAlchemy connection whose transactions write.
    write_options: ClassVar[dict[str, Any]] = {}

    #: True when the driver stores a timezone-aware time as given (so
    #: ``UTCDateTime`` hands it naive UTC instead, keeping text order time order).
    naive_utc: ClassVar[bool] = False

    # --- the engine -------------------------------------------------------------------
    def create_engine(self, url: URL) -> Engine:
        raise NotImplementedError

    def database_file(self, url: URL) -> str | None:
        """The file that holds the data, if the engine keeps it in one."""
        return None

    # --- writes ---------------------------------------------------------------------------
    def insert(self, table: Any) -> Any:
        """An ``INSERT`` into ``table`` with ``on_conflict_do_nothing`` and
        ``on_conflict_do_update`` (the engine's own construct)."""
        raise NotImplementedError

    def lock_schema(self, connection: Any) -> None:
        """Inside a write transaction: hold the lock that makes creating or
        upgrading the schema one process's job at a time."""

    def row_lock(self, of: str | None = None) -> str:
        """The end of a ``SELECT`` that reads rows it will change (``of``:
        the alias whose rows to lock), or ``""`` where the write transaction
        holds the lock already."""
        return ""

    def lock_tables(self, connection: Any, tables: tuple[Any, ...]) -> None:
        """Inside a write transaction: let no other session write to these
        tables until it ends (SQLite's write transaction does that already)."""

    def begin_write(self, cursor: Any) -> None:
        """On a driver cursor: begin a write transaction holding the write lock."""

    def commit(self, connection: Any, cursor: Any) -> None:
        connection.commit()

    def rollback(self, connection: Any, cursor: Any) -> None:
        connection.rollback()

    def end_read(self, connection: Any) -> None:
        """After a read on a driver connection: leave no transaction open."""

    def stamp(self, moment: datetime) -> Any:
        """A time as a driver parameter for a ``UTCDateTime`` column."""
        return moment

    def stamps(self, rows: Iterable[Sequence[Any]], index: int) -> list[Any]:
        """The time at ``index`` of each row, as ``stamp`` gives it."""
        return [row[index] for row in rows]

    def batch_rows(
        self,
        rows: Sequence[tuple[Any, ...]],
        types: tuple[str, ...],
        *,
        constants: tuple[str, ...] = (),
        ordered: bool = False,
    ) -> tuple[str, list[Any]]:
        """The rows as the source of an ``INSERT ... <source>`` (each row's
        values, then the SQL ``constants``), and its parameters. ``types``
        are the columns' SQL types; ``ordered`` keeps the rows' order."""
        raise NotImplementedError

    # --- reads ---------------------------------------------------------------------------
    def begin_snapshot(self, cursor: Any) -> None:
        """On a fresh driver connection: begin a read-only transaction in
        which every query sees the database as the first one did."""
        raise NotImplementedError

    def cursor(self, connection: Any, *, streaming: bool) -> Any:
        """A driver cursor; ``streaming``: one that fetches rows as they are read."""
        return connection.cursor()

    def timestamp_sql(self, column: str) -> str:
        """SQL for a ``UTCDateTime`` column as ISO 8601 text in UTC, with milliseconds."""
        raise NotImplementedError

    # --- a writer kept for a whole review ---------------------------------------------
    def writer_opened(self, raw: Any) -> None:
        """A driver connection kept for many small commits was taken."""

    def writer_idle(self, raw: Any, commits: int) -> bool:
        """Nothing waits: do deferred upkeep after ``commits`` commits. True if done."""
        return False

    def writer_closing(self, raw: Any) -> None:
        """The kept connection goes back to the pool: as the pool gave it."""

    # --- errors --------------------------------------------------------------------------
    def is_driver_error(self, error: BaseException) -> bool:
        """True when ``error`` is this engine's driver's error."""
        return False

    def classify(self, error: BaseException) -> ErrorKind | None:
        """What this one exception (not its causes) means, if it is this
        engine's driver's error; None otherwise."""
        return None

    def busy_message(self) -> str:
        """The one line for a write that waited longer than the lock timeout."""
        return (
            f"the database is busy: another session has held a lock for more than {self.lock_timeout_seconds} s; "
            "nothing was changed, try again"
        )

    def explain_open_error(self, exc: Any) -> str:
        """One line for an error met while opening (``exc``: SQLAlchemy's DBAPIError)."""
        return _first_line(exc.orig if exc.orig is not None else exc)


# --- SQLite -----------------------------------------------------------------------------------

# SQLite's primary result codes (https://sqlite.org/rescode.html); the driver
# gives the extended code, whose low byte is the primary one.
SQLITE_ERROR, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = (
    1,
    5,
    6,
    8,
    11,
    13,
    14,
)
SQLITE_CONSTRAINT, SQLITE_NOTADB = 19, 26


class SQLiteDialect(Dialect):
    """SQLite through the standard library's ``sqlite3``."""

    name = "sqlite"
    mark = "?"
    lock_timeout_seconds = 30  # the busy timeout
    write_options: ClassVar[dict[str, Any]] = {"sqlite_begin": "IMMEDIATE"}
    naive_utc = True

    def database_file(self, url: URL) -> str | None:
        return url.database

    def create_engine(self, url: URL) -> Engine:
        from annotator.db.urls import is_read_only

        read_only = is_read_only(url)
        target = url
        if read_only:
            # SQLite's own read-only mode, which only a URI file name can ask for.
            target = url.set(database=f"file:{quote(url.database or '')}", query={"mode": "ro", "uri": "true"})
        timeout = self.lock_timeout_seconds
        engine = create_engine(target, connect_args={"check_same_thread": False, "timeout": timeout})

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection: Any, _record: Any) -> None:
            # We issue BEGIN ourselves (below) so we can choose IMMEDIATE for writes.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            try:
                cursor.execute(f"PRAGMA busy_timeout = {timeout * 1000}")
                cursor.execute("PRAGMA foreign_keys = ON")
                if url.database not in (None, "", ":memory:") and not read_only:  # read-only cannot switch
                    switch_to_wal(cursor, timeout)
                cursor.execute("PRAGMA synchronous = NORMAL")
            finally:
                cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
            connection.exec_driver_sql(f"BEGIN {mode}")

        return engine

    def insert(self, table: Any) -> Any:
        from sqlalchemy.dialects.sqlite import insert

        return insert(table)

    def begin_write(self, cursor: Any) -> None:
        cursor.execute("BEGIN IMMEDIATE")  # concurrent writers queue up here

    def commit(self, connection: Any, cursor: Any) -> None:
        cursor.execute("COMMIT")  # the connection is in autocommit mode: we issue BEGIN ourselves

    def rollback(self, connection: Any, cursor: Any) -> None:
        # SQLite may already have rolled back by itself (a full disk at COMMIT
        # does that); a ROLLBACK then fails with "no transaction is active"
        # and would hide the real error.
        if connection.driver_connection.in_transaction:
            cursor.execute("ROLLBACK")

    def stamp(self, moment: datetime) -> Any:
        # As db.types.UTCDateTime stores it: naive-UTC text in SQLAlchemy's
        # fixed-width format, so text order is time order.
        if moment.tzinfo is not UTC:
            moment = moment.astimezone(UTC)
        return moment.isoformat(" ", "microseconds")[:26]  # without the "+00:00"

    def stamps(self, rows: Iterable[Sequence[Any]], index: int) -> list[Any]:
        # The usual case (times already in UTC) inline: this runs for every row of a merge.
        return [
            row[index].isoformat(" ", "microseconds")[:26] if row[index].tzinfo is UTC else self.stamp(row[index])
            for row in rows
        ]

    def batch_rows(
        self,
        rows: Sequence[tuple[Any, ...]],
        types: tuple[str, ...],
        *,
        constants: tuple[str, ...] = (),
        ordered: bool = False,
    ) -> tuple[str, list[Any]]:
        row = "(" + ", ".join([self.mark] * len(types) + list(constants)) + ")"
        return f"VALUES {', '.join([row] * len(rows))}", list(chain.from_iterable(rows))

    def begin_snapshot(self, cursor: Any) -> None:
        cursor.execute("BEGIN")  # deferred: in WAL mode writers go on meanwhile

    def timestamp_sql(self, column: str) -> str:
        return f"strftime('%Y-%m-%dT%H:%M:%fZ', {column})"

    # SQLite copies the write-ahead log back into the database file every 1,000
    # pages (its default), inside whichever commit crosses the mark: 20 ms or
    # more on a large database. A writer kept for a review does it when the
    # reviewer is idle instead, after this many commits.
    CHECKPOINT_EVERY = 50
    AUTOCHECKPOINT_PAGES = 1000

    def writer_opened(self, raw: Any) -> None:
        raw.read("PRAGMA wal_autocheckpoint = 0", ())  # commits never stop to checkpoint: writer_idle does

    def writer_idle(self, raw: Any, commits: int) -> bool:
        if commits < self.CHECKPOINT_EVERY:
            return False
        raw.read("PRAGMA wal_checkpoint(PASSIVE)", ())  # never blocks other sessions
        return True

    def writer_closing(self, raw: Any) -> None:
        raw.read(f"PRAGMA wal_autocheckpoint = {self.AUTOCHECKPOINT_PAGES}", ())

    def is_driver_error(self, error: BaseException) -> bool:
        sqlite3 = sys.modules.get("sqlite3")  # not loaded: not its error
        return sqlite3 is not None and isinstance(error, sqlite3.Error)

    def classify(self, error: BaseException) -> ErrorKind | None:
        if not self.is_driver_error(error):
            return None
        import sqlite3

        code = getattr(error, "sqlite_errorcode", None)
        if code is None:
            # Errors of the module itself, not of SQLite (a closed cursor, a wrong parameter count).
            return ErrorKind.INTEGRITY if isinstance(error, sqlite3.IntegrityError) else None
        return {
            SQLITE_BUSY: ErrorKind.BUSY,
            SQLITE_LOCKED: ErrorKind.BUSY,
            SQLITE_FULL: ErrorKind.DISK_FULL,
            SQLITE_CONSTRAINT: ErrorKind.INTEGRITY,
            SQLITE_NOTADB: ErrorKind.NOT_A_DATABASE,
            SQLITE_CORRUPT: ErrorKind.NOT_A_DATABASE,
            SQLITE_CANTOPEN: ErrorKind.CANNOT_OPEN,
            SQLITE_READONLY: ErrorKind.READ_ONLY,
            # SQLite has no code of its own for a missing table.
            SQLITE_ERROR: ErrorKind.MISSING_TABLE if str(error).startswith("no such table") else None,
        }.get(code & 0xFF)

    def explain_open_error(self, exc: Any) -> str:
        kind = self.classify(exc.orig) if exc.orig is not None else None
        if kind is ErrorKind.NOT_A_DATABASE:
            return "not a SQLite database, or it is damaged"
        if kind is ErrorKind.CANNOT_OPEN:
            return "cannot open the database file (check the path and permissions)"
        if kind is ErrorKind.READ_ONLY:
            return "the database is read-only here (check file and folder permissions)"
        return super().explain_open_error(exc)


# --- PostgreSQL ---------------------------------------------------------------------------

# SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html).
PG_DISK_FULL = "53100"
PG_LOCK_NOT_AVAILABLE = "55P03"
PG_UNDEFINED_TABLE = "42P01"
PG_READ_ONLY_TRANSACTION = "25006"
PG_INSUFFICIENT_PRIVILEGE = "42501"  # also a row-level security policy's refusal
PG_INTEGRITY_CLASS = "23"
PG_CONNECTION_CLASS = "08"
# The server ended the session: shutting down, or the backend was killed.
PG_SESSION_ENDED = ("57P01", "57P02", "57P03")

# psycopg logs a warning of its own ("error ignored terminating Pipeline")
# when the server goes away mid-batch; the error that follows is reported
# in one line, so the warning would only be noise on stderr.
logging.getLogger("psycopg").addHandler(logging.NullHandler())


class PostgreSQLDialect(Dialect):
    """PostgreSQL through psycopg 3.

    Without a lock timeout, a write behind another session's row lock waits
    as long as that session keeps its transaction open. And when the server
    goes away under a connection, the pool's own rollback of it fails and
    logs a traceback to stderr; here the rollback is done by a reset handler
    that skips lost connections (the pre-ping replaces them at the next
    checkout)."""

    name = "postgresql"
    mark = "%s"
    lock_timeout_seconds = 5
    # pg_advisory_xact_lock's key for creating or upgrading the schema: any
    # fixed number that no other application on the server uses.
    SCHEMA_LOCK_KEY = 0x616E6E6F74  # "annot"
    SCHEMA_LOCK_WAIT_SECONDS = 120

    def create_engine(self, url: URL) -> Engine:
        if url.drivername == "postgresql":
            # psycopg 3 is the driver we install; plain postgresql:// would want psycopg2.
            url = url.set(drivername="postgresql+psycopg")
        engine = create_engine(url, pool_pre_ping=True, pool_reset_on_return=None)
        event.listen(engine, "connect", self._set_lock_timeout)
        event.listen(engine, "reset", _reset)
        return engine

    def _set_lock_timeout(self, dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"SET lock_timeout = '{self.lock_timeout_seconds}s'")
        finally:
            cursor.close()
        dbapi_connection.commit()  # a SET rolled back would be undone

    def insert(self, table: Any) -> Any:
        from sqlalchemy.dialects.postgresql import insert  # slow to load: only here

        return insert(table)

    def lock_schema(self, connection: Any) -> None:
        # Creating the schema may take a while under load: wait for it
        # longer than an ordinary write waits for a row.
        connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{self.SCHEMA_LOCK_WAIT_SECONDS}s'")
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({self.SCHEMA_LOCK_KEY})")

    def row_lock(self, of: str | None = None) -> str:
        return f" FOR UPDATE OF {of}" if of else " FOR UPDATE"

    def lock_tables(self, connection: Any, tables: tuple[Any, ...]) -> None:
        from annotator.db.names import SQLNames

        names = ", ".join(str(SQLNames(table)) for table in tables)
        connection.exec_driver_sql(f"LOCK TABLE {names} IN SHARE ROW EXCLUSIVE MODE")

    def end_read(self, connection: Any) -> None:
        connection.rollback()  # psycopg opened a transaction for the query: end it

    def batch_rows(
        self,
        rows: Sequence[tuple[Any, ...]],
        types: tuple[str, ...],
        *,
        constants: tuple[str, ...] = (),
        ordered: bool = False,
    ) -> tuple[str, list[Any]]:
        # One array per column: PostgreSQL parses and plans a VALUES list of
        # thousands of parameters slowly.
        names = [f"c{i}" for i in range(len(types))]
        arrays = ", ".join(f"%s::{kind}[]" for kind in types)
        select = ", ".join(names + list(constants))
        if ordered:
            source = f"SELECT {select} FROM unnest({arrays}) WITH ORDINALITY AS r({', '.join(names)}, k) ORDER BY k"
        else:
            source = f"SELECT {select} FROM unnest({arrays}) AS r({', '.join(names)})"
        return source, [list(column) for column in zip(*rows)] if rows else [[] for _ in types]

    def begin_snapshot(self, cursor: Any) -> None:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")

    def cursor(self, connection: Any, *, streaming: bool) -> Any:
        if not streaming:
            return connection.cursor()
        # A named (server-side) cursor: PostgreSQL sends rows as we fetch them.
        return connection.driver_connection.cursor(name="annotator_export")

    def timestamp_sql(self, column: str) -> str:
        return f"""to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')"""

    def is_driver_error(self, error: BaseException) -> bool:
        psycopg = sys.modules.get("psycopg")  # not loaded: not its error
        return psycopg is not None and isinstance(error, psycopg.Error)

    def classify(self, error: BaseException) -> ErrorKind | None:
        if not self.is_driver_error(error):
            return None
        import psycopg

        state: str | None = getattr(error, "sqlstate", None)  # every psycopg.Error has one (None: the client's)
        if state is None:
            # Every error the server sends has a SQLSTATE; an operational
            # error without one comes from the client: no usable connection.
            lost = isinstance(error, (psycopg.OperationalError, psycopg.InterfaceError))
            return ErrorKind.CONNECTION_LOST if lost else None
        if state.startswith(PG_CONNECTION_CLASS) or state in PG_SESSION_ENDED:
            return ErrorKind.CONNECTION_LOST
        if state.startswith(PG_INTEGRITY_CLASS):
            return ErrorKind.INTEGRITY
        return {
            PG_LOCK_NOT_AVAILABLE: ErrorKind.BUSY,
            PG_DISK_FULL: ErrorKind.DISK_FULL,
            PG_UNDEFINED_TABLE: ErrorKind.MISSING_TABLE,
            PG_READ_ONLY_TRANSACTION: ErrorKind.READ_ONLY,
            PG_INSUFFICIENT_PRIVILEGE: ErrorKind.PERMISSION_DENIED,
        }.get(state)


def _reset(dbapi_connection: Any, _record: Any, state: Any) -> None:
    """What ``pool_reset_on_return="rollback"`` does, except for a lost
    connection, where a rollback can only fail."""
    if state.transaction_was_reset or dbapi_connection.broken:
        return
    dbapi_connection.rollback()


# --- choosing one ------------------------------------------------------------------------

SQLITE = SQLiteDialect()
POSTGRESQL = PostgreSQLDialect()
DIALECTS: dict[str, Dialect] = {d.name: d for d in (SQLITE, POSTGRESQL)}


def dialect_for_url(url: URL, *, shown: str | None = None) -> Dialect:
    """The dialect of a database URL; ``DatabaseOpenError`` (one line) for
    an engine the tool does not support. ``shown``: the URL as it may be
    printed (no password)."""
    backend = url.get_backend_name()
    dialect = DIALECTS.get(backend)
    if dialect is None:
        raise DatabaseOpenError(
            f"{shown or backend}: the {backend!r} database engine is not supported (use {' or '.join(DIALECTS)})"
        )
    return dialect


def dialect_of(bind: Any) -> Dialect:
    """The dialect of a SQLAlchemy connection, engine or ORM session."""
    sa_dialect = bind.dialect if hasattr(bind, "dialect") else bind.get_bind().dialect
    try:
        return DIALECTS[sa_dialect.name]
    except KeyError:
        raise DatabaseOpenError(
            f"the {sa_dialect.name!r} database engine is not supported (use {' or '.join(DIALECTS)})"
        ) from None


def kind_of(error: BaseException) -> ErrorKind | None:
    """What one exception (not its causes) means, by the class and code the
    driver gave it; None when it is no driver error the tool knows."""
    for dialect in DIALECTS.values():
        kind = dialect.classify(error)
        if kind is not None:
            return kind
    return None


def error_chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc``, the driver error inside it, and its causes and contexts."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [exc]
    while pending:
        error = pending.pop()
        if error is None or id(error) in seen:
            continue
        seen.add(id(error))
        yield error
        pending += [getattr(error, "orig", None), error.__cause__, error.__context__]


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
