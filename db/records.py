"""Plain read-only records handed out of the storage layer (no live ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

# A unit about to be stored with its article: (char_start, char_end, paragraph).
UnitSpan = tuple[int, int, int]


@dataclass(frozen=True)
class NewArticle:
    """An article about to be stored; ``uid`` identifies its text."""

    uid: str
    title: str
    text: str
    source: str = ""
    url: str | None = None
    published: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ArticleRef:
    """Just enough to name an article in a report."""

    id: int
    uid: str
    title: str
    source: str
    sentences: int


@dataclass(frozen=True)
class ArticleSummary:
    """An article with its size and how many sentences each reviewer labelled."""

    id: int
    uid: str
    title: str
    source: str
    sentences: int
    labelled: dict[str, int]


@dataclass(frozen=True)
class ArticleProgress:
    """An article as one reviewer sees it in the list."""

    id: int
    title: str
    source: str
    sentences: int
    mine: int
    others: int | None  # None: hidden (a blind study)
    assigned: bool = False  # assigned to this reviewer in the study

    @property
    def finished(self) -> bool:
        return self.sentences > 0 and self.mine >= self.sentences


class SentenceRecord(NamedTuple):
    """A stored sentence with its offsets into the article text (a named
    tuple: an article of 100,000 is read in a fraction of a second)."""

    id: int
    article_id: int
    # The field shadows tuple.index on purpose (nothing calls .index() on a record).
    index: int  # type: ignore[assignment]
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class LabelChange:
    """What one label/note change did, as written to the event log."""

    sentence_id: int
    annotator: str
    old_label: str | None
    new_label: str | None
    old_note: str | None
    new_note: str | None
    at: datetime


@dataclass(frozen=True)
class ReviewData:
    """What the review screen needs to open an article for one reviewer."""

    article_id: int
    title: str
    sentences: list[SentenceRecord]
    marks: dict[int, tuple[str | None, str | None]]


@dataclass(frozen=True)
class AdjudicationItem:
    """A sentence to settle: its context, every reviewer's label, the gold label."""

    sentence: SentenceRecord
    article_title: str
    context: list[str]  # the sentences of its paragraph, in order
    context_index: int  # where the sentence is in ``context``
    labels: list[tuple[str, str, str | None]]  # (annotator, label, note)
    gold: tuple[str | None, str | None, str] | None  # (label, note, adjudicator); a note may come first


@dataclass(frozen=True)
class PersonRecord:
    """A verified person with roles as (title, organisation, start, end)."""

    name: str
    aliases: list[str]
    roles: list[tuple[str, str, str | None, str | None]]
    verified_by: str
    verified_at: datetime
    note: str | None
