"""The ``annotator`` command line: thin commands over the store.

Exit codes: 0 success, 1 some input rejected (the rest done), 2 usage error.
Errors are one line on stderr; ``--debug`` shows the traceback instead.
"""

# No `from __future__ import annotations` here: Typer reads every command's
# parameters at start-up, and evaluating them from strings took about a
# third of that time.
import functools
from contextlib import contextmanager
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Callable, TypeVar

import typer

import annotator
from annotator import cli_process
from annotator.cli_console import print_error, print_line, print_warning, stderr, stdout
from annotator.cli_usage import AnnotatorGroup
from annotator.errors import DISK_FULL, AnnotatorError, UsageError
from annotator.identity import ANNOTATOR_ENV, given_name, known_reviewer, login_name, no_name_message, required_reviewer
from db.errors import StorageError, is_busy, is_disk_full
from db.codebook_default import DEFAULT_CODEBOOK
from exports.display_text import as_text
from exports.formats import export_format, format_help

app = typer.Typer(
    name="annotator",
    help="Tag news sentences as sourced, unsourced, opinion or suspicious, sentence by sentence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    cls=AnnotatorGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
)

PROGRESS_MIN_FILES = 5


@dataclass
class Options:
    """Global options, shared by every command."""

    db: str | None = None
    debug: bool = False


F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(command: F) -> F:
    """Turn known errors into one line on stderr and the contract's exit code."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        ctx = kwargs.get("ctx")
        try:
            return command(*args, **kwargs)
        except (AnnotatorError, StorageError) as exc:
            if _options(ctx).debug:
                raise
            code = exc.exit_code if isinstance(exc, AnnotatorError) else 1
            _error(str(exc))
            raise typer.Exit(code) from None
        except Exception as exc:
            line = None if _options(ctx).debug else _one_line(exc)
            if line is None:
                raise
            _error(line)
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


def _one_line(exc: Exception) -> str | None:
    """The line for a file or database error; None for anything else (a bug,
    which keeps its traceback)."""
    where = f"{exc.filename}: " if isinstance(exc, OSError) and exc.filename else ""
    if is_disk_full(exc):
        # Said plainly: the driver's words (SQLite: "cannot rollback - no transaction is active") hide it.
        return f"{where}{DISK_FULL}"
    if isinstance(exc, OSError):
        return f"{where}{(exc.strerror or str(exc)).lower()}"
    from sqlalchemy.exc import SQLAlchemyError

    if isinstance(exc, SQLAlchemyError):
        # Database errors (a dropped connection, a lock held too long) are one line too.
        orig = getattr(exc, "orig", None) or exc
        return f"database error: {str(orig).strip().splitlines()[0]}"
    return None


def _options(ctx: typer.Context | None) -> Options:
    obj = ctx.find_object(Options) if ctx is not None else None
    return obj or Options()


def _error(message: str) -> None:
    print_error(message)


def _positive(value: int, name: str) -> None:
    if value < 1:
        raise UsageError(f"{name} must be a positive id (got {value})")


# json.dumps escapes C0 controls but writes DEL, C1 controls (0x9b is a CSI
# to some terminals), line separators and lone surrogates (which cannot even
# be encoded) as they are. They only occur inside strings: escape them there
# too, and the document still reads back exactly.
_JSON_RAW = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _print_json(data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    sys.stdout.write(_JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


@contextmanager
def _store(ctx: typer.Context):
    """The store for this command, closed when it is done."""
    store = _open_store(ctx)
    try:
        yield store
    finally:
        store.close()


def _open_store(ctx: typer.Context):
    from annotator.store import AnnotationStore

    return AnnotationStore.open(_options(ctx).db)


JsonOption = Annotated[bool, typer.Option("--json", help="Print the result as one JSON document (keys in the README).")]
ArticleIdArgument = Annotated[
    int, typer.Argument(metavar="ARTICLE_ID", help="The article's id (see `annotator articles`).")
]
AnnotatorOption = Annotated[
    str | None,
    typer.Option("--annotator", "-a", metavar="NAME", help=f"Reviewer name. Default: ${ANNOTATOR_ENV}, then the name remembered "
                                           "for your login in this database (see `annotator settings`)."),
]


def annotator_version() -> str:
    """This release's version."""
    return annotator.__version__


