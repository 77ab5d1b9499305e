"""Queries and writes. Every function takes a Core connection (``conn``,
from ``Database.read_connection`` or ``write_connection``) as a keyword and
returns plain records from ``db.records``. Core statements over
``db.tables`` only: no ORM, so a command that runs one query does not pay
for loading it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import JSON, Connection, delete, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from annotator.db.dialects import dialect_of
from annotator.db.errors import NotFoundError
from annotator.db.names import SQLNames
from annotator.db.records import (
    AdjudicationItem,
    ArticleProgress,
    ArticleSummary,
    LabelChange,
    PersonRecord,
    SentenceRecord,
)
from annotator.db.tables import annotation, article, gold_label, label_event, person, person_role, sentence
from annotator.db.tables import annotator as annotator_table  # ``annotator`` names a reviewer here
from annotator.db.types import UTCDateTime, utcnow

# Marks "leave the note as it is" apart from None ("remove the note").
KEEP_NOTE = object()


def list_articles(*, conn: Connection) -> list[ArticleSummary]:
    """Every article in import order, with per-reviewer labelled counts."""
    # Plain SQL (the same on both engines): listing articles is what every
    # `annotator articles` and the article list do first, and compiling
    # three SQLAlchemy statements took longer than running them.
    counts: dict[int, int] = dict(conn.exec_driver_sql(_SENTENCE_COUNTS).all())
    labelled: dict[int, dict[str, int]] = defaultdict(dict)
    for article_id, name, n in conn.exec_driver_sql(_LABELLED_COUNTS):
        labelled[article_id][name] = n
    articles = conn.exec_driver_sql(_ARTICLES)
    return [
        ArticleSummary(
            id=id_,
            uid=uid,
            title=title,
            source=source,
            sentences=counts.get(id_, 0),
            labelled=dict(sorted(labelled[id_].items())),
        )
        for id_, uid, title, source in articles
    ]


def article_progress(*, conn: Connection, annotator: str) -> list[ArticleProgress]:
    """Each article's size, this reviewer's labelled count, and how many
    other reviewers have labelled any of it."""
    summaries = list_articles(conn=conn)
    return [
        ArticleProgress(
            id=a.id,
            title=a.title,
            source=a.source,
            sentences=a.sentences,
            mine=a.labelled.get(annotator, 0),
            others=sum(1 for name in a.labelled if name != annotator),
        )
        for a in summaries
    ]


def annotator_marks(*, conn: Connection, article_id: int, annotator: str) -> dict[int, tuple[str | None, str | None]]:
    """One reviewer's (label, note) on an article's sentences, by sentence id."""
    rows = conn.execute(
        select(annotation.c.sentence_id, annotation.c.label, annotation.c.note)
        .join(sentence, sentence.c.id == annotation.c.sentence_id)
        .join(annotator_table, annotator_table.c.id == annotation.c.annotator_id)
        .where(sentence.c.article_id == article_id, annotator_table.c.name == annotator)
    )
    return {sentence_id: (label, note) for sentence_id, label, note in rows}


def article_title(*, conn: Connection, article_id: int) -> str:
    """An article's title; ``NotFoundError`` if there is none."""
    title: str | None = conn.scalar(select(article.c.title).where(article.c.id == article_id))
    if title is None:
        raise NotFoundError(f"article {article_id} does not exist")
    return title


def set_gold(
    *, conn: Connection, sentence_id: int, label: str | None, adjudicator: str, note: str | None = None
) -> None:
    """Set the adjudicated gold label and note of a sentence. Either may be
    ``None`` (a note may come before the label); both ``None`` removes them."""
    table = gold_label
    if label is None and not note:
        conn.execute(delete(table).where(table.c.sentence_id == sentence_id))
        return
    values = {
        "sentence_id": sentence_id,
        "label": label,
        "adjudicator": adjudicator,
        "note": note or None,
        "created_at": utcnow(),
    }
    try:
        conn.execute(
            dialect_of(conn)
            .insert(table)
            .values(**values)
            .on_conflict_do_update(
                index_elements=["sentence_id"],
                set_={
                    "label": label,
                    "adjudicator": adjudicator,
                    "note": note or None,
                    "created_at": values["created_at"],
                },
            )
        )
    except IntegrityError:
        raise NotFoundError(f"sentence {sentence_id} does not exist") from None


