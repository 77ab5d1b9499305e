"""Merging labels from elsewhere, many rows at a time: the newer label wins,
decided inside the write transaction so a concurrent writer is never
overwritten by an older label.

Each batch is one transaction. New rows are inserted with ``ON CONFLICT DO
NOTHING``: a row that is there already, or that a live reviewer creates
meanwhile (PostgreSQL waits for that reviewer's commit), is never
overwritten by the insert. Those rows are then read and locked (``FOR
UPDATE`` on PostgreSQL; SQLite's ``BEGIN IMMEDIATE`` holds the whole
database), so the event log gets their true old values, and updated with an
upsert that only applies when the incoming time is newer (``WHERE
annotation.updated_at < excluded.updated_at``). What is counted is what
``RETURNING`` says was written. Every writer takes rows in one order
(sentence, then reviewer), so two merges cannot deadlock.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from itertools import count
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from annotator.db.names import SQLNames
from annotator.db.tables import annotation, annotator, article, label_event, sentence
from annotator.db.types import utcnow

if TYPE_CHECKING:
    from annotator.db.database import Database

DISK_FULL = (
    "the disk is full (the database cannot grow); the labels merged before are kept: "
    "free some space and run import-labels again (merging twice changes nothing)"
)

# Rows per statement: keeps every statement under SQLite's 32,766 parameters.
STATEMENT_ROWS = 1000
# Reviewer ids kept between batches; a file names few reviewers.
_MAX_CACHED_NAMES = 10_000

IMPORTED, UPDATED, UNCHANGED = "imported", "updated", "unchanged"

_T = TypeVar("_T")

# (sentence id, annotator id, label, note, labelled at (aware))
MergeRow = tuple[int, int, "str | None", "str | None", datetime]


class LabelMerger:
    """Looks up sentences and reviewers, and merges labels, on one pooled
    driver connection kept for a whole file."""

    def __init__(self, database: Database) -> None:
        self._raw = database.raw_connection(disk_full=DISK_FULL)
        self._dialect = database.dialect
        self._names: dict[str, int] = {}

    def close(self) -> None:
        """Return the connection to the pool."""
        self._raw.close()

    # --- lookups ------------------------------------------------------------------------
    def sentences(self, keys: Iterable[tuple[str, int]]) -> tuple[dict[tuple[str, int], tuple[int, str]], set[str]]:
        """For (article uid, sentence position) pairs: the ones found, as
        {pair: (sentence id, text)}, and the uids of the articles found."""
        found: dict[tuple[str, int], tuple[int, str]] = {}
        articles: set[str] = set()
        for batch in _batches(list(keys), STATEMENT_ROWS):
            a, s = SQLNames(article, "a"), SQLNames(sentence, "s")
            sql = (
                f"WITH w(u, p) AS (VALUES {self._raw.rows(len(batch), 2)}) "
                f"SELECT w.u, w.p, {a.id}, {s.id}, {s.text} FROM w "
                f"LEFT JOIN {a} ON {a.uid} = w.u "
                f"LEFT JOIN {s} ON {s.article_id} = {a.id} AND {s.position} = w.p"
            )
            for uid, position, article_id, sentence_id, text in self._raw.read(sql, _flat(batch)):
                if article_id is not None:
                    articles.add(uid)
                if sentence_id is not None:
                    found[(uid, position)] = (sentence_id, text)
        return found, articles

    def annotator_ids(self, names: Iterable[str]) -> dict[str, int]:
        """The id of each reviewer name, creating the new ones (committed
        at once, in a transaction of their own: a merge transaction never
        waits on another writer's new reviewer while holding label rows)."""
        names = set(names)
        if len(self._names) > _MAX_CACHED_NAMES:
            self._names.clear()
        wanted = sorted(names - self._names.keys())
        if wanted:
            known = self._known(wanted)
            missing = [n for n in wanted if n not in known]
            if missing:
                now, r = self._dialect.stamp(utcnow()), SQLNames(annotator)
                with self._raw.transaction() as cursor:
                    for batch in _batches(missing, STATEMENT_ROWS):
                        cursor.execute(
                            f"INSERT INTO {r} ({r.name}, {r.created_at}) VALUES {self._raw.rows(len(batch), 2)} "
                            f"ON CONFLICT ({r.name}) DO NOTHING",
                            [v for name in batch for v in (name, now)],
                        )
                self._known(missing)
        return {name: self._names[name] for name in names}

    def _known(self, names: list[str]) -> dict[str, int]:
        r = SQLNames(annotator)
        for batch in _batches(names, STATEMENT_ROWS):
            rows = self._raw.read(
                f"SELECT {r.name}, {r.id} FROM {r} WHERE {r.name} IN ({self._raw.marks(len(batch))})", batch
            )
            self._names.update(rows)
        return self._names

    # --- the merge ----------------------------------------------------------------------
    def merge(self, rows: Sequence[MergeRow]) -> list[str]:
        """Merge rows (no two for the same sentence and reviewer) in one
        transaction; returns ``imported``, ``updated`` or ``unchanged`` for
        each, in order, as written. Ties go to the label already here."""
        # Statement parameters of each row, and the one lock order (sentence, reviewer).
        values = [(s, a, label, note, t, t) for (s, a, label, note, _), t in zip(rows, self._stamps(rows))]
        position = dict(zip(map(_KEY, values), count()))
        order = sorted(range(len(rows)), key=values.__getitem__)
        outcomes = [UNCHANGED] * len(rows)
        events: list[tuple[int, str | None, str | None]] = []
        with self._raw.transaction() as cursor:
            # New rows first, without reading: an insert that meets a row
            # (there before, or just made by a live reviewer) leaves it alone.
            new = [i for i in order if values[i][2] is not None or values[i][3] is not None]
            inserted = set(self._write(cursor, values, position, new, _INSERT_NEW))
            for i in inserted:
                outcomes[i] = IMPORTED
                events.append((i, None, None))
            # The others are there: read them locked (their old values go to
            # the log) and update those older than the file's.
            rest = [i for i in order if i not in inserted]
            updates = {}
            for key, (old_label, old_note, when) in self._current(cursor, [_KEY(values[i]) for i in rest]).items():
                i = position[key]
                if (old_label, old_note) != values[i][2:4] and when < values[i][5]:
                    updates[i] = (old_label, old_note)
            for i in self._write(cursor, values, position, [i for i in rest if i in updates], _UPDATE_OLDER):
                outcomes[i] = UPDATED
                events.append((i, *updates[i]))
            events.sort()  # the log in file order
            now = self._dialect.stamp(utcnow())
            self._log(
                cursor,
                [
                    (*values[i][:2], old_label, values[i][2], old_note, values[i][3], now)
                    for i, old_label, old_note in events
                ],
            )
        return outcomes

    def _current(
        self, cursor: Any, keys: list[tuple[int, int]]
    ) -> dict[tuple[int, int], tuple[str | None, str | None, Any]]:
        """{key: (label, note, updated at)} of the keys stored, locked for this transaction."""
        current: dict[tuple[int, int], tuple[str | None, str | None, Any]] = {}
        n = SQLNames(annotation, "n")
        lock = self._dialect.row_lock("n")
        for batch in _batches(keys, STATEMENT_ROWS):
            cursor.execute(
                f"WITH w(s, a) AS (VALUES {self._raw.rows(len(batch), 2)}) "
                f"SELECT {n.columns('sentence_id', 'annotator_id', 'label', 'note', 'updated_at')} "
                f"FROM {n} JOIN w ON {n.sentence_id} = w.s AND {n.annotator_id} = w.a "
                f"ORDER BY {n.sentence_id}, {n.annotator_id}{lock}",
                _flat(batch),
            )
            for sentence_id, annotator_id, label, note, when in cursor.fetchall():
                current[(sentence_id, annotator_id)] = (label, note, when)
        return current

    def _write(
        self,
        cursor: Any,
        values: Sequence[tuple[Any, ...]],
        position: Mapping[tuple[int, int], int],
        chosen: list[int],
        conflict: str,
    ) -> list[int]:
        """Insert the chosen rows (in the order given) with this ON CONFLICT
        action; returns the indexes of the rows ``RETURNING`` says were written."""
        written: list[int] = []
        for batch in _batches(chosen, STATEMENT_ROWS):
            rows = list(map(values.__getitem__, batch))
            # Rows in the order given (the lock order).
            source, params = self._dialect.batch_rows(rows, _ANNOTATION_TYPES, ordered=True)
            cursor.execute(f"{_INSERT_ANNOTATION} {source} {_ON_KEY} {conflict} {_RETURNING_KEY}", params)
            written += map(position.__getitem__, cursor.fetchall())
        return written

    def _log(self, cursor: Any, events: Sequence[tuple[Any, ...]]) -> None:
        """One event per label written, as every change gets."""
        for batch in _batches(events, STATEMENT_ROWS):
            source, params = self._dialect.batch_rows(batch, _EVENT_TYPES, constants=(_ORIGIN,))
            cursor.execute(f"{_INSERT_EVENT} {source}", params)

    def _stamps(self, rows: Sequence[MergeRow]) -> list[Any]:
        """The rows' times as the column stores them."""
        return self._dialect.stamps(rows, 4)


_ORIGIN = "'import'"
_KEY = itemgetter(0, 1)  # (sentence id, annotator id)
_N, _E = SQLNames(annotation), SQLNames(label_event)
_INSERT_ANNOTATION = (
    f"INSERT INTO {_N} ({_N.columns('sentence_id', 'annotator_id', 'label', 'note', 'created_at', 'updated_at')})"
)
_ANNOTATION_TYPES = ("int", "int", "text", "text", "timestamptz", "timestamptz")
_ON_KEY = f"ON CONFLICT ({_N.sentence_id}, {_N.annotator_id})"
_RETURNING_KEY = f"RETURNING {_N.sentence_id}, {_N.annotator_id}"
_INSERT_EVENT = (
    f"INSERT INTO {_E} ("
    f"{_E.columns('sentence_id', 'annotator_id', 'old_label', 'new_label', 'old_note', 'new_note')}, "
    f"{_E.created_at}, {_E.origin})"
)
_EVENT_TYPES = ("int", "int", "text", "text", "text", "text", "timestamptz")
# What an insert does when the row is there: nothing (a new label never
# replaces one), or an update only where the stored label is older.
_INSERT_NEW = "DO NOTHING"
_UPDATE_OLDER = (
    f"DO UPDATE SET {_N.label} = excluded.{_N.label}, {_N.note} = excluded.{_N.note}, "
    f"{_N.updated_at} = excluded.{_N.updated_at} "
    f"WHERE {_N}.{_N.updated_at} < excluded.{_N.updated_at}"
)


def _batches(items: Sequence[_T], size: int) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _flat(pairs: Sequence[tuple[Any, ...]]) -> list[Any]:
    return [value for pair in pairs for value in pair]
