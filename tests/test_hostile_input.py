"""A corpus of hostile input, for `import`, `import-labels` and the database
itself: each gets a clear one-line error or is handled correctly, nothing
partial lands, and the exit code says so."""

from __future__ import annotations

import codecs
import errno
import io
import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from annotator.db.models import Article, Sentence
from annotator.store import AnnotationStore
from tests.conftest import SAMPLES, write

GOOD = "A good story\nIt has one sentence."


def hostile_files(folder: Path) -> dict[str, tuple[Path, str | None]]:
    """name -> (path, expected rejection reason, or None when it imports)."""
    big = folder / "no_newline_50mb.txt"
    with big.open("w", encoding="utf-8") as handle:
        chunk = "The council met again and talked about the water plan " * 1000
        for _ in range(50_000_000 // len(chunk) + 1):
            handle.write(chunk)
    jsonl_lines = [json.dumps({"title": f"Feed {i}", "text": f"Feed {i}\nItem {i} happened."}) for i in range(1, 11)]
    jsonl_lines[6] = '{"title": "broken", "text": '
    return {
        "binary": (write(folder / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary file, not text"),
        "invalid utf-8": (
            write(folder / "latin1.txt", "Ça va\nOui.".encode("latin-1")),
            "not UTF-8 text (invalid byte at offset 0)",
        ),
        "utf-8 bom": (write(folder / "bom.txt", codecs.BOM_UTF8 + b"BOM story\nFine."), None),
        "utf-16": (write(folder / "utf16.txt", "UTF-16 story\nFine too.".encode("utf-16")), None),
        "crlf": (write(folder / "crlf.txt", b"CRLF story\r\nLine two.\r\n"), None),
        "lone cr": (write(folder / "cr.txt", b"CR story\rLine two.\r"), None),
        "empty": (write(folder / "empty.md", b""), "empty file"),
        "whitespace": (write(folder / "blank.txt", b" \n\t\n  "), "empty file"),
        "50 MB, no newline": (big, None),
        "jsonl broken on line 7": (
            write(folder / "feed.jsonl", "\n".join(jsonl_lines) + "\n"),
            "malformed JSON on line 7: Expecting value",
        ),
        "csv without text": (
            write(folder / "notext.csv", b"title,body\nA,B\n"),
            "no 'text' column (columns: title, body)",
        ),
        "csv unterminated quote": (
            write(folder / "quote.csv", b'text\n"never closed,\n'),
            "malformed CSV in the row starting on line 2: unexpected end of data",
        ),
        "control and right-to-left": (
            write(folder / "rtl.txt", "RTL story\nقال المتحدث: \u202eالماء\u202c آمن.\x07 Bell gone."),
            None,
        ),
        "same article twice": (write(folder / "copy_of_good.txt", GOOD), None),
    }


def test_hostile_corpus(cli, tmp_path: Path, store) -> None:
    folder = tmp_path / "hostile"
    folder.mkdir()
    write(folder / "good.txt", GOOD)
    cases = hostile_files(folder)
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    result = cli("import", folder, tmp_path / "does-not-exist.txt", "--json")
    assert result.code == 1
    doc = result.json()
    reasons = {Path(r["path"]).name: r["reason"] for r in doc["rejected"]}
    for name, (path, reason) in cases.items():
        if reason is None:
            assert path.name not in reasons, (name, reasons.get(path.name))
        else:
            assert reasons.pop(path.name) == reason, name
    assert reasons == {
        "feed.jsonl": reasons.get("feed.jsonl"),
        "does-not-exist.txt": "no such file or folder",
    } or reasons == {"does-not-exist.txt": "no such file or folder"}
    # Every rejection is one stderr line naming the file; no traceback.
    assert len(result.stderr.strip().splitlines()) == len(doc["rejected"]) and "Traceback" not in result.stderr
    imported = {a["title"] for a in doc["imported"]}
    assert {"BOM story", "UTF-16 story", "CRLF story", "CR story", "RTL story", "A good story"} <= imported
    assert sum(1 for a in doc["imported"] if a["title"].startswith("Feed")) == 9  # line 7 alone is rejected
    assert [a["title"] for a in doc["already_imported"]] == ["A good story"]  # the copy
    with store.database.read() as session:
        texts = session.scalars(select(Sentence.text)).all()
        assert all("\x07" not in t and "\r" not in t for t in texts)
        assert any("قال المتحدث" in t for t in texts)
        big = session.execute(select(Article.id).where(Article.title.startswith("The council met again"))).scalar_one()
        longest = session.scalar(select(func.max(func.length(Sentence.text))).where(Sentence.article_id == big))
        assert longest <= 2000


def test_unreadable_files_and_folders_are_reported(cli, tmp_path: Path, monkeypatch) -> None:
    # Permission bits do not stop root (CI runs as root), so the refusal is simulated.
    folder = tmp_path / "in"
    secret = write(folder / "secret.txt", GOOD)
    write(folder / "open.txt", "Open story\nFine.")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = cli("import", folder)
    assert result.code == 1
    assert result.stderr.strip() == f"error: {secret}: cannot read: permission denied"


def test_import_labels_hostile_files(cli, tmp_path: Path) -> None:
    cli("import", SAMPLES)
    cases = {
        write(tmp_path / "bin.csv", b"\x00\x01"): "binary file, not text",
        write(
            tmp_path / "latin.csv", "article_uid,café".encode("latin-1")
        ): "not UTF-8 text (invalid byte at offset 15)",
        write(tmp_path / "empty.jsonl", b"  \n"): "empty file",
        write(
            tmp_path / "quote.csv", b'article_uid,sentence_index,sentence,annotator,label\n"x,1\n'
        ): "malformed CSV in the row starting on line 2: unexpected end of data",
    }
    for path, reason in cases.items():
        result = cli("import-labels", path)
        assert (result.code, result.stderr.strip()) == (1, f"error: {path}: {reason}")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: Path("/proc/annotator-test/labels.db"), "folder /proc/annotator-test does not exist"),
        (lambda d: Path("/proc/labels.db"), "cannot open the database file (check the path and permissions)"),
        (
            lambda d: write(d / "notes.db", b"just some notes, not a database" * 100),
            "not a SQLite database, or it is damaged",
        ),
        (lambda d: _corrupted(d), "not a SQLite database, or it is damaged"),
        (lambda d: d, "is a folder, not a database file"),
    ],
    ids=["missing folder", "read-only place", "not a database", "corrupted", "a folder"],
)
def test_database_problems_are_one_line(tmp_path: Path, make, message: str) -> None:
    from typer.testing import CliRunner

    from annotator.cli import app

    target = make(tmp_path)
    result = CliRunner().invoke(app, ["--db", str(target), "articles"])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and lines[0].endswith(message), lines


