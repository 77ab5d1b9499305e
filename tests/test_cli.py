"""The command line: the documented flow, JSON shapes, exit codes and
one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES, write


def test_import_articles_sentences_label_flow(cli, tmp_path: Path) -> None:
    imported = cli("import", SAMPLES, "--json")
    assert imported.code == 0, imported.stderr
    doc = imported.json()
    assert set(doc) == {"imported", "already_imported", "rejected"}
    assert len(doc["imported"]) == 4 and doc["rejected"] == []
    assert set(doc["imported"][0]) == {"id", "uid", "title", "source", "sentences"}

    articles = cli("articles", "--json").json()
    assert [a["id"] for a in articles] == [1, 2, 3, 4]
    assert set(articles[0]) == {"id", "uid", "title", "source", "sentences", "labelled"}
    assert articles[0]["labelled"] == {}

    sentences = cli("sentences", "1", "--json").json()
    assert set(sentences[0]) == {"id", "index", "paragraph", "start", "end", "text"}
    assert sentences[0]["text"] == articles[0]["title"]
    target = sentences[5]

    labelled = cli("label", target["id"], "unsourced", "--annotator", "alice", "--note", "no source for the figure")
    assert labelled.code == 0, labelled.stderr
    assert f"sentence {target['id']}: unsourced (was none) by alice; note saved" in labelled.stdout
    assert cli("articles", "--json").json()[0]["labelled"] == {"alice": 1}

    cleared = cli("label", target["id"], "none", "--annotator", "alice")
    assert "none (was unsourced)" in cleared.stdout
    assert cli("articles", "--json").json()[0]["labelled"] == {}


def test_human_output_shows_tables(cli) -> None:
    cli("import", SAMPLES)
    cli("label", "1", "sourced", "--annotator", "alice")
    table = cli("articles").stdout
    assert "Port council approves" in table and "alice" in table and "1/17" in table
    listing = cli("sentences", "1").stdout
    assert "Mayor Helena Okafor told reporters" in listing


def test_annotator_defaults_to_environment(cli) -> None:
    cli("import", SAMPLES)
    result = cli("label", "2", "opinion", env={"ANNOTATOR_NAME": "carol"})
    assert "by carol" in result.stdout


def test_reimport_reports_already_imported(cli) -> None:
    cli("import", SAMPLES)
    again = cli("import", SAMPLES)
    assert again.code == 0
    assert "Imported 0 articles (0 sentences); 4 already imported; 0 rejected." in again.stdout


def test_rejected_files_exit_1_with_one_line_each(cli, tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.txt", b"Caf\xe9 story\nnot utf8")
    good = write(tmp_path / "good.txt", "Fine story\nIt is fine.")
    result = cli("import", bad, good, tmp_path / "missing.md", "--json")
    assert result.code == 1
    assert result.stderr.splitlines() == [
        f"error: {bad}: not UTF-8 text (invalid byte at offset 3)",
        f"error: {tmp_path / 'missing.md'}: no such file or folder",
    ]
    doc = result.json()
    assert len(doc["imported"]) == 1 and len(doc["rejected"]) == 2
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ["label", "1", "maybe", "--annotator", "a"],
            2,
            "error: unknown label 'maybe' (expected sourced|unsourced|opinion|suspicious|none)",
        ),
        (["label", "999", "sourced", "--annotator", "a"], 1, "error: sentence 999 does not exist"),
        (["sentences", "42"], 1, "error: article 42 does not exist"),
    ],
)
def test_errors_are_one_line_with_contract_exit_codes(cli, args, code, message) -> None:
    cli("import", SAMPLES)
    result = cli(*args)
    assert result.code == code
    assert result.stderr.strip() == message


def test_usage_errors_exit_2(cli) -> None:
    assert cli("sentences", "not-a-number").code == 2
    assert cli("frobnicate").code == 2


def test_bad_database_is_one_line_and_debug_shows_traceback(tmp_path: Path) -> None:
    garbage = write(tmp_path / "junk.db", b"not a database" * 500)
    base = [sys.executable, "-m", "annotator", "--db", str(garbage)]
    plain = subprocess.run([*base, "articles"], capture_output=True, text=True)
    assert plain.returncode == 1
    assert plain.stderr.strip() == f"error: {garbage}: not a SQLite database, or it is damaged"
    debug = subprocess.run([*base[:3], "--debug", *base[3:], "articles"], capture_output=True, text=True)
    assert debug.returncode == 1 and "Traceback" in debug.stderr


@pytest.mark.parametrize("command", ["import", "articles", "sentences", "label"])
def test_every_command_has_help(cli, command: str) -> None:
    result = cli(command, "--help")
    assert result.code == 0
    assert "--help" in result.stdout and len(result.stdout.splitlines()) > 5


def test_version_and_top_level_help(cli) -> None:
    assert cli("--version").stdout.startswith("annotator ")
    top = cli("--help").stdout
    for command in ("import", "articles", "sentences", "label"):
        assert command in top


@pytest.fixture
def opened(monkeypatch):
    """Record what the review UI would have been opened on, without a terminal."""
    from annotator.tui.app import AnnotatorApp

    calls = []

    def fake_run(app, *args, **kwargs):
        calls.append(
            {
                "location": app.store.location,
                "reviewer": app.reviewer,
                "article": app.start_article,
                "preloaded": app.preloaded,
                "articles": [a.title for a in app.store.articles()],
            }
        )

    monkeypatch.setattr(AnnotatorApp, "run", fake_run)
    return calls


def test_review_opens_the_ui_for_the_reviewer(cli, opened) -> None:
    cli("import", SAMPLES)
    assert cli("review", "--annotator", "dana", "--article", "2").code == 0
    assert opened[0]["reviewer"] == "dana" and opened[0]["article"] == 2
    assert opened[0]["preloaded"].title.startswith("The price of water")


def test_review_of_a_missing_article_is_a_clear_error(cli, opened) -> None:
    result = cli("review", "--article", "9")
    assert result.code == 1 and result.stderr.strip() == "error: article 9 does not exist"
    assert opened == []


def test_demo_uses_its_own_database(tmp_path: Path, monkeypatch, opened) -> None:
    from typer.testing import CliRunner

    from annotator.cli import app

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("ANNOTATOR_DB", str(tmp_path / "mine.db"))
    runner = CliRunner()
    first = runner.invoke(app, ["demo"])
    again = runner.invoke(app, ["demo"])
    assert first.exit_code == 0 and again.exit_code == 0
    assert opened[0]["location"] == str(tmp_path / "data" / "annotator" / "demo.db")
    assert len(opened[0]["articles"]) == 4 and opened[1]["articles"] == opened[0]["articles"]
    assert "4 new" in first.stderr and "4 already there" in again.stderr
    assert "5 sample people" in first.stderr and "sample people" not in again.stderr
    assert not (tmp_path / "mine.db").exists()
    from annotator.store import AnnotationStore

    store = AnnotationStore.open(tmp_path / "data" / "annotator" / "demo.db")
    try:
        assert {p.name for p in store.people()} >= {"Helena Okafor", "Daniel Reyes", "Tomás Ferreira"}
    finally:
        store.close()


def test_a_long_article_is_listed_as_aligned_columns_with_every_sentence(cli, tmp_path: Path) -> None:
    paragraphs = [" ".join(f"Sentence {p * 5 + k} of the long article is here." for k in range(5)) for p in range(500)]
    paragraphs[3] = paragraphs[3] + " A closing [bold]remark[/bold] in it."
    long = write(tmp_path / "long.txt", "A long article\n\n" + "\n\n".join(paragraphs))
    assert cli("import", long).code == 0
    listing = cli("sentences", "1")
    assert listing.code == 0, listing.stderr
    lines = listing.stdout.splitlines()
    assert lines[0].split() == ["id", "#", "¶", "sentence"]
    stored = cli("sentences", "1", "--json").json()
    assert len(stored) > 2_000
    body = "\n".join(lines[1:])
    for sentence in (stored[1], stored[1000], stored[-1]):
        assert f"{sentence['index']}" in body and sentence["text"] in body
    assert "A closing [bold]remark[/bold] in it." in body  # markup stays literal
    first = lines[1].split(maxsplit=3)
    assert first[:3] == [str(stored[0]["id"]), "0", "0"] and first[3] == stored[0]["text"]
