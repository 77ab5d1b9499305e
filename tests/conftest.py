"""Shared fixtures: a fresh database per test, the CLI runner, sample files."""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annotator.cli import app
from annotator.store import AnnotationStore

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "annotator" / "samples" / "articles"
DATA = Path(__file__).parent / "data"
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads the developer's database or name by accident."""
    monkeypatch.delenv("ANNOTATOR_DB", raising=False)
    monkeypatch.setenv("ANNOTATOR_NAME", "tester")
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory: pytest.TempPathFactory):
    """A throwaway PostgreSQL server for the whole run (no service needed)."""
    import pgserver

    server = pgserver.get_server(tmp_path_factory.mktemp("pg"), cleanup_mode="stop")
    yield server
    server.cleanup()


_databases = itertools.count()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_target(request: pytest.FixtureRequest, db_path: Path) -> str:
    """The test's database on each engine: a SQLite file, or a fresh
    PostgreSQL database on the shared throwaway server."""
    if request.param == "sqlite":
        return str(db_path)
    server = request.getfixturevalue("postgres_server")
    name = f"test_{os.getpid()}_{next(_databases)}"
    server.psql(f"CREATE DATABASE {name};")
    return server.get_uri(name).replace("postgresql://", "postgresql+psycopg://", 1)


@pytest.fixture
def store(db_target: str) -> Iterator[AnnotationStore]:
    s = AnnotationStore.open(db_target)
    yield s
    s.close()


@pytest.fixture
def cli(db_target: str) -> Callable[..., CliResult]:
    runner = CliRunner()

    def run(*args: str, env: dict[str, str] | None = None) -> CliResult:
        result = runner.invoke(app, ["--db", db_target, *map(str, args)], env=env)
        return CliResult(result.exit_code, result.stdout, result.stderr, result.exception)

    return run


class CliResult:
    """What a command printed and returned."""

    def __init__(self, code: int, stdout: str, stderr: str, exception: BaseException | None) -> None:
        self.code = code
        self.stdout = stdout
        self.stderr = stderr
        self.exception = exception

    def json(self):
        return json.loads(self.stdout)


def write(path: Path, content: str | bytes) -> Path:
    """Write a test file (text as UTF-8) and return its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.fixture
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("the shared seed corpus is not beside the project")
    return SEEDS
