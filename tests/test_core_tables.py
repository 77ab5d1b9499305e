"""``db.tables`` (the Core tables the queries use) and ``db.models`` (the
SQLModel classes) declare the same schema, and both match the migrations."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.schema import CreateIndex, CreateTable
from sqlmodel import SQLModel

import db.models  # noqa: F401  (the tables on SQLModel's metadata)
import db.registry_models  # noqa: F401
from db import tables
from db.database import open_database


def _ddl(metadata, dialect) -> dict[str, list[str]]:
    return {
        table.name: [str(CreateTable(table).compile(dialect=dialect)).strip(),
                     *sorted(str(CreateIndex(index).compile(dialect=dialect)) for index in table.indexes)]
        for table in metadata.sorted_tables
    }


@pytest.mark.parametrize("dialect", [sqlite.dialect(), postgresql.dialect()], ids=["sqlite", "postgresql"])
def test_core_tables_are_the_models(dialect) -> None:
    assert _ddl(tables.metadata, dialect) == _ddl(SQLModel.metadata, dialect)


def test_core_tables_have_the_models_defaults() -> None:
    for table in SQLModel.metadata.sorted_tables:
        core = tables.metadata.tables[table.name]
        for column in table.columns:
            theirs, ours = column.default, core.c[column.name].default
            assert (theirs is None) == (ours is None), f"{table.name}.{column.name}"
            if theirs is not None and theirs.is_scalar:
                assert ours.arg == theirs.arg, f"{table.name}.{column.name}"


def test_core_tables_match_the_migrations(db_path: Path) -> None:
    database = open_database(db_path)
    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), tables.metadata)
    database.close()
    assert diff == []
