"""The study on the command line: assign (repeatable, re-runnable, shown),
unassign, progress (table and JSON), the assigned-only setting and the
--overlap filters; bad values as one line."""

from __future__ import annotations

from tests.conftest import SAMPLES


def _imported(cli) -> None:
    assert cli("import", SAMPLES).code == 0


def test_assign_twice_with_a_seed_assigns_once_and_shows(cli) -> None:
    _imported(cli)
    first = cli("assign", "--reviewers", "alice,bob,carol", "--per-article", "2", "--seed", "9", "--json")
    assert first.code == 0, first.stderr
    doc = first.json()
    assert (doc["seed"], doc["articles"], doc["assignments"], doc["already_assigned"]) == (9, 4, 8, 0)
    assert set(doc["sentences_per_reviewer"]) == {"alice", "bob", "carol"}
    again = cli("assign", "--reviewers", "alice,bob,carol", "--per-article", "2", "--seed", "9")
    assert again.code == 0 and "Nothing to assign: 4 article(s) already have reviewers" in again.stdout
    shown = cli("assign", "--show", "--json").json()
    assert len(shown) == 8 and set(shown[0]) == {"article_id", "title", "reviewer", "sentences", "seed"}
    text = cli("assign", "--show").stdout
    assert "alice" in text and "(17 sentences)" in text


def test_the_same_seed_on_a_fresh_database_gives_the_same_assignments(cli, tmp_path) -> None:
    _imported(cli)
    cli("assign", "--reviewers", "alice,bob,carol", "--per-article", "1", "--seed", "3")
    one = cli("assign", "--show", "--json").json()
    assert cli("unassign", "--all").code == 0
    cli("assign", "--reviewers", "alice,bob,carol", "--per-article", "1", "--seed", "3")
    assert cli("assign", "--show", "--json").json() == one


def test_bad_assignments_are_one_line_and_change_nothing(cli) -> None:
    _imported(cli)
    for args, message in [
        (
            ("--reviewers", "alice,bob", "--per-article", "3"),
            "--per-article must be between 1 and the number of reviewers (2), not 3",
        ),
        (("--reviewers", "alice,alice", "--per-article", "1"), "each reviewer may be named once"),
        (("--reviewers", ",", "--per-article", "1"), "--reviewers takes names separated by commas"),
        (
            (
                "--reviewers",
                "alice,bob",
            ),
            "assign needs --per-article N",
        ),
        (
            ("--reviewers", "alice,bob", "--per-article", "1", "--extra-share", "2"),
            "--extra-share must be between 0 and 1, not 2",
        ),
        (("--reviewers", "alice,bob", "--per-article", "1", "--article", "99"), "article 99"),
    ]:
        result = cli("assign", *args)
        assert result.code != 0 and message in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert cli("assign", "--show", "--json").json() == []


def test_unassign_needs_a_choice_and_names_unknown_reviewers(cli) -> None:
    _imported(cli)
    cli("assign", "--reviewers", "alice,bob", "--per-article", "1", "--seed", "1")
    assert cli("unassign").code == 2
    unknown = cli("unassign", "--reviewer", "zed")
    assert unknown.code == 1 and "zed" in unknown.stderr
    removed = cli("unassign", "--reviewer", "bob")
    assert removed.code == 0 and "labels already given stay" in removed.stdout
    assert {row["reviewer"] for row in cli("assign", "--show", "--json").json()} == {"alice"}


def test_progress_table_and_json(cli) -> None:
    _imported(cli)
    empty = cli("progress")
    assert empty.code == 0 and "Nothing is assigned yet" in empty.stdout
    cli("assign", "--reviewers", "alice,bob", "--per-article", "2", "--article", "2", "--seed", "1")
    for index in range(1, 15):
        cli("label", str(14 + index + 3), "sourced", "-a", "alice")  # sentences of article 2
    doc = cli("progress", "--json").json()
    assert set(doc) == {"reviewers", "articles", "overlap", "alpha", "alpha_interval"}
    alice = next(r for r in doc["reviewers"] if r["reviewer"] == "alice")
    assert alice["assigned_articles"] == 1 and alice["assigned_sentences"] == 14
    table = cli("progress").stdout
    assert "Reviewers" in table and "alice" in table and "Overlap:" in table


def test_assigned_only_setting_and_overlap_filters(cli) -> None:
    _imported(cli)
    none_yet = cli("agreement", "--overlap")
    assert none_yet.code == 1 and "no article is assigned to two or more reviewers" in none_yet.stderr
    cli("assign", "--reviewers", "alice,bob", "--per-article", "2", "--article", "1", "--seed", "1")
    cli("label", "2", "sourced", "-a", "alice")
    cli("label", "2", "opinion", "-a", "bob")
    cli("label", "20", "sourced", "-a", "alice")  # article 2: outside the overlap
    cli("label", "20", "opinion", "-a", "bob")
    items = cli("disagreements", "--overlap", "--json").json()
    assert [item["sentence_id"] for item in items] == [2]
    outside = cli("disagreements", "--overlap", "--article", "2")
    assert outside.code == 1 and "none of the articles given is in the study's overlap" in outside.stderr
    assert cli("settings", "assigned-only", "on").code == 0
    assert cli("settings", "show", "--json").json()["assigned_only"] is True
    assert cli("settings", "assigned-only", "maybe").code == 2
