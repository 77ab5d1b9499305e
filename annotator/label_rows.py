"""Checking one row of a label file before it is merged: every value is
read strictly, and a row that cannot be used is skipped with one line
saying why (never a traceback, never a guess)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import NamedTuple, TypeVar

from annotator.db.codebook import Codebook
from annotator.errors import quoted
from annotator.reviewer_names import reviewer_name

# A label a little ahead of this computer's clock is a clock set a little
# fast; further ahead, it would win every merge until that time comes.
CLOCK_SKEW = timedelta(minutes=5)
MAX_SENTENCE_INDEX = 999_999_999
MAX_UID = 64  # the article table's limit
_INDEX_DIGITS = len(str(MAX_SENTENCE_INDEX))
_MAX_CACHED = 10_000  # names and label spellings remembered as checked
_MAX_TIME = 40  # characters of an ISO 8601 time with microseconds and an offset, and some spaces
fromisoformat = datetime.fromisoformat
_K = TypeVar("_K")
_V = TypeVar("_V")


class RowSkipped(Exception):
    """This row is not merged, for the reason given."""


class LabelRow(NamedTuple):
    """A row's values, checked: who labelled which sentence how, and when."""

    uid: str
    sentence_index: int  # not ``index``, which would hide ``tuple.index``
    sentence: str
    annotator: str
    label: str | None
    note: str | None
    at: datetime


class RowChecker:
    """Checks rows of one file. ``unquote`` undoes the excel-safe
    apostrophe (or is None for files written as stored); ``now`` is the
    clock the future limit is measured from."""

    def __init__(self, *, unquote: Callable[[str], str] | None, now: datetime, codebook: Codebook) -> None:
        self._unquote = unquote
        self._codebook = codebook  # the labels a row may carry
        self._latest = now + CLOCK_SKEW
        # Files repeat a few names and labels on every row: check each once.
        self._names: dict[str, str] = {}
        self._labels: dict[str | None, str | None] = {}  # an absent label is None

    def check(self, values: tuple[object, ...]) -> LabelRow:
        """The row's values (``label_file.FIELDS`` order) checked; raises
        ``RowSkipped`` with the reason."""
        # This runs for every row of files of millions: the usual case of
        # each value is handled inline, anything else by the methods below.
        uid, index, sentence, annotator, label, note, labelled_at = values
        uid = _text(uid, "article_uid").strip()
        if len(uid) > MAX_UID:
            raise RowSkipped(f"unknown article {quoted(uid)}")
        if type(index) is str and len(index) <= _INDEX_DIGITS and index.isascii() and index.isdigit():
            index = int(index)
        else:
            index = _index(index)
        sentence = _text(sentence, "sentence")
        if self._unquote is not None:
            sentence = self._unquote(sentence)
        name = self._names.get(annotator) if type(annotator) is str else None
        if name is None:
            name = self._annotator(annotator)
        if (type(label) is str or label is None) and label in self._labels:
            label = self._labels[label]
        else:
            label = self._label(label)
        note = None if note is None or note == "" else self._note(note)
        try:
            at = fromisoformat(labelled_at)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            at = None
        if at is None or at.tzinfo is not UTC or at > self._latest or len(labelled_at) > _MAX_TIME:  # type: ignore[arg-type]
            at = self._when(labelled_at)  # anything but a plain UTC time, with the reason if it is refused
        # tuple.__new__ skips the generated __new__, which costs more than all of the above.
        return tuple.__new__(LabelRow, (uid, index, sentence, name, label, note, at))

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
            _remember(self._names, given, name)
        return name

    def _label(self, value: object) -> str | None:
        given = _text(value, "label")
        try:
            label = self._codebook.parse(given)
        except ValueError:
            raise RowSkipped(f"unknown label {quoted(given)} (expected {self._codebook.accepted()})") from None
        _remember(self._labels, None if value is None else given, label)  # given is value, checked
        return label

    def _note(self, value: object) -> str | None:
        note = self._plain(_text(value, "note")).strip() or None
        if note is not None and "\x00" in note:
            raise RowSkipped("note has a NUL character (U+0000), which cannot be stored")
        return note

    def _when(self, value: object) -> datetime:
        text = _text(value, "labelled_at")
        if text[-1:].isspace() or text[:1].isspace():
            text = text.strip()
        if not text:
            raise RowSkipped("no labelled_at")
        try:
            moment = fromisoformat(text) if len(text) <= _MAX_TIME else None  # Z is UTC too
        except ValueError:
            moment = None
        if moment is None:
            raise RowSkipped(f"labelled_at {quoted(text)} is not an ISO 8601 time")
        try:
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
            elif moment.tzinfo is not UTC:
                moment = moment.astimezone(UTC)
        except OverflowError:  # e.g. 0001-01-01T00:00:00+01:00 is before the year 1 in UTC
            raise RowSkipped(f"labelled_at {quoted(text)} is out of range") from None
        if moment > self._latest:
            raise RowSkipped(
                f"labelled_at {quoted(text)} is in the future "
                f"(more than {CLOCK_SKEW.seconds // 60} minutes ahead of this computer's clock)"
            )
        return moment


def _remember(cache: dict[_K, _V], key: _K, value: _V) -> None:
    """Cache a checked value; a file of endless distinct values empties the
    cache now and then instead of growing it."""
    if len(cache) >= _MAX_CACHED:
        cache.clear()
    cache[key] = value


def _text(value: object, column: str) -> str:
    """A text value: absent is empty; numbers and lists are refused."""
    if type(value) is str:
        return value
    if value is None:
        return ""
    raise RowSkipped(f"{column} {quoted(value)} is not text")


def _index(value: object) -> int:
    """A sentence index: a whole number from 0, as a JSON integer or decimal digits."""
    if type(value) is str and len(value) <= _INDEX_DIGITS and value.isascii() and value.isdigit():
        return int(value)  # the usual case, first
    if isinstance(value, int) and not isinstance(value, bool):
        index = value
    elif isinstance(value, str) and (digits := value.strip()).isascii() and digits.isdigit():
        if len(digits) > _INDEX_DIGITS:
            raise RowSkipped(f"sentence_index {quoted(value)} is out of range")
        index = int(digits)
    else:
        raise RowSkipped(f"sentence_index {quoted(value)} is not a whole number")
    if not 0 <= index <= MAX_SENTENCE_INDEX:
        raise RowSkipped(f"sentence_index {quoted(value)} is out of range")
    return index
