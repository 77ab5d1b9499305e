"""A team study on a database: assigning articles to reviewers, the
"assigned articles only" setting, and progress. The CLI and the Python API
both call these; nothing here prints."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass, replace

from annotator.assignment_plan import PlanError, plan_assignments
from annotator.db import assignments as rows
from annotator.db import settings
from annotator.db.assignments import AssignmentRow
from annotator.exports.progress import ReviewerProgress, StudyProgress, study_progress
from annotator.exports.study_source import read_study_rows
from annotator.store import AnnotationStore

# When on, the review screen lists only a reviewer's assigned articles.
ASSIGNED_ONLY = settings.ASSIGNED_ONLY


@dataclass(frozen=True)
class AssignResult:
    """What ``assign`` did."""

    seed: int
    articles: int  # articles given reviewers this time
    assignments: int  # (article, reviewer) rows written
    already: int  # articles named or present that already had reviewers
    load: dict[str, int]  # sentences per reviewer after the draw


class Study:
    """The study on one database (``AnnotationDatabase.study``)."""

    def __init__(self, store: AnnotationStore) -> None:
        self._store = store

    def assign(
        self,
        reviewers: Sequence[str],
        *,
        per_article: int,
        extra_share: float = 0.0,
        extra_per_article: int | None = None,
        articles: Sequence[int] = (),
        seed: int | None = None,
        by: str,
    ) -> AssignResult:
        """Give each article not yet assigned (of ``articles``, or all) to
        ``per_article`` distinct reviewers, balancing their load in sentences
        (``extra_per_article`` for a share ``extra_share`` of the articles);
        the same ``seed`` gives the same result (one is drawn and returned
        when none is given). Raises ``PlanError`` or ``ValueError`` (one
        line) for impossible inputs, and changes nothing then."""
        from annotator.reviewer_names import reviewer_name

        self._store.require_lead("assigning articles")
        names = [reviewer_name(name) for name in reviewers]
        if articles:
            self._store.require(articles=articles)
        seed = secrets.randbelow(2**31) if seed is None else seed
        with self._store.database.write_connection() as conn:
            todo = rows.article_sizes(conn=conn, only=articles, unassigned=True)
            considered = rows.article_sizes(conn=conn, only=articles, unassigned=False)
            plan = plan_assignments(
                todo,
                names,
                per_article=per_article,
                extra_share=extra_share,
                extra_per_article=extra_per_article,
                seed=seed,
                load=rows.reviewer_loads(conn=conn),
            )
            written = rows.write_assignments(
                conn=conn, plan=[(p.article_id, p.reviewers) for p in plan], seed=seed, assigned_by=by
            )
            load = rows.reviewer_loads(conn=conn)
        return AssignResult(seed, len(plan), written, len(considered) - len(todo), load)

    def assignments(self, *, articles: Sequence[int] = (), reviewers: Sequence[str] = ()) -> list[AssignmentRow]:
        """The study's assignments, by article then reviewer."""
        with self._store.database.read_connection() as conn:
            return rows.list_assignments(conn=conn, articles=articles, reviewers=reviewers)

    def unassign(self, *, articles: Sequence[int] = (), reviewers: Sequence[str] = ()) -> int:
        """Remove assignments (of these articles and/or reviewers; all when
        both are empty); labels already given stay. Returns how many."""
        self._store.require_lead("removing assignments")
        if articles or reviewers:
            self._store.require(articles=articles, reviewers=reviewers)
        with self._store.database.write_connection() as conn:
            return rows.remove_assignments(conn=conn, articles=articles, reviewers=reviewers)

    def overlap_articles(self) -> list[int]:
        """The articles planned for two or more reviewers (the study's overlap)."""
        with self._store.database.read_connection() as conn:
            return rows.overlap_article_ids(conn=conn)

    def assigned_articles(self, reviewer: str) -> list[int]:
        """The articles assigned to ``reviewer``."""
        with self._store.database.read_connection() as conn:
            return rows.assigned_article_ids(conn=conn, reviewer=reviewer)

    @property
    def assigned_only(self) -> bool:
        """Whether reviewers see only their assigned articles."""
        with self._store.database.read_connection() as conn:
            return settings.get_setting(conn=conn, name=ASSIGNED_ONLY) == "on"

    def set_assigned_only(self, on: bool) -> None:
        """Show reviewers only their assigned articles (``on``), or every article."""
        self._store.require_lead("changing the study's settings")
        with self._store.database.write_connection() as conn:
            settings.set_setting(conn=conn, name=ASSIGNED_ONLY, value="on" if on else None)

    def progress_of(self, reviewer: str) -> list[ReviewerProgress]:
        """One reviewer's own progress (none of the others' figures: what a
        reviewer may see in a blind study); empty if they have no part yet."""
        values = tuple(self._store.codebook().values)
        everyone = study_progress(read_study_rows(self._store.database.raw_reader(), values))
        return [
            replace(r, agreement_with_others=None, shared_sentences=0)
            for r in everyone.reviewers
            if r.reviewer == reviewer
        ]

    def progress(self) -> StudyProgress:
        """The study's progress (see ``exports.progress``). Under a
        reviewer's PostgreSQL role in a blind study that is a lead's job
        (``RoleError``): the server would show only the reviewer's own labels."""
        self._store.require_every_reviewers_labels("progress")
        values = tuple(self._store.codebook().values)
        return study_progress(read_study_rows(self._store.database.raw_reader(), values))


__all__ = ["ASSIGNED_ONLY", "AssignResult", "PlanError", "Study"]
