"""Exports: exact columns and values of every format, round trips through
csv and pandas, spreadsheet safety, filters, manifests, and merging labels
back with import-labels."""

from __future__ import annotations

import csv
import hashlib
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import func, select

from annotator.db.labels import Label
from annotator.db.models import Annotation, GoldLabel, LabelEvent
from annotator.exports.columns import DATASET_COLUMNS, LONG_COLUMNS
from annotator.ingest import import_paths
from annotator.store import AnnotationStore
from tests.conftest import SAMPLES, write

TRICKY = """Tricky export article
He said, "yes, really" — and left.
=SUM(A1:A3) looks like a formula. @council wrote back. +1 for that, said Ann.
-5% was the change, according to the ministry.
Emoji 💧 and 日本語 survive.
"""


@pytest.fixture
def labelled(db_target: str, tmp_path: Path):
    """Samples plus a tricky article; alice labels everything in article 5,
    bob some of it, carol one sentence; one gold label."""
    store = AnnotationStore.open(db_target)
    import_paths(store, [SAMPLES, write(tmp_path / "tricky.txt", TRICKY)])
    tricky = store.sentences(5)
    labels = [
        Label.OPINION,
        Label.SOURCED,
        Label.UNSOURCED,
        Label.SOURCED,
        Label.SUSPICIOUS,
        Label.UNSOURCED,
        Label.OPINION,
    ]
    for s, label in zip(tricky, labels):
        store.set_label(s.id, "alice", label, seconds_spent=2.5)
    store.set_label(tricky[0].id, "bob", Label.OPINION, note="+1 agree")
    store.set_label(tricky[1].id, "bob", Label.UNSOURCED)
    store.set_label(tricky[1].id, "carol", Label.UNSOURCED)
    store.set_label(tricky[2].id, "bob", Label.SOURCED)
    store.set_label(tricky[2].id, "bob", Label.OPINION, seconds_spent=1.25)  # changed its mind
    with store.database.write() as session:
        session.add(GoldLabel(sentence_id=tricky[3].id, label="unsourced", adjudicator="dana"))
    yield store, tricky
    store.close()


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_long_columns_and_values(cli, labelled, tmp_path: Path) -> None:
    store, tricky = labelled
    out = tmp_path / "long.csv"
    result = cli("export", out, "--article", "5")
    assert result.code == 0, result.stderr
    raw = out.read_bytes()
    assert raw.startswith(",".join(LONG_COLUMNS).encode() + b"\r\n")  # RFC 4180 line ends
    rows = read_csv(out)
    assert [(r["sentence_index"], r["annotator"], r["label"]) for r in rows[:4]] == [
        ("0", "alice", "opinion"),
        ("0", "bob", "opinion"),
        ("1", "alice", "sourced"),
        ("1", "bob", "unsourced"),
    ]
    first = rows[0]
    uid = store.articles()[4].uid
    assert first["article_uid"] == uid and first["article_title"] == "Tricky export article"
    assert first["source"] == "tricky.txt"
    assert (first["paragraph_index"], first["char_start"], first["char_end"]) == ("0", "0", "21")
    assert first["sentence"] == "Tricky export article" and first["note"] == ""
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", first["labelled_at"])
    assert float(first["seconds_spent"]) == 2.5
    bob_changed = [r for r in rows if r["annotator"] == "bob" and r["sentence_index"] == "2"][0]
    assert bob_changed["label"] == "opinion" and float(bob_changed["seconds_spent"]) == 1.25
    assert [r for r in rows if r["annotator"] == "bob"][0]["note"] == "+1 agree"
    assert len(rows) == 7 + 3 + 1


def test_every_character_survives_csv_and_pandas(cli, labelled, tmp_path: Path) -> None:
    store, tricky = labelled
    out = tmp_path / "long.csv"
    cli("export", out, "--annotator", "alice")
    expected = [s.text for s in tricky]
    assert [r["sentence"] for r in read_csv(out)] == expected
    frame = pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8")
    assert list(frame.columns) == list(LONG_COLUMNS)
    assert frame["sentence"].tolist() == expected
    assert any('"yes, really"' in t for t in expected) and any("日本語" in t and "💧" in t for t in expected)


def test_multiline_sentences_round_trip(db_target: str, tmp_path: Path) -> None:
    store = AnnotationStore.open(db_target)
    import_paths(store, [write(tmp_path / "wrapped.md", "# Title\n\nA sentence that wraps\nonto a second line.\n")])
    sentence = store.sentences(1)[1]
    assert "\n" in sentence.text
    store.set_label(sentence.id, "alice", Label.UNSOURCED)
    from annotator.exporting import run_export

    out = tmp_path / "wrapped.csv"
    run_export(store, str(out), fmt="long")
    store.close()
    assert read_csv(out)[0]["sentence"] == sentence.text
    assert pd.read_csv(out, dtype=str)["sentence"].tolist() == [sentence.text]


