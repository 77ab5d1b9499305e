"""``annotator label`` (one sentence, or many with ``--from``) and
``annotator import-labels`` (merging another database's export)."""

# No `from __future__ import annotations`: Typer would evaluate every
# parameter's annotation string at start-up (see annotator.cli.common).
import sys
from pathlib import Path
from typing import Annotated

import typer

from annotator.cli.common import (
    AnnotatorOption,
    JsonOption,
    error,
    one_line,
    open_database,
    positive,
    print_json,
    reports_errors,
)
from annotator.cli.console import print_line, stdout
from annotator.db.codebook_default import DEFAULT_CODEBOOK
from annotator.db.errors import StorageError, is_busy
from annotator.errors import AnnotatorError, UsageError
from annotator.identity import given_name, known_reviewer, no_name_message, required_reviewer


@reports_errors
def label_command(
    ctx: typer.Context,
    sentence_id: Annotated[
        int | None,
        typer.Argument(
            metavar="SENTENCE_ID", show_default=False, help="The sentence's id (see `annotator sentences`)."
        ),
    ] = None,
    label: Annotated[
        str | None,
        typer.Argument(
            metavar="LABEL",
            show_default=False,
            help="A label of the database's codebook (default: "
            f"{DEFAULT_CODEBOOK.accepted()}; see `annotator codebook show`); "
            "none clears the label.",
        ),
    ] = None,
    annotator: AnnotatorOption = None,
    note: Annotated[
        str | None, typer.Option("--note", metavar="TEXT", help="A note for the sentence (an empty string removes it).")
    ] = None,
    from_file: Annotated[
        str | None,
        typer.Option(
            "--from",
            metavar="FILE",
            help="Many labels from a CSV file with a header, or JSON Lines (- for "
            "standard input): sentence_id, label, and optionally note and "
            "annotator (default: the reviewer name). See README.",
        ),
    ] = None,
) -> None:
    """Set or clear one sentence's label, or many with --from; every change is kept in the event log."""
    if from_file is not None:
        if sentence_id is not None or label is not None or note is not None:
            raise UsageError("--from takes every label from FILE: give no SENTENCE_ID, LABEL or --note with it")
        _label_from(ctx, from_file, annotator)
        return
    if sentence_id is None or label is None:
        raise UsageError("give SENTENCE_ID and LABEL, or --from FILE (see 'annotator label --help')")
    from annotator.lines import label_change_line

    positive(sentence_id, "SENTENCE_ID")
    given = given_name(annotator)
    with open_database(ctx) as db:
        try:
            parsed = db.codebook().parse(label)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        name = required_reviewer(db, given)
        kwargs = {} if note is None else {"note": note}
        change = db.label(sentence_id, parsed, annotator=name, origin="cli", **kwargs)
    print_line(label_change_line(change))


def _label_from(ctx: typer.Context, source: str, annotator: str | None) -> None:
    """``label --from``: every row applied or reported, then a summary line
    (exit 1 when a row was skipped)."""
    from annotator.batch_labels import BatchStopped, NoReviewer
    from annotator.readers import FileRejected

    given = given_name(annotator)
    shown = "stdin" if source == "-" else source
    data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    with open_database(ctx) as db:
        try:
            report = db.label_file(data, name=source, annotator=known_reviewer(db, given))
        except FileRejected as exc:
            raise AnnotatorError(f"{shown}: {exc} (nothing was labelled)") from None
        except NoReviewer:
            raise UsageError(no_name_message()) from None
        except BatchStopped as exc:
            raise AnnotatorError(
                f"{_batch_failure(exc.cause, db)}; {exc.report.changed} labels were changed "
                "before it and are saved: run the same file again to finish"
            ) from None
    for line, reason in report.rejected:
        error(f"{shown}:{line}: {reason}")
    print_line(report.line())
    if report.rejected:
        raise typer.Exit(1)


def _batch_failure(cause: BaseException, db) -> str:
    """A failed batch in one line: busy, a full disk, or the driver's words."""
    if isinstance(cause, (AnnotatorError, StorageError)):
        return str(cause)
    if is_busy(cause):
        return db.store.database.busy_message()
    line = one_line(cause) if isinstance(cause, Exception) else None
    text = str(cause).strip()
    return line or f"database error: {text.splitlines()[0] if text else type(cause).__name__}"


@reports_errors
def import_labels_command(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(metavar="FILE", help="A long .csv or .jsonl export.")],
    excel_safe: Annotated[
        bool | None,
        typer.Option(
            "--excel-safe/--no-excel-safe",
            show_default=False,
            help="The file was (not) written with export --excel-safe. Default: what FILE.manifest.json "
            "says, else not.",
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Merge labels from a long CSV or JSON Lines export; the newer label wins.

    Rows are matched by article_uid and sentence_index, and the sentence text
    must match; rows that do not match are reported and skipped (exit 1).
    The apostrophe --excel-safe puts before a formula character is removed
    only from files written that way.
    """
    from annotator.readers import FileRejected

    with open_database(ctx) as db:
        try:
            report = db.import_labels(file, excel_safe=excel_safe)
        except FileRejected as exc:
            raise AnnotatorError(f"{file}: {exc}") from None
    for where, reason in report.skipped:
        error(f"{file}:{where.removeprefix('line ')}: {reason}")
    if as_json:
        print_json(report.to_json())
    else:
        stdout.print(
            f"{report.imported} imported, {report.updated} updated, {report.unchanged} unchanged, "
            f"{len(report.skipped)} skipped.",
            highlight=False,
        )
    if report.skipped:
        raise typer.Exit(1)
