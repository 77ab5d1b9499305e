"""The import fast path: articles and their sentences written with the
driver's own ``executemany``.

Imports write hundreds of thousands of rows; building SQLAlchemy statements
per row and per article costs more than the database work itself. The SQL
here is plain and portable (SQLite and PostgreSQL); the tables are still
the ones ``db.models`` defines.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection

from db.schemas import ArticleRef, NewArticle, UnitSpan

_ARTICLE_COLUMNS = ("uid", "title", "source", "url", "published", "meta", "text")
_SENTENCE_COLUMNS = ("article_id", "position", "paragraph", "char_start", "char_end", "text")


def _placeholders(connection: Connection, columns: tuple[str, ...]) -> str:
    if connection.dialect.paramstyle == "pyformat":
        return ", ".join(f"%({c})s" for c in columns)
    return ", ".join(f":{c}" for c in columns)  # sqlite3 accepts named parameters


def _positional(connection: Connection, count: int) -> str:
    mark = "%s" if connection.dialect.paramstyle in ("pyformat", "format") else "?"
    return ", ".join([mark] * count)


class ArticleInserter:
    """Prepared SQL for one connection's dialect."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        uid = _placeholders(connection, ("uid",))
        self._find = f"SELECT id, title, source FROM article WHERE uid = {uid}"
        self._count = "SELECT count(*) FROM sentence WHERE article_id = " + _placeholders(connection, ("id",))
        self._insert_article = (
            f"INSERT INTO article ({', '.join(_ARTICLE_COLUMNS)}, imported_at) "
            f"VALUES ({_placeholders(connection, _ARTICLE_COLUMNS)}, CURRENT_TIMESTAMP) RETURNING id"
        )
        self._insert_sentences = (
            f"INSERT INTO sentence ({', '.join(_SENTENCE_COLUMNS)}) "
            f"VALUES ({_positional(connection, len(_SENTENCE_COLUMNS))})"
        )

    def find(self, uid: str) -> ArticleRef | None:
        """The stored article with this uid, if any."""
        row = self.connection.exec_driver_sql(self._find, {"uid": uid}).first()
        if row is None:
            return None
        count = self.connection.exec_driver_sql(self._count, {"id": row.id}).scalar_one()
        return ArticleRef(id=row.id, uid=uid, title=row.title, source=row.source, sentences=count)

    def insert(self, article: NewArticle, units: list[UnitSpan]) -> ArticleRef:
        """Insert the article and its units (as sentences, in order) in the
        caller's transaction."""
        values = {
            "uid": article.uid, "title": article.title, "source": article.source, "url": article.url,
            "published": article.published, "meta": json.dumps(article.meta, ensure_ascii=False),
            "text": article.text,
        }
        article_id = self.connection.exec_driver_sql(self._insert_article, values).scalar_one()
        if units:
            text = article.text
            self.connection.exec_driver_sql(
                self._insert_sentences,
                [(article_id, i, paragraph, start, end, text[start:end])
                 for i, (start, end, paragraph) in enumerate(units)],
            )
        return ArticleRef(id=article_id, uid=article.uid, title=article.title, source=article.source,
                          sentences=len(units))
