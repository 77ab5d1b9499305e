"""Merging labels from elsewhere, many rows at a time: the newer label wins,
decided inside the write transaction so a concurrent writer is never
overwritten by an older label.

Each batch is one transaction. Rows the reviewer already has are read and
locked (``FOR UPDATE`` on PostgreSQL; SQLite's ``BEGIN IMMEDIATE`` holds the
whole database), so the event log gets their true old values. New rows are
inserted with ``ON CONFLICT DO NOTHING``: a row that a live reviewer
created meanwhile is not overwritten but read, locked and decided like the
others. Updates are upserts that only apply when the incoming time is newer
(``WHERE annotation.updated_at < excluded.updated_at``), and what is counted
is what ``RETURNING`` says was written.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine

from db.raw_connection import RawConnection
from db.types import utcnow

DISK_FULL = ("the disk is full (the database cannot grow); the labels merged before are kept: "
             "free some space and run import-labels again (merging twice changes nothing)")

# Rows per statement: keeps every statement under SQLite's 32,766 parameters.
STATEMENT_ROWS = 500
# Reviewer ids kept between batches; a file names few reviewers.
_MAX_CACHED_NAMES = 10_000

IMPORTED, UPDATED, UNCHANGED = "imported", "updated", "unchanged"

# (sentence id, annotator id, label, note, labelled at (aware))
MergeRow = tuple[int, int, "str | None", "str | None", datetime]


class LabelMerger:
    """Looks up sentences and reviewers, and merges labels, on one pooled
    driver connection kept for a whole file."""

    def __init__(self, engine: Engine) -> None:
        self._raw = RawConnection(engine, disk_full=DISK_FULL)
        self._sqlite = self._raw.sqlite
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
            sql = (f"WITH w(u, p) AS (VALUES {self._raw.rows(len(batch), 2)}) "
                   "SELECT w.u, w.p, a.id, s.id, s.text FROM w "
                   "LEFT JOIN article a ON a.uid = w.u "
                   "LEFT JOIN sentence s ON s.article_id = a.id AND s.position = w.p")
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
        wanted = sorted(set(names) - self._names.keys())
        if wanted:
            if len(self._names) > _MAX_CACHED_NAMES:
                self._names.clear()
            missing = [n for n in wanted if n not in self._known(wanted)]
            if missing:
                now = self._stamp(utcnow())
                with self._raw.transaction() as cursor:
                    for batch in _batches(missing, STATEMENT_ROWS):
                        cursor.execute(
                            f"INSERT INTO annotator (name, created_at) VALUES {self._raw.rows(len(batch), 2)} "
                            "ON CONFLICT (name) DO NOTHING", [v for name in batch for v in (name, now)])
                self._known(missing)
        return {name: self._names[name] for name in names}

    def _known(self, names: list[str]) -> dict[str, int]:
        for batch in _batches(names, STATEMENT_ROWS):
            rows = self._raw.read(f"SELECT name, id FROM annotator WHERE name IN ({self._raw.marks(len(batch))})", batch)
            self._names.update(rows)
        return self._names

    # --- the merge ----------------------------------------------------------------------
    def merge(self, rows: Sequence[MergeRow]) -> list[str]:
        """Merge rows (no two for the same sentence and reviewer) in one
        transaction; returns ``imported``, ``updated`` or ``unchanged`` for
        each, in order, as written. Ties go to the label already here."""
        outcomes = [UNCHANGED] * len(rows)
        stamps = [self._stamp(row[4]) for row in rows]
        position = {(row[0], row[1]): i for i, row in enumerate(rows)}
        events: list[tuple] = []
        with self._raw.transaction() as cursor:
            pending = sorted(position)  # one lock order for every writer: no deadlocks
            for _ in range(3):  # a key inserted by someone else meanwhile is decided again, as an existing one
                current = self._current(cursor, pending)
                inserts, updates = [], []
                for key in pending:
                    i = position[key]
                    _, _, label, note, _ = rows[i]
                    old = current.get(key)
                    if old is None:
                        if label is not None or note is not None:
                            inserts.append(i)
                    elif (old[0], old[1]) != (label, note) and old[2] < stamps[i]:
                        updates.append((i, old))
                updated = set(self._upsert(cursor, rows, stamps, [i for i, _ in updates], newer_only=True))
                for i, (old_label, old_note, _) in updates:
                    if i in updated:
                        outcomes[i] = UPDATED
                        events.append((i, old_label, old_note))
                inserted = set(self._upsert(cursor, rows, stamps, inserts, newer_only=False))
                for i in inserted:
                    outcomes[i] = IMPORTED
                    events.append((i, None, None))
                pending = sorted((rows[i][0], rows[i][1]) for i in inserts if i not in inserted)
                if not pending:
                    break
            self._log(cursor, rows, events)
        return outcomes

    def _current(self, cursor: Any, keys: list[tuple[int, int]]) -> dict[tuple[int, int], tuple]:
        """{key: (label, note, updated at)} of the keys stored, locked for this transaction."""
        current = {}
        lock = "" if self._sqlite else " FOR UPDATE OF n"
        for batch in _batches(keys, STATEMENT_ROWS):
            cursor.execute(
                f"WITH w(s, a) AS (VALUES {self._raw.rows(len(batch), 2)}) "
                "SELECT n.sentence_id, n.annotator_id, n.label, n.note, n.updated_at "
                "FROM annotation n JOIN w ON n.sentence_id = w.s AND n.annotator_id = w.a "
                f"ORDER BY n.sentence_id, n.annotator_id{lock}", _flat(batch))
            for sentence_id, annotator_id, label, note, when in cursor.fetchall():
                current[(sentence_id, annotator_id)] = (label, note, when)
        return current

    def _upsert(self, cursor: Any, rows: Sequence[MergeRow], stamps: list, chosen: list[int], *,
                newer_only: bool) -> list[int]:
        """Write the chosen rows; returns the indexes of those written. New
        rows only (``newer_only=False``: a row that exists is left alone), or
        updates that apply only where the stored label is older."""
        if newer_only:
            conflict = ("DO UPDATE SET label = excluded.label, note = excluded.note, updated_at = excluded.updated_at "
                        "WHERE annotation.updated_at < excluded.updated_at")
        else:
            conflict = "DO NOTHING"
        written = []
        index = {(rows[i][0], rows[i][1]): i for i in chosen}
        for batch in _batches(sorted(chosen, key=lambda i: rows[i][:2]), STATEMENT_ROWS):
            params = []
            for i in batch:
                sentence_id, annotator_id, label, note, _ = rows[i]
                params += (sentence_id, annotator_id, label, note, stamps[i], stamps[i])
            cursor.execute(
                "INSERT INTO annotation (sentence_id, annotator_id, label, note, created_at, updated_at) "
                f"VALUES {self._raw.rows(len(batch), 6)} ON CONFLICT (sentence_id, annotator_id) {conflict} "
                "RETURNING sentence_id, annotator_id", params)
            written += (index[tuple(key)] for key in cursor.fetchall())
        return written

    def _log(self, cursor: Any, rows: Sequence[MergeRow], events: list[tuple]) -> None:
        """One event per label written, as every change gets."""
        now = self._stamp(utcnow())
        for batch in _batches(events, STATEMENT_ROWS):
            params = []
            for i, old_label, old_note in batch:
                sentence_id, annotator_id, label, note, _ = rows[i]
                params += (sentence_id, annotator_id, old_label, label, old_note, note, now)
            cursor.execute(
                "INSERT INTO label_event (sentence_id, annotator_id, old_label, new_label, old_note, new_note, "
                f"created_at, origin) VALUES {', '.join([f'({self._raw.marks(7)}, {_ORIGIN})'] * len(batch))}",
                params)

    def _stamp(self, moment: datetime) -> Any:
        """A time as the column stores it: SQLite keeps naive-UTC text in
        SQLAlchemy's fixed-width format (so text order is time order and it
        compares with what the ORM wrote); PostgreSQL takes the datetime."""
        if not self._sqlite:
            return moment
        return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


_ORIGIN = "'import'"


def _batches(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _flat(pairs: list[tuple]) -> list:
    return [value for pair in pairs for value in pair]
