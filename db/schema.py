"""Schema versions: create a new database, upgrade an older one in place,
refuse a newer or foreign one with a clear message.

The version is the Alembic revision stored in ``alembic_version``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from db.errors import SchemaError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"


@cache
def _script() -> ScriptDirectory:
    return ScriptDirectory(str(MIGRATIONS_DIR))


def head_revision() -> str:
    """The schema version this release writes."""
    head = _script().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every schema version this release can open (and upgrade)."""
    return {rev.revision for rev in _script().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The version recorded in the database, or None for an unversioned one."""
    return MigrationContext.configure(connection).get_current_revision()


def ensure_schema(engine: Engine, *, location: str) -> str:
    """Bring the database to the current schema and return its version.

    An empty database is created; an older one is upgraded; a newer or
    unrelated one raises ``SchemaError`` naming ``location``.
    """
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        revision = current_revision(connection) if VERSION_TABLE in tables else None
    if revision == head_revision():
        return revision
    if revision is None and tables - {VERSION_TABLE}:
        shown = ", ".join(sorted(tables)[:5])
        raise SchemaError(f"{location}: not an annotator database (it has other tables: {shown})")
    if revision is not None and revision not in known_revisions():
        raise SchemaError(
            f"{location}: made by a newer version of annotator (schema {revision}); "
            "upgrade annotator to open it"
        )
    _upgrade(engine)
    return head_revision()


def _upgrade(engine: Engine) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
