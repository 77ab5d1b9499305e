"""``annotator export``: choose the output, stream the data set into it
(atomically: a failed export leaves no half-written file), then warn, write
the manifest and summarise."""

from __future__ import annotations

import os
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from annotator.store import AnnotationStore
from exports.manifest import manifest_path, write_manifest
from exports.source import ExportFilters, RowSource
from exports.spreadsheet import RISKY_FIRST_CHARACTERS
from exports.writer import ExportResult, write_export


@dataclass
class ExportSummary:
    """What to tell the user afterwards."""

    result: ExportResult
    line: str
    warnings: list[str] = field(default_factory=list)


def run_export(
    store: AnnotationStore,
    out: str,
    *,
    fmt: str,
    annotators: tuple[str, ...] = (),
    articles: tuple[int, ...] = (),
    labels: tuple[str, ...] = (),
    excel_safe: bool = False,
    manifest: bool = False,
    include_unresolved: bool = False,
    tool_version: str = "unknown",
    progress_console=None,
) -> ExportSummary:
    """Export to ``out`` (a path, or ``-`` for standard output)."""
    filters = ExportFilters(annotators=annotators, articles=articles, labels=labels)
    _refuse_database(out, store)
    source = RowSource(store.database.engine)
    with _progress(progress_console, source, filters, fmt) as on_rows, _output(out) as handle:
        result = write_export(source, handle, fmt=fmt, filters=filters, excel_safe=excel_safe,
                              include_unresolved=include_unresolved, on_rows=on_rows)
    warnings = []
    if result.risky_cells and not result.excel_safe and fmt != "jsonl":
        shown = " ".join(repr(c)[1:-1] for c in RISKY_FIRST_CHARACTERS)
        warnings.append(
            f"{result.risky_cells} cell{'s start' if result.risky_cells != 1 else ' starts'} with one of {shown} "
            "and could run as a formula in a spreadsheet; --excel-safe neutralises them"
        )
    known = set(result.annotators)
    warnings += [f"annotator {name!r} has no labels in this selection" for name in annotators if name not in known]
    where = "standard output" if out == "-" else out
    line = f"Exported {result.rows} {fmt} row{'s' if result.rows != 1 else ''} to {where}."
    if manifest:
        path = write_manifest(Path(out), result, filters=filters, tool_version=tool_version,
                              segmenters=source.segmenters(filters), include_unresolved=include_unresolved)
        line += f" Manifest: {path}."
    return ExportSummary(result=result, line=line, warnings=warnings)


SQLITE_HEADER = b"SQLite format 3\x00"


def _refuse_database(out: str, store: AnnotationStore) -> None:
    """Never write a data set over a database (ours or any other)."""
    if out == "-":
        return
    from annotator.errors import AnnotatorError

    target = Path(out).resolve()
    database = store.database.url.database if store.database.backend == "sqlite" else None
    if database and target in {Path(database).resolve(), Path(database + "-wal").resolve(), Path(database + "-shm").resolve()}:
        raise AnnotatorError(f"{out}: this is the database being exported; choose another file")
    if target.is_file():
        with target.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
                raise AnnotatorError(f"{out}: is a SQLite database; choose another file")


@contextmanager
def _output(out: str):
    """Standard output, or a temporary file renamed over OUT on success."""
    if out == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(out)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        from annotator.errors import AnnotatorError

        raise AnnotatorError(f"{out}: folder {folder} does not exist")
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


@contextmanager
def _progress(console, source: RowSource, filters: ExportFilters, fmt: str):
    """A progress bar on stderr when it is a terminal; otherwise nothing."""
    if console is None or not console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    total = source.count_long(filters) if fmt in ("long", "jsonl") else None
    with Progress(TextColumn("exporting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=console, transient=True) as progress:
        task = progress.add_task("export", total=total)
        yield lambda n: progress.advance(task, n)


__all__ = ["ExportSummary", "manifest_path", "run_export"]
