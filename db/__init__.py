"""Storage: tables, engine setup, schema versioning and queries.

This package knows nothing of the user interface; it imports no other
project package. Import from the submodules (``db.database``, ``db.crud``,
...): this file stays empty so that light modules such as ``db.records``
load without SQLAlchemy.
"""
