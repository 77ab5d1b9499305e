"""Merging labels from a ``long`` CSV or JSON Lines export (say, from a
reviewer who worked offline in a database of their own).

Rows are matched by article uid and sentence index, and the sentence text
must match; anything that does not match is reported and skipped, never
guessed. For a sentence and reviewer on both sides the newer ``labelled_at``
wins, also against a reviewer labelling at the same moment, and the
replaced value stays in the event log. Merging the same file twice changes
nothing.

The file is read as a stream and merged in batches (one lookup of their
sentences, one transaction for their labels), so a file of millions of
rows merges at database speed in flat memory."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from annotator.errors import AnnotatorError, quoted
from annotator.label_file import label_records
from annotator.label_rows import LabelRow, RowChecker, RowSkipped
from annotator.readers import FileRejected
from annotator.store import AnnotationStore
from db.errors import connection_lost_reason, is_busy
from db.label_merge import LabelMerger
from db.types import utcnow
from exports.manifest import recorded_excel_safe
from exports.spreadsheet import restore

# Rows per transaction: big enough that per-batch costs vanish, small
# enough that a live reviewer waits only a moment for the write lock.
BATCH_ROWS = 2000


class LabelImportStopped(AnnotatorError):
    """The database failed mid-merge; the batches merged before are kept."""


@dataclass
class LabelImportReport:
    """Counts of what the merge did, and why rows were skipped."""

    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (where, reason)

    def to_json(self) -> dict:
        return {"imported": self.imported, "updated": self.updated, "unchanged": self.unchanged,
                "skipped": [{"where": w, "reason": r} for w, r in self.skipped]}


def import_labels(store: AnnotationStore, path: Path, *, excel_safe: bool | None = None) -> LabelImportReport:
    """Merge the labels in ``path`` into the store. Raises ``FileRejected``
    when the file as a whole cannot be used (for malformed CSV part-way,
    after merging the rows before it).

    ``excel_safe``: the file was written with ``--excel-safe``, so the
    apostrophe before a cell's formula character is removed again. None
    means: as the manifest beside the file says, else not (an apostrophe in
    any other file is the text's own).

    A ``wide`` or ``dataset`` export brings its gold labels instead
    (``annotator.gold_import``)."""
    if excel_safe is None:
        excel_safe = bool(recorded_excel_safe(path))
    from annotator.gold_import import gold_layout, import_gold  # wide and dataset exports bring gold labels

    layout = gold_layout(path)
    if layout is not None:
        return import_gold(store, path, layout, LabelImportReport(), excel_safe=excel_safe)
    checker = RowChecker(unquote=restore if excel_safe else None, now=utcnow())
    skipped: list[tuple[int, str]] = []
    report = LabelImportReport()
    with store.label_merger() as merger:
        batch = _Batch(merger, report, skipped, excel_safe=excel_safe)
        try:
            _merge_rows(path, checker, batch, skipped)
        except Exception as exc:
            if type(exc).__module__.split(".")[0] not in ("sqlite3", "psycopg"):
                raise
            raise LabelImportStopped(_stopped(exc, report)) from exc
    skipped.sort()  # lookups report at the end of their batch: back to file order
    report.skipped = [(f"line {line}", reason) for line, reason in skipped]
    return report


def _merge_rows(path: Path, checker: RowChecker, batch: _Batch, skipped: list[tuple[int, str]]) -> None:
    try:
        for line, record in label_records(path):
            if isinstance(record, str):
                skipped.append((line, record))
                continue
            try:
                batch.add(line, checker.check(record))
            except RowSkipped as skip:
                skipped.append((line, str(skip)))
    except FileRejected:
        batch.flush()  # the rows before the bad one are merged, as they were read
        raise
    batch.flush()


def _stopped(exc: Exception, report: LabelImportReport) -> str:
    """One line for a database that failed mid-merge: why, what is kept, what to do."""
    lost = connection_lost_reason(exc)
    if lost is not None:
        cause = f"lost the connection to the database ({lost})"
    elif is_busy(exc):
        cause = "the database stayed busy (another session held its lock too long)"
    else:
        lines = str(exc).strip().splitlines()
        cause = f"database error: {lines[0] if lines else type(exc).__name__}"
    done = report.imported + report.updated + report.unchanged
    return (f"{cause}: the merge stopped after {done} row{'' if done == 1 else 's'}, which are kept; "
            "run the same import-labels again to merge the rest (rows merged already change nothing)")


class _Batch:
    """Rows waiting to be merged together; no two for the same sentence and
    reviewer (a repeat waits for the next batch, so the later row sees the
    earlier one, as if merged one by one)."""

    def __init__(self, merger: LabelMerger, report: LabelImportReport, skipped: list[tuple[int, str]], *,
                 excel_safe: bool) -> None:
        self._merger = merger
        self._report = report
        self._skipped = skipped
        self._excel_safe = excel_safe
        self._rows: list[tuple[int, LabelRow]] = []
        self._keys: set[tuple[str, int, str]] = set()

    def add(self, line: int, row: LabelRow) -> None:
        key = (row.uid, row.index, row.annotator)
        if key in self._keys or len(self._rows) >= BATCH_ROWS:
            self.flush()
        self._keys.add(key)
        self._rows.append((line, row))

    def flush(self) -> None:
        """Merge the waiting rows: look up their sentences, skip those that
        do not match, and write the rest in one transaction."""
        if not self._rows:
            return
        found, articles = self._merger.sentences({(row.uid, row.index) for _, row in self._rows})
        matched = []
        for line, row in self._rows:
            reason = self._mismatch(row, found.get((row.uid, row.index)), articles)
            if reason:
                self._skipped.append((line, reason))
            else:
                matched.append(row)
        ids = self._merger.annotator_ids({row.annotator for row in matched})
        outcomes = self._merger.merge([
            (found[(row.uid, row.index)][0], ids[row.annotator], row.label, row.note, row.at) for row in matched
        ])
        report = self._report
        for outcome in outcomes:
            setattr(report, outcome, getattr(report, outcome) + 1)
        self._rows.clear()
        self._keys.clear()

    def _mismatch(self, row: LabelRow, sentence: tuple[int, str] | None, articles: set[str]) -> str | None:
        if row.uid not in articles:
            return f"unknown article {quoted(row.uid)}"
        if sentence is None:
            return f"article {row.uid} has no sentence {row.index}"
        if row.sentence != sentence[1]:
            looks_safe = not self._excel_safe and restore(row.sentence) == sentence[1]
            hint = " (the file looks excel-safe: pass --excel-safe)" if looks_safe else ""
            return f"sentence {row.index} of article {row.uid} does not match the text here{hint}"
        return None