def test_wide_format(cli, labelled, tmp_path: Path) -> None:
    out = tmp_path / "wide.csv"
    assert cli("export", out, "--format", "wide").code == 0
    rows = read_csv(out)
    assert list(rows[0]) == [
        "article_uid",
        "article_title",
        "source",
        "sentence_index",
        "sentence",
        "alice",
        "bob",
        "carol",
        "gold",
        "n_labels",
        "unanimous",
        "gold_note",
        "adjudicator",
        "adjudicated_at",
    ]
    by_index = {r["sentence_index"]: r for r in rows}
    assert [by_index["0"][k] for k in ("alice", "bob", "carol", "gold", "n_labels", "unanimous")] == [
        "opinion",
        "opinion",
        "",
        "",
        "2",
        "true",
    ]
    assert [by_index["1"][k] for k in ("alice", "bob", "carol", "n_labels", "unanimous")] == [
        "sourced",
        "unsourced",
        "unsourced",
        "3",
        "false",
    ]
    assert (by_index["3"]["gold"], by_index["3"]["n_labels"], by_index["3"]["unanimous"]) == ("unsourced", "1", "")
    assert len(rows) == 7  # only sentences with a label or a gold label


def test_dataset_format_resolves_labels(cli, labelled, tmp_path: Path) -> None:
    out = tmp_path / "dataset.csv"
    assert cli("export", out, "--format", "dataset").code == 0
    rows = read_csv(out)
    assert list(rows[0]) == list(DATASET_COLUMNS)
    by_index = {r["sentence_index"]: (r["label"], r["label_source"], r["n_annotators"]) for r in rows}
    assert by_index["0"] == ("opinion", "majority", "2")
    assert by_index["1"] == ("unsourced", "majority", "3")
    assert by_index["3"] == ("unsourced", "gold", "1")
    assert by_index["4"] == ("suspicious", "single", "1")
    assert "2" not in by_index  # alice unsourced vs bob opinion: unresolved
    everything = tmp_path / "all.csv"
    cli("export", everything, "--format", "dataset", "--include-unresolved")
    unresolved = [r for r in read_csv(everything) if r["sentence_index"] == "2"]
    assert [(r["label"], r["label_source"], r["n_annotators"]) for r in unresolved] == [("", "unresolved", "2")]


def test_jsonl_has_the_long_fields(cli, labelled, tmp_path: Path) -> None:
    out = tmp_path / "long.jsonl"
    assert cli("export", out, "--format", "jsonl", "--annotator", "bob").code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [list(r) for r in records] == [list(LONG_COLUMNS)] * 3
    assert [(r["sentence_index"], r["label"], r["note"]) for r in records] == [
        (0, "opinion", "+1 agree"),
        (1, "unsourced", None),
        (2, "opinion", None),
    ]
    assert records[2]["seconds_spent"] == 1.25


def test_filters(cli, labelled, tmp_path: Path) -> None:
    def rows(*args: str) -> list[dict]:
        out = tmp_path / "f.csv"
        assert cli("export", out, *args).code == 0
        return read_csv(out)

    assert {r["annotator"] for r in rows("--annotator", "bob", "--annotator", "carol")} == {"bob", "carol"}
    assert {r["label"] for r in rows("--label", "sourced")} == {"sourced"}
    assert rows("--article", "1") == []
    assert len(rows("--article", "5", "--label", "opinion", "--label", "suspicious")) == 5
    wide = rows("--format", "wide", "--annotator", "carol")
    assert list(wide[0])[5:9] == ["carol", "gold", "n_labels", "unanimous"] and len(wide) == 2


