"""File readers: turn .txt, .md, .jsonl, .json and .csv files into article
drafts, or say in one line why a file (or one record in it) was rejected."""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator import json_input

RECORD_FIELDS = ("text", "title", "source", "url", "published", "id")
MAX_PUBLISHED = 40  # a date or date-time; longer values stay in the metadata
SUPPORTED_SUFFIXES = (".txt", ".md", ".jsonl", ".json", ".csv")

# Control characters other than tab and newline carry no meaning in an article
# and confuse terminals and spreadsheets.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_MATTER_LINE = re.compile(r"^(\w+)\s*:\s*(.*?)\s*$")


@dataclass
class ArticleDraft:
    """What a reader found: a body of text and what is known about it."""

    body: str
    origin: str
    title: str | None = None
    source: str = ""
    url: str | None = None
    published: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    markdown: bool = False


@dataclass(frozen=True)
class Rejection:
    """A file, or one record of it, that was not imported, and why."""

    path: str
    reason: str


class FileRejected(Exception):
    """The whole file cannot be read; the message is the reason."""


def read_path(path: Path) -> Iterator[ArticleDraft | Rejection]:
    """Drafts (and per-record rejections) from one file.

    Raises ``FileRejected`` when nothing in the file can be used.
    """
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        expected = ", ".join(SUPPORTED_SUFFIXES)
        raise FileRejected(f"unsupported file type {path.suffix or '(none)'!r} (expected {expected})")
    try:
        yield from reader(path)
    except (PermissionError, IsADirectoryError) as exc:
        raise FileRejected(f"cannot read: {(exc.strerror or str(exc)).lower()}") from None
    except OSError as exc:
        raise FileRejected(f"cannot read: {exc.strerror or exc}") from None


def normalise_text(text: str) -> str:
    """One newline convention, no control characters, no trailing blanks."""
    text = _CONTROL.sub("", _NEWLINES.sub("\n", text))
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def decode(data: bytes) -> str:
    """Decode file bytes as UTF-8 (or UTF-16 with a byte-order mark).

    Raises ``FileRejected`` for binary data or bytes that are not UTF-8.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise FileRejected("not valid UTF-16 text") from None
    if b"\x00" in data[:8192]:
        raise FileRejected("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileRejected(f"not UTF-8 text (invalid byte at offset {exc.start})") from None


def _read_text(path: Path) -> str:
    text = normalise_text(decode(path.read_bytes()))
    if not text.strip():
        raise FileRejected("empty file")
    return text


def _read_txt(path: Path) -> Iterator[ArticleDraft]:
    yield ArticleDraft(body=_read_text(path), origin=str(path), source=path.name)


def _read_md(path: Path) -> Iterator[ArticleDraft]:
    text = _read_text(path)
    draft = ArticleDraft(body=text, origin=str(path), source=path.name, markdown=True)
    match = _FRONT_MATTER.match(text)
    if match:
        fields = {m[1]: m[2] for m in map(_FRONT_MATTER_LINE.match, match.group(1).split("\n")) if m}
        _apply_fields(draft, {k.lower(): v.strip("'\"") for k, v in fields.items()})
        draft.body = text[match.end() :].strip("\n")
        if not draft.body.strip():
            raise FileRejected("empty file (front matter only)")
    yield draft


def _read_jsonl(path: Path) -> Iterator[ArticleDraft | Rejection]:
    found = False
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if number == 1:
                if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                    raise FileRejected("UTF-16 JSON Lines are not supported; save as UTF-8")
                raw = raw.removeprefix(codecs.BOM_UTF8)
            if b"\x00" in raw:
                raise FileRejected(f"binary data on line {number}")
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise FileRejected(f"not UTF-8 text on line {number} (byte {exc.start})") from None
            if not line.strip():
                continue
            found = True
            try:
                record = json_input.loads(line.strip())
            except json.JSONDecodeError as exc:
                yield Rejection(str(path), f"malformed JSON on line {number}: {exc.msg}")
                continue
            except json_input.UnsafeJSON as exc:
                yield Rejection(str(path), f"line {number}: {exc}")
                continue
            yield _record_draft(record, path, f"line {number}")
    if not found:
        raise FileRejected("empty file")


def _read_json(path: Path) -> Iterator[ArticleDraft | Rejection]:
    text = decode(path.read_bytes())
    if not text.strip():
        raise FileRejected("empty file")
    try:
        data = json_input.loads(text)
    except json.JSONDecodeError as exc:
        raise FileRejected(f"malformed JSON on line {exc.lineno}: {exc.msg}") from None
    except json_input.UnsafeJSON as exc:
        raise FileRejected(str(exc)) from None
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    records = data if isinstance(data, list) else [data]
    if not records:
        raise FileRejected("no records (an empty list)")
    for number, record in enumerate(records, start=1):
        yield _record_draft(record, path, f"record {number}")


def csv_header(reader: Any) -> list[str]:
    """The first row of a ``csv.reader``; an empty or malformed start is one
    ``FileRejected`` line."""
    try:
        return next(reader)
    except StopIteration:
        raise FileRejected("empty file") from None
    except csv.Error as exc:
        raise FileRejected(f"malformed CSV on line 1: {exc}") from None


def numbered_rows(reader: Any) -> Iterator[tuple[int, list[str]]]:
    """Each row of a ``csv.reader`` with the line it starts on (a quoted
    cell may span lines); a malformed row is one ``FileRejected`` line."""
    while True:
        first_line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise FileRejected(f"malformed CSV in the row starting on line {first_line}: {exc}") from None
        yield first_line, row


def csv_rows(text: str) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """The header of a CSV text, and its rows with the line each starts on.
    A malformed file raises ``FileRejected`` naming the line."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header = csv_header(reader)

    def rows() -> Iterator[tuple[int, list[str]]]:
        for first_line, row in numbered_rows(reader):
            if any(cell.strip() for cell in row):
                yield first_line, row

    return header, rows()