def adjudication_items(
    *, conn: Connection, include_all: bool = False, article_ids: tuple[int, ...] = ()
) -> list[AdjudicationItem]:
    """Sentences labelled by two or more reviewers (only those whose labels
    differ, unless ``include_all``), in reading order, with their context."""
    n, s, a, r, g = annotation, sentence, article, annotator_table, gold_label
    counted = select(n.c.sentence_id).where(n.c.label.is_not(None)).group_by(n.c.sentence_id)
    counted = counted.having(func.count() >= 2) if include_all else counted.having(func.count(n.c.label.distinct()) > 1)
    query = (
        select(
            s.c.id,
            s.c.article_id,
            s.c.position,
            s.c.paragraph,
            s.c.char_start,
            s.c.char_end,
            s.c.text,
            a.c.title,
            r.c.name,
            n.c.label,
            n.c.note,
            g.c.label,
            g.c.note,
            g.c.adjudicator,
        )
        .join(a, a.c.id == s.c.article_id)
        .join(n, (n.c.sentence_id == s.c.id) & n.c.label.is_not(None))
        .join(r, r.c.id == n.c.annotator_id)
        .outerjoin(g, g.c.sentence_id == s.c.id)
        .where(s.c.id.in_(counted))
        .order_by(s.c.article_id, s.c.position, r.c.name)
    )
    if article_ids:
        query = query.where(s.c.article_id.in_(article_ids))
    grouped: dict[int, dict[str, Any]] = {}
    for sid, aid, pos, par, start, end, words, title, name, label, note, gold, gold_note, adjudicator in conn.execute(
        query
    ):
        item = grouped.setdefault(
            sid,
            {
                "sentence": SentenceRecord(sid, aid, pos, par, start, end, words),
                "title": title,
                "labels": [],
                "gold": (gold, gold_note, adjudicator) if gold or gold_note else None,
            },
        )
        item["labels"].append((name, label, note))
    contexts = _paragraph_contexts(conn, [item["sentence"] for item in grouped.values()])
    return [
        AdjudicationItem(
            sentence=item["sentence"],
            article_title=item["title"],
            context=contexts[sid][0],
            context_index=contexts[sid][1],
            labels=item["labels"],
            gold=item["gold"],
        )
        for sid, item in grouped.items()
    ]


def _paragraph_contexts(conn: Connection, sentences: list[SentenceRecord]) -> dict[int, tuple[list[str], int]]:
    """Each sentence's paragraph as (texts, position of the sentence in it)."""
    s = sentence
    wanted = {(x.article_id, x.paragraph) for x in sentences}
    paragraphs: dict[tuple[int, int], list[tuple[int, str]]] = defaultdict(list)
    for article_id in {a for a, _ in wanted}:
        rows = conn.execute(
            select(s.c.article_id, s.c.paragraph, s.c.id, s.c.text)
            .where(s.c.article_id == article_id)
            .order_by(s.c.position)
        )
        for aid, paragraph, sid, words in rows:
            if (aid, paragraph) in wanted:
                paragraphs[(aid, paragraph)].append((sid, words))
    result = {}
    for x in sentences:
        members = paragraphs[(x.article_id, x.paragraph)]
        result[x.id] = ([words for _, words in members], [sid for sid, _ in members].index(x.id))
    return result


