"""Data is shown as the literal text it is, in every command: markup is not
read, control characters are made visible, nothing crashes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from annotator.cli import app
from annotator.db.labels import Label
from annotator.exports.display_text import as_text, assemble, visible
from annotator.ingest import import_paths
from annotator.store import AnnotationStore
from tests.conftest import CliResult, write
from tests.hostile_strings import ESCAPES, INVISIBLE, LONG, MARKUP, NAMES, NOTES, SENTENCES, TITLE, article_file

LABELS = [Label.SOURCED, Label.OPINION, Label.UNSOURCED, Label.SUSPICIOUS]


# --- the helper ------------------------------------------------------------------------------
@pytest.mark.parametrize(("stored", "shown"), ESCAPES.items())
def test_control_characters_become_visible_one_for_one(stored: str, shown: str) -> None:
    assert visible(stored) == shown and len(visible(stored)) == len(stored)


def test_markup_and_invisible_characters_stay_as_they_are() -> None:
    for value in [*MARKUP, *INVISIBLE, LONG]:
        assert visible(value) == value
        assert as_text(value).plain == value and not as_text(value).spans


def test_line_breaks_and_tabs_stay_only_in_multiline_text() -> None:
    assert visible("a\nb\tc") == "a␊b␉c"
    assert visible("a\nb\tc\x1b", multiline=True) == "a\nb\tc␛"
    assert visible("\ud800 name") == "\ufffd name"  # a file name that is not UTF-8


def test_assemble_makes_every_string_part_safe() -> None:
    text = assemble(("error:", "bold red"), " ", "[/]\x1b[2J")
    assert text.plain == "error: [/]␛[2J" and text.spans[0].style == "bold red"


# --- every command ---------------------------------------------------------------------------
@pytest.fixture
def run(db_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The CLI on a SQLite file, printed wide so no cell is cut."""
    from annotator import cli

    monkeypatch.setattr(cli.stdout, "_width", 400)
    monkeypatch.setattr(cli.stderr, "_width", 400)
    runner = CliRunner()

    def invoke(*args: object) -> CliResult:
        result = runner.invoke(app, ["--db", str(db_path), *map(str, args)])
        out = CliResult(result.exit_code, result.stdout, result.stderr, result.exception)
        # Nothing crashed, and nothing reached the terminal as an escape sequence.
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        assert "Traceback" not in out.stderr
        assert not any(c in out.stdout + out.stderr for c in "\x1b\x00\x07\x9b"), (out.stdout, out.stderr)
        return out

    return invoke


@pytest.fixture
def seeded(db_path: Path, tmp_path: Path) -> list[int]:
    """The hostile article, labelled differently by each hostile reviewer,
    with hostile notes; returns its sentence ids."""
    store = AnnotationStore.open(db_path)
    import_paths(store, [article_file(tmp_path)])
    ids = [s.id for s in store.sentences(1)]
    notes = list(NOTES)
    for k, name in enumerate(NAMES):
        for i, sentence_id in enumerate(ids):
            store.set_label(sentence_id, name, LABELS[(i + k) % 4], note=notes[k % 2] if i == 1 else None)
    store.close()
    return ids


def test_import_summary_articles_and_sentences_show_titles_literally(run, tmp_path: Path) -> None:
    imported = run("import", article_file(tmp_path))
    assert imported.code == 0 and TITLE in imported.stdout
    assert TITLE in run("articles").stdout
    listing = run("sentences", "1").stdout
    for text in [TITLE, *SENTENCES]:
        assert text in listing


def test_articles_shows_reviewer_names_literally(run, seeded) -> None:
    out = run("articles").stdout
    assert TITLE in out
    for shown in NAMES.values():
        assert f"{shown} " in out


def test_agreement_shows_names_and_titles_literally(run, seeded) -> None:
    out = run("agreement", "--by-article").stdout
    for shown in NAMES.values():
        assert shown in out
    assert TITLE[:40] in out
    assert "Confusion: " in out


def test_disagreements_show_names_notes_and_sentences_literally(run, seeded) -> None:
    out = run("disagreements").stdout
    for shown in [*NAMES.values(), *NOTES.values(), SENTENCES[0]]:
        assert shown in out


def test_hints_show_sentences_and_cues_literally(run, seeded) -> None:
    out = run("hints", "1").stdout
    texts = {s["index"]: s["text"] for s in run("sentences", "1", "--json").json()}
    hinted = {h["sentence_index"] for h in run("hints", "1", "--json").json()}
    assert hinted, "the hostile sentences should give some hints"
    for index in hinted:
        assert f"#{index} {texts[index]}" in out


