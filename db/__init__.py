"""Storage: tables, engine setup, schema versioning and queries.

This package knows nothing of the user interface; it imports no other
project package.
"""

from db.database import Database, open_database
from db.errors import DatabaseOpenError, NotFoundError, SchemaError, StorageError
from db.labels import Label, parse_label

__all__ = [
    "Database", "DatabaseOpenError", "Label", "NotFoundError", "SchemaError", "StorageError",
    "open_database", "parse_label",
]
