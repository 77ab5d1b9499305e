"""Everyday commands load only what they use: no ORM, pydantic, Textual,
numpy, lemminflect, rapidfuzz, pandas or Alembic (each costs start-up time;
bench/cli_bench.py measures it), and an up-to-date database is not
migrated."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("sqlmodel", "pydantic", "sqlalchemy.orm", "textual", "numpy", "lemminflect", "rapidfuzz", "pandas",
         "alembic", "sentencex")

# Runs the command line in this process, then says which heavy modules it loaded.
PROBE = f"""
import atexit, sys
atexit.register(lambda: print("LOADED", *[m for m in {HEAVY!r} if m in sys.modules], file=sys.stderr))
sys.argv = ["annotator", *sys.argv[1:]]
from annotator.cli import main
main()
"""


def run(*args: str, cwd: Path) -> tuple[int, set[str], str]:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=cwd,
                          env={"PATH": "/usr/bin:/bin", "ANNOTATOR_NAME": "tester", "HOME": str(cwd)})
    loaded = next(line for line in done.stderr.splitlines() if line.startswith("LOADED"))
    return done.returncode, set(loaded.split()[1:]), done.stderr


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("startup")
    code, _, err = run("--db", str(folder / "t.db"), "import", str(SAMPLES), cwd=folder)
    assert code == 0, err
    (folder / "rows.csv").write_text("sentence_id,label,note\n3,opinion,\n4,sourced,named\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("args", [
    ["label", "3", "sourced"],
    ["label", "3", "none", "--note", "checked"],
    ["articles"],
    ["articles", "--json"],
    ["sentences", "1"],
    ["hints", "1"],
    ["export", "out.csv"],
    ["export", "-", "--format", "wide"],
    ["label", "--from", "rows.csv"],
], ids=" ".join)
def test_everyday_commands_load_nothing_heavy(database: Path, args: list[str]) -> None:
    code, loaded, err = run("--db", str(database / "t.db"), *args, cwd=database)
    assert code == 0, err
    assert loaded == set()


def test_hints_with_a_registry_load_the_name_checks(database: Path) -> None:
    db = str(database / "t.db")
    assert run("--db", db, "registry", "add", "Helena Okafor", "--title", "Mayor", cwd=database)[0] == 0
    code, loaded, err = run("--db", db, "hints", "1", cwd=database)
    assert code == 0, err
    assert loaded == {"rapidfuzz"}
