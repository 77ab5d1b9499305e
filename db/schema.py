"""Schema versions: create a new database, upgrade an older one in place,
refuse a newer or foreign one with a clear message.

The version is the Alembic revision stored in ``alembic_version``. Opening a
database that is already current reads that one row and nothing else:
Alembic is imported only to create or upgrade (it costs a tenth of a second
of start-up).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.exc import DBAPIError

from db.errors import SchemaError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"
# The newest migration in migrations/versions (a test keeps the two in step).
SCHEMA_VERSION = "0002"


def ensure_schema(engine: Engine, *, location: str) -> str:
    """Bring the database to the current schema and return its version.

    An empty database is created; an older one is upgraded; a newer or
    unrelated one raises ``SchemaError`` naming ``location``.
    """
    with engine.connect() as connection:
        revision = _recorded_revision(connection)
        if revision == SCHEMA_VERSION:
            return revision
        tables = set(inspect(connection).get_table_names())
    if revision is None and tables - {VERSION_TABLE}:
        shown = ", ".join(sorted(tables)[:5])
        raise SchemaError(f"{location}: not an annotator database (it has other tables: {shown})")
    if revision is not None and revision not in known_revisions():
        raise SchemaError(
            f"{location}: made by a newer version of annotator (schema {revision}); "
            "upgrade annotator to open it"
        )
    _upgrade(engine)
    return SCHEMA_VERSION


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


def _upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
