"""``annotator team add|list|remove`` and the one-line "a lead's job"
errors of commands run under a reviewer's PostgreSQL role; on SQLite the
team commands say roles need PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annotator.cli import app
from annotator.db import roles

from .conftest import SAMPLES

_count = iter(range(1_000_000))


class Team:
    """A fresh PostgreSQL database; ``run`` invokes the CLI as the owner or,
    with ``as_role``, as one of the team's login roles."""

    def __init__(self, server) -> None:
        self.server = server
        self.name = f"team_{os.getpid()}_{next(_count)}"
        server.psql(f"CREATE DATABASE {self.name};")
        self.url = server.get_uri(self.name).replace("postgresql://", "postgresql+psycopg://", 1)
        self.added: list[str] = []

    def role(self, who: str) -> str:
        return f"{who}_{self.name.removeprefix('team_')}"

    def run(self, *args: str, as_role: str | None = None, input: str | None = None, env: dict[str, str] | None = None):
        url = self.url if as_role is None else self.url.replace("postgres:@", f"{as_role}:pw@")
        result = CliRunner().invoke(app, ["--db", url, *args], input=input, env=env)
        return result

    def add(self, who: str, *extra: str) -> None:
        result = self.run("team", "add", who, "--role", self.role(who), *extra, input="pw\npw\n")
        assert result.exit_code == 0, result.stderr
        self.added.append(self.role(who))


@pytest.fixture
def team(postgres_server) -> Iterator[Team]:
    t = Team(postgres_server)
    yield t
    for role in t.added:
        t.server.psql(f'DROP ROLE IF EXISTS "{role}";')


def one_line_error(result, *words: str) -> None:
    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0], lines[0]


def test_team_add_list_remove(team: Team) -> None:
    result = team.run("team", "add", "Ann Lee", "--generate-password")
    assert result.exit_code == 0, result.stderr
    team.added.append("ann_lee")
    assert "'ann_lee'" in result.stdout and "shown only now" in result.stdout
    password = result.stdout.strip().splitlines()[-1].rsplit(" ", 1)[-1]
    assert len(password) >= 20
    team.add("lena", "--lead")

    listed = team.run("team", "list", "--json")
    assert listed.exit_code == 0, listed.stderr
    data = json.loads(listed.stdout)
    assert data["groups"] == dict(zip(("reviewer", "lead"), roles.group_roles(team.name)))
    assert data["team"] == [
        {"name": "lena", "role": team.role("lena"), "group": "lead", "login": True},
        {"name": "Ann Lee", "role": "ann_lee", "group": "reviewer", "login": True},
    ]
    plain = team.run("team", "list")
    assert "lead" in plain.stdout and "Ann Lee" in plain.stdout

    again = team.run("team", "add", "Ann Lee", "--role", "ann_two", "--generate-password")
    one_line_error(again, "already has role 'ann_lee'")
    taken = team.run("team", "add", "Someone", "--role", "ann_lee", "--generate-password")
    one_line_error(taken, "already exists")

    removed = team.run("team", "remove", "Ann Lee")
    assert removed.exit_code == 0, removed.stderr
    assert "ann_lee" in removed.stdout
    assert [m["name"] for m in json.loads(team.run("team", "list", "--json").stdout)["team"]] == ["lena"]
    one_line_error(team.run("team", "remove", "Ann Lee"), "not on this database's team")


def test_team_add_asks_for_the_password_twice(team: Team) -> None:
    result = team.run("team", "add", "bob", "--role", team.role("bob"), input="secret\nsecret\n")
    assert result.exit_code == 0, result.stderr
    team.added.append(team.role("bob"))
    assert "secret" not in result.stdout.replace("Password for role", "")


def test_team_add_refuses_a_bad_role_name(team: Team) -> None:
    result = team.run("team", "add", "bob", "--role", "Bob Smith", "--generate-password")
    assert result.exit_code == 2
    assert "role name" in result.stderr


def test_under_a_reviewers_role_a_leads_job_is_said_in_one_line(team: Team) -> None:
    assert team.run("import", str(SAMPLES / "01_port_council_approves_desalination.txt")).exit_code == 0
    team.add("alice")
    team.add("bob")
    alice, bob = team.role("alice"), team.role("bob")
    no_name = {"ANNOTATOR_NAME": ""}

    # The reviewer labels as themselves: the name comes from the role.
    labelled = team.run("label", "1", "sourced", as_role=alice, env=no_name)
    assert labelled.exit_code == 0, labelled.stderr
    assert team.run("label", "1", "opinion", as_role=bob, env=no_name).exit_code == 0

    one_line_error(team.run("label", "2", "sourced", "--annotator", "bob", as_role=alice), "lead's job")
    one_line_error(team.run("settings", "blind", "on", as_role=alice), "settings is a lead's job")
    one_line_error(team.run("import", str(SAMPLES / "03_miracle_water_deal.txt"), as_role=alice), "lead's job")
    one_line_error(team.run("adjudicate", as_role=alice), "lead's job")
    one_line_error(team.run("team", "add", "carol", "--generate-password", as_role=alice), "schema owner's job")

    assert team.run("settings", "blind", "on").exit_code == 0  # as the owner
    for command in (["agreement"], ["disagreements"], ["export", "-"]):
        one_line_error(team.run(*command, as_role=alice), "lead's job", "blind")
    own = team.run("export", "-", "--annotator", "alice", as_role=alice)
    assert own.exit_code == 0, own.stderr
    assert {row["annotator"] for row in csv.DictReader(io.StringIO(own.stdout))} == {"alice"}

    team.add("lena", "--lead")
    lead = team.run("agreement", "--json", as_role=team.role("lena"))
    assert lead.exit_code == 0, lead.stderr
    assert team.run("settings", "blind", "off", as_role=team.role("lena")).exit_code == 0


@pytest.mark.parametrize(
    "args",
    [
        ["team", "add", "alice", "--generate-password"],
        ["team", "list"],
        ["team", "list", "--json"],
        ["team", "remove", "alice"],
    ],
)
def test_on_sqlite_roles_need_postgresql(tmp_path: Path, args: list[str]) -> None:
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "t.db"), *args])
    one_line_error(result, "need PostgreSQL", "one trusted file")


def test_a_study_under_a_reviewers_role(team: Team) -> None:
    """Assigning is a lead's job; a reviewer lists their assignments, sees
    their assigned articles, and in a blind study is told progress is a lead's."""
    assert team.run("import", str(SAMPLES)).exit_code == 0
    team.add("rita")
    team.add("lena", "--lead")
    refused = team.run("assign", "--reviewers", "rita,lena", "--per-article", "1", as_role=team.role("rita"))
    one_line_error(refused, "lead's job")
    done = team.run(
        "assign", "--reviewers", "rita,lena", "--per-article", "1", "--seed", "2", as_role=team.role("lena")
    )
    assert done.exit_code == 0, done.stderr
    shown = team.run("assign", "--show", "--json", as_role=team.role("rita"))
    assert shown.exit_code == 0, shown.stderr
    assert {row["reviewer"] for row in json.loads(shown.stdout)} == {"rita", "lena"}
    assert team.run("settings", "blind", "on", as_role=team.role("lena")).exit_code == 0
    one_line_error(team.run("progress", as_role=team.role("rita")), "lead's job")
    lead = team.run("progress", "--json", as_role=team.role("lena"))
    assert lead.exit_code == 0, lead.stderr
    assert {r["reviewer"] for r in json.loads(lead.stdout)["reviewers"]} == {"rita", "lena"}
