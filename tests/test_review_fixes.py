"""Edge cases found in review: each is a way labels or files could be lost
or misreported."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from annotator.db.labels import Label
from annotator.db.models import Article, LabelEvent
from annotator.db.records import SentenceRecord
from annotator.ingest import import_paths
from annotator.review_session import ReviewSession
from tests.conftest import SAMPLES, write


def test_a_late_older_save_never_overrides_a_newer_one() -> None:
    sentence = SentenceRecord(1, 1, 0, 0, 0, 5, "Text.")
    session = ReviewSession([sentence, SentenceRecord(2, 1, 1, 0, 6, 11, "More.")], auto_advance=False)
    older = session.set_label(Label.SOURCED)
    newer = session.set_label(Label.OPINION)
    session.saved_ok(newer)  # the fast one is reported first
    session.saved_ok(older)  # the slow one arrives late
    assert session.mark(0).label == Label.OPINION and session.pending == {}


def test_gold_notes_need_a_gold_label() -> None:
    session = ReviewSession([SentenceRecord(1, 1, 0, 0, 0, 5, "Text.")], note_needs_label=True, auto_advance=False)
    assert session.set_note("why") is None
    session.saved_ok(session.set_label(Label.SUSPICIOUS))
    session.saved_ok(session.set_note("blended name"))
    cleared = session.set_label(None)
    assert cleared.after.label is None and cleared.after.note is None


def test_export_never_overwrites_a_database(db_path: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from annotator.cli import app
    from tests.conftest import CliResult

    def cli(*args):
        r = CliRunner().invoke(app, ["--db", str(db_path), *map(str, args)])
        return CliResult(r.exit_code, r.stdout, r.stderr, r.exception)

    cli("import", SAMPLES)
    cli("label", "1", "sourced", "-a", "alice")
    own = cli("export", db_path)
    assert own.code == 1 and "this is the database being exported" in own.stderr
    other = tmp_path / "other.db"
    other.write_bytes(db_path.read_bytes())
    assert "is a SQLite database" in cli("export", other).stderr
    assert cli("articles", "--json").code == 0  # still a working database


def test_os_errors_are_one_line(cli, tmp_path: Path) -> None:
    cli("import", SAMPLES)
    result = cli("export", tmp_path)
    assert result.code == 1 and len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_reviewer_names_are_checked(cli) -> None:
    cli("import", SAMPLES)
    assert cli("label", "1", "sourced", "--annotator", " ").code == 2
    long_name = cli("label", "1", "sourced", "--annotator", "x" * 201)
    assert long_name.code == 2 and "longer than 64" in long_name.stderr


def test_repeating_a_label_logs_no_event(store, tmp_path: Path) -> None:
    import_paths(store, [SAMPLES])
    sid = store.sentences(1)[0].id
    for _ in range(3):
        store.set_label(sid, "alice", Label.SOURCED)
        store.set_label(sid, "bob", None)
    with store.database.read() as session:
        assert session.scalar(select(func.count()).select_from(LabelEvent)) == 1


def test_odd_metadata_is_cleaned_on_every_engine(store, tmp_path: Path) -> None:
    record = {
        "title": "Odd",
        "text": "Odd\nBody.",
        "source": "Wire\x00 Service",
        "url": "https://x.example/\x01a",
        "published": "sometime in the late afternoon of a long and rainy Tuesday",
    }
    report = import_paths(store, [write(tmp_path / "odd.jsonl", json.dumps(record) + "\n")])
    assert report.rejected == [] and len(report.imported) == 1
    with store.database.read() as session:
        article = session.execute(select(Article)).scalar_one()
        assert (article.source, article.url, article.published) == ("Wire Service", "https://x.example/a", None)
        assert article.meta["published"].startswith("sometime")


def test_import_labels_of_a_folder_says_so(cli, tmp_path: Path) -> None:
    result = cli("import-labels", tmp_path)
    assert result.code == 1 and result.stderr.strip() == f"error: {tmp_path}: is a folder, not an export file"


def test_wide_header_is_spreadsheet_safe(cli, tmp_path: Path) -> None:
    cli("import", SAMPLES)
    cli("label", "1", "sourced", "-a", "=evil")
    cli("label", "1", "opinion", "-a", "bob")
    out = tmp_path / "wide.csv"
    result = cli("export", out, "--format", "wide", "--excel-safe")
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert "'=evil" in header and "=evil" not in header
    assert result.code == 0
    plain = cli("export", tmp_path / "plain.csv", "--format", "wide")
    assert "warning: 1 cell starts with" in plain.stderr
