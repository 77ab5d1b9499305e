"""Inter-annotator agreement: pure functions, no database.

Input is a units x raters table: a sequence of units, each a sequence with
one entry per rater and ``None`` where that rater gave no label (a NumPy
array with NaN for missing values works too, and is fastest). Labels are any
hashable values.

Conventions:

* Units with fewer than two ratings carry no agreement information.
* Percent agreement is the mean, over units with at least two ratings, of
  the share of agreeing rater pairs.
* Cohen's kappa uses the units both raters labelled.
* Fleiss' kappa and Gwet's AC1 with missing ratings follow Gwet's
  generalisation (Handbook of Inter-Rater Reliability, 4th ed.): observed
  agreement is averaged over units with at least two ratings, category
  shares over units with at least one. AC1 counts ``categories`` when given,
  else the categories observed.
* Krippendorff's alpha (nominal) is the standard coincidence-matrix form;
  missing ratings are allowed.
* A coefficient that is 0/0 (for example, every rating in one category) is
  ``None`` -- shown as "n/a" -- never 0 and never an error.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

import numpy as np

Ratings = Sequence[Sequence[Hashable | None]] | np.ndarray


@dataclass(frozen=True)
class RatingTable:
    """Ratings encoded once: ``codes[u, r]`` is a category number or -1."""

    codes: np.ndarray
    categories: tuple[Hashable, ...]

    @classmethod
    def encode(cls, ratings: Ratings | RatingTable) -> RatingTable:
        """Encode a units x raters table (sequences with None, or an array with NaN)."""
        if isinstance(ratings, RatingTable):
            return ratings
        if isinstance(ratings, np.ndarray) and ratings.dtype.kind in "fiu":
            array = np.asarray(ratings, dtype=float)
            if array.ndim != 2:
                raise ValueError("ratings must be a units x raters table")
            present = ~np.isnan(array)
            categories, inverse = np.unique(array[present], return_inverse=True)
            codes = np.full(array.shape, -1, dtype=np.int64)
            codes[present] = inverse
            return cls(codes, tuple(categories.tolist()))
        rows = [list(unit) for unit in ratings]
        width = max((len(unit) for unit in rows), default=0)
        index: dict[Hashable, int] = {}
        codes = np.full((len(rows), width), -1, dtype=np.int64)
        for u, unit in enumerate(rows):
            for r, value in enumerate(unit):
                if value is not None:
                    codes[u, r] = index.setdefault(value, len(index))
        return cls(codes, tuple(index))

    @property
    def units(self) -> int:
        return int(self.codes.shape[0])

    @property
    def raters(self) -> int:
        return int(self.codes.shape[1])

    def counts(self) -> np.ndarray:
        """``n[u, c]``: how many raters put unit u in category c."""
        k = len(self.categories)
        units, raters = np.nonzero(self.codes >= 0)
        flat = units * k + self.codes[units, raters]
        return np.bincount(flat, minlength=self.units * k).reshape(self.units, k).astype(float)

    def binary(self, category_code: int) -> RatingTable:
        """The table as "this category" (1) against "any other" (0)."""
        codes = np.where(self.codes < 0, -1, (self.codes == category_code).astype(np.int64))
        return RatingTable(codes, (0, 1))


@dataclass(frozen=True)
class CountTable(RatingTable):
    """Ratings given as counts per unit and category (``n[u, c]``), when
    who gave them does not matter (alpha, its interval): a million labels
    become a small array without a units x raters table."""

    unit_counts: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))

    @classmethod
    def of(cls, unit_counts: np.ndarray) -> CountTable:
        """A table of ``unit_counts`` (units x categories)."""
        counts = np.asarray(unit_counts, dtype=float)
        return cls(np.zeros((counts.shape[0], 0), dtype=np.int64), tuple(range(counts.shape[1])), counts)

    def counts(self) -> np.ndarray:
        return self.unit_counts


def percent_agreement(ratings: Ratings | RatingTable) -> float | None:
    """Mean share of agreeing rater pairs over units with two or more ratings."""
    n = RatingTable.encode(ratings).counts()
    m = n.sum(axis=1)
    pairable = m >= 2
    if not pairable.any():
        return None
    agreeing = (n[pairable] * (n[pairable] - 1)).sum(axis=1)
    return float(np.mean(agreeing / (m[pairable] * (m[pairable] - 1))))


def cohen_kappa(ratings: Ratings | RatingTable, rater_a: int, rater_b: int) -> float | None:
    """Cohen's kappa of two raters over the units both labelled."""
    table = RatingTable.encode(ratings)
    a, b = table.codes[:, rater_a], table.codes[:, rater_b]
    both = (a >= 0) & (b >= 0)
    if not both.any():
        return None
    a, b = a[both], b[both]
    k = len(table.categories)
    observed = float(np.mean(a == b))
    expected = float(np.dot(np.bincount(a, minlength=k), np.bincount(b, minlength=k))) / (len(a) ** 2)
    return _chance_corrected(observed, expected)


def fleiss_kappa(ratings: Ratings | RatingTable) -> float | None:
    """Fleiss' kappa, generalised to missing ratings as Gwet does."""
    observed, shares = _observed_and_shares(RatingTable.encode(ratings))
    if observed is None:
        return None
    return _chance_corrected(observed, float(np.sum(shares**2)))


