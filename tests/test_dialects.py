"""One dialect object per engine (``db.dialects``), on the real engines: the
upsert, the write lock (a lock not granted in time is busy), and errors
classified by the driver's codes (SQLite result codes, PostgreSQL SQLSTATE):
a full disk, a unique violation, a lost connection. An engine the tool does
not support is refused with one line."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from annotator.db.database import open_database
from annotator.db.dialects import ErrorKind, PostgreSQLDialect, SQLiteDialect, dialect_of, kind_of, switch_to_wal
from annotator.db.errors import (
    BusyError,
    DatabaseOpenError,
    connection_lost_reason,
    is_busy,
    is_disk_full,
    is_driver_error,
)
from annotator.db.tables import annotator, setting
from annotator.db.types import utcnow
from annotator.store import AnnotationStore


def _raw_error(call) -> BaseException:
    """The driver's own error that ``call`` raises (inside SQLAlchemy's, if wrapped)."""
    with pytest.raises(Exception) as caught:
        call()
    error = caught.value
    return error.orig if isinstance(error, DBAPIError) else error


def test_the_dialect_is_chosen_from_the_url_once(store: AnnotationStore, db_target: str) -> None:
    dialect = store.database.dialect
    expected = PostgreSQLDialect if db_target.startswith("postgresql") else SQLiteDialect
    assert isinstance(dialect, expected) and store.database.backend == dialect.name
    with store.database.read_connection() as conn:
        assert dialect_of(conn) is dialect  # the same object wherever it is asked for


def test_the_upsert_inserts_then_updates(store: AnnotationStore) -> None:
    dialect = store.database.dialect
    for value in ("one", "two"):
        with store.database.write_connection() as conn:
            now = utcnow()
            conn.execute(
                dialect.insert(setting)
                .values(name="x", value=value, updated_at=now)
                .on_conflict_do_update(index_elements=["name"], set_={"value": value, "updated_at": now})
            )
    with store.database.write_connection() as conn:
        conn.execute(
            dialect.insert(annotator)
            .values(name="alice", created_at=utcnow())
            .on_conflict_do_nothing(index_elements=["name"])
        )
        conn.execute(
            dialect.insert(annotator)
            .values(name="alice", created_at=utcnow())
            .on_conflict_do_nothing(index_elements=["name"])
        )
    with store.database.read_connection() as conn:
        assert conn.execute(select(setting.c.value).where(setting.c.name == "x")).scalars().all() == ["two"]
        assert conn.execute(select(annotator.c.name)).scalars().all() == ["alice"]


def test_a_unique_violation_is_classified_by_its_code(store: AnnotationStore) -> None:
    raw = store.database.raw_connection(disk_full="full")
    r = store.database.dialect.mark
    try:
        with raw.transaction() as cursor:
            cursor.execute(
                f"INSERT INTO annotator (name, created_at) VALUES ({r}, {r})",
                ("bob", store.database.dialect.stamp(utcnow())),
            )

        def twice() -> None:
            with raw.transaction() as cursor:
                cursor.execute(
                    f"INSERT INTO annotator (name, created_at) VALUES ({r}, {r})",
                    ("bob", store.database.dialect.stamp(utcnow())),
                )

        error = _raw_error(twice)
    finally:
        raw.close()
    assert is_driver_error(error)
    assert store.database.dialect.classify(error) is ErrorKind.INTEGRITY and kind_of(error) is ErrorKind.INTEGRITY
    assert not is_busy(error) and not is_disk_full(error)


def _hold_write_lock(store: AnnotationStore, db_target: str):
    """Another session holding the lock a label write needs, until released."""
    if db_target.startswith("postgresql"):
        import psycopg

        holder = psycopg.connect(db_target.replace("postgresql+psycopg://", "postgresql://", 1))
        holder.execute("SELECT * FROM setting FOR UPDATE")
        return holder.close  # closing rolls back
    holder = sqlite3.connect(db_target, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")

    def release() -> None:
        holder.execute("ROLLBACK")
        holder.close()

    return release


def test_a_lock_not_granted_in_time_is_busy(db_target: str, monkeypatch) -> None:
    monkeypatch.setattr(SQLiteDialect, "lock_timeout_seconds", 1)
    monkeypatch.setattr(PostgreSQLDialect, "lock_timeout_seconds", 1)
    store = AnnotationStore.open(db_target)
    store.set_blind(True)  # a row to lock
    release = _hold_write_lock(store, db_target)
    try:
        # The write lock as the bulk writers take it (SQLite: BEGIN IMMEDIATE;
        # PostgreSQL: the row lock of a read that will change the row).
        raw = store.database.raw_connection(disk_full="full")
        lock = store.database.dialect.row_lock()

        def write() -> None:
            with raw.transaction() as cursor:
                cursor.execute(f"SELECT value FROM setting{lock}")

        error = _raw_error(write)
        raw.close()
        assert store.database.dialect.classify(error) is ErrorKind.BUSY and is_busy(error)
        # And the same through a SQLAlchemy write transaction: one line saying busy.
        with pytest.raises(BusyError, match=r"the database is busy: .* more than 1 s; nothing was changed"):
            with store.database.write_connection() as conn:
                conn.exec_driver_sql("UPDATE setting SET value = 'off'")
    finally:
        release()
        store.close()


def test_sqlite_full_disk_is_classified_by_its_code(db_path: Path) -> None:
    store = AnnotationStore.open(db_path)
    raw = store.database.raw_connection(disk_full="the disk is full here")
    try:
        raw.read("PRAGMA max_page_count = 1", ())  # clamped to the current size: the file cannot grow

        def grow() -> None:
            with raw.transaction() as cursor:
                cursor.executemany(
                    "INSERT INTO setting (name, value, updated_at) VALUES (?, ?, ?)",
                    [(f"n{i}", "x" * 4000, "2020-01-01 00:00:00.000000") for i in range(50)],
                )

        error = _raw_error(grow)
    finally:
        raw.close()
        store.close()
    assert str(error) == "the disk is full here"  # DiskFullError, the driver's error its cause
    driver = error.__cause__
    assert isinstance(driver, sqlite3.Error) and driver.sqlite_errorcode & 0xFF == sqlite3.SQLITE_FULL
    assert SQLiteDialect().classify(driver) is ErrorKind.DISK_FULL and is_disk_full(error)


def test_sqlite_codes_not_messages_decide() -> None:
    dialect = SQLiteDialect()
    locked = sqlite3.OperationalError("some words")
    locked.sqlite_errorcode = sqlite3.SQLITE_BUSY_SNAPSHOT  # an extended code: its low byte is SQLITE_BUSY
    assert dialect.classify(locked) is ErrorKind.BUSY
    assert dialect.classify(sqlite3.OperationalError("database is locked")) is None  # words alone say nothing
    assert PostgreSQLDialect().classify(locked) is None and not is_driver_error(ValueError("x"))


@pytest.mark.parametrize("db_target", ["postgresql"], indirect=True)
def test_postgresql_disk_full_and_lost_connection_are_classified_by_sqlstate(
    store: AnnotationStore, db_target: str
) -> None:
    import psycopg

    raw = store.database.raw_connection(disk_full="the disk is full here")
    try:

        def server_says_disk_full() -> None:
            with raw.transaction() as cursor:  # what the server sends when it cannot extend a file
                cursor.execute(
                    "DO $$ BEGIN RAISE EXCEPTION 'could not extend file' USING ERRCODE = 'disk_full'; END $$"
                )

        error = _raw_error(server_says_disk_full)
        assert str(error) == "the disk is full here" and error.__cause__.sqlstate == "53100"
        assert store.database.dialect.classify(error.__cause__) is ErrorKind.DISK_FULL and is_disk_full(error)

        pid = raw.read("SELECT pg_backend_pid()", ())[0][0]
        with psycopg.connect(db_target.replace("postgresql+psycopg://", "postgresql://", 1), autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))

        def after_the_server_ended_the_session() -> None:
            raw.read("SELECT 1", ())

        lost = _raw_error(after_the_server_ended_the_session)
    finally:
        try:
            raw.close()
        except Exception:
            pass
    assert store.database.dialect.classify(lost) is ErrorKind.CONNECTION_LOST
    assert connection_lost_reason(lost) is not None and not is_busy(lost)


@pytest.mark.parametrize("url", ["mysql+pymysql://team:s3cret@db.example/annotations", "oracle://scott@db/orcl"])
def test_an_unknown_engine_is_refused_with_one_line(url: str) -> None:
    from typer.testing import CliRunner

    from annotator.cli import app

    with pytest.raises(DatabaseOpenError) as refused:
        open_database(url)
    message = str(refused.value)
    assert "\n" not in message and "is not supported" in message and "s3cret" not in message
    assert "sqlite or postgresql" in message
    result = CliRunner().invoke(app, ["--db", url, "articles"])
    assert result.exit_code == 1 and result.stderr.strip().splitlines() == [f"error: {message}"]


def test_concurrent_upserts_lose_nothing(store: AnnotationStore) -> None:
    """The dialect's upsert under concurrency: every writer's reviewer row
    is there once, whatever the interleaving."""
    names = [f"r{i % 5}" for i in range(40)]
    errors: list[BaseException] = []

    def add(name: str) -> None:
        try:
            with store.database.write_connection() as conn:
                conn.execute(
                    store.database.dialect.insert(annotator)
                    .values(name=name, created_at=utcnow())
                    .on_conflict_do_nothing(index_elements=["name"])
                )
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=add, args=(name,)) for name in names]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    with store.database.read_connection() as conn:
        assert sorted(conn.execute(select(annotator.c.name)).scalars()) == [f"r{i}" for i in range(5)]


class _LockedThenFree:
    """A cursor whose WAL switch finds the file locked ``locked`` times first."""

    def __init__(self, locked: int, message: str = "database is locked") -> None:
        self.locked, self.message, self.calls = locked, message, 0

    def execute(self, sql: str) -> None:
        self.calls += 1
        if self.calls <= self.locked:
            raise sqlite3.OperationalError(self.message)


def test_the_wal_switch_waits_out_another_processs_lock() -> None:
    cursor = _LockedThenFree(3)
    switch_to_wal(cursor, timeout=5, pause=0)
    assert cursor.calls == 4


def test_the_wal_switch_gives_up_after_the_timeout_and_raises_other_errors_at_once() -> None:
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        switch_to_wal(_LockedThenFree(10**9), timeout=0.05, pause=0.001)
    broken = _LockedThenFree(1, "disk I/O error")
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        switch_to_wal(broken, timeout=5, pause=0)
    assert broken.calls == 1
