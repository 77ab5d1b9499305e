"""The codebook as data: a six-label codebook end to end on both engines
(import, label, export with the codebook's hash in the manifest, agreement
over six categories, import-labels), the rules for changing a codebook on a
database with labels, and bad files as one line."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from annotator.codebook_file import codebook_toml, parse_codebook_text, read_codebook_file
from annotator.db.codebook import RESERVED_KEYS, CodebookError, codebook_from_dict
from annotator.db.codebook_default import DEFAULT_CODEBOOK
from annotator.db.labels import LABEL_VALUES
from annotator.ingest import import_paths
from tests.conftest import DATA, SAMPLES, write

SIX = DATA / "codebooks" / "six_labels.toml"
SIX_VALUES = ["sourced", "unsourced", "opinion", "suspicious", "misleading", "satire"]


def _six(tmp_path: Path, **changes: str) -> Path:
    """The six-label file, with text replaced (old=new) and a [rename] table appended."""
    text = SIX.read_text(encoding="utf-8")
    for old, new in changes.items():
        if old != "rename":
            text = text.replace(old, new)
    if "rename" in changes:
        text += "\n[rename]\n" + changes["rename"] + "\n"
    return write(tmp_path / "codebook.toml", text)


# --- the model and the file ----------------------------------------------------------------
def test_the_default_codebook_is_the_four_labels_of_the_guidelines() -> None:
    assert DEFAULT_CODEBOOK.values == LABEL_VALUES
    assert [label.keys for label in DEFAULT_CODEBOOK.labels] == [("1", "s"), ("2", "u"), ("3", "o"), ("4", "x")]
    assert DEFAULT_CODEBOOK.decision_order == ("suspicious", "sourced", "opinion", "unsourced")
    assert "A missing source alone is never suspicious" in DEFAULT_CODEBOOK.guidelines
    assert DEFAULT_CODEBOOK.key_range() == "1-4"


def test_a_codebook_goes_to_toml_and_back_unchanged() -> None:
    again, renames = parse_codebook_text(codebook_toml(DEFAULT_CODEBOOK))
    assert again == DEFAULT_CODEBOOK and renames == {}
    assert again.sha256() == DEFAULT_CODEBOOK.sha256()
    six, _ = read_codebook_file(SIX)
    assert parse_codebook_text(codebook_toml(six))[0] == six
    assert six.sha256() != DEFAULT_CODEBOOK.sha256()


@pytest.mark.parametrize(
    "text, message",
    [
        ("labels = [", "not valid TOML"),
        ("x = 1", "unknown codebook field 'x'"),
        ("labels = []", "no labels"),
        ('[[labels]]\nvalue = "Bad Value"\nkey = "1"', "value 'Bad Value' must be a lower-case word"),
        ('[[labels]]\nvalue = "none"\nkey = "1"', "(not none)"),
        ('[[labels]]\nvalue = "a"\nkey = "q"', "key 'q' is taken by another command"),
        ('[[labels]]\nvalue = "a"\nkey = "12"', "key must be one letter or digit"),
        ('[[labels]]\nvalue = "a"\nkey = "1"\n[[labels]]\nvalue = "b"\nkey = "1"', "key '1' is used twice"),
        ('[[labels]]\nvalue = "a"\nkey = "1"\n[[labels]]\nvalue = "a"\nkey = "2"', "label value 'a' is used twice"),
        ('[[labels]]\nvalue = "a"\nkey = "1"\nstyle = "bold red; background: x"', "style word"),
        ('[[labels]]\nvalue = "a"\nkey = "1"\nstyle = "$nope"', "style word '$nope'"),
        ('[[labels]]\nvalue = "a"\nkey = "1"\nname = "a\\u001b[31m"', "control character (U+001B)"),
        ('decision_order = ["b"]\n[[labels]]\nvalue = "a"\nkey = "1"', "decision_order must list every label once"),
        ('rename = 3\n[[labels]]\nvalue = "a"\nkey = "1"', "[rename] must map"),
    ],
)
def test_a_bad_codebook_is_one_line(text: str, message: str) -> None:
    with pytest.raises(CodebookError) as caught:
        parse_codebook_text(text)
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_the_reserved_keys_are_the_screens_other_keys() -> None:
    from annotator.tui.keys import COMMAND_KEYS

    assert COMMAND_KEYS <= RESERVED_KEYS
    assert not {k for label in DEFAULT_CODEBOOK.labels for k in label.keys} & RESERVED_KEYS


# --- on both engines ---------------------------------------------------------------------------
@pytest.fixture
def six(cli, store, tmp_path: Path):
    """The sample articles in a database whose codebook is the six-label one."""
    import_paths(store, [SAMPLES])
    result = cli("codebook", "import", SIX)
    assert result.code == 0, result.stderr
    assert "codebook version 1 stored" in result.stdout and "added misleading, satire" in result.stdout
    return store


def test_a_six_label_codebook_end_to_end(six, cli, tmp_path: Path) -> None:
    store = six
    shown = cli("codebook", "show", "--json").json()
    assert [label["value"] for label in shown["labels"]] == SIX_VALUES and shown["version"] == 1
    s = store.sentences(1)
    for i, value in enumerate(SIX_VALUES):  # alice uses every label, bob agrees on half
        assert cli("label", s[i].id, value, "-a", "alice").code == 0
        assert cli("label", s[i].id, value if i % 2 else "sourced", "-a", "bob").code == 0
    bad = cli("label", s[0].id, "bogus", "-a", "alice")
    assert bad.code == 2 and bad.stderr.count("\n") == 1 and "misleading|satire|none" in bad.stderr

    out = tmp_path / "six.csv"
    assert cli("export", out, "--manifest").code == 0
    with out.open(encoding="utf-8", newline="") as handle:
        labels = {row["label"] for row in csv.DictReader(handle)}
    assert labels == set(SIX_VALUES)
    manifest = json.loads((tmp_path / "six.csv.manifest.json").read_text(encoding="utf-8"))
    codebook, _ = read_codebook_file(SIX)
    assert manifest["codebook"]["sha256"] == codebook.sha256() == shown["sha256"]
    assert manifest["codebook"]["version"] == 1 and manifest["codebook"]["labels"] == SIX_VALUES
    only = cli("export", "-", "--label", "satire")
    assert only.code == 0 and "satire" in only.stdout and "misleading" not in only.stdout

    report = cli("agreement", "--json").json()
    assert list(report["per_label"]) == SIX_VALUES and report["units"] == 6
    assert report["per_label"]["satire"]["counts"] == {"alice": 1, "bob": 1}

    # Merged back into a database with the same codebook; an unknown label is one skipped line.
    rows = out.read_text(encoding="utf-8").splitlines()
    rows.append(next(r for r in rows if ",misleading," in r).replace(",misleading,", ",fabricated,"))
    back = write(tmp_path / "back.csv", "\r\n".join(rows) + "\r\n")
    merged = cli("import-labels", back, "--json")
    assert merged.code == 1
    skipped = merged.json()["skipped"]
    assert len(skipped) == 1 and "unknown label 'fabricated'" in skipped[0]["reason"]
    assert "satire" in skipped[0]["reason"]


def test_import_labels_accepts_the_new_labels(six, cli, tmp_path: Path) -> None:
    """A long file with the new labels, from an offline reviewer, merges."""
    store = six
    s = store.sentences(1)
    cli("label", s[0].id, "misleading", "-a", "erin")
    cli("label", s[1].id, "satire", "-a", "erin")
    out = tmp_path / "erin.csv"
    assert cli("export", out, "--annotator", "erin").code == 0
    text = out.read_text(encoding="utf-8").replace(",erin,", ",frank,")
    result = cli("import-labels", write(tmp_path / "frank.csv", text), "--json")
    assert result.code == 0, result.stderr
    assert result.json()["imported"] == 2
    assert store.review_data(1, "frank").marks[s[1].id][0] == "satire"


def test_agreement_counts_six_categories(six) -> None:
    from annotator.exports.agreement_report import load_labels
    from annotator.exports.source import ExportFilters, RowSource

    store = six
    s = store.sentences(1)
    store.set_label(s[0].id, "alice", "satire")
    store.set_label(s[0].id, "bob", "misleading")
    data = load_labels(RowSource(store.database.engine), ExportFilters())
    assert data.table.categories == tuple(SIX_VALUES)
    assert sorted(data.table.codes[0].tolist()) == [4, 5]


def test_removing_a_label_in_use_is_refused(six, cli, tmp_path: Path) -> None:
    store = six
    s = store.sentences(1)
    store.set_label(s[0].id, "alice", "satire")
    store.set_label(s[1].id, "bob", "satire")
    store.set_gold(s[2].id, "satire", adjudicator="dana")
    text = SIX.read_text(encoding="utf-8")
    fewer = write(tmp_path / "five.toml", text[: text.index('[[labels]]\nvalue = "satire"')].replace('"satire", ', ""))
    result = cli("codebook", "import", fewer)
    assert result.code == 1 and result.stderr.count("\n") == 1
    assert "cannot remove label 'satire': 3 labels use it" in result.stderr
    assert store.codebook().version == 1 and cli("codebook", "show", "--json").json()["version"] == 1


def test_removing_an_unused_label_is_allowed(six, cli, tmp_path: Path) -> None:
    text = SIX.read_text(encoding="utf-8")
    fewer = write(tmp_path / "five.toml", text[: text.index('[[labels]]\nvalue = "satire"')].replace('"satire", ', ""))
    result = cli("codebook", "import", fewer)
    assert result.code == 0 and "removed satire" in result.stdout
    assert cli("label", 1, "satire", "-a", "alice").code == 2


def test_a_rename_rewrites_the_labels_and_is_logged(six, cli, tmp_path: Path) -> None:
    from sqlalchemy import select

    from annotator.db.models import CodebookVersion, LabelEvent

    store = six
    s = store.sentences(1)
    store.set_label(s[0].id, "alice", "suspicious", note="check the name")
    store.set_label(s[1].id, "bob", "suspicious")
    store.set_label(s[2].id, "bob", "opinion")
    store.set_gold(s[0].id, "suspicious", adjudicator="dana")
    renamed = _six(tmp_path, **{'"suspicious"': '"fabricated"', "rename": 'suspicious = "fabricated"'})
    result = cli("codebook", "import", renamed)
    assert result.code == 0, result.stderr
    assert "renamed suspicious -> fabricated (2 labels, 1 gold labels rewritten)" in result.stdout
    assert store.review_data(1, "alice").marks[s[0].id] == ("fabricated", "check the name")
    assert store.review_data(1, "bob").marks[s[2].id] == ("opinion", None)
    with store.database.read_connection() as conn:
        assert conn.exec_driver_sql("SELECT label FROM gold_label").scalar() == "fabricated"
    with store.database.read() as session:
        events = session.execute(
            select(LabelEvent.sentence_id, LabelEvent.old_label, LabelEvent.new_label, LabelEvent.new_note)
            .where(LabelEvent.origin == "codebook")
            .order_by(LabelEvent.sentence_id)
        ).all()
        versions = session.execute(select(CodebookVersion.version, CodebookVersion.renamed)).all()
    assert events == [
        (s[0].id, "suspicious", "fabricated", "check the name"),
        (s[1].id, "suspicious", "fabricated", None),
    ]
    assert sorted(versions) == [(1, {}), (2, {"suspicious": "fabricated"})]
    exported = cli("export", "-", "--format", "wide").stdout
    assert "fabricated" in exported and "suspicious" not in exported
    # A rename without its [rename] mapping is a removal of a label in use.
    again = _six(tmp_path, **{'"fabricated"': '"invented"'})
    assert cli("codebook", "import", again).code == 1


def test_a_rename_must_name_labels_that_exist(six, cli, tmp_path: Path) -> None:
    bad = _six(tmp_path, rename='nothing = "satire"')
    result = cli("codebook", "import", bad)
    assert result.code == 1 and "rename: 'nothing' is not a label of the current codebook" in result.stderr
    merged = _six(tmp_path, rename='opinion = "satire"')
    result = cli("codebook", "import", merged)
    assert result.code == 1 and "never merged" in result.stderr


def test_bad_toml_is_one_line_and_changes_nothing(cli, tmp_path: Path) -> None:
    for content in ("labels = [\n", b"\xff\xfe not text", '[[labels]]\nvalue = "sourced"\nkey = "1"\n[[labels]]'):
        result = cli("codebook", "import", write(tmp_path / "bad.toml", content))
        assert result.code == 1 and result.exception is None or isinstance(result.exception, SystemExit)
        assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
        assert "Traceback" not in result.stderr and "nothing was changed" in result.stderr
    missing = cli("codebook", "import", tmp_path / "missing.toml")
    assert missing.code == 1 and missing.stderr.count("\n") == 1
    assert cli("codebook", "show", "--json").json()["version"] == 0


def test_export_then_import_of_the_default_changes_nothing(cli, tmp_path: Path) -> None:
    out = tmp_path / "default.toml"
    assert cli("codebook", "export", out).code == 0
    (tmp_path / "link.toml").symlink_to(tmp_path / "elsewhere.toml")
    refused = cli("codebook", "export", tmp_path / "link.toml")
    assert refused.code == 1 and "symbolic link" in refused.stderr and not (tmp_path / "elsewhere.toml").exists()
    assert read_codebook_file(out)[0] == DEFAULT_CODEBOOK
    result = cli("codebook", "import", out)
    assert result.code == 0 and "codebook unchanged (version 0" in result.stdout
    shown = cli("codebook", "show")
    assert "the default (none stored in this database)" in shown.stdout and "1 / s  sourced" in shown.stdout


def test_untrusted_codebook_text_shows_literally(cli, tmp_path: Path) -> None:
    assert cli("codebook", "import", SIX).code == 0
    shown = cli("codebook", "show").stdout
    assert "Satire [b]or[/b] parody" in shown and "[i]not[/i]" in shown


def test_a_codebook_from_plain_data_is_checked() -> None:
    book = codebook_from_dict({"labels": [{"value": "yes", "key": "1"}, {"value": "no", "key": "2"}]})
    assert book.decision_order == ("yes", "no") and book.labels[0].name == "yes" and book.key_range() == "1-2"
    assert book.parse(" YES ") == "yes" and book.parse("none") is None
    with pytest.raises(ValueError, match=r"expected yes\|no\|none"):
        book.parse("maybe")


def test_an_upgraded_database_takes_new_labels(tmp_path: Path) -> None:
    """A database made before the codebook (with the four-label CHECK
    constraints of schema 0001) is upgraded and then stores a new label."""
    import shutil
    import sqlite3

    from annotator.store import AnnotationStore

    copy = tmp_path / "old.db"
    shutil.copy(DATA / "databases" / "release-0.1.0.db", copy)
    store = AnnotationStore.open(copy)
    try:
        assert store.codebook() == DEFAULT_CODEBOOK
        codebook, renames = read_codebook_file(SIX)
        change = store.set_codebook(codebook, renames=renames, by="tester")
        assert change.version == 1 and change.added == ["misleading", "satire"]
        first = store.sentences(1)[0]
        store.set_label(first.id, "alice", "misleading")
        assert store.review_data(1, "alice").marks[first.id] == ("misleading", "headline attributes the vote")
    finally:
        store.close()
    with sqlite3.connect(copy) as conn:
        schema = " ".join(row[0] for row in conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL"))
        assert "'suspicious'" not in schema
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
