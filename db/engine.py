"""Engine setup: a resolved URL in, its dialect (``db.dialects``) and a
configured engine out. An engine the tool does not support, or a driver
that is not installed, is one line (``DatabaseOpenError``)."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.engine import URL

from annotator.db.dialects import Dialect, dialect_for_url
from annotator.db.errors import DatabaseOpenError
from annotator.db.urls import DB_ENV_VAR, DEFAULT_DB_FILE, display_url, is_read_only, resolve_url  # noqa: F401 (their old home)


def create_db_engine(url: URL) -> tuple[Dialect, Engine]:
    """The URL's dialect, and an engine with this project's settings for it."""
    dialect = dialect_for_url(url, shown=display_url(url))
    try:
        return dialect, dialect.create_engine(url)
    except ModuleNotFoundError as exc:
        raise DatabaseOpenError(
            f"{display_url(url)}: the driver {exc.name!r} is not installed (pip install 'source-annotator[postgres]')"
        ) from None
