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

import gc
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from annotator.db.errors import connection_lost_reason, is_busy, is_driver_error
from annotator.db.label_merge import IMPORTED, UNCHANGED, UPDATED, LabelMerger
from annotator.db.types import utcnow
from annotator.errors import AnnotatorError, quoted
from annotator.exports.manifest import recorded_excel_safe
from annotator.exports.spreadsheet import restore
from annotator.label_file import label_records
from annotator.label_rows import LabelRow, RowChecker, RowSkipped
from annotator.readers import FileRejected
from annotator.store import AnnotationStore

# Rows per transaction: big enough that per-batch costs vanish, small
# enough that a live reviewer waits only a moment for the write lock.
BATCH_ROWS = 5000


class LabelImportStopped(AnnotatorError):
    """The database failed mid-merge; the batches merged before are kept."""


@dataclass
class LabelImportReport:
    """Counts of what the merge did, and why rows were skipped."""

    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (where, reason)

    def to_json(self) -> dict[str, object]:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": [{"where": w, "reason": r} for w, r in self.skipped],
        }


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
    checker = RowChecker(unquote=restore if excel_safe else None, now=utcnow(), codebook=store.codebook())
    skipped: list[tuple[int, str]] = []
    report = LabelImportReport()
    with store.label_merger() as merger, _without_cycle_collection():
        try:
            for batch in _batches(path, checker, skipped):
                _merge(merger, batch, report, skipped, excel_safe=excel_safe)
        except Exception as exc:
            if not is_driver_error(exc):
                raise
            raise LabelImportStopped(_stopped(exc, report)) from exc
    skipped.sort()  # lookups report at the end of their batch: back to file order
    report.skipped = [(f"line {line}", reason) for line, reason in skipped]
    return report


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """The cyclic garbage collector off for the merge: every row makes a
    few tuples, which would set off a full pass over all the objects the
    program holds every few thousand rows (a sixth of the merge's time,
    measured). The rows make no cycles: reference counting frees them."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _batches(path: Path, checker: RowChecker, skipped: list[tuple[int, str]]) -> Iterator[list[tuple[int, LabelRow]]]:
    """The file's checked rows in batches of at most ``BATCH_ROWS``, no two
    in a batch for the same sentence and reviewer (a repeat starts the next
    batch, so the later row sees the earlier one, as if merged one by one).
    Rows that fail their checks go to ``skipped``. Malformed CSV part-way
    raises ``FileRejected`` after the batch before it."""
    batch: list[tuple[int, LabelRow]] = []
    keys: set[tuple[str, int, str]] = set()
    try:
        for line, record in label_records(path):
            if isinstance(record, str):
                skipped.append((line, record))
                continue
            try:
                row = checker.check(record)
            except RowSkipped as skip:
                skipped.append((line, str(skip)))
                continue
            key = (row.uid, row.sentence_index, row.annotator)
            if key in keys or len(batch) >= BATCH_ROWS:
                yield batch
                batch, keys = [], set()
            keys.add(key)
            batch.append((line, row))
    except FileRejected:
        if batch:
            yield batch  # the rows before the bad one are merged, as they were read
        raise
    if batch:
        yield batch


def _merge(
    merger: LabelMerger,
    batch: list[tuple[int, LabelRow]],
    report: LabelImportReport,
    skipped: list[tuple[int, str]],
    *,
    excel_safe: bool,
) -> None:
    """Look up a batch's sentences, skip the rows that do not match, and
    merge the rest in one transaction."""
    found, articles = merger.sentences({(row.uid, row.sentence_index) for _, row in batch})
    matched = []  # (sentence id, row)
    for line, row in batch:
        sentence = found.get((row[0], row[1]))
        if sentence is not None and sentence[1] == row[2]:
            matched.append((sentence[0], row))
        else:
            skipped.append((line, _mismatch(row, sentence, articles, excel_safe=excel_safe)))
    ids = merger.annotator_ids({row.annotator for _, row in matched})  # only reviewers with a row to merge
    outcomes = Counter(
        merger.merge(
            [
                (sentence_id, ids[annotator], label, note, at)
                for sentence_id, (_, _, _, annotator, label, note, at) in matched
            ]
        )
    )
    report.imported += outcomes[IMPORTED]
    report.updated += outcomes[UPDATED]
    report.unchanged += outcomes[UNCHANGED]


def _mismatch(row: LabelRow, sentence: tuple[int, str] | None, articles: set[str], *, excel_safe: bool) -> str:
    """Why a row's sentence is not the one stored here."""
    if row.uid not in articles:
        return f"unknown article {quoted(row.uid)}"
    if sentence is None:
        return f"article {row.uid} has no sentence {row.sentence_index}"
    looks_safe = not excel_safe and restore(row.sentence) == sentence[1]
    hint = " (the file looks excel-safe: pass --excel-safe)" if looks_safe else ""
    return f"sentence {row.sentence_index} of article {row.uid} does not match the text here{hint}"


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
    return (
        f"{cause}: the merge stopped after {done} row{'' if done == 1 else 's'}, which are kept; "
        "run the same import-labels again to merge the rest (rows merged already change nothing)"
    )
