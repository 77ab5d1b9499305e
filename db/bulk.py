"""The import fast path: articles and their sentences written straight
through the database driver (``db.raw_connection``), one transaction per
article. The names are ``db.tables``' (through ``db.names``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from annotator.db.names import SQLNames
from annotator.db.records import ArticleRef, NewArticle, UnitSpan
from annotator.db.tables import article, sentence

if TYPE_CHECKING:
    from annotator.db.database import Database

DISK_FULL = (
    "the disk is full (the database cannot grow); what was stored before is kept: "
    "free some space and run the import again"
)

_ARTICLE_COLUMNS = ("uid", "title", "source", "url", "published", "meta", "text")
_SENTENCE_COLUMNS = ("article_id", "position", "paragraph", "char_start", "char_end", "text")


class ArticleInserter:
    """Stores articles on one pooled driver connection."""

    def __init__(self, database: Database) -> None:
        self._raw = database.raw_connection(disk_full=DISK_FULL)
        mark, marks = self._raw.mark, self._raw.marks
        a, s = SQLNames(article), SQLNames(sentence)
        self._find = f"SELECT {a.columns('id', 'title', 'source')} FROM {a} WHERE {a.uid} = {mark}"
        self._count = f"SELECT count(*) FROM {s} WHERE {s.article_id} = {mark}"
        # A uid already there inserts nothing and returns no row: one round trip.
        self._insert_article = (
            f"INSERT INTO {a} ({a.columns(*_ARTICLE_COLUMNS)}, {a.imported_at}) "
            f"VALUES ({marks(len(_ARTICLE_COLUMNS))}, CURRENT_TIMESTAMP) "
            f"ON CONFLICT ({a.uid}) DO NOTHING RETURNING {a.id}"
        )
        self._insert_sentences = (
            f"INSERT INTO {s} ({s.columns(*_SENTENCE_COLUMNS)}) VALUES ({marks(len(_SENTENCE_COLUMNS))})"
        )

    def close(self) -> None:
        """Return the connection to the pool."""
        self._raw.close()

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """A write transaction (``BEGIN IMMEDIATE`` on SQLite) and its cursor;
        committed on success, rolled back on any error."""
        with self._raw.transaction() as cursor:
            yield cursor

    def find(self, cursor: Any, uid: str) -> ArticleRef | None:
        """The stored article with this uid, if any."""
        cursor.execute(self._find, (uid,))
        row = cursor.fetchone()
        if row is None:
            return None
        article_id, title, source = row
        cursor.execute(self._count, (article_id,))
        return ArticleRef(id=article_id, uid=uid, title=title, source=source, sentences=cursor.fetchone()[0])

    def insert(self, cursor: Any, article: NewArticle, units: list[UnitSpan]) -> ArticleRef | None:
        """Insert the article and its units (as sentences, in order); None
        (and nothing written) if an article with the same uid is there."""
        cursor.execute(
            self._insert_article,
            (
                article.uid,
                article.title,
                article.source,
                article.url,
                article.published,
                json.dumps(article.meta, ensure_ascii=False),
                article.text,
            ),
        )
        row = cursor.fetchone()
        if row is None:
            return None
        article_id = row[0]
        if units:
            text = article.text
            cursor.executemany(
                self._insert_sentences,
                [
                    (article_id, i, paragraph, start, end, text[start:end])
                    for i, (start, end, paragraph) in enumerate(units)
                ],
            )
        return ArticleRef(
            id=article_id, uid=article.uid, title=article.title, source=article.source, sentences=len(units)
        )
