"""``annotator export``: check the output, stream the data set into it
(atomically: a failed or killed export never leaves a half-written file at
OUT, and a manifest is complete or absent), then warn and summarise."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from annotator.db.errors import is_disk_full
from annotator.errors import AnnotatorError
from annotator.exports.formats import export_format
from annotator.exports.manifest import file_sha256, manifest_path, manifest_text
from annotator.exports.source import ExportFilters, RowSource
from annotator.exports.spreadsheet import RISKY_FIRST_CHARACTERS
from annotator.exports.target import StagedFile, TargetRefused, check_target, remove_stale_parts, sync_folder
from annotator.exports.writer import ExportResult, write_export
from annotator.store import AnnotationStore
from annotator.termination import exit_on_termination

if TYPE_CHECKING:
    from typing import TypeAlias

    from rich.console import Console

    # A Rich console to draw the progress bar on (the API names it without importing Rich).
    ProgressConsole: TypeAlias = Console


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
    progress_console: Console | None = None,
) -> ExportSummary:
    """Export to ``out`` (a path, or ``-`` for standard output), with its
    manifest beside it if asked. Every path is checked before anything is
    written; the data set and its manifest are read from one snapshot of the
    database and replace what was there only once both are complete."""
    filters = ExportFilters(annotators=annotators, articles=articles, labels=labels)
    target = None if out == "-" else Path(out)
    if target is not None:
        _check_targets([target, *([manifest_path(target)] if manifest else [])])
    _refuse_database(out, store)
    source = store.row_source()

    def write(handle: TextIO) -> ExportResult:
        with _progress(progress_console, source, filters, fmt) as on_rows:
            return write_export(
                source,
                handle,
                fmt=fmt,
                filters=filters,
                excel_safe=excel_safe,
                include_unresolved=include_unresolved,
                on_rows=on_rows,
            )

    def describe(result: ExportResult, sha256: str) -> str:
        assert target is not None  # a manifest is written beside a file
        return manifest_text(
            target.name,
            sha256,
            result,
            filters=filters,
            tool_version=tool_version,
            segmenters=source.segmenters(filters),
            include_unresolved=include_unresolved,
            codebook=source.codebook().record(),
        )

    # One snapshot for every query, the manifest's included: a label written
    # meanwhile must not be counted in one place and missing in another.
    with exit_on_termination(), source.snapshot():
        if target is None:
            result = write(sys.stdout)
            sys.stdout.flush()
        else:
            result = _write_files(target, write, describe if manifest else None)
    warnings = []
    if result.risky_cells and not result.excel_safe and not export_format(fmt).json_lines:
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
        line += f" Manifest: {manifest_path(Path(out))}."
    return ExportSummary(result=result, line=line, warnings=warnings)


def _check_targets(paths: list[Path]) -> None:
    """Refuse, before writing anything, a path that is not a new or regular file."""
    for path in paths:
        try:
            check_target(path)
        except TargetRefused as exc:
            raise AnnotatorError(str(exc)) from None


def _write_files(
    target: Path, write: Callable[[TextIO], ExportResult], describe: Callable[[ExportResult, str], str] | None
) -> ExportResult:
    """Write the data set (and, with ``describe``, its manifest) to temporary
    files beside ``target``; only when both are complete on disk are they
    renamed into place, the data set first."""
    manifest = manifest_path(target)
    for path in (target, manifest):
        remove_stale_parts(path)  # left by exports that were killed
    try:
        with StagedFile(target) as data:
            assert data.handle is not None  # open inside the with
            result = write(data.handle)
            data.finish()
            if describe is None:
                data.commit()
            else:
                with StagedFile(manifest) as notes:
                    assert notes.handle is not None  # open inside the with
                    notes.handle.write(describe(result, file_sha256(data.temp)))
                    notes.finish()
                    data.commit()
                    notes.commit()
    except TargetRefused as exc:  # the path changed kind while the export ran
        raise AnnotatorError(str(exc)) from None
    except OSError as exc:
        if is_disk_full(exc):
            raise AnnotatorError(
                f"{target}: the disk is full; nothing was written "
                "(any earlier file there is unchanged): free some space and export again"
            ) from None
        raise
    sync_folder(target)
    return result


SQLITE_HEADER = b"SQLite format 3\x00"


def _refuse_database(out: str, store: AnnotationStore) -> None:
    """Never write a data set over a database (ours or any other)."""
    if out == "-":
        return
    target = Path(out).resolve()
    database = store.database.file
    if database and target in {
        Path(database).resolve(),
        Path(database + "-wal").resolve(),
        Path(database + "-shm").resolve(),
    }:
        raise AnnotatorError(f"{out}: this is the database being exported; choose another file")
    if target.is_file():
        with target.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
                raise AnnotatorError(f"{out}: is a SQLite database; choose another file")


@contextmanager
def _progress(
    console: Console | None, source: RowSource, filters: ExportFilters, fmt: str
) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr when it is a terminal; otherwise nothing."""
    if console is None or not console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    total = source.count_long(filters) if export_format(fmt).per_label else None
    with Progress(
        TextColumn("exporting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("export", total=total)
        yield lambda n: progress.advance(task, n)


__all__ = ["ExportSummary", "manifest_path", "run_export"]
