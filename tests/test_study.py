"""Team studies: the assignment draw (balanced, repeatable, distinct
reviewers, an extra-overlap share), assignments stored and removed on both
engines, and the progress figures (per reviewer, per article, the overlap
and agreement on it)."""

from __future__ import annotations

from collections import Counter

import pytest

from annotator.assignment_plan import PlanError, plan_assignments
from annotator.ingest import import_paths
from annotator.study import Study
from tests.conftest import SAMPLES

REVIEWERS = ["alice", "bob", "carol", "dana", "eve"]


def sizes(n: int) -> dict[int, int]:
    """n articles of 10 to 49 sentences."""
    return {i: 10 + (i * 7) % 40 for i in range(1, n + 1)}


# --- the draw ---------------------------------------------------------------------------------


def test_each_article_goes_to_that_many_distinct_reviewers() -> None:
    plan = plan_assignments(sizes(200), REVIEWERS, per_article=2, seed=1)
    assert len(plan) == 200
    assert all(len(p.reviewers) == 2 == len(set(p.reviewers)) for p in plan)


def test_loads_are_balanced_in_sentences() -> None:
    articles = sizes(500)
    plan = plan_assignments(articles, REVIEWERS, per_article=2, seed=3)
    load = Counter()
    for p in plan:
        for name in p.reviewers:
            load[name] += articles[p.article_id]
    assert max(load.values()) - min(load.values()) <= max(articles.values())
    assert set(load) == set(REVIEWERS)


def test_the_same_seed_gives_the_same_plan_and_another_seed_another() -> None:
    one = plan_assignments(sizes(100), REVIEWERS, per_article=2, seed=42)
    assert one == plan_assignments(sizes(100), REVIEWERS, per_article=2, seed=42)
    assert one != plan_assignments(sizes(100), REVIEWERS, per_article=2, seed=43)


def test_an_extra_share_of_articles_gets_more_reviewers() -> None:
    plan = plan_assignments(sizes(100), REVIEWERS, per_article=1, extra_share=0.2, extra_per_article=3, seed=5)
    counts = Counter(len(p.reviewers) for p in plan)
    assert counts == {1: 80, 3: 20}


def test_existing_load_is_taken_into_account() -> None:
    plan = plan_assignments({1: 10, 2: 10}, ["alice", "bob"], per_article=1, seed=0, load={"alice": 100})
    assert [p.reviewers for p in plan] == [("bob",), ("bob",)]


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"per_article": 0}, "--per-article must be between 1 and the number of reviewers (5), not 0"),
        ({"per_article": 6}, "--per-article must be between 1 and the number of reviewers (5), not 6"),
        ({"per_article": 2, "extra_share": 1.5}, "--extra-share must be between 0 and 1, not 1.5"),
        (
            {"per_article": 2, "extra_share": 0.1, "extra_per_article": 1},
            "--extra-per-article must be between --per-article (2) and the number of reviewers (5), not 1",
        ),
    ],
)
def test_impossible_plans_are_one_line(kwargs, message) -> None:
    with pytest.raises(PlanError) as raised:
        plan_assignments(sizes(10), REVIEWERS, **kwargs)
    assert str(raised.value) == message


def test_a_reviewer_named_twice_is_refused() -> None:
    with pytest.raises(PlanError, match="each reviewer may be named once"):
        plan_assignments(sizes(3), ["alice", "alice"], per_article=1)


# --- stored, on both engines ----------------------------------------------------------------------


def test_assignments_are_stored_and_a_rerun_assigns_only_new_articles(store) -> None:
    import_paths(store, [SAMPLES])
    study = Study(store)
    first = study.assign(["alice", "bob", "carol"], per_article=2, seed=7, by="lead")
    assert (first.articles, first.assignments, first.already) == (4, 8, 0)
    rows = study.assignments()
    assert len(rows) == 8 and {r.seed for r in rows} == {7}
    again = study.assign(["alice", "bob", "carol"], per_article=2, seed=7, by="lead")
    assert (again.articles, again.assignments, again.already) == (0, 0, 4)
    assert study.assigned_articles("alice") == sorted({r.article_id for r in rows if r.reviewer == "alice"})


