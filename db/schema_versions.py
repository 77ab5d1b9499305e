"""Schema versions: create a new database, upgrade an older one in place,
refuse a newer or foreign one with a clear message.

The version is the Alembic revision stored in ``alembic_version``. Opening a
database that is already current reads that one row and nothing else:
Alembic is imported only to create or upgrade (it costs a tenth of a second
of start-up).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.exc import DBAPIError

from annotator.db.dialects import Dialect, ErrorKind
from annotator.db.errors import SchemaError

if TYPE_CHECKING:
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"
# The newest migration in migrations/versions (a test keeps the two in step).
SCHEMA_VERSION = "0007"


def ensure_schema(engine: Engine, dialect: Dialect, *, location: str) -> str:
    """Bring the database to the current schema and return its version.

    An empty database is created; an older one is upgraded; a newer or
    unrelated one raises ``SchemaError`` naming ``location``. Safe when
    several processes open a new database at once: one creates the schema
    while the others wait, then find it done.
    """
    with engine.connect() as connection:
        if _recorded_revision(connection, dialect) == SCHEMA_VERSION:
            return SCHEMA_VERSION  # the common case: no lock, one read
    with _schema_lock(engine, dialect) as connection:
        # Look again under the lock: another process may have created or
        # upgraded it since, or be half-way (its tables are not committed yet).
        tables = set(inspect(connection).get_table_names())
        revision = _recorded_revision(connection, dialect) if VERSION_TABLE in tables else None
        if revision == SCHEMA_VERSION:
            return SCHEMA_VERSION
        if revision is None and tables - {VERSION_TABLE}:
            shown = ", ".join(sorted(tables)[:5])
            raise SchemaError(f"{location}: not an annotator database (it has other tables: {shown})")
        if revision is not None and revision not in known_revisions():
            raise SchemaError(
                f"{location}: made by a newer version of annotator (schema {revision}); upgrade annotator to open it"
            )
        _upgrade(connection)
    return SCHEMA_VERSION


@contextmanager
def _schema_lock(engine: Engine, dialect: Dialect) -> Iterator[Connection]:
    """A transaction that holds the database's schema lock: SQLite's write
    lock (``BEGIN IMMEDIATE``, waiting up to the busy timeout), or a
    PostgreSQL advisory lock held until commit. Committed on success."""
    with engine.connect() as connection:
        connection = connection.execution_options(**dialect.write_options)
        with connection.begin():
            dialect.lock_schema(connection)
            yield connection


def _recorded_revision(connection: Connection, dialect: Dialect) -> str | None:
    """The version in the database, or None where there is no version table."""
    try:
        return connection.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").scalar()
    except DBAPIError as exc:
        if exc.orig is not None and dialect.classify(exc.orig) is ErrorKind.MISSING_TABLE:
            connection.rollback()
            return None
        raise


@cache
def _script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR))


def head_revision() -> str:
    """The newest migration, as Alembic finds it."""
    head = _script().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every schema version this release can open (and upgrade)."""
    return {rev.revision for rev in _script().walk_revisions()}


def _upgrade(connection: Connection) -> None:
    """Run the migrations inside the caller's transaction."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
