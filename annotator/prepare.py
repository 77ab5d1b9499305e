"""Preparing one file for import: read it, segment each article, and yield
what to store, or why a record or the file was rejected. Pure (no database),
so it can run in worker processes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from annotator.db.records import NewArticle, UnitSpan
from annotator.readers import ArticleDraft, FileRejected, Rejection, read_path
from annotator.segment import segment_text, segmenter_version

MAX_TITLE_CHARS = 300


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """An article ready to store with its units, in order; the spans are
    compact to send between processes."""

    article: NewArticle
    units: list[UnitSpan]


def prepare_file(path: Path) -> Iterator[PreparedArticle | Rejection]:
    """Every article of one file, segmented, or the reasons it was not."""
    try:
        for item in read_path(path):
            if isinstance(item, Rejection):
                yield item
                continue
            article, units = build_article(item)
            if not units:
                yield Rejection(item.origin, "no sentences to review")
                continue
            yield PreparedArticle(article, units)
    except FileRejected as exc:
        yield Rejection(str(path), str(exc))


def prepare_files(paths: list[Path]) -> list[list[PreparedArticle | Rejection]]:
    """``prepare_file`` for several files, as lists a worker process can send back."""
    return [list(prepare_file(path)) for path in paths]


def content_uid(text: str) -> str:
    """A stable id for an article's text: the same text is the same article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def build_article(draft: ArticleDraft) -> tuple[NewArticle, list[UnitSpan]]:
    """Segment a draft into the article row and its units' (start, end, paragraph).

    The title is the article's first unit (headlines make claims too): when
    a record names a title that its text does not start with, the title is
    put in front of the text.
    """
    body = draft.body
    title = draft.title
    if title is not None and _first_line(body) != title:
        body = f"{title}\n\n{body}" if draft.markdown else f"{title}\n{body}"
    units = segment_text(body, markdown=draft.markdown)
    if title is None:
        title = _first_line(body) if not units else _unit_line(body, units[0].start)
    meta = {"origin": draft.origin, "segmenter": segmenter_version(), **draft.meta}
    article = NewArticle(
        uid=content_uid(body),
        title=_short(title),
        text=body,
        source=draft.source,
        url=draft.url,
        published=draft.published,
        meta=meta,
    )
    return article, [(u.start, u.end, u.paragraph) for u in units]


def _first_line(text: str) -> str:
    for line in text.split("\n"):
        stripped = line.strip().lstrip("#").strip()
        if stripped:
            return stripped
    return ""


def _unit_line(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)].strip()


def _short(title: str) -> str:
    title = " ".join(title.split())
    return title if len(title) <= MAX_TITLE_CHARS else title[: MAX_TITLE_CHARS - 1] + "…"
