"""The rows a study's progress is computed from, read in one snapshot with
plain SQL on the driver. A million labels must load in about a second, so
each label comes back as one packed integer (sentence, reviewer, label
number), read straight into a NumPy array, and the seconds spent come back
from each reviewer's latest label events. Names come from ``db.tables`` (``db.names``)."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain

import numpy as np

from annotator.db.names import SQLNames
from annotator.db.raw_connection import RawReader
from annotator.db.tables import annotation, annotator, article, assignment, label_event, sentence

_N, _S, _R, _P, _A = (
    SQLNames(annotation),
    SQLNames(sentence),
    SQLNames(annotator),
    SQLNames(assignment),
    SQLNames(article),
)
_E = SQLNames(label_event)
LABEL_SLOTS = 64  # label numbers packed in six bits: a codebook has far fewer labels
RECENT_LABELS = 1_000  # a reviewer's pace: the median seconds over their latest labels
_PACK = 2**32


@dataclass(frozen=True)
class StudyRows:
    """Everything progress needs."""

    reviewers: dict[int, str]  # annotator id -> name
    titles: dict[int, str]  # article id -> title
    sentence_article: np.ndarray  # sentence id -> article id (0: no such sentence)
    sentences_per_article: dict[int, int]  # article id -> sentences
    assignments: list[tuple[int, int]]  # (article id, annotator id)
    labels: np.ndarray  # packed: (sentence id * width + annotator id) * LABEL_SLOTS + label number
    width: int  # annotator ids are below this
    label_values: tuple[str, ...]  # label number -> label
    seconds: dict[int, list[float]]  # annotator id -> seconds spent on each of their latest labels
    last_activity: dict[int, str]  # annotator id -> ISO time of their last label change

    def unpack(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(sentence ids, annotator ids, label numbers) of every label."""
        rest, label = np.divmod(self.labels, LABEL_SLOTS)
        sentence_id, annotator_id = np.divmod(rest, self.width)
        return sentence_id, annotator_id, label


def read_study_rows(reader: RawReader, label_values: tuple[str, ...]) -> StudyRows:
    """Read the rows for ``progress`` in one snapshot; ``label_values`` are
    the codebook's labels (checked words, safe in the SQL)."""
    numbers = " ".join(f"WHEN '{value}' THEN {i}" for i, value in enumerate(label_values))
    with reader.snapshot():
        reviewers = dict(reader.rows(f"SELECT {_R.id}, {_R.name} FROM {_R}", []))
        width = max(reviewers, default=0) + 1
        titles = dict(reader.rows(f"SELECT {_A.id}, {_A.title} FROM {_A}", []))
        packed = _integers(reader, f"SELECT {_S.id} * {_PACK} + {_S.article_id} FROM {_S}")
        ids, articles = np.divmod(packed, _PACK)
        sentence_article = np.zeros(int(ids.max(initial=0)) + 1, dtype=np.int64)
        sentence_article[ids] = articles
        sizes = dict(zip(*np.unique(sentence_article[sentence_article > 0], return_counts=True)))
        assignments = reader.rows(f"SELECT {_P.article_id}, {_P.annotator_id} FROM {_P}", [])
        sql = (
            f"SELECT ({_N.sentence_id} * {width} + {_N.annotator_id}) * {LABEL_SLOTS} + "
            f"CASE {_N.label} {numbers} ELSE {LABEL_SLOTS - 1} END FROM {_N} WHERE {_N.label} IS NOT NULL"
        )
        labels = _integers(reader, sql)
        # The pace and the last label come from each reviewer's latest label events (the index on the
        # reviewer finds them without reading everyone's).
        seconds: dict[int, list[float]] = {}
        last: dict[int, str] = {}
        for annotator_id in reviewers:
            recent = reader.rows(
                f"SELECT {_E.seconds_spent}, {reader.dialect.timestamp_sql(_E.created_at)} FROM {_E} "
                f"WHERE {_E.annotator_id} = {reader.mark} ORDER BY {_E.id} DESC LIMIT {RECENT_LABELS}",
                [annotator_id],
            )
            if recent:
                last[annotator_id] = recent[0][1]
                seconds[annotator_id] = [float(s) for s, _ in recent if s is not None]
    return StudyRows(
        reviewers,
        titles,
        sentence_article,
        {int(k): int(v) for k, v in sizes.items()},
        assignments,
        labels,
        width,
        label_values,
        seconds,
        last,
    )


def _integers(reader: RawReader, sql: str) -> np.ndarray:
    """A query's one integer column, straight into an array."""
    rows = chain.from_iterable(chain.from_iterable(reader.batches(sql, [], 50_000)))
    return np.fromiter(rows, dtype=np.int64)
