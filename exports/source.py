"""Rows for export, streamed from the database in batches.

The queries are plain SQL run on the driver's own cursor (a server-side
cursor on PostgreSQL) through ``db.raw_connection.RawReader``: an export of
a million rows must not build a million SQLAlchemy rows, nor hold them in
memory. Table and column names come from ``db.tables`` (``db.names``);
timestamps are formatted by the database, as its dialect says.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from annotator.db.codebook import Codebook
from annotator.db.names import SQLNames
from annotator.db.raw_connection import RawReader
from annotator.db.tables import annotation, annotator, article, gold_label, label_event, sentence

BATCH_ROWS = 5000


@dataclass(frozen=True)
class ExportFilters:
    """Which rows to export; empty means all."""

    annotators: tuple[str, ...] = ()
    articles: tuple[int, ...] = ()
    labels: tuple[str, ...] = ()

    def to_json(self) -> dict[str, list[str] | list[int]]:
        return {"annotator": list(self.annotators), "article": list(self.articles), "label": list(self.labels)}


# The tables as the queries name them.
_N, _S, _A, _R, _G = (
    SQLNames(annotation, "n"),
    SQLNames(sentence, "s"),
    SQLNames(article, "a"),
    SQLNames(annotator, "r"),
    SQLNames(gold_label, "g"),
)
_E = SQLNames(label_event)


class RowSource:
    """Builds and runs the export queries on a database's ``RawReader``
    (``Database.raw_reader()``; the store's ``row_source()`` makes one)."""

    def __init__(self, reader: RawReader) -> None:
        if not isinstance(reader, RawReader):  # an engine, as callers once gave
            from annotator.db.dialects import dialect_of

            reader = RawReader(reader, dialect_of(reader))
        self.reader = reader
        self.mark = reader.mark
        self._codebook: Codebook | None = None

    def codebook(self) -> Codebook:
        """The database's codebook (read once, in the snapshot when one is open)."""
        if self._codebook is None:
            from annotator.db.codebook_store import read_codebook

            self._codebook = read_codebook(self.rows, self.mark)
        return self._codebook

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Run every query inside the block in one read-only transaction on
        one connection, so that they all see the database as it was at the
        first: a label written meanwhile is in all of the results or none."""
        with self.reader.snapshot():
            yield

    # --- SQL pieces ---------------------------------------------------------------
    def _timestamp(self, column: str) -> str:
        return self.reader.dialect.timestamp_sql(column)

    def _in(self, column: str, values: tuple[Any, ...], params: list[Any]) -> str:
        params.extend(values)
        return f"{column} IN ({', '.join([self.mark] * len(values))})"

    def _where(self, filters: ExportFilters, params: list[Any], *, label_column: str | None = _N.label) -> str:
        clauses = []
        if filters.articles:
            clauses.append(self._in(_S.article_id, filters.articles, params))
        if filters.annotators:
            clauses.append(self._in(_R.name, filters.annotators, params))
        if filters.labels and label_column:
            clauses.append(self._in(label_column, filters.labels, params))
        return " AND ".join(clauses)

    # --- long rows --------------------------------------------------------------------
    def annotation_query(self, filters: ExportFilters) -> tuple[str, list[Any]]:
        """One row per long-format row, without the sentence's own columns:
        (sentence id, article id, annotator, label, note, labelled_at,
        seconds spent), in article, sentence and annotator order. The
        sentence columns come from ``sentence_query`` once per sentence, not
        once per annotator."""
        params: list[Any] = []
        where = self._where(filters, params)
        sql = (
            f"SELECT {_N.sentence_id}, {_S.article_id}, {_R.name}, {_N.label}, {_N.note}, "
            f"{self._timestamp(_N.updated_at)}, e.seconds "
            f"FROM {_N} "
            f"JOIN {_S} ON {_S.id} = {_N.sentence_id} "
            f"JOIN {_R} ON {_R.id} = {_N.annotator_id} "
            f"LEFT JOIN (SELECT {_E.sentence_id}, {_E.annotator_id}, SUM({_E.seconds_spent}) AS seconds "
            f"FROM {_E} GROUP BY {_E.sentence_id}, {_E.annotator_id}) e "
            f"ON e.{_E.sentence_id} = {_N.sentence_id} AND e.{_E.annotator_id} = {_N.annotator_id} "
            f"WHERE ({_N.label} IS NOT NULL OR {_N.note} IS NOT NULL)"
            + (f" AND {where}" if where else "")
            + f" ORDER BY {_S.article_id}, {_S.position}, {_R.name}"
        )
        return sql, params

    def sentence_query(self, article_id: int) -> tuple[str, list[Any]]:
        """One article's sentences with their article's columns:
        (sentence id, article uid, title, source, index, paragraph, start, end, text)."""
        sql = (
            f"SELECT {_S.id}, {_A.uid}, {_A.title}, {_A.source}, "
            f"{_S.columns('position', 'paragraph', 'char_start', 'char_end', 'text')} "
            f"FROM {_S} JOIN {_A} ON {_A.id} = {_S.article_id} WHERE {_S.article_id} = {self.mark}"
        )
        return sql, [article_id]

    def count_long(self, filters: ExportFilters) -> int:
        """How many long rows the filters select (for a progress bar)."""
        params: list[Any] = []
        where = self._where(filters, params)
        sql = (
            f"SELECT count(*) FROM {_N} JOIN {_S} ON {_S.id} = {_N.sentence_id} "
            f"JOIN {_R} ON {_R.id} = {_N.annotator_id} WHERE ({_N.label} IS NOT NULL OR {_N.note} IS NOT NULL)"
            + (f" AND {where}" if where else "")
        )
        count: int = self._scalar(sql, params)
        return count

    # --- per-sentence rows (wide, dataset) ------------------------------------------------
    def sentence_marks_query(self, filters: ExportFilters) -> tuple[str, list[Any]]:
        """Each sentence with a selected label or a gold label (or gold note),
        once per label (annotator, label) with its gold label, gold note,
        adjudicator and adjudication time, ordered so that a sentence's rows
        are together: the input of the wide and dataset formats."""
        params: list[Any] = []
        chosen = f" AND {self._in(_R.name, filters.annotators, params)}" if filters.annotators else ""
        articles = f" AND {self._in(_S.article_id, filters.articles, params)}" if filters.articles else ""
        n, r = SQLNames(annotation), SQLNames(annotator)  # m's columns: names without an alias
        sql = (
            f"SELECT {_S.id}, {_A.uid}, {_A.title}, {_A.source}, {_S.position}, {_S.text}, m.{r.name}, m.{n.label}, "
            f"{_G.label}, {_G.note}, {_G.adjudicator}, {self._timestamp(_G.created_at)} "
            f"FROM {_S} JOIN {_A} ON {_A.id} = {_S.article_id} "
            f"LEFT JOIN (SELECT {_N.sentence_id}, {_R.name}, {_N.label} FROM {_N} "
            f"JOIN {_R} ON {_R.id} = {_N.annotator_id} WHERE {_N.label} IS NOT NULL{chosen}) m "
            f"ON m.{n.sentence_id} = {_S.id} "
            f"LEFT JOIN {_G} ON {_G.sentence_id} = {_S.id} "
            f"WHERE (m.{n.label} IS NOT NULL OR {_G.id} IS NOT NULL){articles} "
            f"ORDER BY {_A.id}, {_S.position}, m.{r.name}"
        )
        return sql, params

    def labelled_rows(self, filters: ExportFilters) -> tuple[list[tuple[int, int, int, int]], dict[int, str]]:
        """Every label in the selection as (sentence id, article id, annotator
        id, label number) in sentence order, all integers so that a million
        rows load fast; and the annotators' names by id. The label number is
        the label's place in the codebook (-1, missing, for a label it lacks)."""
        params: list[Any] = []
        values = self.codebook().values  # checked words: safe to write into the SQL
        label_number = (
            f"CASE {_N.label} "
            + " ".join(f"WHEN '{label}' THEN {i}" for i, label in enumerate(values))
            + " ELSE -1 END"
        )
        where = self._where(filters, params, label_column=None)
        sql = (
            f"SELECT {_N.sentence_id}, {_S.article_id}, {_N.annotator_id}, {label_number} FROM {_N} "
            f"JOIN {_S} ON {_S.id} = {_N.sentence_id} JOIN {_R} ON {_R.id} = {_N.annotator_id} "
            f"WHERE {_N.label} IS NOT NULL" + (f" AND {where}" if where else "") + f" ORDER BY {_N.sentence_id}"
        )
        r = SQLNames(annotator)
        names = dict(self.rows(f"SELECT {r.id}, {r.name} FROM {r}", []))
        return self.rows(sql, params), names

    def disagreement_rows(self, filters: ExportFilters) -> list[tuple[Any, ...]]:
        """Every label and note on sentences whose selected labels differ:
        (article id, uid, title, sentence id, index, text, annotator, label,
        note, gold), in reading order."""
        params: list[Any] = []
        n2, r2 = SQLNames(annotation, "n2"), SQLNames(annotator, "r2")
        chosen = f" AND {self._in(r2.name, filters.annotators, params)}" if filters.annotators else ""
        differing = (
            f"SELECT {n2.sentence_id} FROM {n2} JOIN {r2} ON {r2.id} = {n2.annotator_id} "
            f"WHERE {n2.label} IS NOT NULL{chosen} GROUP BY {n2.sentence_id} HAVING COUNT(DISTINCT {n2.label}) > 1"
        )
        where = self._where(filters, params, label_column=None)
        sql = (
            f"SELECT {_A.id}, {_A.uid}, {_A.title}, {_S.id}, {_S.position}, {_S.text}, {_R.name}, {_N.label}, "
            f"{_N.note}, {_G.label} "
            f"FROM {_N} JOIN {_S} ON {_S.id} = {_N.sentence_id} JOIN {_A} ON {_A.id} = {_S.article_id} "
            f"JOIN {_R} ON {_R.id} = {_N.annotator_id} LEFT JOIN {_G} ON {_G.sentence_id} = {_S.id} "
            f"WHERE {_N.label} IS NOT NULL AND {_N.sentence_id} IN ({differing})"
            + (f" AND {where}" if where else "")
            + f" ORDER BY {_A.id}, {_S.position}, {_R.name}"
        )
        return self.rows(sql, params)

    def article_titles(self, article_ids: list[int]) -> dict[int, tuple[str, str]]:
        """{article id: (uid, title)}."""
        if not article_ids:
            return {}
        params: list[Any] = []
        a = SQLNames(article)
        rows = self.rows(
            f"SELECT {a.columns('id', 'uid', 'title')} FROM {a} WHERE {self._in(a.id, tuple(article_ids), params)}",
            params,
        )
        return {article_id: (uid, title) for article_id, uid, title in rows}

    def annotator_names(self, filters: ExportFilters) -> list[str]:
        """Annotators with at least one label in the selected articles."""
        params: list[Any] = []
        where = self._where(filters, params, label_column=None)
        sql = (
            f"SELECT DISTINCT {_R.name} FROM {_N} JOIN {_S} ON {_S.id} = {_N.sentence_id} "
            f"JOIN {_R} ON {_R.id} = {_N.annotator_id} WHERE {_N.label} IS NOT NULL"
            + (f" AND {where}" if where else "")
        )
        # Sorted here: the databases' collations differ.
        return sorted(row[0] for row in self.rows(sql, params))

    def segmenters(self, filters: ExportFilters) -> list[str]:
        """The segmenter versions recorded on the selected articles."""
        params: list[Any] = []
        a = SQLNames(article)
        where = f" WHERE {self._in(a.id, filters.articles, params)}" if filters.articles else ""
        found = set()
        for (meta,) in self.rows(f"SELECT {a.meta} FROM {a}{where}", params):
            data = meta if isinstance(meta, dict) else json.loads(meta or "{}")
            found.add(data.get("segmenter", "unknown (imported before versions were recorded)"))
        return sorted(found)

    # --- running --------------------------------------------------------------------------
    def batches(self, sql: str, params: list[Any]) -> Iterator[list[tuple[Any, ...]]]:
        """Rows of ``sql`` in batches, streamed."""
        return self.reader.batches(sql, params, BATCH_ROWS)

    def rows(self, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
        return self.reader.rows(sql, params)

    def _scalar(self, sql: str, params: list[Any]) -> Any:
        return self.rows(sql, params)[0][0]
