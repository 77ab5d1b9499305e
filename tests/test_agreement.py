"""Agreement metrics against published worked examples and peer libraries,
the n/a conventions, and the agreement/disagreements commands."""

from __future__ import annotations

import math

import krippendorff
import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from annotator.db.labels import Label
from annotator.exports.agreement import (
    alpha_confidence_interval,
    cohen_kappa,
    fleiss_kappa,
    gwet_ac1,
    krippendorff_alpha,
    landis_koch,
    percent_agreement,
)

N = None
# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers, 12 units, missing values.
K2011 = list(
    zip(
        [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
        [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
    )
)
# Fleiss' kappa worked example (Wikipedia): 10 subjects, 14 raters, 5 categories, counts per category.
FLEISS_COUNTS = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]
FLEISS = [[c for c, n in enumerate(row) for _ in range(n)] for row in FLEISS_COUNTS]


def test_krippendorff_2011_example() -> None:
    assert krippendorff_alpha(K2011) == pytest.approx(0.743, abs=5e-4)


def test_fleiss_wikipedia_example() -> None:
    assert fleiss_kappa(FLEISS) == pytest.approx(0.210, abs=5e-4)
    assert percent_agreement(FLEISS) == pytest.approx(0.378, abs=5e-4)  # the example's P-bar


def test_labels_can_be_any_hashable() -> None:
    names = {1: "sourced", 2: "unsourced", 3: "opinion", 4: "suspicious", 5: "other"}
    as_names = [[None if v is None else names[v] for v in unit] for unit in K2011]
    assert krippendorff_alpha(as_names) == pytest.approx(krippendorff_alpha(K2011), abs=1e-12)
    as_labels = [[None if v is None else list(Label)[v % 4] for v in unit] for unit in K2011]
    assert krippendorff_alpha(as_labels) is not None


def random_ratings(rng: np.random.Generator, units: int, raters: int, categories: int, missing: float):
    data = rng.integers(0, categories, size=(units, raters)).astype(float)
    # Raters agree more than chance: copy a unit's first rating to others sometimes.
    agree = rng.random((units, raters)) < 0.5
    data[agree] = np.repeat(data[:, :1], raters, axis=1)[agree]
    data[rng.random((units, raters)) < missing] = np.nan
    return data


@pytest.mark.parametrize("seed", range(8))
def test_alpha_matches_the_krippendorff_package(seed: int) -> None:
    rng = np.random.default_rng(seed)
    data = random_ratings(
        rng,
        units=int(rng.integers(5, 300)),
        raters=int(rng.integers(2, 7)),
        categories=int(rng.integers(2, 6)),
        missing=0.25,
    )
    ours = krippendorff_alpha(data)
    as_lists = [[None if math.isnan(v) else int(v) for v in unit] for unit in data]
    assert krippendorff_alpha(as_lists) == pytest.approx(ours, abs=1e-12)
    peer = krippendorff.alpha(reliability_data=data.T, level_of_measurement="nominal")
    assert ours == pytest.approx(peer, abs=1e-9)


@pytest.mark.parametrize("seed", range(8))
def test_cohen_kappa_matches_scikit_learn(seed: int) -> None:
    rng = np.random.default_rng(100 + seed)
    data = random_ratings(rng, units=int(rng.integers(5, 300)), raters=3, categories=4, missing=0.3)
    both = ~np.isnan(data[:, 0]) & ~np.isnan(data[:, 2])
    peer = cohen_kappa_score(data[both, 0], data[both, 2])
    assert cohen_kappa(data, 0, 2) == pytest.approx(peer, abs=1e-9)


def test_fleiss_without_missing_matches_the_textbook_formula() -> None:
    rng = np.random.default_rng(7)
    data = random_ratings(rng, units=200, raters=5, categories=4, missing=0.0)
    counts = np.stack([(data == c).sum(axis=1) for c in range(4)], axis=1)
    n = 5
    p_i = ((counts * (counts - 1)).sum(axis=1)) / (n * (n - 1))
    p_j = counts.sum(axis=0) / counts.sum()
    expected = (p_i.mean() - (p_j**2).sum()) / (1 - (p_j**2).sum())
    assert fleiss_kappa(data) == pytest.approx(expected, abs=1e-12)


def test_missing_ratings_follow_gwets_generalisation() -> None:
    # Unit 3 has one rating: it counts for category shares, not for observed agreement.
    ratings = [["a", "a", None], ["a", "b", "b"], ["b", None, None]]
    pa = (1.0 + 1 / 3) / 2
    shares = {"a": (1 + 1 / 3 + 0) / 3, "b": (0 + 2 / 3 + 1) / 3}
    pe_fleiss = sum(v**2 for v in shares.values())
    assert fleiss_kappa(ratings) == pytest.approx((pa - pe_fleiss) / (1 - pe_fleiss), abs=1e-12)
    pe_ac1 = sum(v * (1 - v) for v in shares.values()) / (2 - 1)
    assert gwet_ac1(ratings) == pytest.approx((pa - pe_ac1) / (1 - pe_ac1), abs=1e-12)
    pe_ac1_4 = sum(v * (1 - v) for v in shares.values()) / (4 - 1)
    assert gwet_ac1(ratings, categories=["a", "b", "c", "d"]) == pytest.approx((pa - pe_ac1_4) / (1 - pe_ac1_4))
    assert percent_agreement(ratings) == pytest.approx(pa)


def test_undefined_coefficients_are_none_not_zero() -> None:
    one_category = [["x", "x"], ["x", "x", "x"], ["x", None]]
    assert krippendorff_alpha(one_category) is None
    assert fleiss_kappa(one_category) is None
    assert cohen_kappa(one_category, 0, 1) is None
    assert gwet_ac1(one_category) is None  # a single category observed
    assert percent_agreement(one_category) == 1.0
    nothing_paired = [["x", None], [None, "y"]]
    for metric in (krippendorff_alpha, fleiss_kappa, percent_agreement, gwet_ac1):
        assert metric(nothing_paired) is None
    assert cohen_kappa(nothing_paired, 0, 1) is None
    assert krippendorff_alpha([]) is None and alpha_confidence_interval([]) is None


def test_bootstrap_interval_is_seeded_and_brackets_alpha() -> None:
    rng = np.random.default_rng(3)
    data = random_ratings(rng, units=400, raters=4, categories=4, missing=0.2)
    alpha = krippendorff_alpha(data)
    low, high = alpha_confidence_interval(data, draws=1000, seed=11)
    assert low < alpha < high and high - low < 0.3
    assert alpha_confidence_interval(data, draws=1000, seed=11) == (low, high)


def test_bootstrap_matches_naive_unit_resampling_in_distribution() -> None:
    rng = np.random.default_rng(5)
    data = random_ratings(rng, units=150, raters=3, categories=3, missing=0.1)
    fast = alpha_confidence_interval(data, draws=2000, seed=1)
    draws = []
    for _ in range(2000):
        sample = data[rng.integers(0, len(data), len(data))]
        value = krippendorff_alpha(sample)
        if value is not None:
            draws.append(value)
    naive = np.percentile(draws, [2.5, 97.5])
    assert fast[0] == pytest.approx(naive[0], abs=0.03) and fast[1] == pytest.approx(naive[1], abs=0.03)


@pytest.mark.parametrize(
    ("value", "word"),
    [
        (None, "n/a"),
        (-0.1, "poor"),
        (0.0, "slight"),
        (0.2, "slight"),
        (0.35, "fair"),
        (0.5, "moderate"),
        (0.7, "substantial"),
        (0.9, "almost perfect"),
    ],
)
def test_landis_koch_words(value, word) -> None:
    assert landis_koch(value) == word


# --- the commands ----------------------------------------------------------------------------
from annotator.ingest import import_paths  # noqa: E402
from annotator.store import AnnotationStore  # noqa: E402
from tests.conftest import SAMPLES  # noqa: E402

LABELS = list(Label)


@pytest.fixture
def three_reviewers(db_target: str):
    """alice, bob and carol label articles 1 and 2 with a known pattern."""
    store = AnnotationStore.open(db_target)
    import_paths(store, [SAMPLES])
    table = []
    for article in (1, 2):
        for i, s in enumerate(store.sentences(article)):
            row = []
            for r, name in enumerate(("alice", "bob", "carol")):
                if name == "carol" and i % 3 == 0:
                    row.append(None)
                    continue
                label = LABELS[(i + (r if i % 4 == 0 else 0)) % 4]
                store.set_label(s.id, name, label, note="why" if (name, i) == ("bob", 4) else None)
                row.append(label.value)
            table.append(row)
    yield store, table
    store.close()


def test_agreement_json_has_the_documented_figures(cli, three_reviewers) -> None:
    _, table = three_reviewers
    result = cli("agreement", "--json", "--by-article")
    assert result.code == 0, result.stderr
    doc = result.json()
    assert list(doc) == [
        "units",
        "annotators",
        "percent_agreement",
        "krippendorff_alpha",
        "alpha_ci",
        "fleiss_kappa",
        "gwet_ac1",
        "pairwise",
        "per_label",
        "confusion",
        "by_article",
        "warnings",
    ]
    assert doc["units"] == 31 and doc["annotators"] == ["alice", "bob", "carol"]
    assert doc["krippendorff_alpha"] == pytest.approx(krippendorff_alpha(table), abs=1e-12)
    assert doc["fleiss_kappa"] == pytest.approx(fleiss_kappa(table), abs=1e-12)
    assert doc["percent_agreement"] == pytest.approx(percent_agreement(table), abs=1e-12)
    assert doc["gwet_ac1"] == pytest.approx(gwet_ac1(table, categories=[l.value for l in Label]), abs=1e-12)
    low, high = doc["alpha_ci"]
    assert low <= doc["krippendorff_alpha"] <= high
    pair = doc["pairwise"][0]
    assert (pair["a"], pair["b"]) == ("alice", "bob") and pair["units"] == 31
    assert pair["cohen_kappa"] == pytest.approx(cohen_kappa(table, 0, 1), abs=1e-12)
    assert doc["pairwise"][1]["units"] == 20  # carol skipped every third sentence
    assert set(doc["per_label"]) == {l.value for l in Label}
    assert sum(doc["per_label"]["sourced"]["counts"].values()) == sum(row.count("sourced") for row in table)
    assert [a["article_id"] for a in doc["by_article"]] == [1, 2]
    assert doc["confusion"]["matrix"] and len(doc["confusion"]["labels"]) == 4


def test_agreement_filters_and_warnings(cli, three_reviewers) -> None:
    doc = cli("agreement", "--json", "--article", "2", "--annotator", "alice", "--annotator", "carol").json()
    assert doc["annotators"] == ["alice", "carol"] and doc["units"] == 9
    assert doc["by_article"] == []
    assert any("only 9 sentences" in w for w in doc["warnings"])
    assert any("rests on 9 shared sentences" in w for w in doc["warnings"])
    report = cli("agreement", "--article", "2")
    assert report.code == 0
    for words in ("Krippendorff's alpha", "95% CI", "Pairs (Cohen's kappa)", "Confusion", "warning: only 14 sentences"):
        assert words in report.stdout


def test_agreement_on_an_empty_database_says_so(cli) -> None:
    doc = cli("agreement", "--json").json()
    assert doc["units"] == 0 and doc["krippendorff_alpha"] is None and doc["alpha_ci"] is None
    assert doc["warnings"] == ["fewer than two annotators: there is no agreement to measure"]
    assert "n/a" in cli("agreement").stdout


def test_disagreements_list_each_label_and_note(cli, three_reviewers) -> None:
    _, table = three_reviewers
    items = cli("disagreements", "--json").json()
    differing = [row for row in table if len({v for v in row if v is not None}) > 1]
    assert len(items) == len(differing)
    first = items[0]
    assert set(first) == {
        "article_id",
        "article_uid",
        "article_title",
        "sentence_id",
        "sentence_index",
        "sentence",
        "gold",
        "labels",
    }
    assert [m["annotator"] for m in first["labels"]] == ["alice", "bob", "carol"][: len(first["labels"])]
    with_note = [m for item in items for m in item["labels"] if m["note"]]
    assert [(m["annotator"], m["note"]) for m in with_note] == [("bob", "why")] * 2  # sentence 4 of each article
    only_ab = cli("disagreements", "--json", "--annotator", "alice", "--annotator", "carol").json()
    assert all({m["annotator"] for m in item["labels"]} <= {"alice", "carol"} for item in only_ab)
    assert "sentences with differing labels" in cli("disagreements").stdout
