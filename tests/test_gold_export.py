"""Gold notes and adjudicators in the wide and dataset exports, and back
through import-labels: the newer adjudication wins and keeps its adjudicator."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from annotator.db.labels import Label
from annotator.db.models import GoldLabel
from annotator.exports.columns import DATASET_COLUMNS
from annotator.ingest import import_paths
from annotator.store import AnnotationStore
from tests.conftest import SAMPLES


@pytest.fixture
def adjudicated(db_target: str):
    """Article 1: alice and bob disagree on sentences 0-2; dana settled 0
    with a note, left a note alone on 1 (no label yet), and settled 2."""
    store = AnnotationStore.open(db_target)
    import_paths(store, [SAMPLES])
    s = store.sentences(1)
    for i, (a, b) in enumerate(
        [(Label.SOURCED, Label.OPINION), (Label.UNSOURCED, Label.SOURCED), (Label.OPINION, Label.SUSPICIOUS)]
    ):
        store.set_label(s[i].id, "alice", a)
        store.set_label(s[i].id, "bob", b)
    store.set_gold(s[0].id, Label.OPINION, adjudicator="dana", note="the verb is an opinion, see guideline 3")
    store.set_gold(s[1].id, None, adjudicator="dana", note="=ask the desk, first")
    store.set_gold(s[2].id, Label.SUSPICIOUS, adjudicator="erin")
    yield store, s
    store.close()


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def gold(store: AnnotationStore) -> dict[int, tuple[str | None, str | None, str]]:
    with store.database.read() as session:
        rows = session.execute(select(GoldLabel.sentence_id, GoldLabel.label, GoldLabel.note, GoldLabel.adjudicator))
        return {sid: (label, note, who) for sid, label, note, who in rows}


def test_wide_and_dataset_have_the_gold_note_and_adjudicator(cli, adjudicated, tmp_path: Path) -> None:
    wide_out, dataset_out = tmp_path / "wide.csv", tmp_path / "dataset.csv"
    assert cli("export", wide_out, "--format", "wide").code == 0
    assert cli("export", dataset_out, "--format", "dataset", "--include-unresolved").code == 0
    wide = {r["sentence_index"]: r for r in read_csv(wide_out)}
    assert list(next(iter(wide.values())))[-6:] == [
        "gold",
        "n_labels",
        "unanimous",
        "gold_note",
        "adjudicator",
        "adjudicated_at",
    ]
    assert [(wide[i]["gold"], wide[i]["gold_note"], wide[i]["adjudicator"]) for i in "012"] == [
        ("opinion", "the verb is an opinion, see guideline 3", "dana"),
        ("", "=ask the desk, first", "dana"),
        ("suspicious", "", "erin"),
    ]
    assert wide["0"]["adjudicated_at"].endswith("Z")
    dataset = {r["sentence_index"]: r for r in read_csv(dataset_out)}
    assert list(next(iter(dataset.values()))) == list(DATASET_COLUMNS)
    assert [
        (dataset[i]["label"], dataset[i]["label_source"], dataset[i]["gold_note"], dataset[i]["adjudicator"])
        for i in "012"
    ] == [
        ("opinion", "gold", "the verb is an opinion, see guideline 3", "dana"),
        ("", "unresolved", "=ask the desk, first", "dana"),
        ("suspicious", "gold", "", "erin"),
    ]


def test_a_gold_note_cell_is_made_excel_safe(cli, adjudicated, tmp_path: Path) -> None:
    out = tmp_path / "wide.csv"
    result = cli("export", out, "--format", "wide", "--excel-safe", "--manifest")
    assert result.code == 0, result.stderr
    assert read_csv(out)[1]["gold_note"] == "'=ask the desk, first"
    assert "risky" not in result.stderr  # neutralised, so no warning


@pytest.mark.parametrize("fmt", ["wide", "dataset"])
def test_gold_round_trips_through_import_labels(cli, adjudicated, tmp_path: Path, fmt: str) -> None:
    store, s = adjudicated
    out = tmp_path / f"{fmt}.csv"
    assert cli("export", out, "--format", fmt, "--include-unresolved", "--excel-safe", "--manifest").code == 0
    before = gold(store)
    with store.database.write() as session:
        session.execute(GoldLabel.__table__.delete())
    merged = cli("import-labels", out, "--json")
    assert merged.code == 0, merged.stderr
    assert merged.json() == {"imported": 3, "updated": 0, "unchanged": 0, "skipped": []}
    assert gold(store) == before  # notes (the excel-safe apostrophe removed) and adjudicators kept
    again = cli("import-labels", out, "--json").json()
    assert (again["imported"], again["updated"], again["unchanged"]) == (0, 0, 3)


def test_the_newer_adjudication_wins(cli, adjudicated, tmp_path: Path) -> None:
    store, s = adjudicated
    out = tmp_path / "wide.csv"
    cli("export", out, "--format", "wide")
    rows = read_csv(out)
    newer = (datetime.now(UTC) + timedelta(minutes=1)).isoformat()  # within the allowed clock skew
    rows[0].update(gold="sourced", gold_note="checked the quote", adjudicator="frank", adjudicated_at=newer)
    rows[2].update(gold="opinion", adjudicator="frank", adjudicated_at="2000-01-01T00:00:00.000Z")  # older
    rows[1].update(adjudicated_at="not a time")
    edited = tmp_path / "edited.csv"
    with edited.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    result = cli("import-labels", edited, "--json")
    assert result.code == 1
    assert result.json() == {
        "imported": 0,
        "updated": 1,
        "unchanged": 1,
        "skipped": [{"where": "line 3", "reason": "adjudicated_at 'not a time' is not an ISO 8601 time"}],
    }
    assert result.stderr.strip() == f"error: {edited}:3: adjudicated_at 'not a time' is not an ISO 8601 time"
    now = gold(store)
    assert now[s[0].id] == ("sourced", "checked the quote", "frank")
    assert now[s[2].id] == ("suspicious", None, "erin")


def test_an_old_wide_file_without_gold_columns_is_still_refused(cli, adjudicated, tmp_path: Path) -> None:
    old = tmp_path / "old-wide.csv"
    old.write_text(
        "article_uid,article_title,source,sentence_index,sentence,alice,gold,n_labels,unanimous\r\n", encoding="utf-8"
    )
    result = cli("import-labels", old)
    assert result.code == 1
    assert "not a long export: missing columns annotator, label" in result.stderr