def add_person(
    *,
    conn: Connection,
    name: str,
    verified_by: str,
    aliases: Sequence[str] = (),
    role: tuple[str, str, str | None, str | None] | None = None,
    note: str | None = None,
) -> bool:
    """Add a verified person, or add aliases, a role or a note to one.
    Returns True if the person is new."""
    p = person
    inserted = conn.execute(
        dialect_of(conn)
        .insert(p)
        .values(name=name, aliases=[], verified_by=verified_by, verified_at=utcnow(), note=note)
        .on_conflict_do_nothing(index_elements=["name"])
        .returning(p.c.id)
    ).first()
    person_id, existing, old_note = conn.execute(
        select(p.c.id, p.c.aliases, p.c.note).where(p.c.name == name).with_for_update()
    ).one()
    merged = list(dict.fromkeys([*(existing or []), *(a for a in aliases if a and a != name)]))
    conn.execute(
        update(p)
        .where(p.c.id == person_id)
        .values(
            aliases=merged, note=note if note is not None else old_note, verified_by=verified_by, verified_at=utcnow()
        )
    )
    if role is not None:
        title, organisation, start, end = role
        duplicate = conn.scalar(
            select(func.count())
            .select_from(person_role)
            .where(
                person_role.c.person_id == person_id,
                person_role.c.title == title,
                person_role.c.organisation == organisation,
                person_role.c.start == start if start else person_role.c.start.is_(None),
            )
        )
        if not duplicate:
            conn.execute(
                insert(person_role).values(
                    person_id=person_id, title=title, organisation=organisation, start=start, end=end
                )
            )
    return inserted is not None


def list_people(*, conn: Connection) -> list[PersonRecord]:
    """Every verified person, by name."""
    roles: dict[int, list[tuple[str, str, str | None, str | None]]] = defaultdict(list)
    for person_id, title, organisation, start, end in conn.execute(_PEOPLE_ROLES):
        roles[person_id].append((title, organisation, start, end))
    return [
        PersonRecord(
            name=row.name,
            aliases=list(row.aliases or []),
            roles=roles[row.id],
            verified_by=row.verified_by,
            verified_at=row.verified_at,
            note=row.note,
        )
        for row in conn.execute(_PEOPLE)
    ]


def remove_person(*, conn: Connection, name: str) -> None:
    """Remove a person (and their roles); ``NotFoundError`` if unknown."""
    person_id = conn.scalar(select(person.c.id).where(person.c.name == name))
    if person_id is None:
        raise NotFoundError(f"no person called {name!r} in the registry")
    conn.execute(delete(person_role).where(person_role.c.person_id == person_id))
    conn.execute(delete(person).where(person.c.id == person_id))


def article_published(*, conn: Connection, article_id: int) -> str | None:
    """An article's published date as stored."""
    published: str | None = conn.scalar(_PUBLISHED, {"id": article_id})
    return published


def list_sentences(*, conn: Connection, article_id: int) -> list[SentenceRecord]:
    """The sentences of one article in reading order."""
    rows = conn.execute(_SENTENCES, {"article": article_id}).all()
    if not rows and conn.scalar(_ARTICLE_ID, {"id": article_id}) is None:
        raise NotFoundError(f"article {article_id} does not exist")
    return list(map(SentenceRecord._make, rows))


# The reads every `annotator articles`, `sentences` and `hints` make, as SQL
# text (names from db.tables): a SQLAlchemy statement costs a few
# milliseconds to compile the first time in each process, more than these
# take to run.
_A, _S, _N, _R = SQLNames(article), SQLNames(sentence, "s"), SQLNames(annotation, "n"), SQLNames(annotator_table, "r")
_S0, _P, _PR = SQLNames(sentence), SQLNames(person), SQLNames(person_role)
_SENTENCE_COUNTS = f"SELECT {_S0.article_id}, count(*) FROM {_S0} GROUP BY {_S0.article_id}"
_LABELLED_COUNTS = (
    f"SELECT {_S.article_id}, {_R.name}, count(*) FROM {_S}"
    f" JOIN {_N} ON {_N.sentence_id} = {_S.id} JOIN {_R} ON {_R.id} = {_N.annotator_id}"
    f" WHERE {_N.label} IS NOT NULL GROUP BY {_S.article_id}, {_R.name}"
)
_ARTICLES = f"SELECT {_A.columns('id', 'uid', 'title', 'source')} FROM {_A} ORDER BY {_A.id}"
_SENTENCES = text(
    f"SELECT {_S0.columns('id', 'article_id', 'position', 'paragraph', 'char_start', 'char_end', 'text')}"
    f" FROM {_S0} WHERE {_S0.article_id} = :article ORDER BY {_S0.position}"
)
_ARTICLE_ID = text(f"SELECT {_A.id} FROM {_A} WHERE {_A.id} = :id")
_PUBLISHED = text(f"SELECT {_A.published} FROM {_A} WHERE {_A.id} = :id")
_PEOPLE_ROLES = text(
    f"SELECT {_PR.columns('person_id', 'title', 'organisation', 'start', 'end')} FROM {_PR} ORDER BY {_PR.id}"
)
_PEOPLE = text(
    f"SELECT {_P.columns('id', 'name', 'aliases', 'verified_by', 'verified_at', 'note')} FROM {_P} ORDER BY {_P.name}"
).columns(aliases=JSON, verified_at=UTCDateTime)


