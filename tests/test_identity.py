"""Who is labelling: never silently the login name. The command line
refuses label writes without a name given or remembered; `annotator
settings reviewer` remembers one per login and database."""

from __future__ import annotations

import pytest

from tests.conftest import SAMPLES

NO_NAME = {"ANNOTATOR_NAME": None, "LOGNAME": "root"}  # a shared login, as on a server


@pytest.fixture
def imported(cli):
    assert cli("import", SAMPLES).code == 0
    return cli


def test_label_without_a_name_is_refused_in_one_line(imported) -> None:
    result = imported("label", "1", "sourced", env=NO_NAME)
    assert result.code == 2
    assert result.stderr.strip() == (
        "error: no reviewer name: give --annotator NAME or set ANNOTATOR_NAME; or remember one for login 'root' "
        "in this database with `annotator settings reviewer NAME` (the review screen asks once)"
    )
    assert imported("articles", "--json").json()[0]["labelled"] == {}  # "root" was not made a reviewer


def test_a_remembered_name_is_used_for_that_login_only(imported) -> None:
    saved = imported("settings", "reviewer", "Alice Ng", env=NO_NAME)
    assert saved.code == 0 and saved.stdout.strip() == "Login root reviews as Alice Ng in this database."
    assert "by Alice Ng" in imported("label", "1", "sourced", env=NO_NAME).stdout
    assert imported("label", "2", "sourced", env={**NO_NAME, "LOGNAME": "carol"}).code == 2
    assert "by dana" in imported("label", "3", "opinion", "--annotator", "dana", env=NO_NAME).stdout
    assert "by erin" in imported("label", "4", "opinion", env={**NO_NAME, "ANNOTATOR_NAME": "erin"}).stdout
    shown = imported("settings", "show", "--json").json()
    assert shown == {"blind": False, "assigned_only": False, "reviewers": {"root": "Alice Ng"}}


def test_a_remembered_name_follows_the_name_rule(imported) -> None:
    result = imported("settings", "reviewer", "zero\u200bwidth", env=NO_NAME)
    assert result.code == 2
    assert "invisible formatting character" in result.stderr
    assert imported("settings", "show", "--json").json()["reviewers"] == {}


def test_review_without_a_name_opens_the_ui_to_ask(imported, monkeypatch) -> None:
    from annotator.tui.app import AnnotatorApp

    seen = []
    monkeypatch.setattr(AnnotatorApp, "run", lambda app, *a, **k: seen.append((app.reviewer, app.adjudicate)))
    assert imported("review", env=NO_NAME).code == 0
    assert imported("adjudicate", env=NO_NAME).code == 0
    imported("settings", "reviewer", "alice", env=NO_NAME)
    assert imported("review", "--article", "1", env=NO_NAME).code == 0
    assert seen == [(None, False), (None, True), ("alice", False)]


def test_blind_is_a_database_setting(imported) -> None:
    on = imported("settings", "blind", "on")
    assert on.code == 0 and "blind" in on.stdout
    assert imported("settings", "show", "--json").json()["blind"] is True
    assert "blind review: on" in imported("settings", "show").stdout
    assert imported("settings", "blind", "off").code == 0
    assert imported("settings", "show", "--json").json()["blind"] is False
    wrong = imported("settings", "blind", "maybe")
    assert wrong.code == 2 and wrong.stderr.strip() == "error: blind takes on or off (got 'maybe')"
