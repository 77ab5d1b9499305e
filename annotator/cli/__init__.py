"""The ``annotator`` command line: thin commands over the Python API
(``annotator.api``), one module per command group; this module holds the
Typer app, the global options and the table of commands.

Exit codes: 0 success, 1 some input rejected (the rest done), 2 usage error.
Errors are one line on stderr; ``--debug`` shows the traceback instead.
The console script starts in ``annotator.cli_process`` (collector settings
and a quick exit), which imports this package once those are set.
"""

# No `from __future__ import annotations` here: Typer reads every command's
# parameters at start-up, and evaluating them from strings took about a
# third of that time.
from typing import Annotated

import typer

from annotator import cli_process
from annotator.cli import agreement, articles, exporting, importing, labels, review, study
from annotator.cli.codebook import codebook_app
from annotator.cli.common import Options, annotator_version
from annotator.cli.console import print_line, stderr, stdout
from annotator.cli.registry import registry_app
from annotator.cli.review import UI_COMMANDS
from annotator.cli.settings import settings_app
from annotator.cli.team import team_app
from annotator.cli.usage import AnnotatorGroup

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
            "--db",
            metavar="DB",
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


# The commands, in the order `annotator --help` lists them.
app.command("import")(importing.import_command)
app.command("articles")(articles.articles_command)
app.command("sentences")(articles.sentences_command)
app.command("label")(labels.label_command)
app.command("export")(exporting.export_command)
app.command("import-labels")(labels.import_labels_command)
app.command("agreement")(agreement.agreement_command)
app.command("disagreements")(agreement.disagreements_command)
app.command("adjudicate")(review.adjudicate_command)
app.command("assign")(study.assign_command)
app.command("unassign")(study.unassign_command)
app.command("progress")(study.progress_command)
app.command("hints")(articles.hints_command)
app.add_typer(registry_app, name="registry")
app.command("review")(review.review_command)
app.command("demo")(review.demo_command)
app.add_typer(settings_app, name="settings")
app.add_typer(codebook_app, name="codebook")
app.add_typer(team_app, name="team")


def main() -> None:
    """Console-script entry point (see ``annotator.cli_process``)."""
    cli_process.main()


__all__ = ["Options", "app", "main", "stderr", "stdout"]
