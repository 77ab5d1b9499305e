"""Writing a data set: long, wide or dataset CSV, or JSON Lines, streamed
batch by batch (constant memory), with the counts a manifest needs."""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, groupby
from operator import itemgetter
from typing import TextIO

from exports.columns import DATASET_COLUMNS, LONG_COLUMNS, WIDE_LEADING, WIDE_TRAILING
from exports.resolution import UNRESOLVED, resolve, unanimous
from exports.source import ExportFilters, RowSource
from exports.spreadsheet import is_risky, neutralise

FORMATS = ("long", "wide", "dataset", "jsonl")

_LABEL = LONG_COLUMNS.index("label")
_ANNOTATOR = LONG_COLUMNS.index("annotator")
_WITHOUT_FLAG = itemgetter(slice(0, len(LONG_COLUMNS)))


@dataclass
class ExportResult:
    """What was written."""

    format: str
    columns: list[str]
    rows: int = 0
    labels: Counter = field(default_factory=Counter)
    annotators: Counter = field(default_factory=Counter)
    risky_cells: int = 0  # cells starting with a formula character (neutralised if excel_safe)
    excel_safe: bool = False


def write_export(
    source: RowSource,
    out: TextIO,
    *,
    fmt: str = "long",
    filters: ExportFilters = ExportFilters(),
    excel_safe: bool = False,
    include_unresolved: bool = False,
    on_rows: Callable[[int], None] | None = None,
) -> ExportResult:
    """Write the data set to ``out`` (opened with ``newline=""``)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (expected {'|'.join(FORMATS)})")
    progress = on_rows or (lambda _n: None)
    if fmt in ("long", "jsonl"):
        return _write_long(source, out, fmt=fmt, filters=filters, excel_safe=excel_safe and fmt == "long",
                           progress=progress)
    return _write_per_sentence(source, out, fmt=fmt, filters=filters, excel_safe=excel_safe,
                               include_unresolved=include_unresolved, progress=progress)


def csv_writer(out: TextIO):
    """RFC 4180: comma, double quotes doubled, CRLF line ends, quotes only where needed."""
    return csv.writer(out, dialect="excel")


def _write_long(source: RowSource, out: TextIO, *, fmt: str, filters: ExportFilters, excel_safe: bool,
                progress: Callable[[int], None]) -> ExportResult:
    result = ExportResult(format=fmt, columns=list(LONG_COLUMNS), excel_safe=excel_safe)
    sql, params = source.long_query(filters, excel_safe=excel_safe)
    writer = csv_writer(out) if fmt == "long" else None
    if writer is not None:
        writer.writerow(LONG_COLUMNS)
    for batch in source.batches(sql, params):
        # Per-batch work is done by C-level helpers: this runs a million times.
        result.rows += len(batch)
        result.risky_cells += sum(map(itemgetter(-1), batch))
        result.labels.update(map(itemgetter(_LABEL), batch))
        result.annotators.update(map(itemgetter(_ANNOTATOR), batch))
        rows = map(_WITHOUT_FLAG, batch)
        if writer is not None:
            writer.writerows(rows)
        else:
            out.writelines(_json_line(row) for row in rows)
        progress(len(batch))
    result.labels.pop(None, None)
    return result


def _json_line(row: tuple) -> str:
    record = dict(zip(LONG_COLUMNS, row))
    if record["seconds_spent"] is not None:
        record["seconds_spent"] = float(record["seconds_spent"])
    return json.dumps(record, ensure_ascii=False) + "\n"


def _write_per_sentence(source: RowSource, out: TextIO, *, fmt: str, filters: ExportFilters, excel_safe: bool,
                        include_unresolved: bool, progress: Callable[[int], None]) -> ExportResult:
    annotators = source.annotator_names(filters) if fmt == "wide" else []
    columns = [*WIDE_LEADING, *annotators, *WIDE_TRAILING] if fmt == "wide" else list(DATASET_COLUMNS)
    result = ExportResult(format=fmt, columns=columns, excel_safe=excel_safe)
    writer = csv_writer(out)
    writer.writerow(columns)
    sql, params = source.sentence_marks_query(filters)
    for sentence in _sentences(source.batches(sql, params), progress):
        uid, title, src, index, text, marks, gold = sentence
        labels = [label for _, label in marks]
        if fmt == "wide":
            if filters.labels and not set(filters.labels) & {*labels, gold}:
                continue
            by_name = dict(marks)
            row = [uid, title, src, index, text, *(by_name.get(name, "") for name in annotators),
                   gold or "", len(labels), unanimous(labels)]
            result.labels.update(labels)
        else:
            label, label_source = resolve(labels, gold)
            if label_source == UNRESOLVED and not include_unresolved:
                continue
            if filters.labels and label not in filters.labels:
                continue
            row = [uid, title, src, index, text, label or "", label_source, len(labels)]
            result.labels[label or ""] += 1
        result.annotators.update(name for name, _ in marks)
        result.risky_cells += sum(1 for cell in (title, src, text) if is_risky(cell))
        if excel_safe:
            row[1], row[2], row[4] = neutralise(title), neutralise(src), neutralise(text)
        writer.writerow(row)
        result.rows += 1
    result.labels.pop("", None)
    return result


def _sentences(batches: Iterable[list[tuple]], progress: Callable[[int], None]) -> Iterator[tuple]:
    """Group the per-label rows of each sentence: (uid, title, source, index,
    text, [(annotator, label)...], gold)."""
    def counted() -> Iterator[list[tuple]]:
        for batch in batches:
            yield batch
            progress(len(batch))

    for _, rows in groupby(chain.from_iterable(counted()), key=itemgetter(0)):
        rows = list(rows)
        first = rows[0]
        marks = [(name, label) for *_, name, label, _ in rows if label is not None]
        yield first[1], first[2], first[3], first[4], first[5], marks, first[8]