def _version_callback(value: bool) -> None:
    if value:
        print_line(f"annotator {annotator_version()}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db", metavar="DB",
            help="Database: a SQLite file (a new one ends in .db, .sqlite or .sqlite3, or has a folder part) or an "
                 "SQLAlchemy URL (sqlite:///FILE?mode=ro: read-only). Default: $ANNOTATOR_DB, else ./annotations.db.",
        ),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version_callback, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Tag news sentences as sourced, unsourced, opinion or suspicious."""
    ctx.obj = Options(db=db, debug=debug)
    cli_process.command_chosen(ctx.invoked_subcommand, ui=ctx.invoked_subcommand in UI_COMMANDS)


@app.command("import")
@reports_errors
def import_command(
    ctx: typer.Context,
    paths: Annotated[
        list[Path],
        typer.Argument(metavar="PATH...", help="Files or folders (searched recursively): .txt .md .jsonl .json .csv",
                       show_default=False),
    ],
    as_json: JsonOption = False,
) -> None:
    """Import articles and split them into sentences to review.

    Re-importing an article (the same text under any name) changes nothing.
    Rejected files are listed on stderr and the exit code is 1.
    """
    from annotator.ingest import collect_files, import_targets
    from annotator.views import import_summary

    with _store(ctx) as store:
        files = list(collect_files(paths))
        with FileProgress(len(files)) as advance:
            report = import_targets(store, files, on_file=advance)
    for rejection in report.rejected:
        _error(f"{rejection.path}: {rejection.reason}")
    if as_json:
        _print_json(report.to_json())
    else:
        stdout.print(import_summary(report))
    if report.rejected:
        raise typer.Exit(1)


class FileProgress:
    """A Rich progress bar on stderr when many files are imported on a terminal."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.progress = None

    def __enter__(self) -> Callable[[object], None]:
        if self.total < PROGRESS_MIN_FILES or not stderr.is_terminal:
            return lambda _item: None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(
            TextColumn("importing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            console=stderr, transient=True,
        )
        self.progress.start()
        task = self.progress.add_task("import", total=self.total)
        return lambda _item: self.progress.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()


@app.command("articles")
@reports_errors
def articles_command(
    ctx: typer.Context,
    as_json: JsonOption = False,
) -> None:
    """List articles: id, title, source, sentence count and each reviewer's progress."""
    from annotator.views import articles_table

    with _store(ctx) as store:
        articles = store.articles()
    if as_json:
        _print_json([
            {"id": a.id, "uid": a.uid, "title": a.title, "source": a.source,
             "sentences": a.sentences, "labelled": a.labelled}
            for a in articles
        ])
    elif not articles:
        stderr.print("No articles yet: run [bold]annotator import PATH[/].")
    else:
        stdout.print(articles_table(articles, width=stdout.width))


@app.command("sentences")
@reports_errors
def sentences_command(
    ctx: typer.Context,
    article_id: ArticleIdArgument,
    as_json: JsonOption = False,
) -> None:
    """Show the sentences of one article with their ids."""
    from annotator.views import TABLE_MAX_SENTENCES, sentence_lines, sentences_table

    _positive(article_id, "ARTICLE_ID")
    with _store(ctx) as store:
        sentences = store.sentences(article_id)
    if as_json:
        _print_json([
            {"id": s.id, "index": s.index, "paragraph": s.paragraph, "start": s.start, "end": s.end, "text": s.text}
            for s in sentences
        ])
    elif len(sentences) > TABLE_MAX_SENTENCES:
        sys.stdout.writelines(line + "\n" for line in sentence_lines(sentences, stdout.width))
    else:
        stdout.print(sentences_table(sentences, width=stdout.width))


@app.command("label")
@reports_errors
def label_command(
    ctx: typer.Context,
    sentence_id: Annotated[
        int | None, typer.Argument(metavar="SENTENCE_ID", show_default=False,
                                   help="The sentence's id (see `annotator sentences`).")
    ] = None,
    label: Annotated[
        str | None, typer.Argument(metavar="LABEL", show_default=False,
                                   help="A label of the database's codebook (default: "
                                        f"{DEFAULT_CODEBOOK.accepted()}; see `annotator codebook show`); "
                                        "none clears the label.")
    ] = None,
    annotator: AnnotatorOption = None,
    note: Annotated[
        str | None, typer.Option("--note", metavar="TEXT", help="A note for the sentence (an empty string removes it).")
    ] = None,
    from_file: Annotated[
        str | None,
        typer.Option("--from", metavar="FILE", help="Many labels from a CSV file with a header, or JSON Lines (- for "
                                                    "standard input): sentence_id, label, and optionally note and "
                                                    "annotator (default: the reviewer name). See README."),
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

    _positive(sentence_id, "SENTENCE_ID")
    given = given_name(annotator)
    with _store(ctx) as store:
        try:
            parsed = store.codebook().parse(label)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        name = required_reviewer(store, given)
        kwargs = {} if note is None else {"note": note}
        change = store.set_label(sentence_id, name, parsed, **kwargs)
    print_line(label_change_line(change))


def _label_from(ctx: typer.Context, source: str, annotator: str | None) -> None:
    """``label --from``: every row applied or reported, then a summary line
    (exit 1 when a row was skipped)."""
    from annotator.batch_labels import BatchStopped, NoReviewer, apply_rows, read_rows
    from annotator.readers import FileRejected

    given = given_name(annotator)
    shown = "stdin" if source == "-" else source
    data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    with _store(ctx) as store, store.label_batches() as writer:
        try:
            rows = read_rows(data, name=source, reviewer=known_reviewer(store, given), codebook=store.codebook())
            report = apply_rows(rows, writer.write)
        except FileRejected as exc:
            raise AnnotatorError(f"{shown}: {exc} (nothing was labelled)") from None
        except NoReviewer:
            raise UsageError(no_name_message()) from None
        except BatchStopped as exc:
            raise AnnotatorError(f"{_batch_failure(exc.cause, store)}; {exc.report.changed} labels were changed "
                                 "before it and are saved: run the same file again to finish") from None
    for line, reason in report.rejected:
        _error(f"{shown}:{line}: {reason}")
    print_line(report.line())
    if report.rejected:
        raise typer.Exit(1)


def _batch_failure(cause: BaseException, store) -> str:
    """A failed batch in one line: busy, a full disk, or the driver's words."""
    if isinstance(cause, (AnnotatorError, StorageError)):
        return str(cause)
    if is_busy(cause):
        return store.database.busy_message()
    line = _one_line(cause) if isinstance(cause, Exception) else None
    text = str(cause).strip()
    return line or f"database error: {text.splitlines()[0] if text else type(cause).__name__}"


ArticleFilter = Annotated[list[int] | None, typer.Option("--article", metavar="ID", help="Only this article (repeatable).")]
AnnotatorFilter = Annotated[
    list[str] | None, typer.Option("--annotator", "-a", metavar="NAME", help="Only this reviewer's labels (repeatable).")
]


@app.command("export")
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
        bool, typer.Option("--include-unresolved", help="dataset: keep sentences with no gold, majority or single label.")
    ] = False,
) -> None:
    """Export labels as CSV (long, wide, dataset) or JSON Lines."""
    from annotator.exporting import run_export

    try:
        export_format(fmt)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if manifest and out == "-":
        raise UsageError("--manifest needs a file to write beside; OUT is -")
    with _store(ctx) as store:
        labels = _export_labels(store, label or ())
        store.require(articles=article or (), reviewers=annotator or ())
        summary = run_export(
            store, out, fmt=fmt, annotators=tuple(annotator or ()), articles=tuple(article or ()), labels=labels,
            excel_safe=excel_safe, manifest=manifest, include_unresolved=include_unresolved,
            # The version is read from the package's metadata (slow to load): only a manifest needs it.
            tool_version=annotator_version() if manifest else "unknown",
            # A progress bar only on a terminal (asking the console would load Rich for nothing).
            progress_console=stderr if sys.stderr.isatty() else None,
        )
    for warning in summary.warnings:
        print_warning(warning)
    print_line(summary.line, err=True)


def _export_labels(store, given: list[str]) -> tuple[str, ...]:
    """The ``--label`` values, checked against the database's codebook."""
    labels = []
    for name in given:
        try:
            parsed = store.codebook().parse(name)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        if parsed is None:
            raise UsageError("--label none is not a label to export")
        labels.append(parsed)
    return tuple(labels)


@app.command("import-labels")
@reports_errors
def import_labels_command(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(metavar="FILE", help="A long .csv or .jsonl export.")],
    excel_safe: Annotated[
        bool | None,
        typer.Option("--excel-safe/--no-excel-safe", show_default=False,
                     help="The file was (not) written with export --excel-safe. Default: what FILE.manifest.json "
                          "says, else not."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Merge labels from a long CSV or JSON Lines export; the newer label wins.

    Rows are matched by article_uid and sentence_index, and the sentence text
    must match; rows that do not match are reported and skipped (exit 1).
    The apostrophe --excel-safe puts before a formula character is removed
    only from files written that way.
    """
    from annotator.label_import import import_labels
    from annotator.readers import FileRejected

    with _store(ctx) as store:
        try:
            report = import_labels(store, file, excel_safe=excel_safe)
        except FileRejected as exc:
            raise AnnotatorError(f"{file}: {exc}") from None
    for where, reason in report.skipped:
        _error(f"{file}:{where.removeprefix('line ')}: {reason}")
    if as_json:
        _print_json(report.to_json())
    else:
        stdout.print(
            f"{report.imported} imported, {report.updated} updated, {report.unchanged} unchanged, "
            f"{len(report.skipped)} skipped.", highlight=False,
        )
    if report.skipped:
        raise typer.Exit(1)


@app.command("agreement")
@reports_errors
def agreement_command(
    ctx: typer.Context,
    article: ArticleFilter = None,
    annotator: AnnotatorFilter = None,
    by_article: Annotated[bool, typer.Option("--by-article", help="Also alpha for each article.")] = False,
    as_json: JsonOption = False,
) -> None:
    """How far reviewers agree: alpha with a 95% interval, Fleiss' kappa, AC1,
    percent agreement, Cohen's kappa per pair, per-label figures."""
    from exports.agreement_report import agreement_report, render_report
    from exports.source import ExportFilters

    with _store(ctx) as store:
        store.require(articles=article or (), reviewers=annotator or ())
        filters = ExportFilters(annotators=tuple(annotator or ()), articles=tuple(article or ()))
        report = agreement_report(store.row_source(), filters, by_article=by_article)
    missing = [f"annotator {n!r}" for n in (annotator or ()) if n not in report.annotators]
    if missing:
        report.warnings.append(f"no labels from {', '.join(missing)} in this selection")
    if as_json:
        _print_json(report.to_json())
    else:
        stdout.print(render_report(report))


@app.command("disagreements")
@reports_errors
def disagreements_command(
    ctx: typer.Context,
    article: ArticleFilter = None,
    annotator: AnnotatorFilter = None,
    as_json: JsonOption = False,
) -> None:
    """Every sentence where labels differ, with each reviewer's label and note."""
    from exports.agreement_report import disagreements, render_disagreements
    from exports.source import ExportFilters

    with _store(ctx) as store:
        store.require(articles=article or (), reviewers=annotator or ())
        filters = ExportFilters(annotators=tuple(annotator or ()), articles=tuple(article or ()))
        items = disagreements(store.row_source(), filters)
    if as_json:
        _print_json(items)
    else:
        stdout.print(render_disagreements(items))


@app.command("adjudicate")
@reports_errors
def adjudicate_command(
    ctx: typer.Context,
    adjudicator: Annotated[
        str | None, typer.Option("--adjudicator", metavar="NAME", help=f"Your name. Default: ${ANNOTATOR_ENV}, then the name "
                                                       "remembered for your login (asked for once).")
    ] = None,
    article: ArticleFilter = None,
) -> None:
    """Settle disagreements into gold labels, sentence by sentence (press ? for help)."""
    from annotator.tui.app import make_app

    given = given_name(adjudicator, option="--adjudicator")
    with _store(ctx) as store:
        store.require(articles=article or ())
        ui = make_app(store, known_reviewer(store, given), adjudicate=True, article_ids=tuple(article or ()))
        ui.run()
    if ui.return_code:
        raise typer.Exit(ui.return_code)


@app.command("hints")
@reports_errors
def hints_command(
    ctx: typer.Context,
    article_id: ArticleIdArgument,
    as_json: JsonOption = False,
) -> None:
    """The cues and name checks for each sentence of an article (hints never set a label)."""
    from annotator.hints.report import article_hints
    from annotator.views import hints_view

    _positive(article_id, "ARTICLE_ID")
    with _store(ctx) as store:
        store.require(articles=[article_id])
        found = article_hints(store, article_id)
        name_checks = bool(store.people())
    if as_json:
        _print_json([
            {"sentence_id": s.id, "sentence_index": s.index, "start": h.start, "end": h.end, "kind": h.kind,
             "cue": h.cue, "reason": h.reason}
            for s, h in found
        ])
    else:
        stdout.print(hints_view(found, name_checks=name_checks))


registry_app = typer.Typer(help="The registry of verified people that hints check names against.",
                           no_args_is_help=True)
app.add_typer(registry_app, name="registry")


def _verifier(store, given: str | None) -> str:
    """Who verified a person: the reviewer name if there is one, else the
    login name (a registry entry is not a label: nobody is counted)."""
    name = known_reviewer(store, given_name(given))
    if name is None:
        name = login_name()
    if name is None:
        raise UsageError(no_name_message())
    return name


@registry_app.command("add")
@reports_errors
def registry_add_command(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="The person's full name.")],
    alias: Annotated[
        list[str] | None, typer.Option("--alias", metavar="NAME", help="Another name they go by (repeatable).")
    ] = None,
    title: Annotated[
        str | None, typer.Option("--title", metavar="TITLE", help="A role's title, e.g. 'Secretary of Commerce'.")
    ] = None,
    org: Annotated[str | None, typer.Option("--org", metavar="ORG", help="The role's organisation.")] = None,
    start: Annotated[str | None, typer.Option("--from", metavar="DATE", help="The role's first day (YYYY-MM-DD).")] = None,
    end: Annotated[str | None, typer.Option("--to", metavar="DATE", help="The role's last day (YYYY-MM-DD).")] = None,
    note: Annotated[str | None, typer.Option("--note", metavar="TEXT", help="How they were verified.")] = None,
    verified_by: AnnotatorOption = None,
) -> None:
    """Add a verified person (or add an alias or role to one)."""
    from annotator.hints.report import parse_day

    clean = " ".join(name.split())
    if not clean:
        raise UsageError("the name is empty")
    for value, option in ((start, "--from"), (end, "--to")):
        if value and parse_day(value) is None:
            raise UsageError(f"{option} {value!r} is not a date (YYYY-MM-DD)")
    if (start or end or org) and not title:
        raise UsageError("--from, --to and --org describe a role: give its --title too")
    with _store(ctx) as store:
        created = store.add_person(clean, verified_by=_verifier(store, verified_by), aliases=list(alias or ()),
                                   role=(title, org or "", start, end) if title else None, note=note)
    stdout.print(as_text(f"{'Added' if created else 'Updated'} {clean}."), highlight=False)


@registry_app.command("import")
@reports_errors
def registry_import_command(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(metavar="FILE.csv", help="Columns: name, aliases, title, organisation, from, to, note.")],
    verified_by: AnnotatorOption = None,
) -> None:
    """Load people from a CSV file: one row per role, aliases separated by ';'."""
    from annotator.hints.report import import_registry
    from annotator.readers import FileRejected

    with _store(ctx) as store:
        try:
            new, updated, skipped = import_registry(store, file, verified_by=_verifier(store, verified_by))
        except FileRejected as exc:
            raise AnnotatorError(f"{file}: {exc}") from None
    for where, reason in skipped:
        _error(f"{file}:{where.removeprefix('line ')}: {reason}")
    stdout.print(f"{new} added, {updated} updated, {len(skipped)} skipped.", highlight=False)
    if skipped:
        raise typer.Exit(1)


