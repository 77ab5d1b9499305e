"""Merging labels from a ``long`` CSV or JSON Lines export (say, from a
reviewer who worked offline in a database of their own).

Rows are matched by article uid and sentence index, and the sentence text
must match; anything that does not match is reported and skipped, never
guessed. For a sentence and reviewer on both sides the newer ``labelled_at``
wins, and the replaced value stays in the event log. Merging the same file
twice changes nothing."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from annotator.readers import FileRejected, csv_rows, decode
from annotator.store import AnnotationStore
from db.labels import parse_label
from exports.manifest import recorded_excel_safe
from exports.spreadsheet import restore

REQUIRED = ("article_uid", "sentence_index", "sentence", "annotator", "label")


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
    when the file as a whole cannot be used.

    ``excel_safe``: the file was written with ``--excel-safe``, so the
    apostrophe before a cell's formula character is removed again. None
    means: as the manifest beside the file says, else not (an apostrophe in
    any other file is the text's own)."""
    if excel_safe is None:
        excel_safe = bool(recorded_excel_safe(path))
    unquote = restore if excel_safe else _as_written
    report = LabelImportReport()
    articles: dict[str, dict[int, tuple[int, str]] | None] = {}
    for where, record in _records(path):
        try:
            if isinstance(record, str):
                raise _Skip(record)
            _merge(store, record, articles, report, unquote)
        except _Skip as skip:
            report.skipped.append((where, str(skip)))
    return report


def _as_written(value: str) -> str:
    return value


class _Skip(Exception):
    """This row is not merged, for the reason given."""


def _merge(store: AnnotationStore, record: dict, articles: dict, report: LabelImportReport,
           unquote: Callable[[str], str]) -> None:
    uid = str(record.get("article_uid") or "").strip()
    if uid not in articles:
        articles[uid] = store.article_sentences(uid)
    sentences = articles[uid]
    if sentences is None:
        raise _Skip(f"unknown article {uid!r}")
    try:
        index = int(record.get("sentence_index"))
    except (TypeError, ValueError):
        raise _Skip(f"sentence_index {record.get('sentence_index')!r} is not a number") from None
    if index not in sentences:
        raise _Skip(f"article {uid} has no sentence {index}")
    sentence_id, text = sentences[index]
    given = unquote(str(record.get("sentence") or ""))
    if given != text:
        looks_safe = unquote is _as_written and restore(given) == text
        hint = " (the file looks excel-safe: pass --excel-safe)" if looks_safe else ""
        raise _Skip(f"sentence {index} of article {uid} does not match the text here{hint}")
    annotator = unquote(str(record.get("annotator") or "")).strip()
    if not annotator:
        raise _Skip("no annotator")
    try:
        label = parse_label(str(record.get("label") or ""))
    except ValueError as exc:
        raise _Skip(str(exc)) from None
    note = unquote(str(record.get("note") or "")).strip() or None
    when = _timestamp(record.get("labelled_at"))

    outcome = store.merge_label(sentence_id, annotator, label, note=note, at=when)
    setattr(report, outcome, getattr(report, outcome) + 1)


def _timestamp(value: object) -> datetime:
    text = str(value or "").strip()
    if not text:
        raise _Skip("no labelled_at")
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise _Skip(f"labelled_at {text!r} is not an ISO 8601 time") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _records(path: Path) -> Iterator[tuple[str, dict | str]]:
    """(where, record) for each row, or (where, reason) for a row that is not one."""
    suffix = path.suffix.lower()
    if path.is_dir():
        raise FileRejected("is a folder, not an export file")
    if suffix not in (".csv", ".jsonl"):
        raise FileRejected(f"unsupported file type {suffix or '(none)'!r} (expected a long .csv or .jsonl export)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FileRejected(f"cannot read: {(exc.strerror or str(exc)).lower()}") from None
    text = decode(data)
    if not text.strip():
        raise FileRejected("empty file")
    yield from (_csv_records(text) if suffix == ".csv" else _jsonl_records(text))


def _csv_records(text: str) -> Iterator[tuple[str, dict]]:
    header, rows = csv_rows(text)
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise FileRejected(f"not a long export: missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)}")
    for line, row in rows:
        yield f"line {line}", dict(zip(header, row))


def _jsonl_records(text: str) -> Iterator[tuple[str, dict | str]]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield f"line {number}", f"malformed JSON: {exc.msg}"
            continue
        yield f"line {number}", record if isinstance(record, dict) else "not a JSON object"
