"""`annotator agreement` on a narrow terminal: titles and names give way,
figures are never cut ("0.4…" said nothing)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annotator.cli import app
from annotator.cli import console as cli_console
from tests.conftest import SAMPLES

LABELS = ("sourced", "unsourced", "opinion", "suspicious")


@pytest.fixture
def labelled(db_path: Path) -> str:
    """The sample articles, labelled by three reviewers who mostly agree."""
    from annotator.db.labels import parse_label
    from annotator.store import AnnotationStore

    runner = CliRunner()
    assert runner.invoke(app, ["--db", str(db_path), "import", str(SAMPLES)]).exit_code == 0
    store = AnnotationStore.open(db_path)
    try:
        for article in store.articles():
            for k, sentence in enumerate(store.sentences(article.id)):
                for r, name in enumerate(("alice", "bob", "a-reviewer-with-a-rather-long-name")):
                    label = LABELS[(k + (r if (k + article.id) % 3 == 0 else 0)) % 4]
                    store.set_label(sentence.id, name, parse_label(label))
    finally:
        store.close()
    return str(db_path)


@pytest.mark.parametrize("width", [80, 60])
def test_by_article_figures_are_never_cut(labelled: str, width: int, monkeypatch) -> None:
    runner = CliRunner()
    figures = runner.invoke(app, ["--db", labelled, "agreement", "--by-article", "--json"])
    doc = __import__("json").loads(figures.stdout)
    monkeypatch.setattr(cli_console.stdout, "_width", width)
    result = runner.invoke(app, ["--db", labelled, "agreement", "--by-article"])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert max(len(line) for line in out.splitlines()) <= width
    assert not re.search(r"[0-9.]…", out), "a figure was cut"
    for line in out.splitlines():  # no table runs off the right edge (its last columns cropped)
        if line[:1] in ("┏", "┃", "┡", "│", "└"):
            assert line.rstrip()[-1] in ("┓", "┃", "┩", "│", "┘"), line
    rows = {line.split("│")[1].strip(): line for line in out.splitlines() if re.match(r"^│\s+\d+ │", line)}
    assert len(rows) == len(doc["by_article"]) == 4
    for article in doc["by_article"]:
        row = rows[str(article["article_id"])]
        cells = [cell.strip() for cell in row.split("│")[1:-1]]
        assert cells[2] == str(article["units"])
        assert cells[3].startswith(f"{article['krippendorff_alpha']:.3f} (")
        assert cells[4] == f"{article['percent_agreement']:.3f}"
        assert len(cells[1]) >= 3  # the title gave way, but something of it is there
    for pair in doc["pairwise"]:
        assert f"{pair['cohen_kappa']:.3f}" in out and f"{pair['percent_agreement']:.3f}" in out
    assert f"{doc['krippendorff_alpha']:.3f}" in out
