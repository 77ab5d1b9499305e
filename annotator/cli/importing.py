"""``annotator import``: articles from files and folders."""

# No `from __future__ import annotations`: Typer would evaluate every
# parameter's annotation string at start-up (see annotator.cli.common).
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from annotator.cli.common import JsonOption, error, open_database, print_json, reports_errors
from annotator.cli.console import stderr, stdout

if TYPE_CHECKING:
    from rich.progress import Progress

PROGRESS_MIN_FILES = 5


@reports_errors
def import_command(
    ctx: typer.Context,
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="PATH...",
            help="Files or folders (searched recursively): .txt .md .jsonl .json .csv",
            show_default=False,
        ),
    ],
    as_json: JsonOption = False,
) -> None:
    """Import articles and split them into sentences to review.

    Re-importing an article (the same text under any name) changes nothing.
    Rejected files are listed on stderr and the exit code is 1.
    """
    from annotator.api import files_to_import
    from annotator.views import import_summary

    with open_database(ctx) as db:
        files = files_to_import(*paths)
        with FileProgress(len(files)) as advance:
            report = db.import_files(*files, on_file=advance)
    for rejection in report.rejected:
        error(f"{rejection.path}: {rejection.reason}")
    if as_json:
        print_json(report.to_json())
    else:
        stdout.print(import_summary(report))
    if report.rejected:
        raise typer.Exit(1)


class FileProgress:
    """A Rich progress bar on stderr when many files are imported on a terminal."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.progress: Progress | None = None

    def __enter__(self) -> Callable[[object], None]:
        if self.total < PROGRESS_MIN_FILES or not stderr.is_terminal:
            return lambda _item: None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        progress = self.progress = Progress(
            TextColumn("importing"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=stderr.console(),
            transient=True,
        )
        progress.start()
        task = progress.add_task("import", total=self.total)
        return lambda _item: progress.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()
