"""The Python API: what a researcher in a notebook gets, on both engines."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas
import pytest

import annotator
from annotator.api import Disagreement, ReviewerLabel
from db.errors import NotFoundError
from exports.columns import LONG_COLUMNS
from tests.conftest import SAMPLES


@pytest.fixture
def db(db_target: str):
    with annotator.open(db_target) as opened:
        yield opened


def test_import_list_label_and_read_labels_back(db) -> None:
    report = db.import_files(SAMPLES)
    assert len(report.imported) == 4 and not report.rejected
    articles = db.articles()
    assert [a.id for a in articles] == [1, 2, 3, 4]
    first, second = db.sentences(1)[1:3]

    change = db.label(first.id, "sourced", annotator="alice", note="named minister")
    assert (change.old_label, change.new_label, change.new_note) == (None, "sourced", "named minister")
    db.label(first.id, "unsourced", annotator="bob")
    db.label(second.id, "opinion", annotator="alice")

    records = db.labels()
    assert len(records) == 3 and set(records[0]) == set(LONG_COLUMNS)
    alice = [r for r in records if r["annotator"] == "alice"]
    assert {(r["sentence"], r["label"]) for r in alice} == {(first.text, "sourced"), (second.text, "opinion")}
    assert next(r["note"] for r in alice if r["label"] == "sourced") == "named minister"
    assert [r["annotator"] for r in db.labels(annotators=["bob"])] == ["bob"]

    frame = db.labels_frame(labels=["opinion"])
    assert isinstance(frame, pandas.DataFrame) and list(frame.columns) == list(LONG_COLUMNS)
    assert frame["sentence"].tolist() == [second.text]


def test_agreement_and_disagreements_are_plain_values(db) -> None:
    db.import_files(SAMPLES)
    sentences = db.sentences(1)
    for s in sentences:
        db.label(s.id, "sourced", annotator="alice")
        db.label(s.id, "sourced" if s.index % 4 else "opinion", annotator="bob")

    report = db.agreement()
    assert report.units == len(sentences) and report.annotators == ["alice", "bob"]
    assert report.krippendorff_alpha is not None and report.krippendorff_alpha < 1
    assert report.to_json()["units"] == len(sentences)

    found = db.disagreements()
    assert found and all(isinstance(d, Disagreement) for d in found)
    assert {d.sentence_index % 4 for d in found} == {0}
    assert set(found[0].labels) == {ReviewerLabel("alice", "sourced", None), ReviewerLabel("bob", "opinion", None)}


def test_export_and_hints(db, tmp_path: Path) -> None:
    db.import_files(SAMPLES)
    target = db.sentences(2)[3]
    db.label(target.id, "suspicious", annotator="alice")
    out = tmp_path / "labels.csv"
    summary = db.export(out, format="long")
    assert summary.result.rows == 1
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["sentence"] == target.text and rows[0]["label"] == "suspicious"

    hints = db.hints(1)
    assert hints and all(h.sentence.article_id == 1 for h in hints)
    assert {h.hint.kind for h in hints} & {"attribution", "vague_attribution", "unsourced_figure"}


def test_bad_input_is_a_clear_error(db) -> None:
    db.import_files(SAMPLES)
    sentence = db.sentences(1)[0]
    with pytest.raises(ValueError, match="label"):
        db.label(sentence.id, "maybe", annotator="alice")
    with pytest.raises(ValueError):
        db.label(sentence.id, "sourced", annotator="bad\x00name")
    with pytest.raises(NotFoundError):
        db.sentences(99)


def test_the_command_line_does_not_load_the_api_at_start_up() -> None:
    import subprocess
    import sys

    code = "import annotator.cli, sys; print('annotator.api' in sys.modules)"
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert shown.strip() == "False"


def test_the_api_needs_neither_the_command_line_nor_the_terminal_ui() -> None:
    import subprocess
    import sys

    code = "import annotator.api, sys; print(sorted(m for m in ('typer', 'textual', 'annotator.cli') if m in sys.modules))"
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert shown.strip() == "[]"
