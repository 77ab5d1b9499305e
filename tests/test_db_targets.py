"""What ``--db`` (and ``ANNOTATOR_DB``) may name, and what every other value
gets: one line, no traceback, no password, no stray file."""

from __future__ import annotations

import json
import socket
import sqlite3
import traceback
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annotator.cli import app
from annotator.db.urls import resolve_url
from annotator.ingest import import_paths
from annotator.store import AnnotationStore
from tests.conftest import SAMPLES


def closed_port() -> int:
    """A local port nothing listens on (connections to it are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def invoke(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(app, list(args), env=env)


def one_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 1 and len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


# --- passwords -------------------------------------------------------------------------------
PASSWORD_FORMS = {
    "after the user name": "postgresql://u:SECRET@127.0.0.1:{port}/db",
    "as a query parameter": "postgresql://u@127.0.0.1:{port}/db?password=SECRET",
    "as a query parameter, among others": "postgresql+psycopg://u@127.0.0.1:{port}/db?sslmode=disable&password=SECRET",
    "both, and the key's password": "postgresql://u:SECRET@127.0.0.1:{port}/db?sslpassword=SECRET&password=SECRET",
    "with an @ in it": "postgresql://u:SECRET@SECRET@127.0.0.1:{port}/db",
    "with @ in the user name too": "postgresql://u@corp:SECRET@SECRET@127.0.0.1:{port}/db",
    "percent-encoded @": "postgresql://u:SECRET%40SECRET@127.0.0.1:{port}/db",
    "with a non-numeric port": "postgresql://u:SECRET@SECRET@127.0.0.1:abc/db?password=SECRET",
    "in a URL that cannot be read": "post-gres://u:SECRET@SECRET@127.0.0.1:{port}/db?password=SECRET",
}


@pytest.mark.parametrize("form", PASSWORD_FORMS.values(), ids=PASSWORD_FORMS.keys())
@pytest.mark.parametrize("debug", [False, True], ids=["plain", "debug"])
def test_a_password_is_never_shown(form: str, debug: bool) -> None:
    url = form.format(port=closed_port())
    result = invoke(*(["--debug"] if debug else []), "--db", url, "articles")
    shown = result.stdout + result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        shown += "".join(traceback.format_exception(result.exception))  # what --debug prints
    assert result.exit_code != 0
    assert "SECRET" not in shown, shown
    if not debug:
        line = one_line(result)
        assert "***" in line or "password" not in form


def test_a_password_with_an_at_sign_is_read_whole() -> None:
    url = resolve_url("postgresql://u@corp:p@ss:w@rd@db.example:5433/annotations?password=x@y")
    assert (url.username, url.password, url.host, url.port, url.database) == (
        "u@corp",
        "p@ss:w@rd",
        "db.example",
        5433,
        "annotations",
    )
    assert url.query["password"] == "x@y"


def test_a_password_with_an_at_sign_connects(postgres_server) -> None:
    name = "at_sign_password"
    postgres_server.psql(f"CREATE DATABASE {name};")
    uri = postgres_server.get_uri(name)  # postgresql://postgres:@/name?host=/socket/folder
    with_at = uri.replace("postgres:@", "postgres:p@ss@", 1)
    result = invoke("--db", with_at, "import", str(SAMPLES))
    assert result.exit_code == 0, result.stderr
    assert "p@ss" not in result.stdout + result.stderr


def test_a_non_numeric_port_is_one_line() -> None:
    line = one_line(invoke("--db", "postgresql://u@db.example:abc/annotations", "articles"))
    assert line == "error: --db: 'postgresql://u@db.example:abc/annotations': the port is not a number"


# --- SQLite targets ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "target",
    [
        "sqlite://",
        "sqlite:///:memory:",
        ":memory:",
        "sqlite:///file::memory:?uri=true",
        "sqlite:///file:x?mode=memory&uri=true",
    ],
)
def test_in_memory_databases_are_refused(target: str, tmp_path: Path) -> None:
    result = invoke("--db", target, "import", str(SAMPLES))
    assert "in-memory database vanishes" in one_line(result)
    assert result.stdout == ""  # nothing reported as imported
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("target", ["-", "notes", "annotations", " - "])
def test_a_bare_word_or_dash_creates_nothing(target: str, tmp_path: Path) -> None:
    line = one_line(invoke("--db", target, "import", str(SAMPLES)))
    assert target.strip() in line
    assert list(tmp_path.iterdir()) == []


def test_a_bare_word_from_the_environment_is_named(tmp_path: Path) -> None:
    line = one_line(invoke("articles", env={"ANNOTATOR_DB": "notes"}))
    assert line.startswith("error: ANNOTATOR_DB 'notes': not a database file name")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("target", ["./notes", "notes.db", "notes.SQLITE", "notes.sqlite3", "sub/notes"])
def test_paths_that_look_like_files_are_created(target: str, tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    result = invoke("--db", target, "articles")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / target).is_file()


def test_an_existing_database_may_have_any_name(tmp_path: Path) -> None:
    AnnotationStore.open(tmp_path / "notes.db").close()
    (tmp_path / "notes.db").rename(tmp_path / "notes")
    assert invoke("--db", "notes", "articles").exit_code == 0


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "filled.db"
    store = AnnotationStore.open(path)
    import_paths(store, [SAMPLES])
    store.close()
    return path


def test_read_only_mode_is_honoured(filled: Path) -> None:
    before = filled.read_bytes()
    url = f"sqlite:///{filled}?mode=ro"
    listed = invoke("--db", url, "articles", "--json")
    assert listed.exit_code == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 4
    refused = invoke("--db", url, "label", "1", "opinion", "--annotator", "alice")
    assert "readonly" in one_line(refused)
    with sqlite3.connect(filled) as conn:
        assert conn.execute("SELECT count(*) FROM annotation").fetchone() == (0,)
    assert filled.read_bytes() == before


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("mode=ro", "no such database (mode=ro opens an existing one)"),
        ("mode=rw", "no such database (mode=rw opens an existing one)"),
        ("mode=bogus", "mode must be ro (read-only) or rw (never create)"),
        ("timeout=5", "a SQLite URL takes no option timeout (only mode=ro or mode=rw)"),
    ],
)
def test_sqlite_url_options_are_honoured_or_refused(query: str, message: str, tmp_path: Path) -> None:
    line = one_line(invoke("--db", f"sqlite:///{tmp_path / 'missing.db'}?{query}", "articles"))
    assert line.endswith(message)
    assert list(tmp_path.iterdir()) == []


def test_read_only_needs_a_current_schema(tmp_path: Path) -> None:
    sqlite3.connect(tmp_path / "blank.db").close()
    line = one_line(invoke("--db", f"sqlite:///{tmp_path / 'blank.db'}?mode=ro", "articles"))
    assert line.endswith(
        "opened read-only (mode=ro), but it must be created or upgraded first: open it once without mode=ro"
    )
