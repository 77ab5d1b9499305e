"""Merging gold labels from elsewhere (a ``wide`` or ``dataset`` export):
the newer adjudication wins, as labels do, and keeps its adjudicator.

Call inside a write transaction (``Database.write``): SQLite holds the
whole database from the start (``BEGIN IMMEDIATE``) and PostgreSQL locks the
rows read (``FOR UPDATE``); a row another adjudicator inserts meanwhile is
only replaced by a newer one (the upsert's ``WHERE``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple, cast

from sqlalchemy import Table, select, update
from sqlmodel import Session

from annotator.db.dialects import dialect_of
from annotator.db.models import GoldLabel

IMPORTED, UPDATED, UNCHANGED = "imported", "updated", "unchanged"


class GoldRow(NamedTuple):
    """An adjudication to merge (``at`` is timezone-aware)."""

    sentence_id: int
    label: str | None
    note: str | None
    adjudicator: str
    at: datetime


def merge_gold(*, session: Session, rows: Sequence[GoldRow]) -> list[str]:
    """Merge the rows in order; returns ``imported``, ``updated`` or
    ``unchanged`` for each. Ties go to the adjudication already here, and
    one that says the same is unchanged whatever its time."""
    # SQLModel declares no __table__ on the class; SQLAlchemy sets a Table there.
    table = cast(Table, GoldLabel.__table__)  # type: ignore[attr-defined]
    c = table.c
    current = {
        sentence_id: (label, note, adjudicator, at)
        for sentence_id, label, note, adjudicator, at in session.execute(
            select(c.sentence_id, c.label, c.note, c.adjudicator, c.created_at)
            .where(c.sentence_id.in_(sorted({row.sentence_id for row in rows})))
            .order_by(c.sentence_id)
            .with_for_update()
        )
    }
    outcomes = []
    for row in rows:
        values = {"label": row.label, "note": row.note, "adjudicator": row.adjudicator, "created_at": row.at}
        old = current.get(row.sentence_id)
        if old is not None and (old[:3] == (row.label, row.note, row.adjudicator) or old[3] >= row.at):
            outcomes.append(UNCHANGED)
            continue
        if old is None:
            insert = dialect_of(session).insert(table).values(sentence_id=row.sentence_id, **values)
            written = session.execute(
                insert.on_conflict_do_update(
                    index_elements=["sentence_id"], set_=values, where=c.created_at < insert.excluded.created_at
                ).returning(c.sentence_id)
            ).first()
            outcome = IMPORTED
        else:
            written = session.execute(
                update(table)
                .where(c.sentence_id == row.sentence_id, c.created_at < row.at)
                .values(**values)
                .returning(c.sentence_id)
            ).first()
            outcome = UPDATED
        if written is None:  # someone else's newer adjudication got there first
            outcomes.append(UNCHANGED)
            continue
        current[row.sentence_id] = (row.label, row.note, row.adjudicator, row.at)
        outcomes.append(outcome)
    return outcomes
