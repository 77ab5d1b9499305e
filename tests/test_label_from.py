"""`annotator label --from FILE|-`: many labels from CSV or JSON Lines,
checked like `label`, logged as events, committed a batch at a time; bad
rows one line each, a file in the wrong format refused whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from annotator import batch_labels
from annotator.store import AnnotationStore
from tests.conftest import SAMPLES, write


@pytest.fixture
def imported(cli, db_target: str) -> str:
    assert cli("import", SAMPLES).code == 0
    return db_target


def state(target: str) -> tuple[dict, list]:
    """{(sentence, reviewer): (label, note)} and the events in order."""
    store = AnnotationStore.open(target)
    try:
        with store.database.read_connection() as conn:
            labels = {
                (sid, name): (label, note)
                for sid, name, label, note in conn.execute(
                    text(
                        "SELECT n.sentence_id, r.name, n.label, n.note FROM annotation n JOIN annotator r ON r.id = n.annotator_id"
                    )
                )
            }
            events = [
                tuple(row)
                for row in conn.execute(
                    text(
                        "SELECT e.sentence_id, r.name, e.old_label, e.new_label, e.old_note, e.new_note, e.origin "
                        "FROM label_event e JOIN annotator r ON r.id = e.annotator_id ORDER BY e.id"
                    )
                )
            ]
    finally:
        store.close()
    return labels, events


def test_a_csv_file_sets_every_good_row_and_reports_each_bad_one(cli, imported, tmp_path: Path) -> None:
    rows = write(
        tmp_path / "labels.csv",
        (
            "sentence_id,label,note,annotator\n"
            "3,sourced,,\n"
            "4,opinion,the minister's own view,bob\n"
            "5,maybe,,\n"
            "99999,sourced,,\n"
            "6,unsourced,,ro\x1bot\n"
            "7,,,\n"
            "x,sourced,,\n"
            "3,suspicious,second thoughts,\n"
        ),
    )
    result = cli("label", "--from", rows)
    assert result.code == 1
    assert result.stderr.splitlines() == [
        f"error: {rows}:4: unknown label 'maybe' (expected sourced|unsourced|opinion|suspicious|none)",
        f"error: {rows}:5: sentence 99999 does not exist",
        f"error: {rows}:6: reviewer name 'ro\\x1bot' has a control character (U+001B)",
        f"error: {rows}:7: no label (none clears one)",
        f"error: {rows}:8: sentence_id 'x' is not a positive whole number",
    ]
    assert result.stdout == "3 labels changed, 0 unchanged, 5 rejected.\n"
    labels, events = state(imported)
    assert labels == {
        (3, "tester"): ("suspicious", "second thoughts"),
        (4, "bob"): ("opinion", "the minister's own view"),
    }
    # Every change is an event, in file order; the second row for sentence 3 starts from the first.
    assert events == [
        (3, "tester", None, "sourced", None, None, "cli"),
        (4, "bob", None, "opinion", None, "the minister's own view", "cli"),
        (3, "tester", "sourced", "suspicious", None, "second thoughts", "cli"),
    ]
    # Again: sentence 3 goes through sourced to suspicious once more; bob's row changes nothing.
    again = cli("label", "--from", rows)
    assert again.stdout == "2 labels changed, 1 unchanged, 5 rejected.\n"
    assert state(imported)[0] == labels and len(state(imported)[1]) == len(events) + 2


def test_json_lines_from_standard_input(imported, db_target: str) -> None:
    from typer.testing import CliRunner

    from annotator.cli import app

    runner = CliRunner()
    first = [
        {"sentence_id": 2, "label": "sourced", "note": "named minister"},
        {"sentence_id": "3", "label": "Opinion", "annotator": "carol"},
    ]
    result = runner.invoke(
        app,
        ["--db", db_target, "label", "--from", "-", "--annotator", "dana"],
        input="\n".join(map(json.dumps, first)) + "\n",
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "2 labels changed, 0 unchanged, 0 rejected.\n"
    # A missing or null note leaves the note; "" removes it.
    second = [
        {"sentence_id": 2, "label": "unsourced", "note": None},
        {"sentence_id": 2, "label": "unsourced", "note": ""},
        [2, "sourced"],
        {"sentence_id": 2, "label": "sourced", "notes": "x"},
    ]
    result = runner.invoke(
        app,
        ["--db", db_target, "label", "--from", "-", "-a", "dana"],
        input="\n".join(map(json.dumps, second)) + "\n{not json\n",
    )
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "error: stdin:3: not a JSON object",
        "error: stdin:4: unknown key 'notes' (expected sentence_id, label, note, annotator)",
        "error: stdin:5: malformed JSON: Expecting property name enclosed in double quotes (column 2)",
    ]
    labels, events = state(db_target)
    assert labels == {(2, "dana"): ("unsourced", None), (3, "carol"): ("opinion", None)}
    assert events[-2:] == [
        (2, "dana", "sourced", "unsourced", "named minister", "named minister", "cli"),
        (2, "dana", "unsourced", "unsourced", "named minister", None, "cli"),
    ]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (
            b"sentence_id,labels\n3,sourced\n",
            "unknown column 'labels' (label --from reads sentence_id, label, note, annotator; an export goes back with "
            "import-labels)",
        ),
        (b"sentence_id,note\n3,x\n", "no 'label' column (the header needs sentence_id, label)"),
        (b'sentence_id,label\n3,sourced\n4,"opinion\n', None),
        (b"sentence_id,label\n3,sourced\n4,caf\xe9\n", "not UTF-8 text (invalid byte at offset 33)"),
        (b"\x00\x01binary", "binary file, not text"),
        (b"  \n", "empty file"),
    ],
)
def test_a_file_in_the_wrong_format_is_refused_whole(
    cli, imported, tmp_path: Path, content: bytes, reason: str | None
) -> None:
    path = write(tmp_path / "labels.csv", content)
    result = cli("label", "--from", path)
    assert result.code == 1
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith(f"error: {path}: ")
    assert result.stderr.rstrip().endswith("(nothing was labelled)")
    if reason:
        assert reason in result.stderr
    assert state(imported) == ({}, [])


def test_without_a_reviewer_name_it_refuses_like_label(cli, imported, tmp_path: Path) -> None:
    path = write(tmp_path / "labels.csv", "sentence_id,label\n3,sourced\n")
    result = cli("label", "--from", path, env={"ANNOTATOR_NAME": ""})
    assert result.code == 2 and result.stderr.startswith("error: no reviewer name: give --annotator NAME")
    # Rows that name their annotator need no default.
    named = write(tmp_path / "named.csv", "sentence_id,label,annotator\n3,sourced,erin\n4,sourced,\n")
    result = cli("label", "--from", named, env={"ANNOTATOR_NAME": ""})
    assert result.code == 1
    assert result.stderr.splitlines() == [
        f"error: {named}:3: no annotator in the row, and no reviewer name for the command (give --annotator NAME)"
    ]
    assert state(imported)[0] == {(3, "erin"): ("sourced", None)}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["label", "3", "sourced", "--from", "x.csv"],
            "error: --from takes every label from FILE: give no SENTENCE_ID, LABEL or --note with it",
        ),
        (
            ["label", "--from", "x.csv", "--note", "n"],
            "error: --from takes every label from FILE: give no SENTENCE_ID, LABEL or --note with it",
        ),
        (["label", "3"], "error: give SENTENCE_ID and LABEL, or --from FILE (see 'annotator label --help')"),
    ],
)
def test_usage(cli, args: list[str], message: str) -> None:
    result = cli(*args)
    assert result.code == 2 and result.stderr.strip() == message


def test_batches_are_committed_as_they_go(cli, imported, tmp_path: Path, monkeypatch) -> None:
    """A failure part-way keeps the batches before it and says how to finish."""
    from annotator.db.batch_labels import LabelBatchWriter

    monkeypatch.setattr(batch_labels, "BATCH_ROWS", 4)
    calls = []
    real = LabelBatchWriter.write

    def failing(self, rows):
        calls.append(len(rows))
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(self, rows)

    monkeypatch.setattr(LabelBatchWriter, "write", failing)
    path = write(tmp_path / "labels.csv", "sentence_id,label\n" + "".join(f"{i},sourced\n" for i in range(2, 14)))
    result = cli("label", "--from", path)
    assert result.code == 1 and calls == [4, 4, 4]
    assert result.stderr.splitlines() == [
        "error: the disk is full: nothing of this change was saved (what was saved before is kept); free some space "
        "and try again; 8 labels were changed before it and are saved: run the same file again to finish"
    ]
    assert sorted(state(imported)[0]) == [(i, "tester") for i in range(2, 10)]
    monkeypatch.setattr(LabelBatchWriter, "write", real)
    assert cli("label", "--from", path).stdout == "4 labels changed, 8 unchanged, 0 rejected.\n"
