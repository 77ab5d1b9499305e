"""``annotator label --from FILE``: many labels from a CSV file (with a
header) or JSON Lines, each row checked as ``annotator label`` checks one.

Columns (CSV) or keys (JSON Lines): ``sentence_id`` and ``label``, and
optionally ``note`` and ``annotator``. A row without an annotator uses the
command's reviewer name. A CSV cell cannot tell an empty note from none,
so an empty ``note`` cell leaves the note as it is; in JSON Lines a missing
or null note leaves it and ``""`` removes it.

A file that cannot be read as either (not text, not UTF-8, a CSV header
without ``sentence_id`` and ``label`` or with columns this command does not
know, malformed CSV) is refused whole, before anything is written. A bad
row (a sentence that does not exist, an unknown label, a refused reviewer
name) is reported with its line and skipped; the other rows are applied,
committed a batch at a time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from annotator.db.batch_labels import CHANGED, NO_SENTENCE, BatchLabel
from annotator.db.codebook import Codebook
from annotator.db.crud import KEEP_NOTE
from annotator.json_input import UnsafeJSON, loads
from annotator.readers import FileRejected, csv_rows, decode
from annotator.reviewer_names import reviewer_name

REQUIRED = ("sentence_id", "label")
COLUMNS = (*REQUIRED, "note", "annotator")
BATCH_ROWS = 2_000
_WHOLE_NUMBER = re.compile(r"[0-9]{1,18}")

# A row: the label to set, or why it is skipped.
Row = BatchLabel | str
# A row as read: its values by column (CSV) or key (JSON Lines), or why it cannot be read.
Record = Mapping[str, object]


class NoReviewer(Exception):
    """Rows without an annotator, and no reviewer name for the command."""


class BatchStopped(Exception):
    """Writing a batch failed (``cause``); the batches before it are
    committed (``report`` counts them)."""

    def __init__(self, report: BatchReport, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.report = report
        self.cause = cause


@dataclass
class BatchReport:
    """What ``label --from`` did: labels changed, rows that changed nothing,
    and the rows skipped as (line, reason)."""

    changed: int = 0
    unchanged: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)

    def line(self) -> str:
        """The summary printed at the end."""
        return (
            f"{self.changed} label{'s' if self.changed != 1 else ''} changed, {self.unchanged} unchanged, "
            f"{len(self.rejected)} rejected."
        )


def read_rows(data: bytes, *, name: str, reviewer: str | None, codebook: Codebook) -> Iterator[tuple[int, Row]]:
    """(line, row) for each row of a label file, in file order. ``name``
    (a path, or ``-``) picks the format by its suffix, else the first
    character decides (``{``: JSON Lines). ``reviewer`` is the name for rows
    without one (None: such rows are skipped, saying so); ``codebook`` has
    the labels a row may carry.

    Raises ``FileRejected`` before the first row when the file as a whole
    cannot be used."""
    text = decode(data)
    if not text.strip():
        raise FileRejected("empty file")
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name.rsplit("/", 1)[-1] else ""
    json_lines = suffix in ("jsonl", "ndjson") or (suffix != "csv" and text.lstrip().startswith("{"))
    records = _json_records(text) if json_lines else _csv_records(text, reviewer is not None)
    check = _checker(reviewer, codebook)
    for line, record in records:
        yield line, record if isinstance(record, str) else check(record)


def _csv_records(text: str, has_reviewer: bool) -> Iterator[tuple[int, Record | str]]:
    header, rows = csv_rows(text)
    columns = [cell.strip().lower() for cell in header]
    unknown = [c for c in columns if c not in COLUMNS]
    if unknown:
        raise FileRejected(
            f"unknown column {unknown[0]!r} (label --from reads {', '.join(COLUMNS)}; "
            "an export goes back with import-labels)"
        )
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise FileRejected(f"no {missing[0]!r} column (the header needs {', '.join(REQUIRED)})")
    if len(set(columns)) != len(columns):
        raise FileRejected("a column appears twice in the header")
    if "annotator" not in columns and not has_reviewer:
        raise NoReviewer()
    # Read to the end first: malformed CSV anywhere refuses the file before anything is written.
    for line, cells in list(rows):
        if len(cells) != len(columns):
            yield line, f"{len(cells)} cells, the header has {len(columns)}"
            continue
        record = dict(zip(columns, cells))
        if not record.get("note"):
            record.pop("note", None)  # an empty cell keeps the note
        yield line, record


def _json_records(text: str) -> Iterator[tuple[int, Record | str]]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = loads(line)
        except UnsafeJSON as exc:
            yield number, str(exc)
            continue
        except json.JSONDecodeError as exc:
            yield number, f"malformed JSON: {exc.msg} (column {exc.colno})"
            continue
        if not isinstance(record, dict):
            yield number, "not a JSON object"
            continue
        unknown = [key for key in record if key not in COLUMNS]
        if unknown:
            yield number, f"unknown key {unknown[0]!r} (expected {', '.join(COLUMNS)})"
            continue
        yield number, record


def _checker(reviewer: str | None, codebook: Codebook) -> Callable[[Record], Row]:
    names: dict[str, str] = {}  # a name is checked once, however many rows carry it

    def check(record: Record) -> Row:
        sentence_id = record.get("sentence_id")
        if isinstance(sentence_id, str) and _WHOLE_NUMBER.fullmatch(sentence_id.strip()):
            sentence_id = int(sentence_id)
        if not isinstance(sentence_id, int) or isinstance(sentence_id, bool) or sentence_id < 1:
            return (
                "no sentence_id"
                if sentence_id in (None, "")
                else f"sentence_id {_shown(sentence_id)} is not a positive whole number"
            )
        label = record.get("label")
        if not isinstance(label, str) or not label.strip():
            return "no label (none clears one)" if label in (None, "") else f"label {_shown(label)} is not text"
        try:
            parsed = codebook.parse(label)
        except ValueError as exc:
            return str(exc)
        note = record.get("note", KEEP_NOTE)
        if note is None:
            note = KEEP_NOTE  # JSON null: leave the note as it is
        elif note is not KEEP_NOTE:
            if not isinstance(note, str):
                return f"note {_shown(note)} is not text"
            if "\x00" in note:
                return "note has a NUL character (U+0000), which cannot be stored"
        given = record.get("annotator")
        if given in (None, ""):
            if reviewer is None:
                return "no annotator in the row, and no reviewer name for the command (give --annotator NAME)"
            name = reviewer
        elif not isinstance(given, str):
            return f"annotator {_shown(given)} is not text"
        else:
            known = names.get(given)
            if known is None:
                try:
                    known = names[given] = reviewer_name(given)
                except ValueError as exc:
                    return str(exc)
            name = known
        return BatchLabel(sentence_id, name, parsed, note)

    return check


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def apply_rows(
    rows: Iterator[tuple[int, Row]], write: Callable[[list[BatchLabel]], list[str]], batch_rows: int | None = None
) -> BatchReport:
    """Write the good rows ``batch_rows`` (default ``BATCH_ROWS``) at a time
    (``write`` commits each batch and gives each row's outcome); the bad
    ones go to the report. ``BatchStopped`` when a batch fails."""
    batch_rows = batch_rows or BATCH_ROWS
    report = BatchReport()
    batch: list[tuple[int, BatchLabel]] = []

    def flush() -> None:
        try:
            outcomes = write([row for _, row in batch])
        except Exception as exc:
            raise BatchStopped(report, exc) from exc
        for (line, row), outcome in zip(batch, outcomes):
            if outcome == NO_SENTENCE:
                report.rejected.append((line, f"sentence {row.sentence_id} does not exist"))
            elif outcome == CHANGED:
                report.changed += 1
            else:
                report.unchanged += 1
        batch.clear()

    for line, row in rows:
        if isinstance(row, str):
            report.rejected.append((line, row))
            continue
        batch.append((line, row))
        if len(batch) >= batch_rows:
            flush()
    if batch:
        flush()
    report.rejected.sort()
    return report
