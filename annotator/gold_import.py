"""Merging gold labels back from a ``wide`` or ``dataset`` export: the
gold label, the adjudicator's note, the adjudicator and when.

Rows are matched and checked as ``import-labels`` checks a long file's
(article uid and sentence index, the same sentence text, the reviewer-name
rule for the adjudicator, a real time not in the future); for a sentence on
both sides the newer adjudication wins and keeps its adjudicator. Rows
without a gold label or note carry nothing to merge and are passed over.
The reviewers' labels in these files carry no times, so they are not
merged from here: ``long`` files bring those."""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from annotator.db.gold_merge import GoldRow, merge_gold
from annotator.db.types import utcnow
from annotator.errors import quoted
from annotator.exports.columns import DATASET_COLUMNS, GOLD_DETAIL, WIDE_LEADING, WIDE_TRAILING
from annotator.exports.resolution import GOLD
from annotator.exports.spreadsheet import restore
from annotator.label_rows import LabelRow, RowChecker, RowSkipped
from annotator.readers import FileRejected
from annotator.store import AnnotationStore

if TYPE_CHECKING:
    from annotator.label_import import LabelImportReport

BATCH_ROWS = 2000
_HEAD = 1 << 16  # bytes read to find the header
_CHUNK = 1 << 18
_BOMS_16 = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

# The label checks name a long file's columns; these are the gold ones.
_COLUMN_WORDS = (
    ("no annotator", "no adjudicator"),
    ("annotator ", "adjudicator "),
    ("labelled_at", "adjudicated_at"),
    ("note ", "gold_note "),
)


@dataclass(frozen=True)
class GoldLayout:
    """Where a wide or dataset export keeps what a gold merge needs.
    ``label_source`` is set for dataset files, whose ``label`` column is
    the gold label only where ``label_source`` is ``gold``."""

    uid: int
    index: int
    sentence: int
    label: int
    note: int
    adjudicator: int
    at: int
    label_source: int | None = None


def gold_layout(path: Path) -> GoldLayout | None:
    """The gold columns of a ``wide`` or ``dataset`` CSV export (with the
    gold note, adjudicator and time); None for any other file, which is
    then read as a long export."""
    if path.suffix.lower() != ".csv" or not path.is_file():
        return None
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD)
    except OSError:
        return None
    encoding = "utf-16" if head.startswith(_BOMS_16) else "utf-8-sig"
    try:
        text = codecs.getincrementaldecoder(encoding)().decode(head)  # a cut character waits, unread
        header = next(csv.reader(io.StringIO(text)))
    except (UnicodeDecodeError, csv.Error, StopIteration):
        return None
    if tuple(header) == DATASET_COLUMNS:
        at = header.index
        return GoldLayout(
            at("article_uid"),
            at("sentence_index"),
            at("sentence"),
            at("label"),
            at("gold_note"),
            at("adjudicator"),
            at("adjudicated_at"),
            label_source=at("label_source"),
        )
    trailing = len(header) - len(WIDE_TRAILING)
    if tuple(header[: len(WIDE_LEADING)]) == WIDE_LEADING and tuple(header[trailing:]) == WIDE_TRAILING:
        # By position: reviewers' columns are named by the reviewers, who may be called anything.
        def gold(name: str) -> int:
            return trailing + WIDE_TRAILING.index(name)

        return GoldLayout(0, 3, 4, gold("gold"), *(gold(name) for name in GOLD_DETAIL))
    return None


