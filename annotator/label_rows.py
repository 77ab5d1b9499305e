"""Checking one row of a label file before it is merged: every value is
read strictly, and a row that cannot be used is skipped with one line
saying why (never a traceback, never a guess)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from annotator.errors import quoted
from annotator.reviewer_names import reviewer_name
from db.labels import LABEL_VALUES, parse_label

# A label a little ahead of this computer's clock is a clock set a little
# fast; further ahead, it would win every merge until that time comes.
CLOCK_SKEW = timedelta(minutes=5)
MAX_SENTENCE_INDEX = 999_999_999
MAX_UID = 64  # the article table's limit

_SURROGATE = re.compile("[\ud800-\udfff]")


class RowSkipped(Exception):
    """This row is not merged, for the reason given."""


class LabelRow(NamedTuple):
    """A row's values, checked: who labelled which sentence how, and when."""

    uid: str
    index: int
    sentence: str
    annotator: str
    label: str | None
    note: str | None
    at: datetime


class RowChecker:
    """Checks rows of one file. ``unquote`` undoes the excel-safe
    apostrophe (or is None for files written as stored); ``now`` is the
    clock the future limit is measured from."""

    def __init__(self, *, unquote: Callable[[str], str] | None, now: datetime) -> None:
        self._unquote = unquote
        self._latest = now + CLOCK_SKEW
        # Files repeat a few names and labels on every row: check each once.
        self._names: dict[str, str] = {}
        self._labels: dict[str, str | None] = {}

    def check(self, values: tuple[object, ...]) -> LabelRow:
        """The row's values (``label_file.FIELDS`` order) checked; raises
        ``RowSkipped`` with the reason."""
        uid, index, sentence, annotator, label, note, labelled_at = values
        uid = _text(uid, "article_uid").strip()
        if len(uid) > MAX_UID:
            raise RowSkipped(f"unknown article {quoted(uid)}")
        return LabelRow(uid, _index(index), self._plain(_text(sentence, "sentence")),
                        self._annotator(annotator), self._label(label), self._note(note), self._when(labelled_at))

    def _plain(self, value: str) -> str:
        return self._unquote(value) if self._unquote else value

    def _annotator(self, value: object) -> str:
        given = _text(value, "annotator")
        name = self._names.get(given)
        if name is None:
            raw = self._plain(given)
            if not raw.strip():
                raise RowSkipped("no annotator")
            try:
                name = reviewer_name(raw)
            except ValueError as exc:
                raise RowSkipped(str(exc)) from None
            self._names[given] = name
        return name

    def _label(self, value: object) -> str | None:
        given = _text(value, "label")
        if given in self._labels:
            return self._labels[given]
        try:
            parsed = parse_label(given)
        except ValueError:
            accepted = "|".join((*LABEL_VALUES, "none"))
            raise RowSkipped(f"unknown label {quoted(given)} (expected {accepted})") from None
        self._labels[given] = label = parsed.value if parsed else None
        return label

    def _note(self, value: object) -> str | None:
        note = self._plain(_text(value, "note")).strip() or None
        if note is not None and "\x00" in note:
            raise RowSkipped("note has a NUL character (U+0000), which cannot be stored")
        return note

    def _when(self, value: object) -> datetime:
        text = _text(value, "labelled_at").strip()
        if not text:
            raise RowSkipped("no labelled_at")
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00")) if len(text) <= 40 else None
        except ValueError:
            moment = None
        if moment is None:
            raise RowSkipped(f"labelled_at {quoted(text)} is not an ISO 8601 time")
        try:
            moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
        except OverflowError:  # e.g. 0001-01-01T00:00:00+01:00 is before the year 1 in UTC
            raise RowSkipped(f"labelled_at {quoted(text)} is out of range") from None
        if moment > self._latest:
            raise RowSkipped(f"labelled_at {quoted(text)} is in the future "
                             f"(more than {CLOCK_SKEW.seconds // 60} minutes ahead of this computer's clock)")
        return moment


def _text(value: object, column: str) -> str:
    """A text value: absent is empty; numbers, lists and lone surrogates
    (which JSON can spell but no database can store) are refused."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise RowSkipped(f"{column} {quoted(value)} is not text")
    if _SURROGATE.search(value):
        raise RowSkipped(f"{column} has a lone surrogate ({quoted(_SURROGATE.search(value).group())}), "
                         "which is not text")
    return value


def _index(value: object) -> int:
    """A sentence index: a whole number from 0, as a JSON integer or decimal digits."""
    if isinstance(value, int) and not isinstance(value, bool):
        index = value
    elif isinstance(value, str) and (digits := value.strip()).isascii() and digits.isdigit():
        if len(digits) > len(str(MAX_SENTENCE_INDEX)):
            raise RowSkipped(f"sentence_index {quoted(value)} is out of range")
        index = int(digits)
    else:
        raise RowSkipped(f"sentence_index {quoted(value)} is not a whole number")
    if not 0 <= index <= MAX_SENTENCE_INDEX:
        raise RowSkipped(f"sentence_index {quoted(value)} is out of range")
    return index
