"""An article id, sentence id or reviewer name that does not exist is one
line on stderr and exit 1 for every command, never an empty result."""

from __future__ import annotations

import pytest

from tests.conftest import SAMPLES


@pytest.fixture
def labelled(cli):
    assert cli("import", SAMPLES).code == 0
    cli("label", "1", "sourced", "--annotator", "alice")
    cli("label", "1", "opinion", "--annotator", "bob")
    return cli


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["agreement", "--article", "99"], "article 99 does not exist"),
        (["agreement", "--annotator", "nobody"], "reviewer 'nobody' does not exist"),
        (["agreement", "--article", "98", "--article", "99", "--annotator", "alice"], "articles 98, 99 do not exist"),
        (["disagreements", "--article", "99"], "article 99 does not exist"),
        (["disagreements", "--annotator", "nobody", "--annotator", "bob"], "reviewer 'nobody' does not exist"),
        (["adjudicate", "--article", "99", "--adjudicator", "dana"], "article 99 does not exist"),
        (["export", "-", "--article", "99"], "article 99 does not exist"),
        (["export", "-", "--annotator", "nobody", "--format", "wide"], "reviewer 'nobody' does not exist"),
        (["hints", "99"], "article 99 does not exist"),
        (["sentences", "99"], "article 99 does not exist"),
        (["review", "--article", "99"], "article 99 does not exist"),
        (["label", "99999", "sourced", "--annotator", "alice"], "sentence 99999 does not exist"),
        (
            ["agreement", "--article", "99", "--annotator", "nobody"],
            "article 99 does not exist; reviewer 'nobody' does not exist",
        ),
    ],
)
def test_unknown_ids_and_names_are_one_line_and_exit_1(labelled, monkeypatch, args, message) -> None:
    from annotator.tui.app import AnnotatorApp

    monkeypatch.setattr(AnnotatorApp, "run", lambda *a, **k: pytest.fail("the UI opened"))
    result = labelled(*args)
    assert (result.code, result.stderr.strip(), result.stdout) == (1, f"error: {message}", "")


def test_known_ids_still_work(labelled) -> None:
    assert labelled("agreement", "--article", "1", "--annotator", "alice", "--annotator", "bob").code == 0
    assert (
        labelled("disagreements", "--annotator", "bob", "--annotator", "alice", "--json").json()[0]["sentence_id"] == 1
    )
