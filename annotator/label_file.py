"""Reading a label file (a ``long`` CSV or JSON Lines export) as a stream
of records, in flat memory however long the file is.

The whole file is checked first (type, binary content, encoding), so a file
that cannot be read is refused before anything is merged; its rows are then
read one at a time."""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Iterator
from operator import itemgetter
from pathlib import Path
from typing import IO

from annotator.readers import FileRejected, csv_header, numbered_rows

REQUIRED = ("article_uid", "sentence_index", "sentence", "annotator", "label")
# The values a merge uses, in the order a record gives them.
FIELDS = ("article_uid", "sentence_index", "sentence", "annotator", "label", "note", "labelled_at")

_SURROGATE = re.compile("[\ud800-\udfff]")
_CHUNK = 1 << 18  # bytes decoded at a time by the encoding check
_SNIFF = 8192

# A record: the FIELDS' values (None where absent), or why the row is not one.
Record = tuple[object, ...] | str


def label_records(path: Path) -> Iterator[tuple[int, Record]]:
    """(line, record) for each row of a label file, in file order.

    Raises ``FileRejected`` when the file as a whole cannot be used: before
    the first row for a wrong type, binary data, bad encoding, an empty
    file or missing columns; at the row for malformed CSV (the rows before
    it have been given by then)."""
    suffix = path.suffix.lower()
    if path.is_dir():
        raise FileRejected("is a folder, not an export file")
    if suffix not in (".csv", ".jsonl"):
        raise FileRejected(f"unsupported file type {suffix or '(none)'!r} (expected a long .csv or .jsonl export)")
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise FileRejected(f"cannot read: {(exc.strerror or str(exc)).lower()}") from None
    with handle:
        try:
            encoding = _check_encoding(handle)
            handle.seek(0)
            text = io.TextIOWrapper(handle, encoding=encoding, newline="" if suffix == ".csv" else "\n")
            yield from (_csv_records(text) if suffix == ".csv" else _jsonl_records(text))
        except OSError as exc:
            raise FileRejected(f"cannot read: {(exc.strerror or str(exc)).lower()}") from None


def _check_encoding(handle: IO[bytes]) -> str:
    """The file's encoding (UTF-8, or UTF-16 with a byte-order mark), after
    decoding all of it once: a bad byte anywhere refuses the file before
    any row is merged. Decoding runs at memory speed; nothing is kept."""
    head = handle.read(_SNIFF)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, problem = "utf-16", "not valid UTF-16 text"
    elif b"\x00" in head:
        raise FileRejected("binary file, not text")
    else:
        encoding, problem = "utf-8-sig", ""
    decoder = codecs.getincrementaldecoder(encoding)()
    offset, blank, data = 0, True, head
    while data:
        pending = len(decoder.getstate()[0])
        try:
            decoded = decoder.decode(data)
        except UnicodeDecodeError as exc:
            raise FileRejected(
                problem or f"not UTF-8 text (invalid byte at offset {offset - pending + exc.start})"
            ) from None
        blank = blank and not decoded.strip()
        offset += len(data)
        data = handle.read(_CHUNK)
    pending = len(decoder.getstate()[0])
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:  # the file ends inside a character
        raise FileRejected(problem or f"not UTF-8 text (invalid byte at offset {offset - pending})") from None
    if blank:
        raise FileRejected("empty file")
    return encoding


def _csv_records(text: IO[str]) -> Iterator[tuple[int, Record]]:
    reader = csv.reader(text, strict=True)
    header = csv_header(reader)
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise FileRejected(f"not a long export: missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)}")
    # Columns by position; an absent optional column (note) reads as empty.
    columns = [header.index(name) if name in header else len(header) for name in FIELDS]
    pick = itemgetter(*columns)
    width = max(columns) + 1
    padding = [""] * width
    uid = columns[0]
    for first_line, row in numbered_rows(reader):
        if len(row) < width:
            if not any(row):
                continue  # a blank line
            row += padding[len(row) :]
        if not row[uid].strip() and not "".join(row).strip():
            continue  # a row of blank cells
        yield first_line, pick(row)


def _jsonl_records(text: IO[str]) -> Iterator[tuple[int, Record]]:
    for number, line in enumerate(text, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, f"malformed JSON: {exc.msg}"
            continue
        except RecursionError:
            yield number, "malformed JSON: nested too deeply"
            continue
        except ValueError:  # Python refuses integers of thousands of digits
            yield number, "malformed JSON: a number in it has too many digits"
            continue
        if not isinstance(record, dict):
            yield number, "not a JSON object"
            continue
        values = tuple(record.get(name) for name in FIELDS)
        yield number, _surrogate(values) or values


def _surrogate(values: tuple[object, ...]) -> str | None:
    """Why a record is refused when a text in it has a lone surrogate: JSON
    can spell one (``"\\ud800"``), but it is not text and no database stores it."""
    for name, value in zip(FIELDS, values):
        found = _SURROGATE.search(value) if isinstance(value, str) else None
        if found:
            return f"{name} has a lone surrogate ({found.group()!r}), which is not text"
    return None
