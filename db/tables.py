"""The tables as SQLAlchemy Core ``Table`` objects, for the queries.

``db.models`` declares the same tables as SQLModel classes (the ORM view,
and what the migrations were written from); loading SQLModel, pydantic and
the ORM costs a fifth of a second, more than a whole ``annotator label``
should take. The queries need only the columns, so they use these. A test
checks that both declare the same tables, column by column, constraint by
constraint, on SQLite and PostgreSQL, and that both match the migrations.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from db.labels import LABEL_VALUES
from db.types import UTCDateTime, utcnow

# The same names as db.models gives its constraints (migrations rely on them).
metadata = MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})

_LABEL_CHECK = "({col} IS NULL OR {col} IN (" + ", ".join(f"'{v}'" for v in LABEL_VALUES) + "))"


def _label_check(column: str, name: str) -> CheckConstraint:
    return CheckConstraint(_LABEL_CHECK.format(col=column), name=name)


def _id() -> Column:
    return Column("id", Integer, primary_key=True)


def _fk(name: str, target: str, *, index: bool = True, unique: bool = False) -> Column:
    # Deleting an article removes its sentences and everything hanging off them.
    return Column(name, Integer, ForeignKey(target, ondelete="CASCADE"), nullable=False, index=index or None,
                  unique=unique or None)


def _when(name: str) -> Column:
    return Column(name, UTCDateTime, nullable=False, default=utcnow)


article = Table(
    "article", metadata,
    _id(),
    Column("uid", String(64), nullable=False, unique=True),
    Column("title", Text, nullable=False),
    Column("source", Text, nullable=False, default=""),
    Column("url", Text),
    Column("published", String(40)),
    Column("meta", JSON, nullable=False, default=dict),
    Column("text", Text, nullable=False),
    _when("imported_at"),
)

sentence = Table(
    "sentence", metadata,
    _id(),
    _fk("article_id", "article.id", index=False),
    Column("position", Integer, nullable=False),
    Column("paragraph", Integer, nullable=False),
    Column("char_start", Integer, nullable=False),
    Column("char_end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    UniqueConstraint("article_id", "position"),
)

annotator = Table(
    "annotator", metadata,
    _id(),
    Column("name", String(200), nullable=False, unique=True),
    _when("created_at"),
)

annotation = Table(
    "annotation", metadata,
    _id(),
    _fk("sentence_id", "sentence.id", index=False),
    _fk("annotator_id", "annotator.id"),
    Column("label", String(20)),
    Column("note", Text),
    _when("created_at"),
    _when("updated_at"),
    UniqueConstraint("sentence_id", "annotator_id"),
    _label_check("label", "label"),
)

label_event = Table(
    "label_event", metadata,
    _id(),
    _fk("sentence_id", "sentence.id"),
    _fk("annotator_id", "annotator.id"),
    Column("old_label", String(20)),
    Column("new_label", String(20)),
    Column("old_note", Text),
    Column("new_note", Text),
    Column("seconds_spent", Float),
    Column("origin", String(20), nullable=False, default="cli"),
    _when("created_at"),
    _label_check("old_label", "old_label"),
    _label_check("new_label", "new_label"),
)

gold_label = Table(
    "gold_label", metadata,
    _id(),
    _fk("sentence_id", "sentence.id", index=False, unique=True),
    Column("label", String(20)),
    Column("adjudicator", String(200), nullable=False),
    Column("note", Text),
    _when("created_at"),
    _label_check("label", "label"),
)

setting = Table(
    "setting", metadata,
    Column("name", String(300), primary_key=True),
    Column("value", Text, nullable=False),
    _when("updated_at"),
)

person = Table(
    "person", metadata,
    _id(),
    Column("name", String(200), nullable=False, unique=True),
    Column("aliases", JSON, nullable=False, default=list),
    Column("verified_by", String(200), nullable=False),
    _when("verified_at"),
    Column("note", Text),
)

person_role = Table(
    "person_role", metadata,
    _id(),
    _fk("person_id", "person.id"),
    Column("title", Text, nullable=False),
    Column("organisation", Text, nullable=False, default=""),
    Column("start", String(10)),
    Column("end", String(10)),
)
