"""Exported files get the permissions the user's umask says (a data set is
shared as any other file the user makes); a file that is replaced keeps its
own."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annotator.cli import app
from tests.conftest import SAMPLES


@pytest.fixture
def exported(db_path: Path):
    """Run ``export OUT --manifest`` under a given umask (restored after)."""
    runner = CliRunner()
    assert runner.invoke(app, ["--db", str(db_path), "import", str(SAMPLES)]).exit_code == 0
    assert runner.invoke(app, ["--db", str(db_path), "label", "2", "sourced", "-a", "alice"]).exit_code == 0

    def run(out: Path, umask: int) -> tuple[int, int]:
        old = os.umask(umask)
        try:
            result = runner.invoke(app, ["--db", str(db_path), "export", str(out), "--manifest"])
        finally:
            os.umask(old)
        assert result.exit_code == 0, result.stderr
        manifest = out.with_name(out.name + ".manifest.json")
        return stat.S_IMODE(out.stat().st_mode), stat.S_IMODE(manifest.stat().st_mode)

    return run


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_new_files_follow_the_umask(exported, tmp_path: Path, umask: int, mode: int) -> None:
    assert exported(tmp_path / "labels.csv", umask) == (mode, mode)


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_a_replaced_file_keeps_its_mode(exported, tmp_path: Path, umask: int) -> None:
    out = tmp_path / "labels.csv"
    out.write_text("old\n")
    out.chmod(0o640)
    manifest = tmp_path / "labels.csv.manifest.json"
    manifest.write_text("{}\n")
    manifest.chmod(0o604)
    assert exported(out, umask) == (0o640, 0o604)
    assert out.read_text().startswith("article_uid,")
