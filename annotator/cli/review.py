"""``annotator review``, ``adjudicate`` and ``demo``: the commands that open
the Textual screens (loaded only here, so the other commands start fast)."""

# No `from __future__ import annotations`: Typer would evaluate every
# parameter's annotation string at start-up (see annotator.cli.common).
from typing import Annotated

import typer

from annotator.cli.common import (
    AnnotatorOption,
    ArticleFilter,
    OverlapOption,
    open_database,
    options,
    reports_errors,
    with_overlap,
)
from annotator.cli.console import stderr
from annotator.exports.display_text import as_text
from annotator.identity import ANNOTATOR_ENV, given_name, known_reviewer

UI_COMMANDS = ("review", "demo", "adjudicate")


@reports_errors
def review_command(
    ctx: typer.Context,
    annotator: AnnotatorOption = None,
    article: Annotated[int | None, typer.Option("--article", metavar="ID", help="Open this article directly.")] = None,
    no_hints: Annotated[bool, typer.Option("--no-hints", help="No hints this session (blind studies).")] = False,
) -> None:
    """Open the review screen: label sentences with the keyboard (press ? for help)."""
    given = given_name(annotator)
    with open_database(ctx) as db:
        _run_review(db, known_reviewer(db, given), article, hints=not no_hints)


@reports_errors
def adjudicate_command(
    ctx: typer.Context,
    adjudicator: Annotated[
        str | None,
        typer.Option(
            "--adjudicator",
            metavar="NAME",
            help=f"Your name. Default: ${ANNOTATOR_ENV}, then the name remembered for your login (asked for once).",
        ),
    ] = None,
    article: ArticleFilter = None,
    overlap: OverlapOption = False,
) -> None:
    """Settle disagreements into gold labels, sentence by sentence (press ? for help)."""
    from annotator.tui.app import make_app

    given = given_name(adjudicator, option="--adjudicator")
    with open_database(ctx) as db:
        db.require(articles=article or ())
        db.store.require_lead("adjudicating (gold labels)")
        articles = with_overlap(db, article, overlap)
        ui = make_app(db.store, known_reviewer(db, given), adjudicate=True, article_ids=tuple(articles))
        ui.run()
    if ui.return_code:
        raise typer.Exit(ui.return_code)


@reports_errors
def demo_command(
    ctx: typer.Context,
    annotator: AnnotatorOption = None,
) -> None:
    """Import the sample articles into a demo database of their own and open
    the review screen on them. Your own data is never touched (--db picks
    another database)."""
    from annotator.samples import SAMPLE_REGISTRY, SAMPLES_DIR, demo_database

    given = given_name(annotator)
    with open_database(ctx, options(ctx).db or str(demo_database())) as db:
        report = db.import_files(SAMPLES_DIR)
        # The sample people, so the name checks have something to check against.
        people = "" if db.people() else f", {db.import_people(SAMPLE_REGISTRY, verified_by='demo')[0]} sample people"
        stderr.print(
            as_text(
                f"Demo database: {db.location} ({len(report.imported)} new, "
                f"{len(report.already_imported)} already there{people})."
            ),
            highlight=False,
        )
        _run_review(db, known_reviewer(db, given), None)


def _run_review(db, reviewer: str | None, article_id: int | None, *, hints: bool = True) -> None:
    """Run the review UI; with no reviewer name yet, it asks for one first."""
    from annotator.tui.app import make_app

    if article_id is not None:
        db.require(articles=[article_id])  # a missing article is a one-line error, before the UI
    ui = make_app(db.store, reviewer, article_id=article_id, preload=True, hints=hints)
    ui.run()
    if ui.return_code:
        raise typer.Exit(ui.return_code)
