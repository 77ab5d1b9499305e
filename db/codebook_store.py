"""The codebook kept in the database: read the current one (the default
when none is stored), and store a new version under the rules for a
database that already has labels.

A new codebook may add labels, remove labels nobody uses, and rename labels
with an explicit mapping (old value -> new value): the stored labels
(reviewers' and gold) are rewritten in the same transaction, each
reviewer's renamed label is appended to the event log (origin ``codebook``)
and the mapping is kept with the version. Removing a label in use is
refused with one line saying how many labels use it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Float, String, insert, literal, select, update

from annotator.db.codebook import Codebook, CodebookError, LabelSpec
from annotator.db.codebook_default import DEFAULT_CODEBOOK
from annotator.db.dialects import dialect_of
from annotator.db.names import SQLNames
from annotator.db.tables import annotation, codebook, codebook_label, gold_label, label_event
from annotator.db.types import UTCDateTime, utcnow

CODEBOOK_ORIGIN = "codebook"  # label_event.origin of a rename

_C, _L = SQLNames(codebook), SQLNames(codebook_label)
_HEAD = f"SELECT {_C.columns('version', 'guidelines', 'decision_order')} FROM {_C} ORDER BY {_C.version} DESC LIMIT 1"
_LABELS = (
    f"SELECT {_L.columns('value', 'name', 'key', 'alt_key', 'style', 'description', 'examples')} FROM {_L} "
    f"WHERE {_L.codebook_version} = {{mark}} ORDER BY {_L.position}"
)
_N, _G = SQLNames(annotation), SQLNames(gold_label)
_IN_USE = (
    f"SELECT {_N.label}, count(*) FROM (SELECT {_N.label} FROM {_N} WHERE {_N.label} IS NOT NULL "
    f"UNION ALL SELECT {_G.label} FROM {_G} WHERE {_G.label} IS NOT NULL) used GROUP BY {_N.label}"
)

# A query's rows: driver tuples from a raw cursor, or SQLAlchemy rows.
Run = Callable[[str, list[Any]], Sequence[Sequence[Any]]]


def read_codebook(run: Run, mark: str) -> Codebook:
    """The current codebook through ``run(sql, params)`` (any connection:
    the export's raw snapshot cursor or a SQLAlchemy one); ``mark`` is the
    driver's parameter mark (``?`` or ``%s``)."""
    head = run(_HEAD, [])
    if not head:
        return DEFAULT_CODEBOOK
    version, guidelines, order = head[0]
    rows = run(_LABELS.format(mark=mark), [version])
    labels = tuple(
        LabelSpec(
            value=value,
            name=name,
            key=key,
            alt_key=alt_key,
            style=style,
            description=description,
            examples=tuple(_json(examples)),
        )
        for value, name, key, alt_key, style, description, examples in rows
    )
    return Codebook(labels=labels, decision_order=tuple(_json(order)), guidelines=guidelines, version=version)


def _json(value: str | list[str]) -> list[str]:
    # A JSON column comes back parsed from psycopg, as text from sqlite3 on a raw cursor.
    if isinstance(value, str):
        parsed: list[str] = json.loads(value)
        return parsed
    return value


def load_codebook(*, conn: Connection) -> Codebook:
    """The current codebook on a SQLAlchemy connection."""
    return read_codebook(lambda sql, params: conn.exec_driver_sql(sql, tuple(params)).all(), dialect_of(conn).mark)


@dataclass(frozen=True)
class CodebookChange:
    """What storing a codebook did."""

    version: int
    added: list[str]
    removed: list[str]
    renamed: dict[str, str]
    relabelled: int  # reviewers' labels rewritten by renames
    gold_relabelled: int


def labels_in_use(*, conn: Connection) -> dict[str, int]:
    """How many stored labels (reviewers' and gold) carry each value."""
    return dict(conn.exec_driver_sql(_IN_USE).all())


def store_codebook(*, conn: Connection, new: Codebook, renames: Mapping[str, str], by: str) -> CodebookChange:
    """Store ``new`` as the next version, after checking it against the
    current codebook and the labels in use (``CodebookError``, one line, and
    nothing changed). Call inside a write transaction."""
    # Nobody labels or adjudicates while labels are renamed under them.
    dialect_of(conn).lock_tables(conn, (codebook, annotation, gold_label))
    current = load_codebook(conn=conn)
    used = labels_in_use(conn=conn)
    renames = dict(renames)
    check_change(current, new, renames, used)
    now = utcnow()
    relabelled = gold = 0
    n, g = annotation, gold_label
    for old, value in renames.items():
        # The log first, from the rows as they are: one event per reviewer's renamed label.
        renamed = select(
            n.c.sentence_id,
            n.c.annotator_id,
            n.c.label,
            literal(value, String(20)),
            n.c.note,
            n.c.note,
            literal(None, Float),
            literal(CODEBOOK_ORIGIN, String(20)),
            literal(now, UTCDateTime),
        )
        conn.execute(
            insert(label_event).from_select(
                [
                    "sentence_id",
                    "annotator_id",
                    "old_label",
                    "new_label",
                    "old_note",
                    "new_note",
                    "seconds_spent",
                    "origin",
                    "created_at",
                ],
                renamed.where(n.c.label == old),
            )
        )
        relabelled += conn.execute(update(n).where(n.c.label == old).values(label=value)).rowcount
        gold += conn.execute(update(g).where(g.c.label == old).values(label=value)).rowcount
    version = current.version + 1
    conn.execute(
        insert(codebook).values(
            version=version,
            guidelines=new.guidelines,
            decision_order=list(new.decision_order),
            renamed=renames,
            sha256=new.sha256(),
            created_by=by,
            created_at=now,
        )
    )
    conn.execute(
        insert(codebook_label),
        [
            dict(
                codebook_version=version,
                value=label.value,
                position=position,
                name=label.name,
                key=label.key,
                alt_key=label.alt_key,
                style=label.style,
                description=label.description,
                examples=list(label.examples),
            )
            for position, label in enumerate(new.labels)
        ],
    )
    return CodebookChange(
        version=version,
        added=[v for v in new.values if v not in current.values and v not in renames.values()],
        removed=[v for v in current.values if v not in new.values and v not in renames],
        renamed=renames,
        relabelled=relabelled,
        gold_relabelled=gold,
    )


def check_change(current: Codebook, new: Codebook, renames: dict[str, str], used: Mapping[str, int]) -> None:
    """``CodebookError`` unless ``new`` may follow ``current`` with these
    renames, given how many stored labels use each value."""
    for old, value in renames.items():
        if old not in current.values and not used.get(old):
            raise CodebookError(f"rename: {old!r} is not a label of the current codebook")
        if value not in new.values:
            raise CodebookError(f"rename: {old!r} -> {value!r}, but the new codebook has no label {value!r}")
        if value in current.values and value not in renames:
            raise CodebookError(
                f"rename: {old!r} -> {value!r}, but {value!r} is a label already (labels are renamed, never merged)"
            )
    targets = list(renames.values())
    twice = next((v for v in targets if targets.count(v) > 1), None)
    if twice is not None:
        raise CodebookError(f"rename: two labels are renamed to {twice!r}")
    for value in current.values:
        if value not in new.values and value not in renames and used.get(value):
            n = used[value]
            raise CodebookError(
                f"cannot remove label {value!r}: {n} label{' uses' if n == 1 else 's use'} it "
                f'(keep it, or rename it with [rename] {value} = "new-name")'
            )
    stray = next((v for v in used if v not in current.values and v not in new.values and v not in renames), None)
    if stray is not None:
        raise CodebookError(f"{used[stray]} stored labels are {stray!r}, which the new codebook lacks")
