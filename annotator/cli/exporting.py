"""``annotator export``: a labelled data set as CSV or JSON Lines."""

# No `from __future__ import annotations`: Typer would evaluate every
# parameter's annotation string at start-up (see annotator.cli.common).
import sys
from collections.abc import Sequence
from typing import Annotated

import typer

from annotator.cli.common import AnnotatorFilter, ArticleFilter, open_database, reports_errors
from annotator.cli.console import print_line, print_warning, stderr
from annotator.errors import UsageError
from annotator.exports.formats import export_format, format_help


@reports_errors
def export_command(
    ctx: typer.Context,
    out: Annotated[str, typer.Argument(metavar="OUT", help="The file to write, or - for standard output.")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help=f"{format_help()} (see README).")
    ] = "long",
    annotator: AnnotatorFilter = None,
    article: ArticleFilter = None,
    label: Annotated[
        list[str] | None, typer.Option("--label", metavar="LABEL", help="Only rows with this label (repeatable).")
    ] = None,
    excel_safe: Annotated[
        bool, typer.Option("--excel-safe", help="Prefix cells starting with = + - @ tab or CR with ' (CSV formats).")
    ] = False,
    manifest: Annotated[
        bool, typer.Option("--manifest", help="Also write OUT.manifest.json (version, filters, counts, SHA-256).")
    ] = False,
    include_unresolved: Annotated[
        bool,
        typer.Option("--include-unresolved", help="dataset: keep sentences with no gold, majority or single label."),
    ] = False,
) -> None:
    """Export labels as CSV (long, wide, dataset) or JSON Lines."""
    try:
        export_format(fmt)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if manifest and out == "-":
        raise UsageError("--manifest needs a file to write beside; OUT is -")
    with open_database(ctx) as db:
        _check_labels(db.codebook(), label or ())
        summary = db.export(
            out,
            format=fmt,
            annotators=annotator or (),
            articles=article or (),
            labels=label or (),
            excel_safe=excel_safe,
            manifest=manifest,
            include_unresolved=include_unresolved,
            # A progress bar only on a terminal (asking the console would load Rich for nothing).
            progress_console=stderr.console() if sys.stderr.isatty() else None,
        )
    for warning in summary.warnings:
        print_warning(warning)
    print_line(summary.line, err=True)


def _check_labels(codebook, given: Sequence[str]) -> None:
    """The ``--label`` values, checked against the database's codebook (a usage error)."""
    for name in given:
        try:
            parsed = codebook.parse(name)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        if parsed is None:
            raise UsageError("--label none is not a label to export")
