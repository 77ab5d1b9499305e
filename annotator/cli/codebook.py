"""``annotator codebook``: show, export and import the database's codebook
(the labels, their keys and styles, the decision order and the guidelines).
See ``annotator.codebook_file`` for the TOML shape and ``db.codebook_store``
for what a new codebook may change on a database with labels."""

# No `from __future__ import annotations`: Typer would evaluate every
# parameter's annotation string at start-up (see annotator.cli.common).
import sys
from pathlib import Path
from typing import Annotated

import typer

from annotator.cli.common import JsonOption, open_database, print_json, reports_errors
from annotator.cli.console import print_line
from annotator.db.codebook import Codebook, CodebookError
from annotator.errors import AnnotatorError

codebook_app = typer.Typer(
    help="The database's codebook: its labels, keys, styles, decision order and guidelines.", no_args_is_help=True
)


@codebook_app.command("show")
@reports_errors
def codebook_show_command(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Show the codebook: version, hash, labels (keys, style, description) and decision order."""
    with open_database(ctx) as db:
        codebook = db.codebook()
    if as_json:
        print_json({"version": codebook.version, "sha256": codebook.sha256(), **codebook.to_dict()})
        return
    for line in codebook_lines(codebook):
        print_line(line)


def codebook_lines(codebook: Codebook) -> list[str]:
    """The codebook as plain lines (shown literally by ``print_line``)."""
    stored = f"version {codebook.version}" if codebook.version else "the default (none stored in this database)"
    lines = [f"codebook: {stored}", f"sha256: {codebook.sha256()}", "labels (keys, value, name, style):"]
    for label in codebook.labels:
        name = "" if label.name == label.value else f"  “{label.name}”"
        lines.append(f"  {' / '.join(label.keys):<6} {label.value}{name}  [{label.style}]")
        if label.description:
            lines.append(f"         {' '.join(label.description.split())}")
        lines += [f"         e.g. {' '.join(example.split())}" for example in label.examples]
    lines.append(f"decision order: {' → '.join(codebook.decision_order)}")
    lines.append(f"guidelines: {len(codebook.guidelines.splitlines())} lines (annotator codebook export FILE)")
    return lines


@codebook_app.command("export")
@reports_errors
def codebook_export_command(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(metavar="FILE", help="The TOML file to write, or - for standard output.")],
) -> None:
    """Write the codebook as TOML (edit it and bring it back with `codebook import`)."""
    from annotator.codebook_file import codebook_toml

    with open_database(ctx) as db:
        text = codebook_toml(db.codebook())
    if file == "-":
        sys.stdout.write(text)
        return
    _write_safely(Path(file), text)
    print_line(f"codebook written to {file}", err=True)


def _write_safely(target: Path, text: str) -> None:
    """Write as exports do: only a new path or over a regular file (never
    through a link, into a device or a pipe), replaced in one step."""
    from annotator.exports.target import StagedFile, TargetRefused, check_target

    try:
        check_target(target)
        with StagedFile(target) as staged:
            assert staged.handle is not None  # open inside the with
            staged.handle.write(text)
            staged.commit()
    except TargetRefused as exc:
        raise AnnotatorError(str(exc)) from None


@codebook_app.command("import")
@reports_errors
def codebook_import_command(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(metavar="FILE", help="A codebook TOML file, or - for standard input.")],
) -> None:
    """Make a TOML codebook the database's codebook.

    On a database with labels it may add labels, remove labels nobody uses,
    and rename labels listed in its [rename] table (old = "new"): the stored
    labels are rewritten and the renames kept in the event log. Removing a
    label in use is refused.
    """
    from annotator.codebook_file import parse_codebook_bytes, read_codebook_file
    from annotator.identity import given_name, known_reviewer, login_name

    shown = "stdin" if file == "-" else file
    try:
        new, renames = parse_codebook_bytes(sys.stdin.buffer.read()) if file == "-" else read_codebook_file(Path(file))
    except CodebookError as exc:
        raise AnnotatorError(f"{shown}: {exc} (nothing was changed)") from None
    with open_database(ctx) as db:
        current = db.codebook()
        if new == current and not renames:
            print_line(f"codebook unchanged (version {current.version}, sha256 {current.sha256()[:12]})")
            return
        by = known_reviewer(db, given_name(None)) or login_name() or "unknown"
        try:
            change = db.set_codebook(new, renames=renames, by=by)
        except CodebookError as exc:
            raise AnnotatorError(f"{shown}: {exc} (nothing was changed)") from None
    print_line(change_line(change, new))


def change_line(change, new: Codebook) -> str:
    """One line saying what storing the codebook did."""
    parts = [f"codebook version {change.version} stored (sha256 {new.sha256()[:12]}, {len(new.labels)} labels)"]
    if change.added:
        parts.append("added " + ", ".join(change.added))
    if change.removed:
        parts.append("removed " + ", ".join(change.removed))
    if change.renamed:
        renamed = ", ".join(f"{old} -> {value}" for old, value in change.renamed.items())
        parts.append(f"renamed {renamed} ({change.relabelled} labels, {change.gold_relabelled} gold labels rewritten)")
    return "; ".join(parts)
