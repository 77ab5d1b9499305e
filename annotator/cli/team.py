"""``annotator team``: the PostgreSQL login roles of a study's reviewers and
leads (``db.roles``; the policies are migration 0007's). Run by the schema
owner (or another role allowed to create roles); on SQLite each command says
in one line that roles need PostgreSQL."""

# No `from __future__ import annotations`: Typer would evaluate every
# parameter's annotation string at start-up (see annotator.cli.common).
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated

import typer

from annotator.cli.common import JsonOption, open_database, print_json, reports_errors
from annotator.cli.console import stdout
from annotator.errors import AnnotatorError, UsageError
from annotator.identity import checked_name

if TYPE_CHECKING:
    from sqlalchemy import Connection

team_app = typer.Typer(
    help="PostgreSQL roles of the study's reviewers and leads: add, list, remove.", no_args_is_help=True
)


@contextmanager
def _team_connection(ctx: typer.Context, *, write: bool) -> "Iterator[Connection]":
    """A connection to the database (a write transaction if ``write``);
    one line and exit code 1 on SQLite."""
    from annotator.db import roles

    with open_database(ctx) as db:
        database = db.store.database
        if database.dialect.name != "postgresql":
            raise AnnotatorError(roles.NEEDS_POSTGRESQL)
        if write:
            with database.write_connection() as conn:
                yield conn
        else:
            with database.read_connection() as conn:
                yield conn


@team_app.command("add")
@reports_errors
def team_add_command(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="The reviewer's name (as their labels show it).")],
    lead: Annotated[
        bool, typer.Option("--lead", help="A lead: reads everything, adjudicates, assigns, changes settings.")
    ] = False,
    role: Annotated[
        str | None,
        typer.Option(
            "--role",
            metavar="ROLE",
            help="The login role's name. Default: the reviewer name in lower case, other characters as _.",
        ),
    ] = None,
    generate_password: Annotated[
        bool,
        typer.Option(
            "--generate-password", help="Make a random password and print it once, instead of asking for one."
        ),
    ] = False,
) -> None:
    """Create a PostgreSQL login role for reviewer NAME, tie it to their
    reviewer row and grant it the reviewer (or, with --lead, the lead) role.

    Run it as the schema owner. The reviewer then connects with their own
    role in the URL (postgresql+psycopg://ROLE:PASSWORD@host/database).
    """
    from annotator.db import roles
    from annotator.db.types import utcnow

    reviewer = checked_name(name)
    try:
        role_name = roles.checked_role_name(role if role is not None else roles.role_name_for(reviewer))
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    with _team_connection(ctx, write=True) as conn:
        if generate_password:
            password = roles.new_password()
        else:
            password = typer.prompt(f"Password for role {role_name}", hide_input=True, confirmation_prompt=True)
            if not password:
                raise UsageError("the password is empty")
        try:
            member = roles.add_member(conn, name=reviewer, role=role_name, password=password, lead=lead, now=utcnow())
        except ValueError as exc:  # a NUL in the password
            raise UsageError(str(exc)) from None
        groups = dict(zip((roles.REVIEWER, roles.LEAD), roles.groups_of(conn)))
    stdout.print(
        f"Added {member.group} {reviewer!r} as PostgreSQL login role {role_name!r} "
        f"(member of {groups[member.group]!r}).",
        highlight=False,
        markup=False,
    )
    if generate_password:
        stdout.print(f"Password for role {role_name!r} (shown only now): {password}", highlight=False, markup=False)


@team_app.command("list")
@reports_errors
def team_list_command(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """List the study's login roles: leads first, then reviewers."""
    from annotator.db import roles

    with _team_connection(ctx, write=False) as conn:
        members = roles.team(conn)
        reviewer_group, lead_group = roles.groups_of(conn)
    if as_json:
        print_json(
            {"groups": {roles.REVIEWER: reviewer_group, roles.LEAD: lead_group}, "team": [m.as_json() for m in members]}
        )
        return
    if not members:
        stdout.print(
            "No team yet: add reviewers with `annotator team add NAME` (leads with --lead).",
            highlight=False,
            markup=False,
        )
        return
    for m in members:
        shown = m.name if m.name is not None else "(no reviewer row)"
        login = "" if m.can_login else "  (cannot log in)"
        stdout.print(f"{m.group:<8}  {m.role:<20}  {shown}{login}", highlight=False, markup=False)


@team_app.command("remove")
@reports_errors
def team_remove_command(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="The reviewer's name, or their role.")],
) -> None:
    """Drop the login role of reviewer NAME. Their labels and log stay (under their name)."""
    from annotator.db import roles

    with _team_connection(ctx, write=True) as conn:
        member = roles.remove_member(conn, name=name.strip())
    stdout.print(
        f"Removed role {member.role!r}" + (f" of {member.name!r}" if member.name else "") + "; the labels stay.",
        highlight=False,
        markup=False,
    )
