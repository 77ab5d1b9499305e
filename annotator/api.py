"""The Python API, for notebooks and scripts: everything the command line
does, as plain values (dataclasses, lists of dicts, a pandas DataFrame), with
no terminal output.

    import annotator
    with annotator.open("annotations.db") as db:
        db.import_files("articles/")
        frame = db.labels_frame()
        print(db.agreement().krippendorff_alpha)
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from annotator.store import AnnotationStore
from db.crud import KEEP_NOTE
from db.records import ArticleSummary, LabelChange, SentenceRecord
from exports.agreement_report import AgreementReport, agreement_report, disagreements
from exports.columns import LONG_COLUMNS
from exports.source import ExportFilters
from exports.writer import write_export

if TYPE_CHECKING:
    import pandas

    from annotator.exporting import ExportSummary
    from annotator.hints.model import Hint
    from annotator.ingest import ImportReport
    from annotator.study import Study


@dataclass(frozen=True)
class ReviewerLabel:
    """One reviewer's label and note on a sentence that reviewers disagree on."""

    annotator: str
    label: str | None
    note: str | None


@dataclass(frozen=True)
class Disagreement:
    """A sentence whose labels differ, with every reviewer's label."""

    article_id: int
    article_uid: str
    article_title: str
    sentence_id: int
    sentence_index: int
    sentence: str
    gold: str | None
    labels: list[ReviewerLabel] = field(default_factory=list)


@dataclass(frozen=True)
class SentenceHint:
    """A hint with the sentence it belongs to."""

    sentence: SentenceRecord
    hint: Hint


class AnnotationDatabase:
    """An open annotation database (SQLite file or PostgreSQL URL). Use it as
    a context manager, or call ``close()``."""

    def __init__(self, store: AnnotationStore) -> None:
        self._store = store

    # --- opening -----------------------------------------------------------------------
    @property
    def location(self) -> str:
        """Where the database is (a PostgreSQL password is masked)."""
        return self._store.location

    def close(self) -> None:
        """Release the database's connections."""
        self._store.close()

    # --- the study ---------------------------------------------------------------------
    @property
    def study(self) -> Study:
        """The team study: assignments (``assign``, ``assignments``,
        ``unassign``), whether reviewers see only their assigned articles,
        and ``progress()``."""
        from annotator.study import Study

        return Study(self._store)

    def __enter__(self) -> AnnotationDatabase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- articles ----------------------------------------------------------------------
    def import_files(self, *paths: str | os.PathLike[str]) -> ImportReport:
        """Import files and folders (text, Markdown, HTML, JSON, JSON Lines,
        CSV); articles already stored are skipped. The report lists what was
        imported, skipped and rejected (with the reason)."""
        from annotator.ingest import import_paths

        return import_paths(self._store, list(paths))

    def articles(self) -> list[ArticleSummary]:
        """Every article: id, uid, title, source, sentences and labels per reviewer."""
        return self._store.articles()

    def sentences(self, article_id: int) -> list[SentenceRecord]:
        """One article's sentences in reading order (``NotFoundError`` if no such article)."""
        return self._store.sentences(article_id)

    # --- labelling ---------------------------------------------------------------------
    def label(self, sentence_id: int, label: str | None, *, annotator: str,
              note: str | None | object = KEEP_NOTE) -> LabelChange:
        """Set (or with ``None`` clear) a reviewer's label on a sentence, and
        optionally the note (``None`` removes it); kept in the event log."""
        from annotator.reviewer_names import reviewer_name

        parsed = None if label is None else self._store.codebook().parse(label)  # the database's labels
        return self._store.set_label(sentence_id, reviewer_name(annotator), parsed, note=note, origin="api")

    # --- reading labels ----------------------------------------------------------------
    def labels(self, *, articles: Sequence[int] = (), annotators: Sequence[str] = (),
               labels: Sequence[str] = ()) -> list[dict[str, Any]]:
        """Every label (one record per sentence and reviewer), with the
        columns of the ``long`` export: ``article_uid``, ``article_title``,
        ``source``, ``sentence_index``, ``paragraph_index``, ``char_start``,
        ``char_end``, ``sentence``, ``annotator``, ``label``, ``note``,
        ``labelled_at``, ``seconds_spent``."""
        buffer = io.StringIO()
        source = self._store.row_source()
        with source.snapshot():
            write_export(source, buffer, fmt="jsonl", filters=self._filters(articles, annotators, labels))
        return [json.loads(line) for line in buffer.getvalue().splitlines() if line]

    def labels_frame(self, **filters: Any) -> pandas.DataFrame:
        """``labels()`` as a pandas DataFrame (pandas must be installed)."""
        try:
            import pandas
        except ImportError:  # pragma: no cover - depends on the environment
            raise RuntimeError("labels_frame needs pandas: pip install pandas") from None
        return pandas.DataFrame(self.labels(**filters), columns=list(LONG_COLUMNS))

    # --- agreement ---------------------------------------------------------------------
    def agreement(self, *, articles: Sequence[int] = (), annotators: Sequence[str] = (),
                  by_article: bool = False) -> AgreementReport:
        """How far reviewers agree: Krippendorff's alpha with its 95%
        interval, Fleiss' kappa, Gwet's AC1, percent agreement, Cohen's kappa
        per pair, per-label figures (the figures of ``annotator agreement``)."""
        source = self._store.row_source()
        with source.snapshot():
            return agreement_report(source, self._filters(articles, annotators), by_article=by_article)

    def disagreements(self, *, articles: Sequence[int] = (), annotators: Sequence[str] = ()) -> list[Disagreement]:
        """Every sentence whose labels differ."""
        source = self._store.row_source()
        items = disagreements(source, self._filters(articles, annotators))
        return [Disagreement(**{k: v for k, v in item.items() if k != "labels"},
                             labels=[ReviewerLabel(**mark) for mark in item["labels"]]) for item in items]

    # --- export and hints --------------------------------------------------------------
    def export(self, path: str | os.PathLike[str], *, format: str = "long", articles: Sequence[int] = (),
               annotators: Sequence[str] = (), labels: Sequence[str] = (), excel_safe: bool = False,
               manifest: bool = False) -> ExportSummary:
        """Write a data set (``long``, ``wide``, ``dataset`` or ``jsonl``) to
        ``path``, as ``annotator export`` does."""
        from annotator import __version__
        from annotator.exporting import run_export

        return run_export(self._store, os.fspath(path), fmt=format, annotators=tuple(annotators),
                          articles=tuple(articles), labels=tuple(labels), excel_safe=excel_safe,
                          manifest=manifest, tool_version=__version__)

    def hints(self, article_id: int) -> list[SentenceHint]:
        """The hints for every sentence of an article (name checks use the
        database's person registry)."""
        from annotator.hints.report import article_hints

        return [SentenceHint(s, h) for s, h in article_hints(self._store, article_id)]

    @staticmethod
    def _filters(articles: Iterable[int], annotators: Iterable[str], labels: Iterable[str] = ()) -> ExportFilters:
        return ExportFilters(annotators=tuple(annotators), articles=tuple(articles), labels=tuple(labels))


def open(target: str | os.PathLike[str] | None = None) -> AnnotationDatabase:  # noqa: A001 - the natural name here
    """Open (creating or upgrading if needed) an annotation database: a
    SQLite file path, a ``postgresql://`` URL, or ``None`` for the default
    (``$ANNOTATOR_DB`` or the per-user data folder)."""
    return AnnotationDatabase(AnnotationStore.open(target))
