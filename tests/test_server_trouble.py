"""A busy database and a lost server connection: a label write behind a
held lock fails soon with one line saying the database is busy (both
engines); an import whose PostgreSQL connection is lost stops there with one
line saying what was stored and how to finish, and running it again does."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.db.labels import Label
from annotator.ingest import import_paths
from annotator.store import AnnotationStore
from tests.conftest import ROOT, SAMPLES, write


def _driver_url(target: str) -> str:
    return target.replace("postgresql+psycopg://", "postgresql://", 1)


def _one_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert result.code == 1 and len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and "Exception during reset" not in result.stderr
    return lines[0]


def test_a_held_lock_makes_a_label_write_say_busy(cli, db_target: str, monkeypatch) -> None:
    store = AnnotationStore.open(db_target)
    import_paths(store, [SAMPLES])
    store.set_label(1, "alice", Label.SOURCED)
    store.close()
    if db_target.startswith("postgresql"):
        import psycopg

        holder = psycopg.connect(_driver_url(db_target))
        holder.execute("SELECT * FROM annotation FOR UPDATE")  # another reviewer's transaction, left open
    else:
        from annotator.db.dialects import SQLiteDialect

        monkeypatch.setattr(SQLiteDialect, "lock_timeout_seconds", 1)  # SQLite waits 30 s by default
        holder = sqlite3.connect(db_target, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
    try:
        line = _one_line(cli("label", "1", "opinion", "--annotator", "alice"))
        assert line.startswith("error: the database is busy") and "try again" in line, line
    finally:
        holder.rollback() if not isinstance(holder, sqlite3.Connection) else holder.execute("ROLLBACK")
        holder.close()
    assert cli("label", "1", "opinion", "--annotator", "alice").code == 0


@pytest.mark.parametrize("db_target", ["postgresql"], indirect=True)
def test_a_lost_connection_stops_the_import_with_one_line(
    cli, db_target: str, tmp_path: Path, monkeypatch, caplog
) -> None:
    import psycopg

    from annotator import ingest

    folder = tmp_path / "in"
    for i in range(12):
        write(folder / f"{i:02d}.txt", f"Story {i}\nThe council met on day {i}. It voted.")
    real = ingest.prepare_file
    prepared = []

    def prepare_then_lose_the_server(path):
        prepared.append(path)
        if len(prepared) == 4:  # what a server restart does to the import's session
            with psycopg.connect(_driver_url(db_target), autocommit=True) as admin:
                admin.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
        return real(path)

    monkeypatch.setattr(ingest, "prepare_file", prepare_then_lose_the_server)
    line = _one_line(cli("import", folder))
    assert line.startswith("error: lost the connection to the database"), line
    assert "stopped after storing 3 new articles" in line and "run the same import again" in line, line
    assert len(prepared) == 4  # nothing more was tried
    # Nothing logged either (the pool's failed rollback of the lost connection used to print a traceback).
    assert [
        r.getMessage() for r in caplog.records if r.name.startswith("sqlalchemy") and r.levelno >= logging.WARNING
    ] == []

    monkeypatch.setattr(ingest, "prepare_file", real)
    again = cli("import", folder, "--json")
    assert again.code == 0, again.stderr
    doc = again.json()
    assert (len(doc["imported"]), len(doc["already_imported"])) == (9, 3)


@pytest.mark.parametrize("db_target", ["postgresql"], indirect=True)
def test_a_real_import_whose_server_goes_away_prints_one_line(db_target: str, tmp_path: Path) -> None:
    import psycopg

    folder = tmp_path / "in"
    body = "The council met again on Monday. It voted on the plan. " * 20
    for i in range(400):
        write(folder / f"{i:03d}.txt", f"Story {i}\n{body}\nItem {i}.")
    importer = subprocess.Popen(
        [sys.executable, "-m", "annotator", "--db", db_target, "import", str(folder)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        with psycopg.connect(_driver_url(db_target), autocommit=True) as admin:
            deadline = time.monotonic() + 120
            stored = 0
            while stored < 3 and importer.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
                try:
                    stored = admin.execute("SELECT count(*) FROM article").fetchone()[0]
                except psycopg.errors.UndefinedTable:
                    pass
            assert importer.poll() is None, "the import ended first: make the folder bigger"
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        out, err = importer.communicate(timeout=120)
    finally:
        if importer.poll() is None:
            importer.kill()
            importer.communicate()
    assert importer.returncode == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err  # one line, whatever else was running when the server went
    assert lines[0].startswith("error: lost the connection to the database") and "run the same import again" in lines[0]


def test_an_import_behind_a_held_write_lock_stops_at_once_saying_busy(
    db_path: Path, tmp_path: Path, monkeypatch
) -> None:
    from annotator.db.dialects import SQLiteDialect

    AnnotationStore.open(db_path).close()
    folder = tmp_path / "in"
    for i in range(5):
        write(folder / f"{i}.txt", f"Story {i}\nBody {i}.")
    monkeypatch.setattr(SQLiteDialect, "lock_timeout_seconds", 1)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        from typer.testing import CliRunner

        from annotator.cli import app

        result = CliRunner().invoke(app, ["--db", str(db_path), "import", str(folder)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 1 and len(lines) == 1, result.stderr
    assert lines[0].startswith("error: the database stayed busy") and "stopped after storing 0 new articles" in lines[0]
