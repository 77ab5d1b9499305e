"""``annotator assign``, ``unassign`` and ``progress``: a team study's
assignments and how far it has got (``annotator.study`` through the API)."""

# No `from __future__ import annotations`: Typer would evaluate every
# parameter's annotation string at start-up (see annotator.cli.common).
from typing import Annotated

import typer

from annotator.cli.common import JsonOption, open_database, print_json, reports_errors
from annotator.cli.console import stdout
from annotator.errors import UsageError
from annotator.exports.display_text import assemble


def _reviewer_list(value: str | None) -> list[str]:
    names = [name.strip() for name in (value or "").split(",") if name.strip()]
    if not names:
        raise UsageError("--reviewers takes names separated by commas, e.g. --reviewers alice,bob,carol")
    return names


@reports_errors
def assign_command(
    ctx: typer.Context,
    reviewers: Annotated[
        str | None, typer.Option("--reviewers", metavar="A,B,C", help="The reviewers, separated by commas.")
    ] = None,
    per_article: Annotated[
        int | None, typer.Option("--per-article", metavar="N", help="Distinct reviewers per article.")
    ] = None,
    extra_share: Annotated[
        float, typer.Option("--extra-share", metavar="SHARE", help="Share of articles (0 to 1) given more reviewers.")
    ] = 0.0,
    extra_per_article: Annotated[
        int | None, typer.Option("--extra-per-article", metavar="N", help="Reviewers for that share.")
    ] = None,
    article: Annotated[
        list[int] | None, typer.Option("--article", metavar="ID", help="Only this article (repeatable).")
    ] = None,
    seed: Annotated[
        int | None, typer.Option("--seed", metavar="N", help="Seed of the draw (the same seed, the same result).")
    ] = None,
    show: Annotated[bool, typer.Option("--show", help="List the assignments instead.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Give each article not yet assigned to N distinct reviewers, balancing
    their load in sentences; re-running assigns only new articles. With
    --show, list who has which article."""
    if show:
        _show(ctx, article or (), as_json)
        return
    if per_article is None:
        raise UsageError("assign needs --per-article N (or --show to list the assignments)")
    names = _reviewer_list(reviewers)
    from annotator.assignment_plan import PlanError
    from annotator.identity import login_name

    with open_database(ctx) as db:
        try:
            result = db.study.assign(
                names,
                per_article=per_article,
                extra_share=extra_share,
                extra_per_article=extra_per_article,
                articles=article or (),
                seed=seed,
                by=login_name() or "unknown",
            )
        except (PlanError, ValueError) as exc:
            raise UsageError(str(exc)) from None
    if as_json:
        print_json(
            {
                "seed": result.seed,
                "articles": result.articles,
                "assignments": result.assignments,
                "already_assigned": result.already,
                "sentences_per_reviewer": result.load,
            }
        )
        return
    if not result.articles:
        stdout.print(
            f"Nothing to assign: {result.already:,} article(s) already have reviewers "
            "(`annotator unassign` to start again).",
            highlight=False,
        )
        return
    stdout.print(
        f"Assigned {result.articles:,} article(s): {result.assignments:,} assignments, seed {result.seed} "
        "(the same seed gives the same result).",
        highlight=False,
    )
    for name, sentences in sorted(result.load.items()):
        stdout.print(assemble("  ", (name, "bold"), f": {sentences:,} sentences"), highlight=False)


def _show(ctx: typer.Context, articles: list[int] | tuple, as_json: bool) -> None:
    with open_database(ctx) as db:
        rows = db.study.assignments(articles=articles)
    if as_json:
        print_json(
            [
                {
                    "article_id": r.article_id,
                    "title": r.title,
                    "reviewer": r.reviewer,
                    "sentences": r.sentences,
                    "seed": r.seed,
                }
                for r in rows
            ]
        )
        return
    if not rows:
        stdout.print("No assignments yet: `annotator assign --reviewers A,B,C --per-article 2`.", highlight=False)
        return
    by_article: dict[int, list] = {}
    for row in rows:
        by_article.setdefault(row.article_id, []).append(row)
    for article_id, group in by_article.items():
        stdout.print(
            assemble(
                f"{article_id:>6}  ",
                (group[0].title, "bold"),
                f"  ({group[0].sentences} sentences): ",
                ", ".join(r.reviewer for r in group),
            ),
            highlight=False,
            soft_wrap=True,
        )


@reports_errors
def unassign_command(
    ctx: typer.Context,
    article: Annotated[
        list[int] | None, typer.Option("--article", metavar="ID", help="This article's assignments (repeatable).")
    ] = None,
    reviewer: Annotated[
        list[str] | None, typer.Option("--reviewer", metavar="NAME", help="This reviewer's assignments (repeatable).")
    ] = None,
    everything: Annotated[bool, typer.Option("--all", help="Every assignment.")] = False,
) -> None:
    """Remove assignments (labels already given stay)."""
    if not (article or reviewer or everything):
        raise UsageError("unassign needs --article ID, --reviewer NAME or --all")
    with open_database(ctx) as db:
        removed = db.study.unassign(articles=article or (), reviewers=reviewer or ())
    stdout.print(f"Removed {removed:,} assignment(s); labels already given stay.", highlight=False)


@reports_errors
def progress_command(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """How far the study has got: per reviewer assigned and finished
    sentences, median seconds per label, last label and agreement with the
    others; articles finished; overlap achieved; alpha on the finished overlap."""
    from annotator.exports.progress_report import progress_json, render_progress

    with open_database(ctx) as db:
        progress = db.study.progress()
    if as_json:
        print_json(progress_json(progress))
    else:
        stdout.print(render_progress(progress))
