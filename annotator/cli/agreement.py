"""``annotator agreement`` and ``annotator disagreements``: how far reviewers agree."""

# No `from __future__ import annotations`: Typer would evaluate every
# parameter's annotation string at start-up (see annotator.cli.common).
from dataclasses import asdict
from typing import Annotated

import typer

from annotator.cli.common import (
    AnnotatorFilter,
    ArticleFilter,
    JsonOption,
    OverlapOption,
    open_database,
    print_json,
    reports_errors,
    with_overlap,
)
from annotator.cli.console import stdout


@reports_errors
def agreement_command(
    ctx: typer.Context,
    article: ArticleFilter = None,
    annotator: AnnotatorFilter = None,
    by_article: Annotated[bool, typer.Option("--by-article", help="Also alpha for each article.")] = False,
    overlap: OverlapOption = False,
    as_json: JsonOption = False,
) -> None:
    """How far reviewers agree: alpha with a 95% interval, Fleiss' kappa, AC1,
    percent agreement, Cohen's kappa per pair, per-label figures."""
    from annotator.exports.agreement_report import render_report

    with open_database(ctx) as db:
        report = db.agreement(
            articles=with_overlap(db, article, overlap), annotators=annotator or (), by_article=by_article
        )
    missing = [f"annotator {n!r}" for n in (annotator or ()) if n not in report.annotators]
    if missing:
        report.warnings.append(f"no labels from {', '.join(missing)} in this selection")
    if as_json:
        print_json(report.to_json())
    else:
        stdout.print(render_report(report))


@reports_errors
def disagreements_command(
    ctx: typer.Context,
    article: ArticleFilter = None,
    annotator: AnnotatorFilter = None,
    overlap: OverlapOption = False,
    as_json: JsonOption = False,
) -> None:
    """Every sentence where labels differ, with each reviewer's label and note."""
    from annotator.exports.agreement_report import render_disagreements

    with open_database(ctx) as db:
        items = [
            asdict(item)
            for item in db.disagreements(articles=with_overlap(db, article, overlap), annotators=annotator or ())
        ]
    if as_json:
        print_json(items)
    else:
        stdout.print(render_disagreements(items))