@pytest.mark.parametrize("stored", [*ESCAPES, *MARKUP[:3]])
def test_label_confirmation_shows_the_name_literally(run, seeded, stored: str) -> None:
    out = run("label", seeded[2], "opinion", "--annotator", stored, "--note", "see [/] here")
    # A name the reviewer-name rule refuses is a one-line usage error; either
    # way the name is shown as text (``run`` checks nothing raw got through).
    if out.code == 0:
        assert f"by {visible(stored)}" in out.stdout
    else:
        assert out.code == 2 and len(out.stderr.strip().splitlines()) == 1


def test_a_long_note_is_shown_without_trouble(run, seeded) -> None:
    run("label", seeded[3], "opinion", "--annotator", "long-winded", "--note", LONG)
    assert "[i]long" in run("disagreements").stdout


def test_registry_names_are_shown_literally(run, seeded, db_path: Path) -> None:
    name = "[/] Ann [i]Lee"
    added = run(
        "registry",
        "add",
        name,
        "--title",
        "[bold red]Chief",
        "--org",
        "[link=https://x.example]Org[/link]",
        "--annotator",
        "[bold red]rev",
    )
    assert added.code == 0 and f"Added {name}." in added.stdout
    # Verified by a name with an escape in it (the store takes what it is given).
    store = AnnotationStore.open(db_path)
    store.add_person("Bo [sic] Ray", verified_by="\x1b]0;pwned\x07", role=("[i]Mayor", "", None, None))
    store.close()
    listing = run("registry", "list").stdout
    for shown in (
        name,
        "[bold red]Chief",
        "[link=https://x.example]Org[/link]",
        "[bold red]rev",
        "Bo [sic] Ray",
        "[i]Mayor",
        "␛]0;pwned␇",
    ):
        assert shown in listing
    assert f"Removed {name}." in run("registry", "remove", name).stdout


def test_error_lines_show_paths_and_values_literally(run, seeded, tmp_path: Path) -> None:
    missing = tmp_path / "[/]missing\x1b[2J.txt"
    result = run("import", missing)
    assert result.code == 1 and f"error: {visible(missing)}: no such file or folder" in result.stderr
    people = write(
        tmp_path / "people.csv", "name,aliases,title,organisation,from,to,note\nAnn,,Adviser,,[/]\x1b[2J,,\n"
    )
    result = run("registry", "import", people)
    assert result.code == 1 and "[/]" in result.stderr
    folder = tmp_path / "[/]\x1b]0;x\x07"
    result = CliRunner().invoke(app, ["--db", str(folder / "x.db"), "articles"])
    assert result.exit_code == 1 and f"folder {visible(folder)} does not exist" in result.stderr
    assert "\x1b" not in result.stderr


def test_export_summary_shows_the_path_literally(run, seeded, tmp_path: Path) -> None:
    out = tmp_path / "[b]out[i] :warning:.csv"
    result = run("export", out)
    assert result.code == 0 and "[b]out[i] :warning:.csv" in result.stderr


def test_json_output_keeps_the_data_exactly_with_no_raw_controls(run, seeded, db_path: Path) -> None:
    store = AnnotationStore.open(db_path)
    store.set_label(seeded[2], "\x9b31m\u2028x", Label.OPINION, note="see [/] here")
    store.close()
    out = run("articles", "--json").stdout
    assert "\u2028" not in out  # escaped, like every control character
    assert set(json.loads(out)[0]["labelled"]) == {*NAMES, "\x9b31m\u2028x"}
    assert "see [/] here" in run("disagreements", "--json").stdout


def test_the_long_article_listing_shows_escapes_as_pictures_and_wraps_to_width() -> None:
    from annotator.db.records import SentenceRecord
    from annotator.views import sentence_lines

    rows = [
        SentenceRecord(7, 1, 0, 0, 0, 30, "Title \x1b]0;pwned\x07 here"),
        SentenceRecord(8, 1, 1, 1, 31, 200, "word " * 30 + "end."),
        SentenceRecord(9, 1, 2, 1, 201, 220, "「日本語の引用」" * 8),
    ]
    lines = list(sentence_lines(rows, 60))
    assert "\x1b" not in "".join(lines) and "␛]0;pwned␇" in lines[1]
    assert all(cell_len(line) <= 60 for line in lines)
    assert lines[-1].strip() and "end." in "".join(lines)