def import_gold(
    store: AnnotationStore, path: Path, layout: GoldLayout, report: LabelImportReport, *, excel_safe: bool
) -> LabelImportReport:
    """Merge the gold labels of a file ``gold_layout`` recognised into the
    store, counting into ``report``. Raises ``FileRejected`` for a file that
    cannot be read (before anything is merged) or malformed CSV part-way
    (after merging the rows before it)."""
    checker = RowChecker(unquote=restore if excel_safe else None, now=utcnow(), codebook=store.codebook())
    skipped: list[tuple[int, str]] = []
    batch: list[tuple[int, LabelRow]] = []
    with path.open("rb") as handle:
        encoding = _check_encoding(handle)
        handle.seek(0)
        reader = csv.reader(io.TextIOWrapper(handle, encoding=encoding, newline=""), strict=True)
        next(reader)  # the header, read by gold_layout
        while True:
            line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                _merge(store, batch, report, skipped, excel_safe=excel_safe)
                raise FileRejected(f"malformed CSV in the row starting on line {line}: {exc}") from None
            values = _gold_values(row, layout)
            if values is None:
                continue
            try:
                batch.append((line, checker.check(values)))
            except RowSkipped as skip:
                skipped.append((line, _gold_words(str(skip))))
            if len(batch) >= BATCH_ROWS:
                _merge(store, batch, report, skipped, excel_safe=excel_safe)
    _merge(store, batch, report, skipped, excel_safe=excel_safe)
    report.skipped = [(f"line {line}", reason) for line, reason in sorted(skipped)]
    return report


def _gold_values(row: list[str], layout: GoldLayout) -> tuple[str, ...] | None:
    """The row's values in ``label_file.FIELDS`` order (the adjudicator as
    the annotator), or None when it carries no gold label or note."""

    def cell(i: int) -> str:
        return row[i] if i < len(row) else ""

    label = cell(layout.label)
    if layout.label_source is not None and cell(layout.label_source) != GOLD:
        label = ""  # a majority or single label, not an adjudication
    note = cell(layout.note)
    if not label.strip() and not note.strip():
        return None
    return (
        cell(layout.uid),
        cell(layout.index),
        cell(layout.sentence),
        cell(layout.adjudicator),
        label,
        note,
        cell(layout.at),
    )


def _merge(
    store: AnnotationStore,
    batch: list[tuple[int, LabelRow]],
    report: LabelImportReport,
    skipped: list[tuple[int, str]],
    *,
    excel_safe: bool,
) -> None:
    """Look up the batch's sentences, skip those that do not match, merge the rest."""
    if not batch:
        return
    with store.label_merger() as merger:
        found, articles = merger.sentences({(row.uid, row.sentence_index) for _, row in batch})
    rows = []
    for line, row in batch:
        sentence = found.get((row.uid, row.sentence_index))
        reason = _mismatch(row, sentence, articles, excel_safe=excel_safe)
        if reason:
            skipped.append((line, reason))
        else:
            assert sentence is not None  # _mismatch gives a reason when it is missing
            rows.append(GoldRow(sentence[0], row.label, row.note, row.annotator, row.at))
    with store.database.write() as session:
        outcomes = merge_gold(session=session, rows=rows)
    for outcome in outcomes:
        setattr(report, outcome, getattr(report, outcome) + 1)
    batch.clear()


def _mismatch(row: LabelRow, sentence: tuple[int, str] | None, articles: set[str], *, excel_safe: bool) -> str | None:
    if row.uid not in articles:
        return f"unknown article {quoted(row.uid)}"
    if sentence is None:
        return f"article {row.uid} has no sentence {row.sentence_index}"
    if row.sentence != sentence[1]:
        hint = (
            " (the file looks excel-safe: pass --excel-safe)"
            if (not excel_safe and restore(row.sentence) == sentence[1])
            else ""
        )
        return f"sentence {row.sentence_index} of article {row.uid} does not match the text here{hint}"
    return None


def _gold_words(reason: str) -> str:
    for long_word, gold_word in _COLUMN_WORDS:
        if reason.startswith(long_word) or f" {long_word}" in reason:
            return reason.replace(long_word, gold_word, 1)
    return reason


def _check_encoding(handle: BinaryIO) -> str:
    """The file's encoding, after decoding all of it once: a bad byte
    anywhere refuses the file before any row is merged."""
    head = handle.read(_HEAD)
    encoding = "utf-16" if head.startswith(_BOMS_16) else "utf-8-sig"
    decoder = codecs.getincrementaldecoder(encoding)()
    data, offset = head, 0
    try:
        while data:
            decoder.decode(data)
            offset += len(data)
            data = handle.read(_CHUNK)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise FileRejected("not UTF-16 text" if encoding == "utf-16" else "not UTF-8 text") from None
    return encoding
