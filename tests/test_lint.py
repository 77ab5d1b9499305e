"""The lint and format configured in pyproject.toml ([tool.ruff]) find
nothing: no undefined or unused names, no shadowed imports, no syntax
errors, and every file as ``ruff format`` writes it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHECKED = ["annotator", "db", "exports", "tests", "bench"]


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    return subprocess.run([ruff, *args, *CHECKED], cwd=ROOT, capture_output=True, text=True)


def test_ruff_finds_nothing() -> None:
    result = _ruff("check", "--quiet")
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_file_is_formatted() -> None:
    result = _ruff("format", "--check", "--quiet")
    assert result.returncode == 0, "run `ruff format .`:\n" + result.stdout + result.stderr
