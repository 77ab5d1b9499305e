"""Errors the storage layer raises with a message fit to show a user."""

import errno


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


_SQLITE_FULL = 13
_POSTGRES_DISK_FULL = "53100"


def is_disk_full(exc: BaseException) -> bool:
    """True when ``exc`` (or the driver error or cause inside it) says the
    disk is full: ENOSPC or EDQUOT, SQLite's "database or disk is full", or
    PostgreSQL's disk_full."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [exc]
    while pending:
        error = pending.pop()
        if error is None or id(error) in seen:
            continue
        seen.add(id(error))
        if isinstance(error, DiskFullError):
            return True
        if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if type(error).__module__ == "sqlite3" and (
                getattr(error, "sqlite_errorcode", None) == _SQLITE_FULL or "database or disk is full" in str(error)):
            return True
        if getattr(error, "sqlstate", None) == _POSTGRES_DISK_FULL:
            return True
        pending += [getattr(error, "orig", None), error.__cause__, error.__context__]
    return False
