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


class BusyError(StorageError):
    """Another session held a lock for longer than this one waits."""


class PermissionDeniedError(StorageError):
    """The database role may not do this (``permission_denied_line`` says
    whose job it is); nothing was changed."""


def is_disk_full(exc: BaseException) -> bool:
    """True when ``exc`` (or the driver error or cause inside it) says the
    disk is full: ENOSPC or EDQUOT, or the driver's own code for it
    (SQLite's SQLITE_FULL, PostgreSQL's disk_full), as ``db.dialects`` reads it."""
    from annotator.db.dialects import ErrorKind, error_chain, kind_of

    for error in error_chain(exc):
        if isinstance(error, DiskFullError):
            return True
        if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if kind_of(error) is ErrorKind.DISK_FULL:
            return True
    return False


def is_busy(exc: BaseException) -> bool:
    """True when ``exc`` says a lock was not granted in time: SQLite's
    SQLITE_BUSY or SQLITE_LOCKED after its busy timeout, or PostgreSQL's
    lock_not_available after ``lock_timeout``."""
    from annotator.db.dialects import ErrorKind, error_chain, kind_of

    return any(isinstance(error, BusyError) or kind_of(error) is ErrorKind.BUSY for error in error_chain(exc))


def is_driver_error(exc: BaseException) -> bool:
    """True when ``exc`` is an error of a database driver (``sqlite3.Error``,
    ``psycopg.Error``): the database refused something, as opposed to a bug."""
    from annotator.db.dialects import DIALECTS

    return any(dialect.is_driver_error(exc) for dialect in DIALECTS.values())


def connection_lost_reason(exc: BaseException) -> str | None:
    """When ``exc`` says the connection to the database server is gone (the
    server stopped, restarted or ended this session, or the network went),
    the driver's first line about it; otherwise None."""
    from annotator.db.dialects import ErrorKind, error_chain, kind_of

    lost = None
    for error in error_chain(exc):
        kind = kind_of(error)
        if kind is ErrorKind.CONNECTION_LOST:
            if getattr(error, "sqlstate", None):
                return _first_line(error)  # the server's own words say most
            lost = lost or error
        elif kind is None and getattr(error, "connection_invalidated", False):  # SQLAlchemy saw a disconnect
            lost = lost or error
    return _first_line(lost) if lost is not None else None


def _first_line(error: BaseException) -> str:
    lines = str(getattr(error, "orig", None) or error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


# What each table's refusal means to a reviewer: whose job it is.
_JOBS = {
    "gold_label": "adjudicating (gold labels) is a lead's job",
    "setting": "changing the study's settings is a lead's job",
    "assignment": "assigning articles is a lead's job",
    "article": "importing or changing articles is a lead's job",
    "sentence": "importing or changing articles is a lead's job",
    "codebook": "changing the codebook is a lead's job",
    "codebook_label": "changing the codebook is a lead's job",
    "person": "changing the person registry is a lead's job",
    "person_role": "changing the person registry is a lead's job",
    "annotation": "changing another reviewer's labels or notes is a lead's job",
    "label_event": "changing another reviewer's label log is a lead's job",
    "annotator": (
        "a reviewer's role labels only as its own reviewer: labelling as another reviewer is a lead's "
        "job, adding reviewers the schema owner's (`annotator team add`)"
    ),
    "alembic_version": "upgrading the database is the schema owner's job",
}


def permission_denied_line(exc: BaseException) -> str | None:
    """When ``exc`` says the database role may not do something (PostgreSQL's
    insufficient_privilege: a missing privilege, a row-level security
    policy, the label log's trigger), one line saying whose job it is and
    what the server said; otherwise None."""
    import re

    from annotator.db.dialects import ErrorKind, error_chain, kind_of

    for error in error_chain(exc):
        if kind_of(error) is not ErrorKind.PERMISSION_DENIED:
            continue
        said = _first_line(error)
        if said.startswith("ERROR:"):
            said = said.removeprefix("ERROR:").strip()
        if "another reviewer" in said or "append-only" in said:
            return f"not allowed for your database role: {said}"  # the policy's own words say it all
        if "to create role" in said or "to drop role" in said or "to alter role" in said or "ADMIN" in said:
            return f"managing the team's roles is the schema owner's job (a role with CREATEROLE): {said}"
        if re.search(r"\bschema\b|must be owner", said):
            return f"changing the schema (creating or upgrading the database) is the schema owner's job: {said}"
        table = re.search(r'(?:table|relation) "?([A-Za-z_][A-Za-z0-9_]*)"?', said)
        job = _JOBS.get(table.group(1)) if table else None
        if job is None:
            return f"not allowed for your database role (a lead's or the schema owner's job): {said}"
        return f"{job}: your database role may not do it ({said})"
    return None
