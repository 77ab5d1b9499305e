"""PostgreSQL engines: a lock timeout like SQLite's busy timeout, and lost
connections handed back to the pool quietly.

Without a lock timeout, a write behind another session's row lock waits as
long as that session keeps its transaction open. And when the server goes
away under a connection, the pool's own rollback of it fails and logs a
traceback to stderr; here the rollback is done by a reset handler that
skips lost connections (the pre-ping replaces them at the next checkout).
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL

# How long a statement waits for a lock before failing as busy.
LOCK_TIMEOUT_SECONDS = 5

# psycopg logs a warning of its own ("error ignored terminating Pipeline")
# when the server goes away mid-batch; the error that follows is reported
# in one line, so the warning would only be noise on stderr.
logging.getLogger("psycopg").addHandler(logging.NullHandler())


def create_postgres_engine(url: URL) -> Engine:
    """An engine that tests connections before use (so a restarted server
    is reconnected to), sets ``lock_timeout`` on each new connection, and
    rolls back connections handed back to the pool unless they are lost."""
    engine = create_engine(url, pool_pre_ping=True, pool_reset_on_return=None)
    event.listen(engine, "connect", _set_lock_timeout)
    event.listen(engine, "reset", _reset)
    return engine


def _set_lock_timeout(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"SET lock_timeout = '{LOCK_TIMEOUT_SECONDS}s'")
    finally:
        cursor.close()
    dbapi_connection.commit()  # a SET rolled back would be undone


def _reset(dbapi_connection: Any, _record: Any, state: Any) -> None:
    """What ``pool_reset_on_return="rollback"`` does, except for a lost
    connection, where a rollback can only fail."""
    if state.transaction_was_reset or _lost(dbapi_connection):
        return
    dbapi_connection.rollback()


def _lost(dbapi_connection: Any) -> bool:
    # psycopg 3: ``broken``; psycopg2: ``closed`` is non-zero.
    return bool(getattr(dbapi_connection, "broken", False) or getattr(dbapi_connection, "closed", False))
