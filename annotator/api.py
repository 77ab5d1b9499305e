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

from annotator.db.crud import KEEP_NOTE
from annotator.db.records import ArticleSummary, LabelChange, PersonRecord, SentenceRecord
from annotator.store import AnnotationStore

# The exports (agreement loads numpy) are imported where they are used: the
# command line opens databases through this module and starts fast.
if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    import pandas

    from annotator.batch_labels import BatchReport
    from annotator.db.codebook import Codebook
    from annotator.exporting import ExportSummary, ProgressConsole
    from annotator.exports.agreement_report import AgreementReport
    from annotator.exports.source import ExportFilters
    from annotator.hints.model import Hint
    from annotator.ingest import ImportReport
    from annotator.label_import import LabelImportReport
    from annotator.readers import Rejection
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

    @property
    def store(self) -> AnnotationStore:
        """The store underneath (the review and adjudication screens run on it)."""
        return self._store

    def close(self) -> None:
        """Release the database's connections."""
        self._store.close()

    def require(
        self, *, articles: Iterable[int] = (), sentences: Iterable[int] = (), annotators: Iterable[str] = ()
    ) -> None:
        """Raise ``NotFoundError`` (one line) unless every article id, sentence
        id and reviewer name given exists."""
        self._store.require(articles=articles, sentences=sentences, reviewers=annotators)

    # --- the codebook ------------------------------------------------------------------
    def codebook(self) -> Codebook:
        """The database's codebook: its labels (value, name, keys, style,
        description, examples), decision order and guidelines (the default
        four labels when none is stored)."""
        return self._store.codebook()

    def set_codebook(self, codebook: Codebook, *, renames: dict[str, str] | None = None, by: str) -> Any:
        """Make ``codebook`` the database's codebook and return what changed
        (``CodebookChange``). On a database with labels it may add labels,
        remove unused ones and rename labels listed in ``renames`` (old ->
        new; the stored labels are rewritten and each change logged);
        anything else raises ``CodebookError`` and nothing changes."""
        return self._store.set_codebook(codebook, renames=dict(renames or {}), by=by)

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
    def import_files(
        self, *paths: str | os.PathLike[str] | Rejection, on_file: Callable[[Path | Rejection], None] | None = None
    ) -> ImportReport:
        """Import files and folders (text, Markdown, JSON, JSON Lines, CSV;
        folders are searched recursively); articles already stored are
        skipped. The report lists what was imported, skipped and rejected
        (with the reason). ``on_file`` is called once per file as it is done
        (a progress bar). ``paths`` may also be what ``files_to_import``
        listed (to count the files first)."""
        from annotator.ingest import collect_files, import_targets
        from annotator.readers import Rejection

        targets: list[Path | Rejection] = []
        for item in paths:
            targets.extend([item] if isinstance(item, Rejection) else collect_files([item]))
        return import_targets(self._store, targets, on_file=on_file)

    def articles(self) -> list[ArticleSummary]:
        """Every article: id, uid, title, source, sentences and labels per reviewer."""
        return self._store.articles()

    def sentences(self, article_id: int) -> list[SentenceRecord]:
        """One article's sentences in reading order (``NotFoundError`` if no such article)."""
        return self._store.sentences(article_id)

    # --- labelling ---------------------------------------------------------------------
    def label(
        self,
        sentence_id: int,
        label: str | None,
        *,
        annotator: str,
        note: str | None | object = KEEP_NOTE,
        origin: str = "api",
    ) -> LabelChange:
        """Set (or with ``None`` clear) a reviewer's label on a sentence, and
        optionally the note (``None`` removes it); kept in the event log
        (``origin`` says where the change came from)."""
        from annotator.reviewer_names import reviewer_name

        parsed = None if label is None else self._store.codebook().parse(label)  # the database's labels
        return self._store.set_label(sentence_id, reviewer_name(annotator), parsed, note=note, origin=origin)

    def label_file(self, data: bytes, *, name: str, annotator: str | None = None) -> BatchReport:
        """Apply many labels from the bytes of a CSV file with a header or of
        JSON Lines (``sentence_id``, ``label``, optionally ``note`` and
        ``annotator``; rows without one are ``annotator``'s), 2,000 rows per
        transaction, as ``annotator label --from`` does. A bad row is skipped
        and listed in the report's ``rejected`` (line, reason). A file that
        cannot be read raises ``FileRejected`` (nothing is labelled); a row
        with no reviewer and no ``annotator`` raises ``NoReviewer``; a
        database failure part-way raises ``BatchStopped`` (the batches before
        it are kept)."""
        from annotator.batch_labels import apply_rows, read_rows

        with self._store.label_batches() as writer:
            rows = read_rows(data, name=name, reviewer=annotator, codebook=self._store.codebook())
            return apply_rows(rows, writer.write)

    def import_labels(self, path: str | os.PathLike[str], *, excel_safe: bool | None = None) -> LabelImportReport:
        """Merge the labels of a ``long`` CSV or JSON Lines export (from this
        or another database): rows are matched by article uid and sentence
        index, the newer label wins, rows that do not match are skipped and
        listed in the report. ``excel_safe``: the file was written with
        ``excel_safe`` (``None``: what its manifest says, else not)."""
        from pathlib import Path

        from annotator.label_import import import_labels

        return import_labels(self._store, Path(path), excel_safe=excel_safe)

    # --- reading labels ----------------------------------------------------------------
    def labels(
        self, *, articles: Sequence[int] = (), annotators: Sequence[str] = (), labels: Sequence[str] = ()
    ) -> list[dict[str, Any]]:
        """Every label (one record per sentence and reviewer), with the
        columns of the ``long`` export: ``article_uid``, ``article_title``,
        ``source``, ``sentence_index``, ``paragraph_index``, ``char_start``,
        ``char_end``, ``sentence``, ``annotator``, ``label``, ``note``,
        ``labelled_at``, ``seconds_spent``."""
        from annotator.exports.writer import write_export

        self._store.require_every_reviewers_labels("reading the labels", annotators=annotators)
        buffer = io.StringIO()
        source = self._store.row_source()
        with source.snapshot():
            write_export(source, buffer, fmt="jsonl", filters=self._filters(articles, annotators, labels))
        return [json.loads(line) for line in buffer.getvalue().splitlines() if line]

    def labels_frame(self, **filters: Any) -> pandas.DataFrame:
        """``labels()`` as a pandas DataFrame (pandas must be installed)."""
        from annotator.exports.columns import LONG_COLUMNS

        try:
            import pandas
        except ImportError:  # pragma: no cover - depends on the environment
            raise RuntimeError("labels_frame needs pandas: pip install pandas") from None
        return pandas.DataFrame(self.labels(**filters), columns=list(LONG_COLUMNS))

    # --- agreement ---------------------------------------------------------------------
    def agreement(
        self, *, articles: Sequence[int] = (), annotators: Sequence[str] = (), by_article: bool = False
    ) -> AgreementReport:
        """How far reviewers agree: Krippendorff's alpha with its 95%
        interval, Fleiss' kappa, Gwet's AC1, percent agreement, Cohen's kappa
        per pair, per-label figures (the figures of ``annotator agreement``)."""
        from annotator.exports.agreement_report import agreement_report

        self.require(articles=articles, annotators=annotators)
        self._store.require_every_reviewers_labels("agreement")
        source = self._store.row_source()
        with source.snapshot():
            return agreement_report(source, self._filters(articles, annotators), by_article=by_article)

    def disagreements(self, *, articles: Sequence[int] = (), annotators: Sequence[str] = ()) -> list[Disagreement]:
        """Every sentence whose labels differ."""
        from annotator.exports.agreement_report import disagreements

        self.require(articles=articles, annotators=annotators)
        self._store.require_every_reviewers_labels("disagreements")
        source = self._store.row_source()
        items = disagreements(source, self._filters(articles, annotators))
        return [
            Disagreement(
                **{k: v for k, v in item.items() if k != "labels"},
                labels=[ReviewerLabel(**mark) for mark in item["labels"]],
            )
            for item in items
        ]

    # --- export and hints --------------------------------------------------------------
    def export(
        self,
        path: str | os.PathLike[str],
        *,
        format: str = "long",
        articles: Sequence[int] = (),
        annotators: Sequence[str] = (),
        labels: Sequence[str] = (),
        excel_safe: bool = False,
        manifest: bool = False,
        include_unresolved: bool = False,
        progress_console: ProgressConsole | None = None,
    ) -> ExportSummary:
        """Write a data set (``long``, ``wide``, ``dataset`` or ``jsonl``; see
        ``exports.formats``) to ``path`` (``"-"``: standard output), as
        ``annotator export`` does, with ``path.manifest.json`` beside it if
        ``manifest``. Labels are checked against the codebook (``ValueError``)
        and the articles and reviewers must exist (``NotFoundError``).
        ``progress_console``: a Rich console to draw a progress bar on."""
        from annotator import __version__
        from annotator.exporting import run_export

        self._store.require_every_reviewers_labels("exporting labels", annotators=annotators)
        codebook = self._store.codebook()
        parsed = [codebook.parse(label) for label in labels]
        checked = tuple(label for label in parsed if label is not None)
        if len(checked) < len(parsed):
            raise ValueError("none is not a label to export")
        self.require(articles=articles, annotators=annotators)
        return run_export(
            self._store,
            os.fspath(path),
            fmt=format,
            annotators=tuple(annotators),
            articles=tuple(articles),
            labels=checked,
            excel_safe=excel_safe,
            manifest=manifest,
            include_unresolved=include_unresolved,
            # The version is read from the package's metadata (slow): only a manifest needs it.
            tool_version=__version__ if manifest else "unknown",
            progress_console=progress_console,
        )

    def hints(self, article_id: int) -> list[SentenceHint]:
        """The hints for every sentence of an article (name checks use the
        database's person registry)."""
        from annotator.hints.report import article_hints

        self.require(articles=[article_id])
        return [SentenceHint(s, h) for s, h in article_hints(self._store, article_id)]

    # --- the person registry (checked by the hints) -------------------------------------
    def people(self) -> list[PersonRecord]:
        """The verified people, with their aliases and roles."""
        return self._store.people()

    def add_person(
        self,
        name: str,
        *,
        verified_by: str,
        aliases: Sequence[str] = (),
        role: tuple[str, str, str | None, str | None] | None = None,
        note: str | None = None,
    ) -> bool:
        """Add a verified person, or an alias or role (title, organisation,
        first day, last day) to one; True if the person is new."""
        return self._store.add_person(name, verified_by=verified_by, aliases=list(aliases), role=role, note=note)

    def import_people(
        self, path: str | os.PathLike[str], *, verified_by: str
    ) -> tuple[int, int, list[tuple[str, str]]]:
        """Load people from a CSV file (name, aliases, title, organisation,
        from, to, note; one row per role). Returns (new people, rows added to
        people already there, skipped rows as (where, reason)); a file that
        cannot be read raises ``FileRejected``."""
        from pathlib import Path

        from annotator.hints.report import import_registry

        return import_registry(self._store, Path(path), verified_by=verified_by)

    def remove_person(self, name: str) -> None:
        """Remove a person from the registry (``NotFoundError`` if not there)."""
        self._store.remove_person(name)

    # --- study settings ----------------------------------------------------------------
    def study_settings(self) -> tuple[bool, dict[str, str]]:
        """Whether review is blind, and the reviewer name remembered per login."""
        return self._store.study_settings()

    def set_blind(self, on: bool) -> None:
        """Make review blind (reviewers see only their own figures) or not."""
        self._store.set_blind(on)

    def remembered_reviewer(self, login: str) -> str | None:
        """The reviewer name remembered for ``login`` in this database, if any."""
        return self._store.remembered_reviewer(login)

    def remember_reviewer(self, login: str, name: str) -> None:
        """Remember ``name`` as the reviewer name of ``login`` in this database."""
        self._store.remember_reviewer(login, name)

    @staticmethod
    def _filters(articles: Iterable[int], annotators: Iterable[str], labels: Iterable[str] = ()) -> ExportFilters:
        from annotator.exports.source import ExportFilters

        return ExportFilters(annotators=tuple(annotators), articles=tuple(articles), labels=tuple(labels))


def files_to_import(*paths: str | os.PathLike[str]) -> list[Path | Rejection]:
    """The files ``import_files`` would read under ``paths``, in order (folders
    searched recursively, hidden entries skipped), and the paths it would
    reject (missing, a broken link, a name that is not UTF-8) with the reason."""
    from annotator.ingest import collect_files

    return list(collect_files(paths))


def open(target: str | os.PathLike[str] | None = None) -> AnnotationDatabase:  # noqa: A001 - the natural name here
    """Open (creating or upgrading if needed) an annotation database: a
    SQLite file path, a ``postgresql://`` URL, or ``None`` for the default
    (``$ANNOTATOR_DB`` or the per-user data folder)."""
    return AnnotationDatabase(AnnotationStore.open(target))
