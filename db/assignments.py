"""Assignments in the database: which articles still need reviewers, each
reviewer's load, writing a plan, listing and removing assignments."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, insert, select

from annotator.db.crud import ensure_annotator
from annotator.db.tables import annotator, article, assignment, sentence
from annotator.db.types import utcnow

# Rows per INSERT: far below both engines' parameter limits.
_BATCH = 2_000


@dataclass(frozen=True)
class AssignmentRow:
    """One article given to one reviewer."""

    article_id: int
    title: str
    reviewer: str
    sentences: int
    seed: int | None


def article_sizes(*, conn: Connection, only: Sequence[int] = (), unassigned: bool = True) -> dict[int, int]:
    """{article id: sentence count}, for the articles named in ``only`` (all
    when empty), without those that already have reviewers when ``unassigned``."""
    counts = select(sentence.c.article_id, func.count().label("n")).group_by(sentence.c.article_id).subquery()
    query = select(article.c.id, func.coalesce(counts.c.n, 0)).select_from(
        article.outerjoin(counts, counts.c.article_id == article.c.id)
    )
    if only:
        query = query.where(article.c.id.in_(list(only)))
    if unassigned:
        query = query.where(~select(assignment.c.id).where(assignment.c.article_id == article.c.id).exists())
    return {article_id: n for article_id, n in conn.execute(query)}


def reviewer_loads(*, conn: Connection) -> dict[str, int]:
    """Sentences each reviewer already has in their assigned articles."""
    counts = select(sentence.c.article_id, func.count().label("n")).group_by(sentence.c.article_id).subquery()
    query = (
        select(annotator.c.name, func.coalesce(func.sum(counts.c.n), 0))
        .select_from(
            assignment.join(annotator, annotator.c.id == assignment.c.annotator_id).outerjoin(
                counts, counts.c.article_id == assignment.c.article_id
            )
        )
        .group_by(annotator.c.name)
    )
    return {name: int(n) for name, n in conn.execute(query)}


def write_assignments(
    *, conn: Connection, plan: Iterable[tuple[int, Sequence[str]]], seed: int | None, assigned_by: str
) -> int:
    """Store a plan of (article id, reviewers); returns the rows written."""
    plan = list(plan)
    ids = {name: ensure_annotator(conn=conn, name=name) for name in sorted({n for _, names in plan for n in names})}
    now = utcnow()
    rows = [
        {
            "article_id": article_id,
            "annotator_id": ids[name],
            "seed": seed,
            "assigned_by": assigned_by,
            "assigned_at": now,
        }
        for article_id, names in plan
        for name in names
    ]
    for start in range(0, len(rows), _BATCH):
        conn.execute(insert(assignment), rows[start : start + _BATCH])
    return len(rows)


def list_assignments(
    *, conn: Connection, articles: Sequence[int] = (), reviewers: Sequence[str] = ()
) -> list[AssignmentRow]:
    """Every assignment, by article then reviewer."""
    counts = select(sentence.c.article_id, func.count().label("n")).group_by(sentence.c.article_id).subquery()
    query = (
        select(
            assignment.c.article_id, article.c.title, annotator.c.name, func.coalesce(counts.c.n, 0), assignment.c.seed
        )
        .select_from(
            assignment.join(article, article.c.id == assignment.c.article_id)
            .join(annotator, annotator.c.id == assignment.c.annotator_id)
            .outerjoin(counts, counts.c.article_id == assignment.c.article_id)
        )
        .order_by(assignment.c.article_id, annotator.c.name)
    )
    if articles:
        query = query.where(assignment.c.article_id.in_(list(articles)))
    if reviewers:
        query = query.where(annotator.c.name.in_(list(reviewers)))
    return [AssignmentRow(*row) for row in conn.execute(query)]


def remove_assignments(*, conn: Connection, articles: Sequence[int] = (), reviewers: Sequence[str] = ()) -> int:
    """Remove assignments (of these articles and/or reviewers; all when both
    are empty); labels already given stay. Returns the rows removed."""
    query = delete(assignment)
    if articles:
        query = query.where(assignment.c.article_id.in_(list(articles)))
    if reviewers:
        ids = select(annotator.c.id).where(annotator.c.name.in_(list(reviewers)))
        query = query.where(assignment.c.annotator_id.in_(ids.scalar_subquery()))
    return conn.execute(query).rowcount or 0


def overlap_article_ids(*, conn: Connection) -> list[int]:
    """Articles assigned to two or more reviewers, in id order."""
    query = (
        select(assignment.c.article_id)
        .group_by(assignment.c.article_id)
        .having(func.count() >= 2)
        .order_by(assignment.c.article_id)
    )
    return list(conn.scalars(query))


def assigned_article_ids(*, conn: Connection, reviewer: str) -> list[int]:
    """The articles assigned to ``reviewer``, in id order."""
    query = (
        select(assignment.c.article_id)
        .join(annotator, annotator.c.id == assignment.c.annotator_id)
        .where(annotator.c.name == reviewer)
        .order_by(assignment.c.article_id)
    )
    return list(conn.scalars(query))
