"""Errors the storage layer raises with a message fit to show a user."""


class StorageError(Exception):
    """A database problem explained in one line (no traceback needed)."""


class DatabaseOpenError(StorageError):
    """The database cannot be opened or created."""


class SchemaError(StorageError):
    """The database is not one this version of the tool can use."""


class NotFoundError(StorageError):
    """A row named by the user does not exist."""
