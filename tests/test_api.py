"""The Python API: what a researcher in a notebook gets, on both engines."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas
import pytest

import annotator
from annotator.api import Disagreement, ReviewerLabel
from annotator.db.errors import NotFoundError
from annotator.exports.columns import LONG_COLUMNS
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

    code = (
        "import annotator.api, sys; print(sorted(m for m in ('typer', 'textual', 'annotator.cli') if m in sys.modules))"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert shown.strip() == "[]"


def test_codebook_settings_and_registry(db, tmp_path: Path) -> None:
    codebook = db.codebook()
    assert [label.value for label in codebook.labels] == ["sourced", "unsourced", "opinion", "suspicious"]
    assert codebook.parse("Opinion") == "opinion"

    db.set_blind(True)
    db.remember_reviewer("login1", "alice")
    assert db.study_settings() == (True, {"login1": "alice"})
    assert db.remembered_reviewer("login1") == "alice"

    assert db.add_person("Helena Okafor", verified_by="alice", role=("Mayor", "", None, None)) is True
    people = tmp_path / "people.csv"
    people.write_text("name,aliases,title,organisation,from,to,note\nJo Bloggs,,Minister,,,,\n", encoding="utf-8")
    assert db.import_people(people, verified_by="alice")[0] == 1
    assert sorted(p.name for p in db.people()) == ["Helena Okafor", "Jo Bloggs"]
    db.remove_person("Jo Bloggs")
    assert [p.name for p in db.people()] == ["Helena Okafor"]


def test_many_labels_from_a_file_and_merging_an_export(db, tmp_path: Path) -> None:
    db.import_files(SAMPLES)
    first, second = db.sentences(1)[:2]
    data = f"sentence_id,label,note\n{first.id},opinion,\n{second.id},maybe,\n".encode()
    report = db.label_file(data, name="rows.csv", annotator="alice")
    assert report.changed == 1 and [line for line, _ in report.rejected] == [3]
    out = tmp_path / "labels.csv"
    db.export(out)
    with annotator.open(tmp_path / "other.db") as other:
        other.import_files(SAMPLES)
        merged = other.import_labels(out)
        assert merged.imported == 1 and not merged.skipped
        assert [r["label"] for r in other.labels()] == ["opinion"]


def test_missing_rows_are_refused_before_the_work(db) -> None:
    db.import_files(SAMPLES)
    with pytest.raises(NotFoundError):
        db.require(articles=[99])
    with pytest.raises(NotFoundError):
        db.agreement(annotators=["nobody"])
    with pytest.raises(NotFoundError):
        db.hints(99)
    with pytest.raises(ValueError, match="none"):
        db.export("-", labels=["none"])


def test_the_api_loads_neither_rich_nor_typer() -> None:
    """The API is for notebooks and scripts: terminal output stays in the command line."""
    import subprocess
    import sys

    code = (
        "import annotator.api, sys; db = annotator.api.open(sys.argv[1]); db.articles(); db.codebook(); db.close();"
        "print(sorted(m for m in ('rich', 'typer', 'click', 'textual') if m in sys.modules))"
    )
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        shown = subprocess.run(
            [sys.executable, "-c", code, f"{folder}/t.db"], capture_output=True, text=True, check=True
        ).stdout
    assert shown.strip() == "[]"
