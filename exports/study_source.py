"""The rows a study's progress is computed from, read in one snapshot with
plain SQL on the driver (a million labels must load in well under a second).
Names come from ``db.tables`` (``db.names``)."""

from __future__ import annotations

from dataclasses import dataclass

from db.names import SQLNames
from db.raw_connection import RawReader
from db.tables import annotation, annotator, article, assignment, label_event, sentence

_N, _S, _R, _P, _A = (SQLNames(annotation, "n"), SQLNames(sentence, "s"), SQLNames(annotator, "r"),
                      SQLNames(assignment, "p"), SQLNames(article, "a"))
_E = SQLNames(label_event, "e")


@dataclass(frozen=True)
class StudyRows:
    """Everything progress needs, as plain tuples of integers and strings."""

    reviewers: dict[int, str]                    # annotator id -> name
    titles: dict[int, str]                       # article id -> title
    sentences_per_article: dict[int, int]        # article id -> sentences
    assignments: list[tuple[int, int]]           # (article id, annotator id)
    labels: list[tuple[int, int, int, str]]      # (sentence id, article id, annotator id, label)
    seconds: list[tuple[int, float]]             # (annotator id, seconds spent on one sentence)
    last_activity: dict[int, str]                # annotator id -> ISO time of their last label


def read_study_rows(reader: RawReader) -> StudyRows:
    """Read the rows for ``progress`` in one snapshot."""
    with reader.snapshot():
        reviewers = dict(reader.rows(f"SELECT {_R.id}, {_R.name} FROM {_R}", []))
        titles = dict(reader.rows(f"SELECT {_A.id}, {_A.title} FROM {_A}", []))
        sizes = dict(reader.rows(f"SELECT {_S.article_id}, COUNT(*) FROM {_S} GROUP BY {_S.article_id}", []))
        assignments = reader.rows(f"SELECT {_P.article_id}, {_P.annotator_id} FROM {_P}", [])
        labels = reader.rows(
            f"SELECT {_N.sentence_id}, {_S.article_id}, {_N.annotator_id}, {_N.label} FROM {_N} "
            f"JOIN {_S} ON {_S.id} = {_N.sentence_id} WHERE {_N.label} IS NOT NULL", [])
        seconds = reader.rows(
            f"SELECT {_E.annotator_id}, SUM({_E.seconds_spent}) FROM {_E} WHERE {_E.seconds_spent} IS NOT NULL "
            f"GROUP BY {_E.annotator_id}, {_E.sentence_id}", [])
        last = dict(reader.rows(
            f"SELECT {_N.annotator_id}, {reader.dialect.timestamp_sql('MAX(' + _N.updated_at + ')')} FROM {_N} "
            f"WHERE {_N.label} IS NOT NULL GROUP BY {_N.annotator_id}", []))
    return StudyRows(reviewers, titles, sizes, assignments, labels, seconds, last)