@registry_app.command("list")
@reports_errors
def registry_list_command(
    ctx: typer.Context,
    as_json: JsonOption = False,
) -> None:
    """List the verified people and their roles."""
    from annotator.views import people_table

    with _store(ctx) as store:
        people = store.people()
    if as_json:
        _print_json([
            {"name": p.name, "aliases": p.aliases,
             "roles": [{"title": t, "organisation": o, "from": f, "to": u} for t, o, f, u in p.roles],
             "verified_by": p.verified_by, "verified_at": p.verified_at.strftime("%Y-%m-%dT%H:%M:%SZ"), "note": p.note}
            for p in people
        ])
    else:
        stdout.print(people_table(people))


@registry_app.command("remove")
@reports_errors
def registry_remove_command(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="The person's name as listed.")],
) -> None:
    """Remove a person from the registry."""
    with _store(ctx) as store:
        store.remove_person(" ".join(name.split()))
    stdout.print(as_text(f"Removed {name}."), highlight=False)


@app.command("review")
@reports_errors
def review_command(
    ctx: typer.Context,
    annotator: AnnotatorOption = None,
    article: Annotated[int | None, typer.Option("--article", metavar="ID", help="Open this article directly.")] = None,
    no_hints: Annotated[bool, typer.Option("--no-hints", help="No hints this session (blind studies).")] = False,
) -> None:
    """Open the review screen: label sentences with the keyboard (press ? for help)."""
    given = given_name(annotator)
    with _store(ctx) as store:
        _run_review(store, known_reviewer(store, given), article, hints=not no_hints)


