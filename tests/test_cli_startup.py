"""Everyday commands load only what they use: no ORM, pydantic, Textual,
numpy, lemminflect, rapidfuzz, pandas or Alembic (each costs start-up time;
bench/cli_bench.py measures it), and an up-to-date database is not
migrated."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

ROOT = Path(__file__).resolve().parents[1]
HEAVY = (
    "sqlmodel",
    "pydantic",
    "sqlalchemy.orm",
    "textual",
    "numpy",
    "lemminflect",
    "rapidfuzz",
    "pandas",
    "alembic",
    "sentencex",
)

# Runs the command line as the console script does, then says which heavy
# modules it loaded (at os._exit too: most commands leave without teardown).
PROBE = f"""
import atexit, os, sys
def report():
    print("LOADED", *[m for m in {HEAVY!r} if m in sys.modules], file=sys.stderr)
    sys.stderr.flush()
atexit.register(report)
_exit = os._exit
os._exit = lambda code: (report(), _exit(code))
sys.argv = ["annotator", *sys.argv[1:]]
from annotator.cli_process import main
main()
"""


def run(*args: str, cwd: Path) -> tuple[int, set[str], str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={"PATH": "/usr/bin:/bin", "ANNOTATOR_NAME": "tester", "HOME": str(cwd)},
    )
    loaded = next(line for line in done.stderr.splitlines() if line.startswith("LOADED"))
    return done.returncode, set(loaded.split()[1:]), done.stderr


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("startup")
    code, _, err = run("--db", str(folder / "t.db"), "import", str(SAMPLES), cwd=folder)
    assert code == 0, err
    (folder / "rows.csv").write_text("sentence_id,label,note\n3,opinion,\n4,sourced,named\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "args",
    [
        ["label", "3", "sourced"],
        ["label", "3", "none", "--note", "checked"],
        ["articles"],
        ["articles", "--json"],
        ["sentences", "1"],
        ["hints", "1"],
        ["export", "out.csv"],
        ["export", "-", "--format", "wide"],
        ["label", "--from", "rows.csv"],
    ],
    ids=" ".join,
)
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


def test_commands_that_exit_quickly_keep_their_output_and_exit_code(database: Path) -> None:
    """They leave without Python's teardown: everything printed is there."""
    db = str(database / "t.db")
    base = [sys.executable, "-m", "annotator", "--db", db]
    env = {"PATH": "/usr/bin:/bin", "ANNOTATOR_NAME": "tester", "HOME": str(database)}
    listed = subprocess.run([*base, "sentences", "1", "--json"], capture_output=True, text=True, env=env, cwd=database)
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 17
    exported = subprocess.run(
        [*base, "export", "-", "--format", "jsonl"], capture_output=True, text=True, env=env, cwd=database
    )
    assert exported.returncode == 0 and exported.stderr.startswith("Exported ")
    assert all(json.loads(line) for line in exported.stdout.splitlines())
    (database / "bad.csv").write_text("sentence_id,label\n3,opinion\n99999,sourced\n", encoding="utf-8")
    batch = subprocess.run([*base, "label", "--from", "bad.csv"], capture_output=True, text=True, env=env, cwd=database)
    assert batch.returncode == 1
    assert batch.stderr == "error: bad.csv:3: sentence 99999 does not exist\n"
    assert batch.stdout.endswith("rejected.\n")
    usage = subprocess.run([*base, "label", "3", "--zzz"], capture_output=True, text=True, env=env, cwd=database)
    assert usage.returncode == 2 and usage.stderr.startswith("error: no such option")
