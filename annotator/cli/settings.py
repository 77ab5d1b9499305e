"""``annotator settings``: study-wide settings kept in the database, so they
hold for every reviewer and machine using it (blind review), and the
reviewer name remembered for a login."""

# No `from __future__ import annotations`: Typer would evaluate every
# parameter's annotation string at start-up (see annotator.cli.common).
from typing import Annotated

import typer

from annotator.cli.common import JsonOption, open_database, print_json, reports_errors
from annotator.cli.console import stdout
from annotator.errors import AnnotatorError, UsageError
from annotator.exports.display_text import assemble
from annotator.identity import checked_name, login_name

settings_app = typer.Typer(
    help="Study-wide settings kept in the database: blind review, remembered reviewer names.", no_args_is_help=True
)


@settings_app.command("show")
@reports_errors
def settings_show_command(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Show whether review is blind, whether reviewers see only their assigned
    articles, and the reviewer name remembered for each login."""
    with open_database(ctx) as db:
        blind, reviewers = db.study_settings()
        assigned_only = db.study.assigned_only
    if as_json:
        print_json({"blind": blind, "assigned_only": assigned_only, "reviewers": reviewers})
        return
    stdout.print(f"blind review: {'on' if blind else 'off'}", highlight=False)
    stdout.print(f"reviewers see only their assigned articles: {'on' if assigned_only else 'off'}", highlight=False)
    if not reviewers:
        stdout.print("reviewer names: none remembered", highlight=False)
    for login, name in sorted(reviewers.items()):
        stdout.print(assemble("reviewer name for login ", login, ": ", (name, "bold")), highlight=False)


@settings_app.command("blind")
@reports_errors
def settings_blind_command(
    ctx: typer.Context,
    state: Annotated[str, typer.Argument(metavar="on|off", help="on: reviewers see only their own figures.")],
) -> None:
    """Make review blind for everyone using this database, or not.

    While it is on, the agreement overview (A) and the article list show a
    reviewer only their own figures, and say the study is blind.
    """
    if state not in ("on", "off"):
        raise UsageError(f"blind takes on or off (got {state!r})")
    with open_database(ctx) as db:
        db.set_blind(state == "on")
    stdout.print(
        "Review in this database is blind: reviewers see only their own figures."
        if state == "on"
        else "Review in this database is not blind: reviewers see every reviewer's figures.",
        highlight=False,
    )


@settings_app.command("assigned-only")
@reports_errors
def settings_assigned_only_command(
    ctx: typer.Context,
    state: Annotated[str, typer.Argument(metavar="on|off", help="on: reviewers see only their assigned articles.")],
) -> None:
    """Show each reviewer only the articles assigned to them (see `annotator assign`), or every article.

    Either way a reviewer's assigned articles come first in their list, and
    `n` goes to the next assigned unfinished one.
    """
    if state not in ("on", "off"):
        raise UsageError(f"assigned-only takes on or off (got {state!r})")
    with open_database(ctx) as db:
        db.study.set_assigned_only(state == "on")
    stdout.print(
        "Reviewers now see only the articles assigned to them."
        if state == "on"
        else "Reviewers now see every article (their assigned ones first).",
        highlight=False,
    )


@settings_app.command("reviewer")
@reports_errors
def settings_reviewer_command(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="Your reviewer name.")],
) -> None:
    """Remember NAME as your reviewer name in this database (for your login).

    Commands then use it when neither --annotator nor $ANNOTATOR_NAME is given.
    """
    checked = checked_name(name)
    login = login_name()
    if login is None:
        raise AnnotatorError(
            "this session has no login name to remember a reviewer name for: "
            "give --annotator NAME or set ANNOTATOR_NAME"
        )
    with open_database(ctx) as db:
        db.remember_reviewer(login, checked)
    stdout.print(assemble("Login ", login, " reviews as ", (checked, "bold"), " in this database."), highlight=False)