@app.command("demo")
@reports_errors
def demo_command(
    ctx: typer.Context,
    annotator: AnnotatorOption = None,
) -> None:
    """Import the sample articles into a demo database of their own and open
    the review screen on them. Your own data is never touched (--db picks
    another database)."""
    from annotator.hints.report import import_registry
    from annotator.ingest import import_paths
    from annotator.samples import SAMPLE_REGISTRY, SAMPLES_DIR, demo_database

    given = given_name(annotator)
    target = _options(ctx).db or str(demo_database())
    from annotator.store import AnnotationStore

    store = AnnotationStore.open(target)
    try:
        report = import_paths(store, [SAMPLES_DIR])
        # The sample people, so the name checks have something to check against.
        people = "" if store.people() else f", {import_registry(store, SAMPLE_REGISTRY, verified_by='demo')[0]} sample people"
        stderr.print(as_text(
            f"Demo database: {store.location} ({len(report.imported)} new, "
            f"{len(report.already_imported)} already there{people})."), highlight=False
        )
        _run_review(store, known_reviewer(store, given), None)
    finally:
        store.close()


def _run_review(store, reviewer: str | None, article_id: int | None, *, hints: bool = True) -> None:
    """Run the review UI; with no reviewer name yet, it asks for one first."""
    from annotator.tui.app import make_app

    if article_id is not None:
        store.require(articles=[article_id])  # a missing article is a one-line error, before the UI
    ui = make_app(store, reviewer, article_id=article_id, preload=True, hints=hints)
    ui.run()
    if ui.return_code:
        raise typer.Exit(ui.return_code)


UI_COMMANDS = ("review", "demo", "adjudicate")

import annotator.settings_cli  # noqa: E402,F401  (registers `annotator settings`; it imports this module)
import annotator.codebook_cli  # noqa: E402,F401  (registers `annotator codebook`; it imports this module)


def main() -> None:
    """Console-script entry point (see ``annotator.cli_process``)."""
    cli_process.main()