def ensure_annotator(*, conn: Connection, name: str) -> int:
    """The id of the reviewer called ``name``, created if new (race-safe)."""
    conn.execute(
        dialect_of(conn)
        .insert(annotator_table)
        .values(name=name, created_at=utcnow())
        .on_conflict_do_nothing(index_elements=["name"])
    )
    annotator_id: int = conn.execute(select(annotator_table.c.id).where(annotator_table.c.name == name)).scalar_one()
    return annotator_id


def set_label(
    *,
    conn: Connection,
    sentence_id: int,
    annotator: str,
    annotator_id: int | None = None,
    label: str | None,
    note: str | None | object = KEEP_NOTE,
    seconds_spent: float | None = None,
    origin: str = "cli",
    at: datetime | None = None,
) -> LabelChange:
    """Set (or clear, with ``label=None``) a reviewer's label on a sentence,
    and append the change to the event log. ``at`` is when the label was
    given (default now; merged labels keep their own time).

    Call inside a write transaction (``Database.write_connection``): the row is
    created with ON CONFLICT and then locked, so concurrent writers never
    lose each other's updates. Core statements only: this runs on every key
    press of a review.
    """
    if annotator_id is None:
        annotator_id = ensure_annotator(conn=conn, name=annotator)
    now = utcnow()
    given = at or now
    table = annotation
    try:
        conn.execute(
            dialect_of(conn)
            .insert(table)
            .values(
                sentence_id=sentence_id,
                annotator_id=annotator_id,
                label=None,
                note=None,
                created_at=given,
                updated_at=given,
            )
            .on_conflict_do_nothing(index_elements=["sentence_id", "annotator_id"])
        )
    except IntegrityError:  # the foreign key: no such sentence
        raise NotFoundError(f"sentence {sentence_id} does not exist") from None
    where = (table.c.sentence_id == sentence_id) & (table.c.annotator_id == annotator_id)
    old_label, old_note = conn.execute(select(table.c.label, table.c.note).where(where).with_for_update()).one()
    # KEEP_NOTE is a bare object(), which mypy cannot narrow away: any other note is a str or None.
    new_note: str | None = old_note if note is KEEP_NOTE else (cast("str | None", note) or None)
    if (old_label, old_note) == (label, new_note):
        # Nothing changes: no event, and the time of the last real change stays.
        return LabelChange(
            sentence_id=sentence_id,
            annotator=annotator,
            old_label=old_label,
            new_label=label,
            old_note=old_note,
            new_note=new_note,
            at=given,
        )
    conn.execute(update(table).where(where).values(label=label, note=new_note, updated_at=given))
    conn.execute(
        insert(label_event).values(
            sentence_id=sentence_id,
            annotator_id=annotator_id,
            old_label=old_label,
            new_label=label,
            old_note=old_note,
            new_note=new_note,
            seconds_spent=seconds_spent,
            origin=origin,
            created_at=now,
        )
    )
    return LabelChange(
        sentence_id=sentence_id,
        annotator=annotator,
        old_label=old_label,
        new_label=label,
        old_note=old_note,
        new_note=new_note,
        at=given,
    )


__all__ = [
    "KEEP_NOTE",
    "add_person",
    "article_published",
    "list_people",
    "remove_person",
    "adjudication_items",
    "set_gold",
    "annotator_marks",
    "article_progress",
    "article_title",
    "ensure_annotator",
    "list_articles",
    "list_sentences",
    "set_label",
]