def gwet_ac1(ratings: Ratings | RatingTable, categories: Sequence[Hashable] | None = None) -> float | None:
    """Gwet's AC1 (nominal); ``categories`` is the full label set if known."""
    table = RatingTable.encode(ratings)
    observed, shares = _observed_and_shares(table)
    if observed is None:
        return None
    q = len(set(categories) | set(table.categories)) if categories is not None else len(table.categories)
    if q < 2:
        return None
    expected = float(np.sum(shares * (1 - shares))) / (q - 1)
    return _chance_corrected(observed, expected)


def krippendorff_alpha(ratings: Ratings | RatingTable) -> float | None:
    """Krippendorff's alpha for nominal data (coincidence matrix)."""
    stats = _alpha_unit_stats(RatingTable.encode(ratings))
    if stats is None:
        return None
    m, diagonal, n_uc = stats
    return _alpha(m.sum(), diagonal.sum(), n_uc.sum(axis=0))


def alpha_confidence_interval(
    ratings: Ratings | RatingTable, *, draws: int = 1000, level: float = 0.95, seed: int = 0
) -> tuple[float, float] | None:
    """Bootstrap interval for alpha: units resampled with replacement
    (``draws`` times, seeded, so the same data give the same interval).

    Units with the same counts per category are interchangeable, so each draw
    picks how many of each kind; it is the same resampling, done fast.
    """
    stats = _alpha_unit_stats(RatingTable.encode(ratings))
    if stats is None:
        return None
    m, diagonal, n_uc = stats
    kinds, inverse, multiplicity = _unique_rows(n_uc)
    inverse = inverse.reshape(-1)
    kind_m = np.bincount(inverse, weights=m) / multiplicity
    kind_diagonal = np.bincount(inverse, weights=diagonal) / multiplicity
    rng = np.random.default_rng(seed)
    picks = rng.multinomial(len(m), multiplicity / len(m), size=draws).astype(float)
    n = picks @ kind_m
    denominator = n**2 - np.sum((picks @ kinds) ** 2, axis=1)
    valid = (denominator > 0) & (n > 1)
    if not valid.any():
        return None
    values = 1 - (n[valid] - 1) * (n[valid] - picks[valid] @ kind_diagonal) / denominator[valid]
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(values, [tail, 100 - tail])
    return float(low), float(high)


def _unique_rows(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``np.unique(counts, axis=0, return_inverse=True, return_counts=True)``,
    fast: rows of small counts are packed into one integer each, so a
    million units sort as one column, not as rows."""
    width = counts.shape[1]
    base = int(counts.max(initial=0)) + 1
    if width == 0 or base**width >= 2**62:
        return np.unique(counts, axis=0, return_inverse=True, return_counts=True)
    weights = base ** np.arange(width, dtype=np.int64)
    keys, inverse, multiplicity = np.unique(counts.astype(np.int64) @ weights, return_inverse=True, return_counts=True)
    kinds = (keys[:, None] // weights) % base
    return kinds.astype(counts.dtype), inverse, multiplicity


def landis_koch(value: float | None) -> str:
    """The Landis-Koch word for a kappa-like coefficient."""
    if value is None:
        return "n/a"
    if value < 0:
        return "poor"
    for bound, word in ((0.20, "slight"), (0.40, "fair"), (0.60, "moderate"), (0.80, "substantial")):
        if value <= bound:
            return word
    return "almost perfect"


# --- internals ------------------------------------------------------------------------
def _chance_corrected(observed: float, expected: float) -> float | None:
    if np.isclose(1 - expected, 0, atol=1e-15):
        return None
    return (observed - expected) / (1 - expected)


def _observed_and_shares(table: RatingTable) -> tuple[float | None, np.ndarray]:
    n = table.counts()
    m = n.sum(axis=1)
    rated, pairable = m >= 1, m >= 2
    if not pairable.any():
        return None, np.zeros(len(table.categories))
    observed = float(np.mean((n[pairable] * (n[pairable] - 1)).sum(axis=1) / (m[pairable] * (m[pairable] - 1))))
    shares = np.mean(n[rated] / m[rated, None], axis=0)
    return observed, shares


def _alpha_unit_stats(table: RatingTable) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """Per pairable unit: ratings m_u, the unit's diagonal coincidences
    sum_c n_uc (n_uc - 1) / (m_u - 1), and its counts n_uc."""
    n = table.counts()
    m = n.sum(axis=1)
    pairable = m >= 2
    if not pairable.any():
        return None
    n, m = n[pairable], m[pairable]
    diagonal = (n * (n - 1)).sum(axis=1) / (m - 1)
    return m, diagonal, n


def _alpha(total: float, diagonal: float, per_category: np.ndarray) -> float | None:
    # 1 - D_o / D_e with D_o = (n - sum_c o_cc) / n, D_e = (n^2 - sum_c n_c^2) / (n (n - 1)).
    denominator = total**2 - float(np.sum(per_category**2))
    if total <= 1 or denominator <= 0:
        return None
    return 1 - (total - 1) * (total - diagonal) / denominator
