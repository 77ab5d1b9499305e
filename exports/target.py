"""Where an export lands: a new path or a regular file, replaced in one step.

Nothing is written through what is found at the target: a symbolic link, a
folder, a device node or a pipe is refused, so ``export /dev/null`` or a
planted link cannot make the tool overwrite some other file. The data goes
to a hidden temporary file beside the target (created exclusively, never
through a link), is flushed to disk and then renamed over the target, so
readers see the old file or the whole new one.

Temporary files are named ``.NAME.annotator-PID-START-RANDOM.part``: the
process id and its start time tell a file left by a killed export (removed
by the next export to that place) from one that a running export is still
writing (left alone).
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path
from typing import TextIO

_TAG = "annotator"
_SUFFIX = ".part"
_NAME_ROOM = 120  # file names are at most 255 bytes; the temp name adds about 50


class TargetRefused(Exception):
    """The path is not one an export may write (the message says why)."""


def check_target(path: Path) -> None:
    """Raise ``TargetRefused`` unless ``path`` is absent or a regular file in
    an existing folder. The path itself is looked at, not what it points to."""
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        folder = path.parent
        if not folder.is_dir():
            raise TargetRefused(f"{path}: folder {folder} does not exist") from None
        return
    if stat.S_ISLNK(mode):
        raise TargetRefused(
            f"{path}: is a symbolic link; export writes only a new file or over a regular file "
            "(name the real file, or - for standard output)"
        )
    if stat.S_ISDIR(mode):
        raise TargetRefused(f"{path}: is a folder; name a file to write")
    if not stat.S_ISREG(mode):
        raise TargetRefused(
            f"{path}: is a device or special file, not a regular file; "
            "export writes only regular files (use - for standard output)"
        )


class StagedFile:
    """A temporary file beside ``target`` that becomes ``target`` on
    ``commit()``; removed if the ``with`` block ends without a commit."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.temp = target.with_name(
            f"{_prefix(target)}{os.getpid()}-{_start_time('self')}-{secrets.token_hex(4)}{_SUFFIX}"
        )
        self.handle: TextIO | None = None
        self._committed = False

    def __enter__(self) -> StagedFile:
        # O_EXCL and O_NOFOLLOW: never open something planted under the temp name.
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(self.temp, flags, 0o666)
        try:
            mode = _regular_mode(self.target)
            if mode is not None:
                os.fchmod(fd, mode)  # a replaced file keeps its permissions
            self.handle = os.fdopen(fd, "w", encoding="utf-8", newline="")
        except BaseException:
            os.close(fd)
            self.temp.unlink(missing_ok=True)
            raise
        return self

    def finish(self) -> None:
        """Flush the data to disk and close the file (a full disk shows here)."""
        if self.handle is not None and not self.handle.closed:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()

    def commit(self) -> None:
        """Rename the finished file over the target (checked once more)."""
        self.finish()
        check_target(self.target)
        os.replace(self.temp, self.target)
        self._committed = True

    def __exit__(self, *exc: object) -> None:
        if self.handle is not None and not self.handle.closed:
            try:
                self.handle.close()
            except OSError:
                pass  # the data is being thrown away; a full disk must not stop that
        if not self._committed:
            self.temp.unlink(missing_ok=True)


def sync_folder(path: Path) -> None:
    """Make the renames in ``path``'s folder durable (where the system allows)."""
    try:
        fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename itself is done
    finally:
        os.close(fd)


def remove_stale_parts(target: Path) -> int:
    """Remove the temporary files that exports to ``target`` left behind
    when they were killed; those of running exports stay. Returns how many."""
    prefix = _prefix(target)
    removed = 0
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return 0
    for entry in entries:
        if not (entry.name.startswith(prefix) and entry.name.endswith(_SUFFIX)):
            continue
        pid, _, rest = entry.name[len(prefix) :].partition("-")
        start = rest.partition("-")[0]
        if not pid.isdigit() or _running(int(pid), start) or not entry.is_file(follow_symlinks=False):
            continue
        try:
            os.unlink(entry.path)
            removed += 1
        except OSError:
            pass  # gone already, or not ours to remove; the export goes on
    return removed


def _prefix(target: Path) -> str:
    return f".{target.name[:_NAME_ROOM]}.{_TAG}-"


def _regular_mode(path: Path) -> int | None:
    try:
        info = path.lstat()
    except OSError:
        return None
    return stat.S_IMODE(info.st_mode) if stat.S_ISREG(info.st_mode) else None


def _running(pid: int, start: str) -> bool:
    """Whether the process that named a temp file is still running: its pid
    is taken and started at the recorded time (a reused pid starts later)."""
    if pid == os.getpid():
        return start == _start_time("self")
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # another user's process: it exists
    now = _start_time(str(pid))
    if now == "zombie":
        return False
    return start == "0" or now == "0" or now == start


def _start_time(pid: str) -> str:
    """The process's start time in clock ticks since boot (Linux), "zombie"
    for a process that has exited, or "0" where that cannot be read."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rpartition(b")")[2].split()
    except OSError:
        return "0"
    if fields[:1] == [b"Z"]:
        return "zombie"
    return fields[19].decode() if len(fields) > 19 else "0"