def test_risky_cells_are_counted_or_neutralised(cli, labelled, tmp_path: Path) -> None:
    plain = tmp_path / "plain.csv"
    warned = cli("export", plain)
    # Sentences "=SUM…", "@council…", "+1 for…", "-5%…" in alice's rows, "=SUM…" in bob's,
    # and bob's note "+1 agree".
    assert "warning: 6 cells start with one of = + - @ \\t \\r" in warned.stderr
    assert [r["sentence"][0] for r in read_csv(plain) if r["annotator"] == "alice"][2:6] == ["=", "@", "+", "-"]

    safe = tmp_path / "safe.csv"
    result = cli("export", safe, "--excel-safe", "--manifest")
    assert "warning" not in result.stderr
    rows = read_csv(safe)
    assert [r["sentence"][:2] for r in rows if r["annotator"] == "alice"][2:6] == ["'=", "'@", "'+", "'-"]
    assert [r["note"] for r in rows if r["note"]] == ["'+1 agree"]
    manifest = json.loads((tmp_path / "safe.csv.manifest.json").read_text())
    assert manifest["spreadsheet"]["excel_safe"] is True and manifest["spreadsheet"]["risky_cells"] == 6


def test_manifest_traces_the_file(cli, labelled, tmp_path: Path) -> None:
    out = tmp_path / "data.csv"
    assert cli("export", out, "--format", "dataset", "--manifest", "--annotator", "alice").code == 0
    manifest = json.loads((tmp_path / "data.csv.manifest.json").read_text())
    assert manifest["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert manifest["format"] == "dataset" and manifest["rows"] == 7
    assert manifest["filters"]["annotator"] == ["alice"]
    assert manifest["labels"] == {"opinion": 2, "sourced": 1, "suspicious": 1, "unsourced": 3}
    assert manifest["annotators"] == {"alice": 7}
    assert manifest["segmenter"] == [manifest["segmenter"][0]] and manifest["segmenter"][0].startswith("sentencex ")
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", manifest["tool_version"])


def test_export_to_stdout(cli, labelled) -> None:
    result = cli("export", "-", "--annotator", "carol")
    assert result.code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == ",".join(LONG_COLUMNS) and len(lines) == 2
    assert "Exported 1 long row to standard output." in result.stderr


def test_usage_errors(cli, labelled, tmp_path: Path) -> None:
    assert cli("export", tmp_path / "x.csv", "--format", "xml").code == 2
    assert cli("export", tmp_path / "x.csv", "--label", "maybe").code == 2
    assert cli("export", "-", "--manifest").code == 2
    missing = cli("export", tmp_path / "no" / "x.csv")
    assert missing.code == 1 and "does not exist" in missing.stderr


def test_a_failed_export_leaves_no_file(labelled, tmp_path: Path, monkeypatch) -> None:
    store, _ = labelled
    from annotator import exporting
    from annotator.exports import writer

    def exploding(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(writer, "_write_long", exploding)
    monkeypatch.setattr(exporting, "write_export", writer.write_export)
    with pytest.raises(RuntimeError):
        exporting.run_export(store, str(tmp_path / "out.csv"), fmt="long")
    assert list(tmp_path.glob("out.csv*")) == [] and list(tmp_path.glob(".out.csv*")) == []


def test_an_export_reads_one_snapshot(labelled, db_target: str, tmp_path: Path, monkeypatch) -> None:
    """A label written while the wide export runs (after it listed the
    annotators, before it read the labels) is in neither the columns nor
    n_labels: the export reads one snapshot."""
    store, tricky = labelled
    from annotator.exporting import run_export
    from annotator.exports.source import RowSource

    listed = RowSource.annotator_names

    def list_then_someone_labels(self, filters):
        names = listed(self, filters)
        other = AnnotationStore.open(db_target)  # another reviewer, another connection
        other.set_label(tricky[0].id, "zoe", Label.SOURCED)
        other.set_label(tricky[1].id, "alice", Label.SUSPICIOUS)
        other.close()
        return names

    monkeypatch.setattr(RowSource, "annotator_names", list_then_someone_labels)
    out = tmp_path / "wide.csv"
    summary = run_export(store, str(out), fmt="wide")
    rows = read_csv(out)
    names = ["alice", "bob", "carol"]
    assert list(rows[0])[5:8] == names
    for row in rows:
        assert int(row["n_labels"]) == sum(1 for name in names if row[name]), row
    assert {r["sentence_index"]: r["alice"] for r in rows}["1"] == "sourced"  # as it was when the export began
    assert "zoe" not in summary.result.annotators
    assert ("zoe", "sourced") in {(n, l) for p, n, l, _ in _annotations(store) if p == 0}  # the write went in


# --- import-labels ---------------------------------------------------------------------------


def _annotations(store: AnnotationStore) -> list[tuple]:
    from annotator.db.models import Annotator, Sentence

    with store.database.read() as session:
        rows = session.execute(
            select(Sentence.position, Annotator.name, Annotation.label, Annotation.note)
            .join(Sentence, Sentence.id == Annotation.sentence_id)
            .join(Annotator, Annotator.id == Annotation.annotator_id)
            .order_by(Sentence.article_id, Sentence.position, Annotator.name)
        )
        return [tuple(r) for r in rows]


@pytest.mark.parametrize("fmt", ["long", "jsonl"])
def test_export_then_import_into_a_fresh_database(cli, labelled, tmp_path: Path, fmt: str) -> None:
    from typer.testing import CliRunner

    from annotator.cli import app

    store, _ = labelled
    out = tmp_path / ("labels.csv" if fmt == "long" else "labels.jsonl")
    cli("export", out, "--format", fmt, "--excel-safe", "--manifest")
    fresh = tmp_path / "fresh.db"
    runner = CliRunner()
    runner.invoke(app, ["--db", str(fresh), "import", str(SAMPLES), str(tmp_path / "tricky.txt")])
    first = runner.invoke(app, ["--db", str(fresh), "import-labels", str(out)])
    assert first.exit_code == 0, first.stderr
    assert "11 imported, 0 updated, 0 unchanged, 0 skipped." in first.stdout
    other = AnnotationStore.open(fresh)
    assert _annotations(other) == _annotations(store)
    again = runner.invoke(app, ["--db", str(fresh), "import-labels", str(out)])
    assert "0 imported, 0 updated, 11 unchanged, 0 skipped." in again.stdout
    with other.database.read() as session:
        assert session.scalar(select(func.count()).select_from(LabelEvent)) == 11
    other.close()


QUOTES = """Quote article
'=A1' is what the cell said, according to Ann.
'-- fine' was the whole reply.
"""


@pytest.fixture
def quoted(labelled, tmp_path: Path):
    """The labelled store plus sentences that really begin with an apostrophe,
    labelled with notes that do too."""
    store, _ = labelled
    import_paths(store, [write(tmp_path / "quotes.txt", QUOTES)])
    article = store.articles()[-1]
    sentences = store.sentences(article.id)
    assert [s.text[:2] for s in sentences[1:]] == ["'=", "'-"]
    store.set_label(sentences[1].id, "alice", Label.SOURCED, note="'-- fine")
    store.set_label(sentences[2].id, "alice", Label.OPINION, note="'=not a formula")
    store.set_label(sentences[2].id, "bob", Label.OPINION, note="-- risky")
    return store


def _merge_into_fresh(tmp_path: Path, name: str, out: Path, *options: str):
    from typer.testing import CliRunner

    from annotator.cli import app

    fresh = tmp_path / f"{name}.db"
    runner = CliRunner()
    runner.invoke(
        app, ["--db", str(fresh), "import", str(SAMPLES), str(tmp_path / "tricky.txt"), str(tmp_path / "quotes.txt")]
    )
    result = runner.invoke(app, ["--db", str(fresh), "import-labels", str(out), *options])
    other = AnnotationStore.open(fresh)
    merged = _annotations(other)
    other.close()
    return result, merged


def test_a_plain_file_keeps_its_leading_apostrophes(cli, quoted, tmp_path: Path) -> None:
    out = tmp_path / "plain.csv"
    assert cli("export", out, "--manifest").code == 0
    result, merged = _merge_into_fresh(tmp_path, "plain", out)
    assert result.exit_code == 0, result.stderr
    assert merged == _annotations(quoted)
    assert {"'-- fine", "'=not a formula", "-- risky"} <= {note for *_, note in merged}


def test_an_excel_safe_file_is_restored_by_its_manifest_or_the_flag(cli, quoted, tmp_path: Path) -> None:
    out = tmp_path / "safe.csv"
    assert cli("export", out, "--excel-safe", "--manifest").code == 0
    notes = {r["note"] for r in read_csv(out) if r["note"]}
    assert {"''-- fine", "''=not a formula", "'-- risky"} <= notes  # each apostrophe added is one to remove
    expected = _annotations(quoted)

    by_manifest, merged = _merge_into_fresh(tmp_path, "by_manifest", out)
    assert by_manifest.exit_code == 0, by_manifest.stderr
    assert merged == expected

    (tmp_path / "safe.csv.manifest.json").unlink()
    unknown, _ = _merge_into_fresh(tmp_path, "unknown", out)
    assert unknown.exit_code == 1
    assert "does not match the text here (the file looks excel-safe: pass --excel-safe)" in unknown.stderr
    by_flag, merged = _merge_into_fresh(tmp_path, "by_flag", out, "--excel-safe")
    assert by_flag.exit_code == 0, by_flag.stderr
    assert merged == expected


def test_the_flag_overrides_a_manifest(cli, quoted, tmp_path: Path) -> None:
    out = tmp_path / "plain.csv"
    assert cli("export", out, "--manifest").code == 0
    manifest = tmp_path / "plain.csv.manifest.json"
    document = json.loads(manifest.read_text())
    document["spreadsheet"]["excel_safe"] = True  # wrong: the file was written as stored
    manifest.write_text(json.dumps(document))
    result, merged = _merge_into_fresh(tmp_path, "overridden", out, "--no-excel-safe")
    assert result.exit_code == 0, result.stderr
    assert merged == _annotations(quoted)


def test_newer_label_wins_and_the_old_one_stays_in_the_log(cli, labelled, tmp_path: Path) -> None:
    store, tricky = labelled
    out = tmp_path / "alice.csv"
    cli("export", out, "--annotator", "alice", "--article", "5")
    rows = read_csv(out)
    now = datetime.now(UTC).isoformat()
    rows[0]["label"], rows[0]["labelled_at"] = "suspicious", now  # newer than ours
    rows[1]["label"], rows[1]["labelled_at"] = "opinion", "2000-01-01T00:00:00.000Z"  # older: ours stays
    edited = tmp_path / "edited.csv"
    with edited.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(LONG_COLUMNS))
        writer.writeheader()
        writer.writerows(rows)
    result = cli("import-labels", edited, "--json")
    assert result.code == 0
    assert result.json() == {"imported": 0, "updated": 1, "unchanged": 6, "skipped": []}
    with store.database.read() as session:
        last = session.execute(
            select(LabelEvent.old_label, LabelEvent.new_label, LabelEvent.origin).order_by(LabelEvent.id.desc())
        ).first()
    assert tuple(last) == ("opinion", "suspicious", "import")
    assert ("alice", "sourced") in {(n, l) for p, n, l, _ in _annotations(store) if p == 1}


def test_mismatches_are_reported_and_skipped(cli, labelled, tmp_path: Path) -> None:
    store, _ = labelled
    uid = store.articles()[4].uid
    header = ",".join(LONG_COLUMNS)
    lines = [
        f"{uid},T,s,1,1,0,0,This is not the sentence,erin,sourced,,2026-01-01T00:00:00Z,",
        "nope,T,s,0,0,0,0,x,erin,sourced,,2026-01-01T00:00:00Z,",
        f"{uid},T,s,99,0,0,0,x,erin,sourced,,2026-01-01T00:00:00Z,",
        f"{uid},T,s,0,0,0,21,Tricky export article,erin,maybe,,2026-01-01T00:00:00Z,",
        f"{uid},T,s,0,0,0,21,Tricky export article,erin,sourced,,yesterday,",
        f"{uid},T,s,0,0,0,21,Tricky export article,erin,opinion,,2026-01-01T00:00:00Z,",
    ]
    path = write(tmp_path / "mixed.csv", header + "\n" + "\n".join(lines) + "\n")
    result = cli("import-labels", path)
    assert result.code == 1
    assert result.stderr.splitlines() == [
        f"error: {path}:2: sentence 1 of article {uid} does not match the text here",
        f"error: {path}:3: unknown article 'nope'",
        f"error: {path}:4: article {uid} has no sentence 99",
        f"error: {path}:5: unknown label 'maybe' (expected sourced|unsourced|opinion|suspicious|none)",
        f"error: {path}:6: labelled_at 'yesterday' is not an ISO 8601 time",
    ]
    assert "1 imported, 0 updated, 0 unchanged, 5 skipped." in result.stdout


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bin.csv", b"\x00\x01\x02", "binary file, not text"),
        (
            "cols.csv",
            b"article_uid,label\nx,sourced\n",
            "not a long export: missing columns sentence_index, sentence, annotator",
        ),
        ("empty.jsonl", b"", "empty file"),
        ("labels.xlsx", b"PK", "unsupported file type '.xlsx' (expected a long .csv or .jsonl export)"),
    ],
)
def test_bad_label_files(cli, labelled, tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = write(tmp_path / name, content)
    result = cli("import-labels", path)
    assert result.code == 1
    assert result.stderr.strip() == f"error: {path}: {message}"


def test_malformed_jsonl_lines_are_skipped(cli, labelled, tmp_path: Path) -> None:
    path = write(tmp_path / "bad.jsonl", '{"article_uid": "x"\n[1, 2]\n')
    result = cli("import-labels", path)
    assert result.code == 1
    assert result.stderr.splitlines() == [
        f"error: {path}:1: malformed JSON: Expecting ',' delimiter",
        f"error: {path}:2: not a JSON object",
    ]