def _corrupted(folder: Path) -> Path:
    path = folder / "damaged.db"
    store = AnnotationStore.open(path)
    from annotator.ingest import import_paths

    import_paths(store, [SAMPLES])
    store.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[100 : 4096 * 3] = b"\xff" * (4096 * 3 - 100)  # wipe the schema pages
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return path


def test_a_newer_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from annotator.cli import app

    path = tmp_path / "future.db"
    AnnotationStore.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    before = path.read_bytes()
    result = CliRunner().invoke(app, ["--db", str(path), "import", str(SAMPLES)])
    assert result.exit_code == 1
    assert "made by a newer version of annotator (schema 0099_future)" in result.stderr
    assert path.read_bytes() == before
    shutil.rmtree(tmp_path, ignore_errors=True)


# --- a full disk under the database ----------------------------------------------------------


@pytest.fixture
def exporter(db_path: Path):
    """A SQLite database with the samples and one label, and a function that
    runs ``annotator export`` on it."""
    from typer.testing import CliRunner

    from annotator.cli import app
    from annotator.db.labels import Label
    from annotator.ingest import import_paths

    store = AnnotationStore.open(db_path)
    import_paths(store, [SAMPLES])
    store.set_label(1, "alice", Label.SOURCED)
    store.close()

    def run(*args: object):
        return CliRunner().invoke(app, ["--db", str(db_path), "export", *map(str, args)])

    return run


def _one_error_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 1 and len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def _database_fills_up(monkeypatch) -> None:
    """SQLite refuses to grow the database file: its own "database or disk is full"."""
    from sqlalchemy import event

    from annotator.db.dialects import SQLiteDialect

    real = SQLiteDialect.create_engine

    def full(self, url):
        made = real(self, url)

        @event.listens_for(made, "connect")
        def _no_room(dbapi_connection, _record) -> None:
            dbapi_connection.execute("PRAGMA max_page_count = 1")  # clamped to the current size

        return made

    monkeypatch.setattr(SQLiteDialect, "create_engine", full)


