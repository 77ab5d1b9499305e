"""The tables' columns, as SQLAlchemy Core ``table()`` clauses, for the queries.

The schema itself — keys, constraints, indexes, defaults — is declared by
``db.models`` (SQLModel classes) and made by the migrations. Loading
SQLModel, pydantic and the ORM costs a fifth of a second, more than a whole
``annotator label`` may take, and even full Core ``Table`` objects cost a
hundredth; the queries need only names and types, so they use these. An
insert gives every value (there are no defaults here). A test checks that
every table and column of ``db.models`` is here with the same type.
"""

from __future__ import annotations

from sqlalchemy import JSON, ColumnClause, Float, Integer, String, Text, column, table

from annotator.db.types import UTCDateTime


def _id() -> ColumnClause[int]:
    return column("id", Integer)


article = table(
    "article",
    _id(),
    column("uid", String(64)),
    column("title", Text),
    column("source", Text),
    column("url", Text),
    column("published", String(40)),
    column("meta", JSON),
    column("text", Text),
    column("imported_at", UTCDateTime),
)

sentence = table(
    "sentence",
    _id(),
    column("article_id", Integer),
    column("position", Integer),
    column("paragraph", Integer),
    column("char_start", Integer),
    column("char_end", Integer),
    column("text", Text),
)

annotator = table(
    "annotator",
    _id(),
    column("name", String(200)),
    column("created_at", UTCDateTime),
    column("db_role", String(63)),
)

annotation = table(
    "annotation",
    _id(),
    column("sentence_id", Integer),
    column("annotator_id", Integer),
    column("label", String(20)),
    column("note", Text),
    column("created_at", UTCDateTime),
    column("updated_at", UTCDateTime),
)

label_event = table(
    "label_event",
    _id(),
    column("sentence_id", Integer),
    column("annotator_id", Integer),
    column("old_label", String(20)),
    column("new_label", String(20)),
    column("old_note", Text),
    column("new_note", Text),
    column("seconds_spent", Float),
    column("origin", String(20)),
    column("created_at", UTCDateTime),
    column("db_role", String(63)),
)

gold_label = table(
    "gold_label",
    _id(),
    column("sentence_id", Integer),
    column("label", String(20)),
    column("adjudicator", String(200)),
    column("note", Text),
    column("created_at", UTCDateTime),
)

assignment = table(
    "assignment",
    _id(),
    column("article_id", Integer),
    column("annotator_id", Integer),
    column("seed", Integer),
    column("assigned_by", String(200)),
    column("assigned_at", UTCDateTime),
)

setting = table(
    "setting",
    column("name", String(300)),
    column("value", Text),
    column("updated_at", UTCDateTime),
)

person = table(
    "person",
    _id(),
    column("name", String(200)),
    column("aliases", JSON),
    column("verified_by", String(200)),
    column("verified_at", UTCDateTime),
    column("note", Text),
)

person_role = table(
    "person_role",
    _id(),
    column("person_id", Integer),
    column("title", Text),
    column("organisation", Text),
    column("start", String(10)),
    column("end", String(10)),
)

codebook = table(
    "codebook",
    column("version", Integer),
    column("guidelines", Text),
    column("decision_order", JSON),
    column("renamed", JSON),
    column("sha256", String(64)),
    column("created_by", String(200)),
    column("created_at", UTCDateTime),
)

codebook_label = table(
    "codebook_label",
    column("codebook_version", Integer),
    column("value", String(20)),
    column("position", Integer),
    column("name", String(100)),
    column("key", String(20)),
    column("alt_key", String(20)),
    column("style", String(100)),
    column("description", Text),
    column("examples", JSON),
)

ALL = (
    article,
    sentence,
    annotator,
    annotation,
    assignment,
    label_event,
    gold_label,
    setting,
    person,
    person_role,
    codebook,
    codebook_label,
)
