"""Hostile rows in label files: each is skipped with one line saying why
(or the file is refused with one line), the good rows are merged, and no
traceback ever reaches the reviewer. Both engines."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from annotator.db.models import Annotation, Annotator
from annotator.exports.columns import LONG_COLUMNS
from annotator.store import AnnotationStore
from tests.conftest import SAMPLES, write

FUTURE = (datetime.now(UTC) + timedelta(days=1)).isoformat()
SOON = (datetime.now(UTC) + timedelta(minutes=2)).isoformat()  # a clock a little fast: accepted
WHEN = "2026-01-01T00:00:00Z"

# (what the row changes, the reason it is skipped)
CSV_CASES = [
    ({"labelled_at": "0001-01-01T00:00:00+01:00"}, "labelled_at '0001-01-01T00:00:00+01:00' is out of range"),
    ({"labelled_at": "9999-12-31T23:59:59-01:00"}, "labelled_at '9999-12-31T23:59:59-01:00' is out of range"),
    (
        {"labelled_at": FUTURE},
        f"labelled_at {FUTURE!r} is in the future (more than 5 minutes ahead of this computer's clock)",
    ),
    ({"labelled_at": "x" * 5000}, "labelled_at 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… is not an ISO 8601 time"),
    ({"sentence_index": "1e999"}, "sentence_index '1e999' is not a whole number"),
    ({"sentence_index": "9" * 5000}, "sentence_index '99999999999999999999999999999999999999… is out of range"),
    ({"sentence_index": "0.9"}, "sentence_index '0.9' is not a whole number"),
    ({"sentence_index": "-1"}, "sentence_index '-1' is not a whole number"),
    ({"sentence_index": "²"}, "sentence_index '²' is not a whole number"),
    ({"annotator": "a\x00b"}, "reviewer name 'a\\x00b' has a control character (U+0000)"),
    ({"annotator": "n" * 10_000}, "reviewer name is longer than 64 characters"),
    (
        {"annotator": "zero\u200bwidth"},
        "reviewer name 'zero\\u200bwidth' has an invisible formatting character (U+200B)",
    ),
    ({"annotator": "\u0430lice"}, "reviewer name 'аlice' mixes Latin and Cyrillic letters, which look alike"),
    (
        {"annotator": "ａｌｉｃｅ"},
        "reviewer name 'ａｌｉｃｅ' has 'ａ' (U+FF41 FULLWIDTH LATIN SMALL LETTER A), a look-alike of 'a'",
    ),
    ({"annotator": "\x1b]0;pwned\x07"}, "reviewer name '\\x1b]0;pwned\\x07' has a control character (U+001B)"),
    ({"note": "a\x00b"}, "note has a NUL character (U+0000), which cannot be stored"),
    (
        {"label": "x" * 3000},
        "unknown label 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (expected sourced|unsourced|opinion|suspicious|none)",
    ),
]

# JSON Lines can spell what CSV cannot: numbers, lone surrogates, deep nesting.
JSONL_CASES = [
    ({"sentence_index": 1e999}, "sentence_index inf is not a whole number"),
    ({"sentence_index": 0.9}, "sentence_index 0.9 is not a whole number"),
    ({"sentence_index": True}, "sentence_index True is not a whole number"),
    ({"annotator": "\ud800"}, "annotator has a lone surrogate ('\\ud800'), which is not text"),
    ({"note": "ok \udfff"}, "note has a lone surrogate ('\\udfff'), which is not text"),
    ({"article_uid": "\ud800"}, "article_uid has a lone surrogate ('\\ud800'), which is not text"),
    ({"annotator": ["a", "list"]}, "annotator ['a', 'list'] is not text"),
    ({"labelled_at": "0001-01-01T00:00:00+01:00"}, "labelled_at '0001-01-01T00:00:00+01:00' is out of range"),
]
RAW_JSONL_CASES = [
    ('{"sentence_index": ' + "9" * 5000 + "}", "malformed JSON: a number in it has too many digits"),
    ("[" * 100_000 + "]" * 100_000, "malformed JSON: nested too deeply"),
]


@pytest.fixture
def sample(cli, db_target: str) -> dict:
    """The samples imported; a good row for sentence 0 of the first article."""
    cli("import", SAMPLES)
    store = AnnotationStore.open(db_target)
    article = store.articles()[0]
    first, second = store.sentences(article.id)[:2]
    store.close()
    return {
        "good": {
            "article_uid": article.uid,
            "sentence_index": 0,
            "sentence": first.text,
            "annotator": "erin",
            "label": "sourced",
            "note": "",
            "labelled_at": WHEN,
        },
        "second": second.text,
    }


def _stored(db_target: str) -> tuple[list[tuple], list[str]]:
    store = AnnotationStore.open(db_target)
    with store.database.read() as session:
        labels = session.execute(
            select(Annotator.name, Annotation.sentence_id, Annotation.label)
            .join(Annotator, Annotator.id == Annotation.annotator_id)
            .order_by(Annotation.sentence_id)
        ).all()
        names = session.scalars(select(Annotator.name).order_by(Annotator.name)).all()
    store.close()
    return [tuple(r) for r in labels], list(names)


def _csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(LONG_COLUMNS))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def test_hostile_csv_rows_are_skipped_one_line_each(cli, sample, db_target: str, tmp_path: Path) -> None:
    good = sample["good"]
    soon = {**good, "sentence_index": 1, "sentence": sample["second"], "labelled_at": SOON, "label": "opinion"}
    path = write(tmp_path / "hostile.csv", _csv([good, *({**good, **change} for change, _ in CSV_CASES), soon]))
    result = cli("import-labels", path)
    assert result.code == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"error: {path}:{line}: {reason}" for line, (_, reason) in enumerate(CSV_CASES, start=3)
    ]
    assert f"2 imported, 0 updated, 0 unchanged, {len(CSV_CASES)} skipped." in result.stdout
    labels, names = _stored(db_target)
    assert [(n, label) for n, _, label in labels] == [("erin", "sourced"), ("erin", "opinion")]
    assert names == ["erin"]  # no refused name became a reviewer


def test_hostile_jsonl_rows_are_skipped_one_line_each(cli, sample, db_target: str, tmp_path: Path) -> None:
    good = sample["good"]
    lines = [json.dumps(good)]
    lines += [json.dumps({**good, **change}) for change, _ in JSONL_CASES]
    lines += [raw for raw, _ in RAW_JSONL_CASES]
    path = write(tmp_path / "hostile.jsonl", "\n".join(lines) + "\n")
    result = cli("import-labels", path, "--json")
    assert result.code == 1 and "Traceback" not in result.stderr
    reasons = [reason for _, reason in JSONL_CASES] + [reason for _, reason in RAW_JSONL_CASES]
    assert result.json()["skipped"] == [{"where": f"line {n}", "reason": r} for n, r in enumerate(reasons, start=2)]
    assert result.json()["imported"] == 1
    assert len(result.stderr.splitlines()) == len(reasons)
    assert _stored(db_target)[1] == ["erin"]


def test_a_future_label_cannot_pin_itself(cli, sample, db_target: str, tmp_path: Path) -> None:
    good = sample["good"]
    path = write(tmp_path / "future.csv", _csv([{**good, "label": "opinion", "labelled_at": FUTURE}]))
    assert cli("import-labels", path).code == 1
    cli("label", "1", "unsourced", "--annotator", "erin")
    labels, _ = _stored(db_target)
    assert [label for *_, label in labels] == ["unsourced"]


def test_malformed_csv_part_way_is_one_line_after_merging_the_rows_before(
    cli, sample, db_target: str, tmp_path: Path
) -> None:
    path = write(tmp_path / "cut.csv", _csv([sample["good"]]) + 'x,"never closed\n')
    result = cli("import-labels", path)
    assert (result.code, result.stderr.strip()) == (
        1,
        f"error: {path}: malformed CSV in the row starting on line 3: unexpected end of data",
    )
    assert [label for *_, label in _stored(db_target)[0]] == ["sourced"]


def test_a_bad_byte_late_in_the_file_refuses_it_before_anything_is_merged(
    cli, sample, db_target: str, tmp_path: Path
) -> None:
    text = _csv([sample["good"]] * 1) + "x" * 3_000_000 + "\n"
    data = text.encode() + b"\xff\n"
    path = write(tmp_path / "late.csv", data)
    result = cli("import-labels", path)
    assert (result.code, result.stderr.strip()) == (
        1,
        f"error: {path}: not UTF-8 text (invalid byte at offset {len(text.encode())})",
    )
    assert _stored(db_target) == ([], [])


def test_a_database_failing_mid_merge_is_one_line(cli, sample, tmp_path: Path, monkeypatch) -> None:
    import sqlite3

    from annotator.db.label_merge import LabelMerger

    def locked(self, rows):
        error = sqlite3.OperationalError("database is locked")
        error.sqlite_errorcode = sqlite3.SQLITE_BUSY  # as sqlite3 raises it
        raise error

    monkeypatch.setattr(LabelMerger, "merge", locked)
    path = write(tmp_path / "labels.csv", _csv([sample["good"]]))
    result = cli("import-labels", path)
    assert (result.code, result.stderr.strip()) == (
        1,
        "error: the database stayed busy (another session held its lock too long): the merge stopped after 0 rows, "
        "which are kept; run the same import-labels again to merge the rest (rows merged already change nothing)",
    )
