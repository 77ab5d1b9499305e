"""Messages the screens post to themselves from worker threads (past tense:
they report what happened)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message
from textual.message_pump import MessagePump

from annotator.db.records import AdjudicationItem, ArticleProgress, ReviewData
from annotator.review_session import Change

if TYPE_CHECKING:
    from datetime import date

    from rich.console import RenderableType

    from annotator.hints import Registry


@dataclass
class ArticlesLoaded(Message):
    """The article list with this reviewer's progress."""

    articles: list[ArticleProgress]


@dataclass
class ReviewLoaded(Message):
    """An article's sentences and this reviewer's marks."""

    data: ReviewData


@dataclass
class AdjudicationLoaded(Message):
    """The sentences to adjudicate."""

    items: list[AdjudicationItem]
    include_all: bool


@dataclass
class AdjudicationDone(Message):
    """Every sentence in the queue has a gold label; ``unsettled_elsewhere``
    counts those still without one among every multiply-labelled sentence."""

    unsettled_elsewhere: int


@dataclass
class AgreementComputed(Message):
    """The agreement figures, drawn (or, in a blind study, the reviewer's own)."""

    report: RenderableType


@dataclass
class ProgressComputed(Message):
    """The study's progress, drawn (or, for a reviewer in a blind study, their own line)."""

    report: RenderableType


@dataclass
class HintContextLoaded(Message):
    """What hints need besides the sentence: the registry and the article's date."""

    article_id: int
    registry: Registry
    published: date | None


@dataclass
class LabelSaved(Message):
    """A change is committed to the database."""

    change: Change


@dataclass
class SaveFailed(Message):
    """A change could not be written."""

    change: Change
    error: str


@dataclass
class LoadFailed(Message):
    """Reading from the database failed."""

    error: str


def post_loaded(node: MessagePump, load: Callable[[], Message], *, failed: str = "") -> bool:
    """Run ``load`` (in the worker thread that calls this) and post the
    message it returns to ``node``, or ``LoadFailed`` with the error (after
    ``failed``) if it raised. True if it loaded."""
    try:
        message = load()
    except Exception as exc:
        node.post_message(LoadFailed(f"{failed}{exc}"))
        return False
    node.post_message(message)
    return True


@dataclass
class NextArticleFound(Message):
    """Where to go once an article is done: the next unfinished article
    (None when every article is fully labelled)."""

    done_article_id: int
    article_id: int | None
    title: str | None
