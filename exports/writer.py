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
from typing import TYPE_CHECKING, Any, TextIO

from annotator.exports.columns import LONG_COLUMNS
from annotator.exports.formats import export_format
from annotator.exports.resolution import UNRESOLVED, resolve, unanimous
from annotator.exports.source import ExportFilters, RowSource
from annotator.exports.spreadsheet import RISKY_FIRST_CHARACTERS, is_risky, neutralise

if TYPE_CHECKING:
    from _csv import Writer  # what csv.writer returns (typeshed's name; the module calls it _csv.writer)


@dataclass
class ExportResult:
    """What was written."""

    format: str
    columns: list[str]
    rows: int = 0
    # A long row with a note and no label counts None while writing; it is dropped at the end.
    labels: Counter[str | None] = field(default_factory=Counter)
    annotators: Counter[str] = field(default_factory=Counter)
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
    """Write the data set to ``out`` (opened with ``newline=""``) in the
    format named ``fmt`` (see ``exports.formats``)."""
    form = export_format(fmt)
    progress = on_rows or (lambda _n: None)
    if form.per_label:
        return _write_long(
            source, out, fmt=fmt, filters=filters, excel_safe=excel_safe and not form.json_lines, progress=progress
        )
    return _write_per_sentence(
        source,
        out,
        fmt=fmt,
        filters=filters,
        excel_safe=excel_safe,
        include_unresolved=include_unresolved,
        progress=progress,
    )


def csv_writer(out: TextIO) -> Writer:
    """RFC 4180: comma, double quotes doubled, CRLF line ends, quotes only where needed."""
    return csv.writer(out, dialect="excel")


def _write_long(
    source: RowSource,
    out: TextIO,
    *,
    fmt: str,
    filters: ExportFilters,
    excel_safe: bool,
    progress: Callable[[int], None],
) -> ExportResult:
    """Long CSV or JSON Lines. The columns of a sentence (its text above all)
    are formatted once per sentence, not once per annotator: this runs for
    every row of exports with millions of them."""
    result = ExportResult(format=fmt, columns=list(LONG_COLUMNS), excel_safe=excel_safe)
    sentences = _SentenceColumns(source, excel_safe=excel_safe, as_json=fmt == "jsonl")
    if fmt == "long":
        out.write(",".join(LONG_COLUMNS) + "\r\n")
    sql, params = source.annotation_query(filters)
    names: dict[str, tuple[str, bool]] = {}  # annotator -> (cell, risky)
    for batch in source.batches(sql, params):
        lines: list[str] = []
        append = lines.append
        for sentence_id, article_id, annotator, label, note, labelled_at, seconds in batch:
            prefix, risky = sentences.get(article_id, sentence_id)
            name = names.get(annotator)
            if name is None:
                name = names[annotator] = _annotator_cell(annotator, excel_safe=excel_safe, as_json=fmt == "jsonl")
            risky += name[1]
            if note is not None:
                risky += note.startswith(RISKY_FIRST_CHARACTERS)
                if excel_safe:
                    note = neutralise(note)
            if seconds is not None:
                seconds = round(float(seconds), 3)
            if fmt == "long":
                append(
                    f"{prefix}{name[0]},{label or ''},{_cell(note)},{labelled_at},"
                    f"{'' if seconds is None else seconds}\r\n"
                )
            else:
                tail = json.dumps(
                    {"label": label, "note": note, "labelled_at": labelled_at, "seconds_spent": seconds},
                    ensure_ascii=False,
                )
                append(f"{prefix}{name[0]}, {tail[1:]}\n")
            result.risky_cells += risky
        out.write("".join(lines))
        result.rows += len(batch)
        result.labels.update(map(itemgetter(3), batch))
        result.annotators.update(map(itemgetter(2), batch))
        progress(len(batch))
    result.labels.pop(None, None)
    return result


def _annotator_cell(annotator: str, *, excel_safe: bool, as_json: bool) -> tuple[str, bool]:
    risky = annotator.startswith(RISKY_FIRST_CHARACTERS)
    if excel_safe:
        annotator = neutralise(annotator)
    cell = '"annotator": ' + json.dumps(annotator, ensure_ascii=False) if as_json else _cell(annotator)
    return cell, risky


def _cell(value: str | None) -> str:
    """One CSV field, quoted only when it must be (as the csv module does)."""
    if value is None:
        return ""
    if '"' in value or "," in value or "\n" in value or "\r" in value:
        return '"' + value.replace('"', '""') + '"'
    return value


