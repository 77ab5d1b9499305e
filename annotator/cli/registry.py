"""``annotator registry``: the verified people the hints check names against."""

# No `from __future__ import annotations`: Typer would evaluate every
# parameter's annotation string at start-up (see annotator.cli.common).
from pathlib import Path
from typing import Annotated

import typer

from annotator.cli.common import AnnotatorOption, JsonOption, error, open_database, print_json, reports_errors
from annotator.cli.console import stdout
from annotator.errors import AnnotatorError, UsageError
from annotator.exports.display_text import as_text
from annotator.identity import given_name, known_reviewer, login_name, no_name_message

registry_app = typer.Typer(help="The registry of verified people that hints check names against.", no_args_is_help=True)


def _verifier(db, given: str | None) -> str:
    """Who verified a person: the reviewer name if there is one, else the
    login name (a registry entry is not a label: nobody is counted)."""
    name = known_reviewer(db, given_name(given))
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
    start: Annotated[
        str | None, typer.Option("--from", metavar="DATE", help="The role's first day (YYYY-MM-DD).")
    ] = None,
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
    with open_database(ctx) as db:
        created = db.add_person(
            clean,
            verified_by=_verifier(db, verified_by),
            aliases=list(alias or ()),
            role=(title, org or "", start, end) if title else None,
            note=note,
        )
    stdout.print(as_text(f"{'Added' if created else 'Updated'} {clean}."), highlight=False)


@registry_app.command("import")
@reports_errors
def registry_import_command(
    ctx: typer.Context,
    file: Annotated[
        Path, typer.Argument(metavar="FILE.csv", help="Columns: name, aliases, title, organisation, from, to, note.")
    ],
    verified_by: AnnotatorOption = None,
) -> None:
    """Load people from a CSV file: one row per role, aliases separated by ';'."""
    from annotator.readers import FileRejected

    with open_database(ctx) as db:
        try:
            new, updated, skipped = db.import_people(file, verified_by=_verifier(db, verified_by))
        except FileRejected as exc:
            raise AnnotatorError(f"{file}: {exc}") from None
    for where, reason in skipped:
        error(f"{file}:{where.removeprefix('line ')}: {reason}")
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

    with open_database(ctx) as db:
        people = db.people()
    if as_json:
        print_json(
            [
                {
                    "name": p.name,
                    "aliases": p.aliases,
                    "roles": [{"title": t, "organisation": o, "from": f, "to": u} for t, o, f, u in p.roles],
                    "verified_by": p.verified_by,
                    "verified_at": p.verified_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "note": p.note,
                }
                for p in people
            ]
        )
    else:
        stdout.print(people_table(people))


@registry_app.command("remove")
@reports_errors
def registry_remove_command(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="The person's name as listed.")],
) -> None:
    """Remove a person from the registry."""
    with open_database(ctx) as db:
        db.remove_person(" ".join(name.split()))
    stdout.print(as_text(f"Removed {name}."), highlight=False)