def test_a_full_disk_during_import_is_one_line(db_path: Path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from annotator.cli import app

    AnnotationStore.open(db_path).close()
    _database_fills_up(monkeypatch)
    result = CliRunner().invoke(app, ["--db", str(db_path), "import", str(SAMPLES)])
    line = _one_error_line(result)
    assert "the disk is full" in line and "cannot rollback" not in line


def test_a_full_disk_during_import_labels_is_one_line(exporter, db_path: Path, tmp_path: Path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from annotator.cli import app
    from annotator.db.labels import Label
    from annotator.ingest import import_paths

    store = AnnotationStore.open(db_path)
    for sentence_id in range(1, 21):  # long notes: the merge has to grow the database
        store.set_label(sentence_id, "alice", Label.OPINION, note=f"note {sentence_id} " + "x" * 3000)
    store.close()
    out = tmp_path / "labels.csv"
    assert exporter(out).exit_code == 0
    fresh = tmp_path / "fresh.db"
    store = AnnotationStore.open(fresh)
    import_paths(store, [SAMPLES])
    store.close()
    _database_fills_up(monkeypatch)
    line = _one_error_line(CliRunner().invoke(app, ["--db", str(fresh), "import-labels", str(out)]))
    assert "the disk is full" in line


def test_sqlite_rolling_back_by_itself_does_not_hide_a_full_disk(db_path: Path) -> None:
    from annotator.db.bulk import ArticleInserter
    from annotator.db.errors import DiskFullError

    store = AnnotationStore.open(db_path)
    inserter = ArticleInserter(store.database)
    try:
        with pytest.raises(DiskFullError, match="the disk is full"):
            with inserter.transaction() as cursor:
                # What SQLite does itself when a COMMIT finds the disk full: the
                # transaction is gone, and a ROLLBACK then fails with "cannot rollback".
                cursor.execute("ROLLBACK")
                full = sqlite3.OperationalError("database or disk is full")
                full.sqlite_errorcode = sqlite3.SQLITE_FULL  # as sqlite3 raises it
                raise full
    finally:
        inserter.close()
        store.close()


# --- export targets: only a new path or a regular file is written --------------------------


def _parts(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.endswith(".part"))


def test_export_refuses_a_symlink_and_leaves_its_target_alone(exporter, tmp_path: Path) -> None:
    precious = write(tmp_path / "precious.txt", "keep me")
    link = tmp_path / "out.csv"
    link.symlink_to(precious)
    line = _one_error_line(exporter(link))
    assert line.startswith(f"error: {link}: is a symbolic link")
    assert link.is_symlink() and precious.read_text() == "keep me" and _parts(tmp_path) == []


@pytest.mark.parametrize("dangling", [False, True], ids=["to a file", "dangling"])
def test_export_refuses_a_manifest_symlink_before_writing_anything(exporter, tmp_path: Path, dangling: bool) -> None:
    pointee = tmp_path / "elsewhere" / "victim.json"
    pointee.parent.mkdir()
    if not dangling:
        pointee.write_text("keep me")
    out = tmp_path / "out.csv"
    manifest = tmp_path / "out.csv.manifest.json"
    manifest.symlink_to(pointee)
    line = _one_error_line(exporter(out, "--manifest"))
    assert line.startswith(f"error: {manifest}: is a symbolic link")
    assert not out.exists() and manifest.is_symlink() and _parts(tmp_path) == []
    assert (pointee.read_text() == "keep me") if not dangling else not pointee.exists()


def test_export_refuses_special_files_and_folders(exporter, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    assert _one_error_line(exporter(fifo)).startswith(f"error: {fifo}: is a device or special file")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    assert _one_error_line(exporter(folder)).startswith(f"error: {folder}: is a folder")
    (tmp_path / "data.csv.manifest.json").mkdir()
    line = _one_error_line(exporter(tmp_path / "data.csv", "--manifest"))
    assert line.startswith(f"error: {tmp_path / 'data.csv.manifest.json'}: is a folder")
    assert not (tmp_path / "data.csv").exists() and _parts(tmp_path) == []


def test_device_nodes_are_refused_without_touching_them() -> None:
    # Checked without exporting: a regression must not replace /dev/null on the machine running the tests.
    from annotator.exports.target import TargetRefused, check_target

    with pytest.raises(TargetRefused, match="is a device or special file"):
        check_target(Path("/dev/null"))
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


def test_export_replaces_a_regular_file_and_keeps_its_permissions(exporter, tmp_path: Path) -> None:
    out = write(tmp_path / "out.csv", "old")
    out.chmod(0o640)
    assert exporter(out, "--manifest").exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("article_uid,")
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert (tmp_path / "out.csv.manifest.json").is_file() and _parts(tmp_path) == []


def test_a_link_planted_while_exporting_is_refused_too(exporter, tmp_path: Path, monkeypatch) -> None:
    from annotator import exporting

    precious = write(tmp_path / "precious.txt", "keep me")
    out = tmp_path / "out.csv"
    real = exporting.write_export

    def planting(source, handle, **kwargs):
        out.symlink_to(precious)  # someone else, after the checks
        return real(source, handle, **kwargs)

    monkeypatch.setattr(exporting, "write_export", planting)
    assert _one_error_line(exporter(out)).startswith(f"error: {out}: is a symbolic link")
    assert out.is_symlink() and precious.read_text() == "keep me" and _parts(tmp_path) == []


# --- killed exports, full disks --------------------------------------------------------------

_DYING_EXPORT = """
import os, signal, sys, time
from pathlib import Path
from annotator import exporting
from annotator.cli import app

def dying(source, out, **kwargs):
    out.write("article_uid,partial\\r\\n")
    out.flush()
    if sys.argv[3] == "wait":
        while not Path("go").exists():
            time.sleep(0.05)
        out.write("done\\r\\n")
        return exporting.ExportResult(format="long", columns=[])
    os.kill(os.getpid(), getattr(signal, sys.argv[3]))
    time.sleep(30)

exporting.write_export = dying
app(["--db", sys.argv[1], "export", sys.argv[2], "--manifest"], prog_name="annotator")
"""


def _export_process(db_path: Path, out: Path, how: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", _DYING_EXPORT, str(db_path), str(out), how],
        cwd=out.parent,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_a_killed_exports_part_file_is_removed_by_the_next_export(exporter, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    killed = _export_process(db_path, out, "SIGKILL")
    assert killed.wait(timeout=60) == -signal.SIGKILL
    assert len(_parts(tmp_path)) == 1  # what a kill leaves behind
    assert exporter(out).exit_code == 0
    assert _parts(tmp_path) == [] and out.read_text(encoding="utf-8").startswith("article_uid,")


def test_a_terminated_export_removes_its_own_part_file(exporter, db_path: Path, tmp_path: Path) -> None:
    terminated = _export_process(db_path, tmp_path / "out.csv", "SIGTERM")
    assert terminated.wait(timeout=60) != 0
    assert _parts(tmp_path) == [] and not (tmp_path / "out.csv").exists()


def test_a_running_exports_part_file_is_left_alone(exporter, db_path: Path, tmp_path: Path) -> None:
    import time

    out = tmp_path / "out.csv"
    running = _export_process(db_path, out, "wait")
    try:
        deadline = time.monotonic() + 60
        while not _parts(tmp_path) and time.monotonic() < deadline:
            time.sleep(0.05)
        held = _parts(tmp_path)
        assert len(held) == 1
        assert exporter(tmp_path / "out.csv").exit_code == 0
        assert _parts(tmp_path) == held  # another export's file in progress is not ours to remove
    finally:
        (tmp_path / "go").touch()
        assert running.wait(timeout=60) == 0
    assert _parts(tmp_path) == [] and out.read_bytes() == b"article_uid,partial\r\ndone\r\n"


class _FullDiskFile:
    """A file whose writes fail as on a full disk."""

    def __init__(self, handle) -> None:
        self._handle = handle

    def write(self, _data) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name: str):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._handle.close()


def _fill_disk_for(monkeypatch, matches) -> None:
    """Writes to files whose name ``matches`` fail with ENOSPC."""
    real_open = io.open

    def opening(file, *args, **kwargs):
        handle = real_open(file, *args, **kwargs)
        name = os.readlink(f"/proc/self/fd/{file}") if isinstance(file, int) else os.fspath(file)
        return _FullDiskFile(handle) if matches(str(name)) else handle

    monkeypatch.setattr(io, "open", opening)


@pytest.mark.parametrize("filling", ["data", "manifest"])
def test_a_full_disk_during_export_is_one_line_and_changes_nothing(
    exporter, tmp_path: Path, monkeypatch, filling: str
) -> None:
    out = write(tmp_path / "out.csv", "old data")
    manifest = tmp_path / "out.csv.manifest.json"
    if filling == "data":
        _fill_disk_for(monkeypatch, lambda name: "out.csv" in name and "manifest" not in name)
    else:
        _fill_disk_for(monkeypatch, lambda name: "manifest.json" in name)
    line = _one_error_line(exporter(out, "--manifest"))
    assert line.startswith(f"error: {out}: the disk is full")
    assert out.read_text() == "old data" and not manifest.exists() and _parts(tmp_path) == []