class _SentenceColumns:
    """The formatted sentence columns of the current article's sentences,
    with how many of their cells a spreadsheet could take for a formula."""

    _NAMES = LONG_COLUMNS[:8]

    def __init__(self, source: RowSource, *, excel_safe: bool, as_json: bool) -> None:
        self.source = source
        self.excel_safe = excel_safe
        self.as_json = as_json
        self.article_id: int | None = None
        self.prefixes: dict[int, tuple[str, int]] = {}

    def get(self, article_id: int, sentence_id: int) -> tuple[str, int]:
        if article_id != self.article_id:
            self.article_id = article_id
            rows = self.source.rows(*self.source.sentence_query(article_id))
            self.prefixes = self._format_article(rows)
        return self.prefixes[sentence_id]

    def _format_article(self, rows: list[tuple[Any, ...]]) -> dict[int, tuple[str, int]]:
        if not rows:
            return {}
        _, uid, title, src = rows[0][:4]
        article_risky = is_risky(title) + is_risky(src)
        if self.excel_safe:
            title, src = neutralise(title), neutralise(src)
        prefixes = {}
        if self.as_json:
            for sentence_id, _, _, _, index, paragraph, start, end, text in rows:
                risky = article_risky + is_risky(text)
                values = (uid, title, src, index, paragraph, start, end, neutralise(text) if self.excel_safe else text)
                prefixes[sentence_id] = (
                    json.dumps(dict(zip(self._NAMES, values)), ensure_ascii=False)[:-1] + ", ",
                    risky,
                )
            return prefixes
        head = f"{uid},{_cell(title)},{_cell(src)},"
        for sentence_id, _, _, _, index, paragraph, start, end, text in rows:
            risky = article_risky + is_risky(text)
            if self.excel_safe:
                text = neutralise(text)
            prefixes[sentence_id] = (f"{head}{index},{paragraph},{start},{end},{_cell(text)},", risky)
        return prefixes


def _write_per_sentence(
    source: RowSource,
    out: TextIO,
    *,
    fmt: str,
    filters: ExportFilters,
    excel_safe: bool,
    include_unresolved: bool,
    progress: Callable[[int], None],
) -> ExportResult:
    annotators = source.annotator_names(filters) if fmt == "wide" else []
    columns = list(export_format(fmt).columns(annotators))
    result = ExportResult(format=fmt, columns=columns, excel_safe=excel_safe)
    writer = csv_writer(out)
    result.risky_cells += sum(1 for name in annotators if is_risky(name))  # reviewer names head columns
    writer.writerow([neutralise(c) for c in columns] if excel_safe else columns)
    sql, params = source.sentence_marks_query(filters)
    for sentence in _sentences(source.batches(sql, params), progress):
        uid, title, src, index, text, marks, gold, gold_detail = sentence
        labels = [label for _, label in marks]
        if fmt == "wide":
            if filters.labels and not set(filters.labels) & {*labels, gold}:
                continue
            by_name = dict(marks)
            row = [
                uid,
                title,
                src,
                index,
                text,
                *(by_name.get(name, "") for name in annotators),
                gold or "",
                len(labels),
                unanimous(labels),
            ]
            result.labels.update(labels)
        else:
            label, label_source = resolve(labels, gold)
            if label_source == UNRESOLVED and not include_unresolved:
                continue
            if filters.labels and label not in filters.labels:
                continue
            row = [uid, title, src, index, text, label or "", label_source, len(labels)]
            result.labels[label or ""] += 1
        note, adjudicator, adjudicated_at = gold_detail
        result.annotators.update(name for name, _ in marks)
        result.risky_cells += sum(1 for cell in (title, src, text, note, adjudicator) if is_risky(cell))
        if excel_safe:
            row[1], row[2], row[4] = neutralise(title), neutralise(src), neutralise(text)
            note, adjudicator = neutralise(note or ""), neutralise(adjudicator or "")
        writer.writerow([*row, note or "", adjudicator or "", adjudicated_at or ""])
        result.rows += 1
    result.labels.pop("", None)
    return result


def _sentences(batches: Iterable[list[tuple[Any, ...]]], progress: Callable[[int], None]) -> Iterator[tuple[Any, ...]]:
    """Group the per-label rows of each sentence: (uid, title, source, index,
    text, [(annotator, label)...], gold, (gold note, adjudicator, adjudicated at))."""

    def counted() -> Iterator[list[tuple[Any, ...]]]:
        for batch in batches:
            yield batch
            progress(len(batch))

    for _, group in groupby(chain.from_iterable(counted()), key=itemgetter(0)):
        rows = list(group)
        first = rows[0]
        marks = [(row[6], row[7]) for row in rows if row[7] is not None]
        yield first[1], first[2], first[3], first[4], first[5], marks, first[8], first[9:12]