def _read_csv(path: Path) -> Iterator[ArticleDraft | Rejection]:
    text = decode(path.read_bytes())
    if not text.strip():
        raise FileRejected("empty file")
    header, rows = csv_rows(text)
    columns = [name.strip().lower() for name in header]
    if "text" not in columns:
        shown = ", ".join(name for name in header[:8] if name) or "none"
        raise FileRejected(f"no 'text' column (columns: {shown})")
    for line, row in rows:
        record = {name: value for name, value in zip(columns, row) if name}
        yield _record_draft(record, path, f"line {line}")


def _record_draft(record: Any, path: Path, where: str) -> ArticleDraft | Rejection:
    if not isinstance(record, dict):
        return Rejection(str(path), f"{where}: expected an object with a 'text' field")
    record = {str(k).lower(): v for k, v in record.items()}
    body = record.get("text")
    if not isinstance(body, str) or not normalise_text(body).strip():
        return Rejection(str(path), f"{where}: no text")
    draft = ArticleDraft(body=normalise_text(body), origin=f"{path}:{where}", source=path.name)
    _apply_fields(draft, record)
    return draft


def _apply_fields(draft: ArticleDraft, record: dict[str, Any]) -> None:
    """Copy the known fields of a record onto the draft; keep the rest as metadata."""
    title = _clean(record.get("title"))
    if title:
        draft.title = " ".join(normalise_text(title).split())
    draft.source = _clean(record.get("source")) or draft.source
    draft.url = _clean(record.get("url")) or draft.url
    published = _clean(record.get("published"))
    if published and len(published) > MAX_PUBLISHED:
        draft.meta["published"] = published  # kept whole, but not as a date
    elif published:
        draft.published = published
    if _clean(record.get("id")):
        draft.meta["id"] = _clean(record.get("id"))
    for key, value in record.items():
        if key not in RECORD_FIELDS and value not in (None, ""):
            draft.meta[key] = value if isinstance(value, (str, int, float, bool, list, dict)) else str(value)


def _clean(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = " ".join(_CONTROL.sub("", str(value)).split())
    return text or None


_READERS: dict[str, Callable[[Path], Iterator[ArticleDraft | Rejection]]] = {
    ".txt": _read_txt,
    ".md": _read_md,
    ".jsonl": _read_jsonl,
    ".json": _read_json,
    ".csv": _read_csv,
}

# Article bodies in CSV cells can be long.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
