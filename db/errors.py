"""Errors the storage layer raises with a message fit to show a user."""

import errno
from collections.abc import Iterator


class StorageError(Exception):
    """A database problem explained in one line (no traceback needed)."""


class DatabaseOpenError(StorageError):
    """The database cannot be opened or created."""


class SchemaError(StorageError):
    """The database is not one this version of the tool can use."""


class NotFoundError(StorageError):
    """A row named by the user does not exist."""


class DiskFullError(StorageError):
    """The disk holding the database is full; the write was rolled back."""


class BusyError(StorageError):
    """Another session held a lock for longer than this one waits."""


_SQLITE_FULL = 13
_SQLITE_BUSY = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED
_POSTGRES_DISK_FULL = "53100"
_POSTGRES_LOCK_TIMEOUT = "55P03"
# The server ended the session: shutting down, or the backend was killed.
_POSTGRES_SESSION_ENDED = ("57P01", "57P02", "57P03")


def _chain(exc: BaseException) -> Iterator[BaseException]:
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


def is_disk_full(exc: BaseException) -> bool:
    """True when ``exc`` (or the driver error or cause inside it) says the
    disk is full: ENOSPC or EDQUOT, SQLite's "database or disk is full", or
    PostgreSQL's disk_full."""
    for error in _chain(exc):
        if isinstance(error, DiskFullError):
            return True
        if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if type(error).__module__ == "sqlite3" and (
                getattr(error, "sqlite_errorcode", None) == _SQLITE_FULL or "database or disk is full" in str(error)):
            return True
        if getattr(error, "sqlstate", None) == _POSTGRES_DISK_FULL:
            return True
    return False


def is_busy(exc: BaseException) -> bool:
    """True when ``exc`` says a lock was not granted in time: SQLite's
    "database is locked" after its busy timeout, or PostgreSQL's
    lock_not_available after ``lock_timeout``."""
    for error in _chain(exc):
        if isinstance(error, BusyError):
            return True
        if type(error).__module__ == "sqlite3" and (
                getattr(error, "sqlite_errorcode", None) in _SQLITE_BUSY or "database is locked" in str(error)):
            return True
        if getattr(error, "sqlstate", None) == _POSTGRES_LOCK_TIMEOUT:
            return True
    return False


def connection_lost_reason(exc: BaseException) -> str | None:
    """When ``exc`` says the connection to the database server is gone (the
    server stopped, restarted or ended this session, or the network went),
    the driver's first line about it; otherwise None."""
    lost = None
    for error in _chain(exc):
        if not type(error).__module__.startswith("psycopg"):
            if getattr(error, "connection_invalidated", False):  # SQLAlchemy saw a disconnect
                lost = lost or error
            continue
        state = getattr(error, "sqlstate", None)
        if state is None:
            # Every error the server sends has a SQLSTATE; an operational
            # error without one comes from the client: no usable connection.
            if type(error).__name__ in ("OperationalError", "InterfaceError"):
                lost = lost or error
        elif state.startswith("08") or state in _POSTGRES_SESSION_ENDED:
            return _first_line(error)  # the server's own words say most
    return _first_line(lost) if lost is not None else None


def _first_line(error: BaseException) -> str:
    lines = str(getattr(error, "orig", None) or error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
