"""An import killed (SIGKILL) or terminated (SIGTERM) while its worker
processes prepare files takes its workers with it: no process it started
keeps running."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

FILES = 800
PARAGRAPH = "The council said on Monday that the new plant would cost 8.5 million dollars to build. " * 30


def _big_folder(folder: Path) -> Path:
    folder.mkdir()
    for i in range(FILES):
        (folder / f"{i:05d}.txt").write_text(f"Story {i}\n" + (PARAGRAPH + f"Item {i}.\n") * 10, encoding="utf-8")
    return folder


def _children(parent: int) -> set[int]:
    """Live processes whose parent is ``parent`` (zombies count as gone)."""
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            state, ppid = _state(int(entry))
            if ppid == parent and state != "Z":
                found.add(int(entry))
    return found


def _state(pid: int) -> tuple[str | None, int | None]:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return None, None
    return fields[0], int(fields[1])


def _alive(pid: int) -> bool:
    state, _ppid = _state(pid)
    return state not in (None, "Z")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("how", ["SIGKILL", "SIGTERM"])
def test_workers_die_with_a_killed_import(tmp_path: Path, how: str) -> None:
    folder = _big_folder(tmp_path / "big")
    errors = tmp_path / "stderr.txt"
    with errors.open("w") as stderr:
        importer = subprocess.Popen(
            [sys.executable, "-m", "annotator", "--db", str(tmp_path / "t.db"), "import", str(folder)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while len(workers) < 2 and importer.poll() is None and time.monotonic() < deadline:
            workers |= _children(importer.pid)
            time.sleep(0.05)
        time.sleep(0.5)
        workers |= _children(importer.pid)
        assert importer.poll() is None, "the import ended before it could be stopped: make the folder bigger"
        assert len(workers) >= 2, workers  # the worker processes (and multiprocessing's resource tracker)
        importer.send_signal(getattr(signal, how))
        code = importer.wait(timeout=60)
        deadline = time.monotonic() + 15
        while any(map(_alive, workers)) and time.monotonic() < deadline:
            time.sleep(0.1)
        survivors = [pid for pid in workers if _alive(pid)]
        assert survivors == []
        if how == "SIGTERM":
            assert code == 128 + signal.SIGTERM
            assert "Traceback" not in errors.read_text(), errors.read_text()
    finally:
        if importer.poll() is None:
            importer.kill()
            importer.wait()
        for pid in workers:  # started by this test: never left behind, even when it fails
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
