"""The tables. One database holds articles, sentences, reviewers, their
current labels, the append-only log of every label change, and gold labels."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, Integer, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from annotator.db.types import UTCDateTime, utcnow

# Named constraints keep migrations reproducible on every engine.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Label columns have no CHECK of their values: which labels are valid is the
# database's codebook's to say (the CodebookVersion tables; migration 0005
# dropped the checks of the first four labels).


def _fk(target: str, *, index: bool = True) -> Any:
    # Deleting an article removes its sentences and everything hanging off them.
    return Field(sa_column=Column(Integer, ForeignKey(target, ondelete="CASCADE"), nullable=False, index=index))


def _timestamp() -> Any:
    return Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


class Article(SQLModel, table=True):
    """An imported news article; ``uid`` is a hash of its text, so the same
    text imported twice (under any file name) is one article."""

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(unique=True, max_length=64)
    title: str = Field(sa_type=Text)
    source: str = Field(default="", sa_type=Text)
    url: str | None = Field(default=None, sa_type=Text)
    published: str | None = Field(default=None, max_length=40)
    meta: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    text: str = Field(sa_type=Text)
    imported_at: datetime = _timestamp()


class Sentence(SQLModel, table=True):
    """One unit to review: a sentence, heading, bullet or FAQ line.
    ``char_start``/``char_end`` slice the article text back to ``text``."""

    __table_args__ = (UniqueConstraint("article_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = _fk("article.id", index=False)
    position: int
    paragraph: int
    char_start: int
    char_end: int
    text: str = Field(sa_type=Text)


class Annotator(SQLModel, table=True):
    """A reviewer, known by name."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=200)
    created_at: datetime = _timestamp()
    # The PostgreSQL login role this reviewer works as (``annotator team add``);
    # the row-level security policies (migration 0007) read it. Always None on SQLite.
    db_role: str | None = Field(default=None, max_length=63, unique=True, index=True)


class Annotation(SQLModel, table=True):
    """The current label and note of one reviewer on one sentence."""

    __table_args__ = (UniqueConstraint("sentence_id", "annotator_id"),)

    id: int | None = Field(default=None, primary_key=True)
    sentence_id: int = _fk("sentence.id", index=False)
    annotator_id: int = _fk("annotator.id")
    label: str | None = Field(default=None, max_length=20)
    note: str | None = Field(default=None, sa_type=Text)
    created_at: datetime = _timestamp()
    updated_at: datetime = _timestamp()


class Assignment(SQLModel, table=True):
    """An article given to a reviewer in a study (``seed`` makes the draw repeatable)."""

    __table_args__ = (UniqueConstraint("article_id", "annotator_id"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = _fk("article.id", index=False)
    annotator_id: int = _fk("annotator.id")
    seed: int | None = Field(default=None)
    assigned_by: str = Field(max_length=200)
    assigned_at: datetime = _timestamp()


class LabelEvent(SQLModel, table=True):
    """One change of a label or note, never updated or deleted."""

    __tablename__ = "label_event"

    id: int | None = Field(default=None, primary_key=True)
    sentence_id: int = _fk("sentence.id")
    annotator_id: int = _fk("annotator.id")
    old_label: str | None = Field(default=None, max_length=20)
    new_label: str | None = Field(default=None, max_length=20)
    old_note: str | None = Field(default=None, sa_type=Text)
    new_note: str | None = Field(default=None, sa_type=Text)
    seconds_spent: float | None = None
    origin: str = Field(default="cli", max_length=20)
    created_at: datetime = _timestamp()
    # The database role that made the change: on PostgreSQL a trigger sets it
    # to current_user whatever the insert says (migration 0007); None on SQLite.
    db_role: str | None = Field(default=None, max_length=63)


class GoldLabel(SQLModel, table=True):
    """The adjudicated label of a sentence and the adjudicator's note. The
    note may come first: a row with a note and no label yet is kept."""

    __tablename__ = "gold_label"

    id: int | None = Field(default=None, primary_key=True)
    sentence_id: int = Field(
        sa_column=Column(Integer, ForeignKey("sentence.id", ondelete="CASCADE"), nullable=False, unique=True)
    )
    label: str | None = Field(default=None, max_length=20)
    adjudicator: str = Field(max_length=200)
    note: str | None = Field(default=None, sa_type=Text)
    created_at: datetime = _timestamp()


class Setting(SQLModel, table=True):
    """A study-wide setting stored with the data (``db.settings`` names them)."""

    name: str = Field(primary_key=True, max_length=300)
    value: str = Field(sa_type=Text)
    updated_at: datetime = _timestamp()


class CodebookVersion(SQLModel, table=True):
    """One version of the database's codebook: the guidelines, the decision
    order and, when it renamed labels, the mapping (old -> new). The newest
    version is the codebook; none stored means the default one."""

    __tablename__ = "codebook"

    version: int = Field(sa_column=Column(Integer, primary_key=True, autoincrement=False))
    guidelines: str = Field(sa_type=Text)
    decision_order: list[str] = Field(default_factory=list, sa_type=JSON)
    renamed: dict[str, str] = Field(default_factory=dict, sa_type=JSON)
    sha256: str = Field(max_length=64)
    created_by: str = Field(max_length=200)
    created_at: datetime = _timestamp()


class CodebookLabel(SQLModel, table=True):
    """One label of a codebook version, in key order (``position``)."""

    __tablename__ = "codebook_label"

    codebook_version: int = Field(
        sa_column=Column(Integer, ForeignKey("codebook.version", ondelete="CASCADE"), primary_key=True)
    )
    value: str = Field(primary_key=True, max_length=20)
    position: int
    name: str = Field(max_length=100)
    key: str = Field(max_length=20)
    alt_key: str | None = Field(default=None, max_length=20)
    style: str = Field(max_length=100)
    description: str = Field(sa_type=Text)
    examples: list[str] = Field(default_factory=list, sa_type=JSON)