def test_unassign_removes_assignments_but_keeps_labels(store) -> None:
    import_paths(store, [SAMPLES])
    study = Study(store)
    study.assign(["alice", "bob"], per_article=2, seed=1, by="lead")
    sentence = store.sentences(1)[0]
    store.set_label(sentence.id, "alice", "sourced")
    assert study.unassign(articles=[1]) == 2
    assert all(r.article_id != 1 for r in study.assignments())
    assert study.unassign(reviewers=["bob"]) == 3
    assert {r.reviewer for r in study.assignments()} == {"alice"}
    assert store.review_data(1, "alice").marks[sentence.id][0] == "sourced"


def test_the_assigned_only_setting_is_kept_in_the_database(store) -> None:
    study = Study(store)
    assert study.assigned_only is False
    study.set_assigned_only(True)
    assert Study(store).assigned_only is True
    study.set_assigned_only(False)
    assert study.assigned_only is False


# --- progress -------------------------------------------------------------------------------------


def test_progress_per_reviewer_article_overlap_and_agreement(store) -> None:
    import_paths(store, [SAMPLES])
    study = Study(store)
    study.assign(["alice", "bob"], per_article=2, articles=[1, 2], seed=1, by="lead")
    one, two = store.sentences(1), store.sentences(2)
    for s in one:  # both finish article 1 and agree on all but its first sentence
        store.set_label(s.id, "alice", "sourced")
        store.set_label(s.id, "bob", "opinion" if s is one[0] else "sourced")
    store.set_label(two[0].id, "alice", "unsourced")
    store.set_label(two[0].id, "carol", "unsourced")  # carol is not planned for article 2: not counted

    progress = study.progress()
    by_name = {r.reviewer: r for r in progress.reviewers}
    assert by_name["alice"].assigned_articles == 2
    assert by_name["alice"].assigned_sentences == len(one) + len(two)
    assert by_name["alice"].finished_sentences == len(one) + 1
    assert by_name["bob"].finished_sentences == len(one)
    assert by_name["alice"].agreement_with_others == round((len(one) - 1) / len(one), 3)
    articles = {a.article_id: a for a in progress.articles}
    assert articles[1].planned == ("alice", "bob") and articles[1].finished == ("alice", "bob")
    assert articles[2].finished == ()
    assert articles[3].planned == ()
    assert progress.overlap_sentences == len(one)
    assert progress.finished_overlap_sentences == len(one)
    assert progress.planned_overlap_sentences == len(one) + len(two)
    assert progress.alpha is not None and progress.alpha < 1
    low, high = progress.alpha_interval
    assert low <= progress.alpha <= high


def test_progress_with_nothing_assigned_says_so(store) -> None:
    import_paths(store, [SAMPLES])
    progress = Study(store).progress()
    assert not progress.assigned and progress.alpha is None and progress.reviewers == []


# --- what a reviewer sees ---------------------------------------------------------------------


def test_a_reviewers_assigned_articles_come_first_and_alone_when_the_study_says_so(store) -> None:
    import_paths(store, [SAMPLES])
    study = Study(store)
    study.assign(["alice", "bob"], per_article=1, articles=[3, 4], seed=2, by="lead")
    mine = set(study.assigned_articles("alice"))
    listed = store.article_progress("alice")
    assert [a.id for a in listed][: len(mine)] == sorted(mine) and all(a.assigned for a in listed[: len(mine)])
    assert len(listed) == 4
    study.set_assigned_only(True)
    assert [a.id for a in store.article_progress("alice")] == sorted(mine)
    assert store.article_progress("carol") == []
