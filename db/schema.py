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

from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.exc import DBAPIError

from db.errors import SchemaError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"
# The newest migration in migrations/versions (a test keeps the two in step).
SCHEMA_VERSION = "0004"
# pg_advisory_xact_lock's key for creating or upgrading the schema: any
# fixed number that no other application on the server uses.
SCHEMA_LOCK_KEY = 0x616E6E6F74  # "annot"
SCHEMA_LOCK_WAIT_SECONDS = 120


def ensure_schema(engine: Engine, *, location: str) -> str:
    """Bring the database to the current schema and return its version.

    An empty database is created; an older one is upgraded; a newer or
    unrelated one raises ``SchemaError`` naming ``location``. Safe when
    several processes open a new database at once: one creates the schema
    while the others wait, then find it done.
    """
    with engine.connect() as connection:
        if _recorded_revision(connection) == SCHEMA_VERSION:
            return SCHEMA_VERSION  # the common case: no lock, one read
    with _schema_lock(engine) as connection:
        # Look again under the lock: another process may have created or
        # upgraded it since, or be half-way (its tables are not committed yet).
        tables = set(inspect(connection).get_table_names())
        revision = _recorded_revision(connection) if VERSION_TABLE in tables else None
        if revision == SCHEMA_VERSION:
            return SCHEMA_VERSION
        if revision is None and tables - {VERSION_TABLE}:
            shown = ", ".join(sorted(tables)[:5])
            raise SchemaError(f"{location}: not an annotator database (it has other tables: {shown})")
        if revision is not None and revision not in known_revisions():
            raise SchemaError(
                f"{location}: made by a newer version of annotator (schema {revision}); "
                "upgrade annotator to open it"
            )
        _upgrade(connection)
    return SCHEMA_VERSION


@contextmanager
def _schema_lock(engine: Engine) -> Iterator[Connection]:
    """A transaction that holds the database's schema lock: SQLite's write
    lock (``BEGIN IMMEDIATE``, waiting up to the busy timeout), or a
    PostgreSQL advisory lock held until commit. Committed on success."""
    with engine.connect() as connection:
        connection = connection.execution_options(sqlite_begin="IMMEDIATE")
        with connection.begin():
            if engine.dialect.name == "postgresql":
                # Creating the schema may take a while under load: wait for it
                # longer than an ordinary write waits for a row.
                connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{SCHEMA_LOCK_WAIT_SECONDS}s'")
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({SCHEMA_LOCK_KEY})")
            yield connection


def _recorded_revision(connection: Connection) -> str | None:
    """The version in the database, or None where there is no version table."""
    try:
        return connection.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").scalar()
    except DBAPIError as exc:
        message = str(exc.orig).lower()
        if "no such table" in message or "does not exist" in message:
            connection.rollback()
            return None
        raise


@cache
def _script():
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
