"""Rows for export, streamed from the database in batches.

The queries are plain SQL run on the driver's own cursor (a server-side
cursor on PostgreSQL): an export of a million rows must not build a million
SQLAlchemy rows, nor hold them in memory. Timestamps are formatted by the
database.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from db.labels import LABEL_VALUES


BATCH_ROWS = 5000


@dataclass(frozen=True)
class ExportFilters:
    """Which rows to export; empty means all."""

    annotators: tuple[str, ...] = ()
    articles: tuple[int, ...] = ()
    labels: tuple[str, ...] = ()

    def to_json(self) -> dict[str, list]:
        return {"annotator": list(self.annotators), "article": list(self.articles), "label": list(self.labels)}


class RowSource:
    """Builds and runs the export queries for one engine's SQL dialect."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sqlite = engine.dialect.name == "sqlite"
        self.mark = "?" if self.sqlite else "%s"
        self._pinned: Any = None  # the connection of the open snapshot, if any

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Run every query inside the block in one read-only transaction on
        one connection, so that they all see the database as it was at the
        first: a label written meanwhile is in all of the results or none.
        SQLite: one deferred read transaction (in WAL mode writers go on
        meanwhile); PostgreSQL: REPEATABLE READ."""
        if self._pinned is not None:
            yield
            return
        connection = self.engine.raw_connection()
        try:
            connection.rollback()  # start clean: the transaction settings below must come first
            cursor = connection.cursor()
            try:
                cursor.execute("BEGIN" if self.sqlite else "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            finally:
                cursor.close()
            self._pinned = connection
            try:
                yield
            finally:
                self._pinned = None
                connection.rollback()  # read-only: nothing to keep
        finally:
            connection.close()

    # --- SQL pieces ---------------------------------------------------------------
    def _timestamp(self, column: str) -> str:
        if self.sqlite:
            return f"strftime('%Y-%m-%dT%H:%M:%fZ', {column})"
        return f"""to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')"""

    def _in(self, column: str, values: tuple, params: list) -> str:
        params.extend(values)
        return f"{column} IN ({', '.join([self.mark] * len(values))})"

    def _where(self, filters: ExportFilters, params: list, *, label_column: str | None = "n.label") -> str:
        clauses = []
        if filters.articles:
            clauses.append(self._in("s.article_id", filters.articles, params))
        if filters.annotators:
            clauses.append(self._in("r.name", filters.annotators, params))
        if filters.labels and label_column:
            clauses.append(self._in(label_column, filters.labels, params))
        return " AND ".join(clauses)

    # --- long rows --------------------------------------------------------------------
    def annotation_query(self, filters: ExportFilters) -> tuple[str, list]:
        """One row per long-format row, without the sentence's own columns:
        (sentence id, article id, annotator, label, note, labelled_at,
        seconds spent), in article, sentence and annotator order. The
        sentence columns come from ``sentence_query`` once per sentence, not
        once per annotator."""
        params: list[Any] = []
        where = self._where(filters, params)
        sql = (
            f"SELECT n.sentence_id, s.article_id, r.name, n.label, n.note, {self._timestamp('n.updated_at')}, e.seconds "
            "FROM annotation n "
            "JOIN sentence s ON s.id = n.sentence_id "
            "JOIN annotator r ON r.id = n.annotator_id "
            "LEFT JOIN (SELECT sentence_id, annotator_id, SUM(seconds_spent) AS seconds "
            "FROM label_event GROUP BY sentence_id, annotator_id) e "
            "ON e.sentence_id = n.sentence_id AND e.annotator_id = n.annotator_id "
            "WHERE (n.label IS NOT NULL OR n.note IS NOT NULL)"
            + (f" AND {where}" if where else "")
            + " ORDER BY s.article_id, s.position, r.name"
        )
        return sql, params

    def sentence_query(self, article_id: int) -> tuple[str, list]:
        """One article's sentences with their article's columns:
        (sentence id, article uid, title, source, index, paragraph, start, end, text)."""
        sql = (
            "SELECT s.id, a.uid, a.title, a.source, s.position, s.paragraph, s.char_start, s.char_end, s.text "
            f"FROM sentence s JOIN article a ON a.id = s.article_id WHERE s.article_id = {self.mark}"
        )
        return sql, [article_id]

    def count_long(self, filters: ExportFilters) -> int:
        """How many long rows the filters select (for a progress bar)."""
        params: list[Any] = []
        where = self._where(filters, params)
        sql = (
            "SELECT count(*) FROM annotation n JOIN sentence s ON s.id = n.sentence_id "
            "JOIN annotator r ON r.id = n.annotator_id WHERE (n.label IS NOT NULL OR n.note IS NOT NULL)"
            + (f" AND {where}" if where else "")
        )
        return self._scalar(sql, params)

    # --- per-sentence rows (wide, dataset) ------------------------------------------------
    def sentence_marks_query(self, filters: ExportFilters) -> tuple[str, list]:
        """Each sentence with a selected label or a gold label (or gold note),
        once per label (annotator, label) with its gold label, gold note,
        adjudicator and adjudication time, ordered so that a sentence's rows
        are together: the input of the wide and dataset formats."""
        params: list[Any] = []
        chosen = f" AND {self._in('r.name', filters.annotators, params)}" if filters.annotators else ""
        articles = f" AND {self._in('s.article_id', filters.articles, params)}" if filters.articles else ""
        sql = (
            "SELECT s.id, a.uid, a.title, a.source, s.position, s.text, m.name, m.label, g.label, "
            f"g.note, g.adjudicator, {self._timestamp('g.created_at')} "
            "FROM sentence s JOIN article a ON a.id = s.article_id "
            "LEFT JOIN (SELECT n.sentence_id, r.name, n.label FROM annotation n "
            f"JOIN annotator r ON r.id = n.annotator_id WHERE n.label IS NOT NULL{chosen}) m "
            "ON m.sentence_id = s.id "
            "LEFT JOIN gold_label g ON g.sentence_id = s.id "
            f"WHERE (m.label IS NOT NULL OR g.id IS NOT NULL){articles} "
            "ORDER BY a.id, s.position, m.name"
        )
        return sql, params

    def labelled_rows(self, filters: ExportFilters) -> tuple[list[tuple[int, int, int, int]], dict[int, str]]:
        """Every label in the selection as (sentence id, article id, annotator
        id, label number) in sentence order, all integers so that a million
        rows load fast; and the annotators' names by id."""
        params: list[Any] = []
        where = self._where(filters, params, label_column=None)
        label_number = "CASE n.label " + " ".join(
            f"WHEN '{label}' THEN {i}" for i, label in enumerate(LABEL_VALUES)) + " END"
        sql = (
            f"SELECT n.sentence_id, s.article_id, n.annotator_id, {label_number} FROM annotation n "
            "JOIN sentence s ON s.id = n.sentence_id JOIN annotator r ON r.id = n.annotator_id "
            "WHERE n.label IS NOT NULL" + (f" AND {where}" if where else "") + " ORDER BY n.sentence_id"
        )
        names = dict(self.rows("SELECT id, name FROM annotator", []))
        return self.rows(sql, params), names

    def disagreement_rows(self, filters: ExportFilters) -> list[tuple]:
        """Every label and note on sentences whose selected labels differ:
        (article id, uid, title, sentence id, index, text, annotator, label,
        note, gold), in reading order."""
        params: list[Any] = []
        chosen = f" AND {self._in('r2.name', filters.annotators, params)}" if filters.annotators else ""
        differing = (
            "SELECT n2.sentence_id FROM annotation n2 JOIN annotator r2 ON r2.id = n2.annotator_id "
            f"WHERE n2.label IS NOT NULL{chosen} GROUP BY n2.sentence_id HAVING COUNT(DISTINCT n2.label) > 1"
        )
        where = self._where(filters, params, label_column=None)
        sql = (
            "SELECT a.id, a.uid, a.title, s.id, s.position, s.text, r.name, n.label, n.note, g.label "
            "FROM annotation n JOIN sentence s ON s.id = n.sentence_id JOIN article a ON a.id = s.article_id "
            "JOIN annotator r ON r.id = n.annotator_id LEFT JOIN gold_label g ON g.sentence_id = s.id "
            f"WHERE n.label IS NOT NULL AND n.sentence_id IN ({differing})"
            + (f" AND {where}" if where else "") + " ORDER BY a.id, s.position, r.name"
        )
        return self.rows(sql, params)

    def article_titles(self, article_ids: list[int]) -> dict[int, tuple[str, str]]:
        """{article id: (uid, title)}."""
        if not article_ids:
            return {}
        params: list[Any] = []
        rows = self.rows(f"SELECT id, uid, title FROM article WHERE {self._in('id', tuple(article_ids), params)}", params)
        return {article_id: (uid, title) for article_id, uid, title in rows}

    def annotator_names(self, filters: ExportFilters) -> list[str]:
        """Annotators with at least one label in the selected articles."""
        params: list[Any] = []
        where = self._where(filters, params, label_column=None)
        sql = (
            "SELECT DISTINCT r.name FROM annotation n JOIN sentence s ON s.id = n.sentence_id "
            "JOIN annotator r ON r.id = n.annotator_id WHERE n.label IS NOT NULL"
            + (f" AND {where}" if where else "")
        )
        # Sorted here: the databases' collations differ.
        return sorted(row[0] for row in self.rows(sql, params))

    def segmenters(self, filters: ExportFilters) -> list[str]:
        """The segmenter versions recorded on the selected articles."""
        params: list[Any] = []
        where = f" WHERE {self._in('id', filters.articles, params)}" if filters.articles else ""
        found = set()
        for (meta,) in self.rows(f"SELECT meta FROM article{where}", params):
            data = meta if isinstance(meta, dict) else json.loads(meta or "{}")
            found.add(data.get("segmenter", "unknown (imported before versions were recorded)"))
        return sorted(found)

    # --- running --------------------------------------------------------------------------
    def batches(self, sql: str, params: list) -> Iterator[list[tuple]]:
        """Rows of ``sql`` in batches, streamed."""
        with self._cursor() as cursor:
            cursor.execute(sql, params)
            while True:
                rows = cursor.fetchmany(BATCH_ROWS)
                if not rows:
                    return
                yield rows

    def rows(self, sql: str, params: list) -> list[tuple]:
        with self._cursor(streaming=False) as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def _scalar(self, sql: str, params: list) -> Any:
        return self.rows(sql, params)[0][0]

    @contextmanager
    def _cursor(self, *, streaming: bool = True) -> Iterator[Any]:
        """A cursor on the snapshot's connection, or else on a connection of its own."""
        pinned = self._pinned
        connection = pinned or self.engine.raw_connection()
        try:
            if self.sqlite or not streaming:
                cursor = connection.cursor()
            else:
                # A named (server-side) cursor: PostgreSQL sends rows as we fetch them.
                cursor = connection.driver_connection.cursor(name="annotator_export")
            try:
                yield cursor
            finally:
                cursor.close()
            if not self.sqlite and pinned is None:
                connection.rollback()  # read-only; end the transaction
        finally:
            if pinned is None:
                connection.close()
