"""Alembic environment: migrations run on a connection handed in by
``db.schema_versions``; there is no alembic.ini."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import annotator.db.models  # noqa: F401  (registers the tables on the metadata)
import annotator.db.registry_models  # noqa: F401

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    # SQLite cannot ALTER most things; batch mode copies the table instead.
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
