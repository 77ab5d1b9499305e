"""A study's progress as Rich tables and as JSON (``annotator progress``).
Names and titles are shown as literal text."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.text import Text

from annotator.exports.display_text import as_text
from annotator.exports.fitted_table import GIVES_WAY, FittedColumn, FittedTable
from annotator.exports.progress import ReviewerProgress, StudyProgress


def progress_json(progress: StudyProgress) -> dict[str, Any]:
    """The progress as one JSON-ready document (keys in the README)."""
    return {
        "reviewers": [
            {
                "reviewer": r.reviewer,
                "assigned_articles": r.assigned_articles,
                "assigned_sentences": r.assigned_sentences,
                "finished_sentences": r.finished_sentences,
                "median_seconds": r.median_seconds,
                "last_activity": r.last_activity,
                "agreement_with_others": r.agreement_with_others,
                "shared_sentences": r.shared_sentences,
            }
            for r in progress.reviewers
        ],
        "articles": [
            {
                "article_id": a.article_id,
                "title": a.title,
                "sentences": a.sentences,
                "planned": list(a.planned),
                "finished": list(a.finished),
            }
            for a in progress.articles
        ],
        "overlap": {
            "planned_sentences": progress.planned_overlap_sentences,
            "labelled_sentences": progress.overlap_sentences,
            "finished_sentences": progress.finished_overlap_sentences,
        },
        "alpha": progress.alpha,
        "alpha_interval": list(progress.alpha_interval) if progress.alpha_interval else None,
    }


def _figure(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _share(part: int, whole: int) -> str:
    return f"{part:,}/{whole:,}" + (f" ({part / whole:.0%})" if whole else "")


def render_own_progress(mine: ReviewerProgress | None) -> RenderableType:
    """A reviewer's own line (a blind study shows nothing of the others)."""
    if mine is None:
        return Text("You have no part in the study yet: nothing is assigned to you and you have not labelled.")
    return Text(
        f"Review is blind: your own progress only.\n\nYou have {_share(mine.finished_sentences, mine.assigned_sentences)}"
        f" of the sentences of your {mine.assigned_articles:,} assigned article(s) labelled; "
        f"median {_figure(mine.median_seconds, 1)} s per label."
    )


def render_progress(progress: StudyProgress) -> RenderableType:
    """Per reviewer, per article (counts), the overlap and the agreement on it."""
    if not progress.assigned:
        return Text(
            "Nothing is assigned yet: run `annotator assign --reviewers A,B,C --per-article 2` to start a study."
        )
    reviewers = FittedTable(
        "Reviewers",
        [
            FittedColumn("reviewer", "left", GIVES_WAY),
            FittedColumn("articles"),
            FittedColumn("done"),
            FittedColumn("s/label"),
            FittedColumn("agrees"),
            FittedColumn("shared"),
            FittedColumn("last label", "left"),
        ],
        [
            (
                as_text(r.reviewer),
                f"{r.assigned_articles:,}",
                _share(r.finished_sentences, r.assigned_sentences),
                _figure(r.median_seconds, 1),
                _figure(r.agreement_with_others),
                f"{r.shared_sentences:,}",
                (r.last_activity or "never")[5:16].replace("T", " ") if r.last_activity else "never",
            )
            for r in progress.reviewers
        ],
    )
    planned = [a for a in progress.articles if a.planned]
    done = sum(1 for a in planned if len(a.finished) == len(a.planned))
    partly = sum(1 for a in planned if 0 < len(a.finished) < len(a.planned))
    lines = [
        Text(
            f"Articles: {len(planned):,} assigned; {done:,} finished by all their planned reviewers, "
            f"{partly:,} by some, {len(planned) - done - partly:,} by none; "
            f"{len(progress.articles) - len(planned):,} not assigned."
        ),
        Text(
            f"Overlap: {_share(progress.overlap_sentences, progress.planned_overlap_sentences)} planned shared "
            f"sentences labelled by two or more of their reviewers; {progress.finished_overlap_sentences:,} in "
            "articles two or more have finished."
        ),
        Text(
            "Agreement on the finished overlap: "
            + (
                f"alpha {_figure(progress.alpha)}"
                + (
                    f" (95% interval {progress.alpha_interval[0]:.3f} to {progress.alpha_interval[1]:.3f})"
                    if progress.alpha_interval
                    else ""
                )
                if progress.alpha is not None
                else "not yet (no article finished by two reviewers)"
            )
        ),
    ]
    return Group(reviewers, *lines)
