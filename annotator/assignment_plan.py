"""Who labels which article in a study: a balanced, repeatable draw.

Pure: no database. Each article goes to ``per_article`` distinct reviewers
(``extra_per_article`` for a seeded ``extra_share`` of the articles, the
overlap a team measures agreement on). Articles are handed out longest
first, each to the reviewers with the fewest sentences so far (ties broken
by a seeded order), which keeps everyone's load within about one article of
the others. The same inputs and seed give the same plan.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


class PlanError(ValueError):
    """Inputs that admit no plan (one line for the user)."""


@dataclass(frozen=True)
class PlannedArticle:
    """One article and the reviewers it goes to."""

    article_id: int
    reviewers: tuple[str, ...]


def plan_assignments(
    articles: Mapping[int, int],
    reviewers: Sequence[str],
    *,
    per_article: int,
    extra_share: float = 0.0,
    extra_per_article: int | None = None,
    seed: int = 0,
    load: Mapping[str, int] | None = None,
) -> list[PlannedArticle]:
    """Plan the assignment of ``articles`` ({article id: sentence count}) to
    ``reviewers``; ``load`` is the sentences each reviewer already has."""
    names = list(dict.fromkeys(reviewers))
    if len(names) != len(reviewers):
        raise PlanError("each reviewer may be named once")
    if not names:
        raise PlanError("name at least one reviewer")
    if not 1 <= per_article <= len(names):
        raise PlanError(
            f"--per-article must be between 1 and the number of reviewers ({len(names)}), not {per_article}"
        )
    if not 0.0 <= extra_share <= 1.0:
        raise PlanError(f"--extra-share must be between 0 and 1, not {extra_share:g}")
    extra = per_article if extra_per_article is None else extra_per_article
    if extra_share and not per_article <= extra <= len(names):
        raise PlanError(
            f"--extra-per-article must be between --per-article ({per_article}) and the number of "
            f"reviewers ({len(names)}), not {extra}"
        )
    rng = random.Random(seed)
    ids = sorted(articles)
    extra_ids = set(rng.sample(ids, round(extra_share * len(ids)))) if extra_share else set()
    # Ties between equally loaded reviewers go by a seeded order, the same each time.
    rank = {name: i for i, name in enumerate(rng.sample(names, len(names)))}
    heap = [((load or {}).get(name, 0), rank[name], name) for name in names]
    heapq.heapify(heap)
    tiebreak = {article: rng.random() for article in ids}
    order = sorted(ids, key=lambda a: (-articles[a], tiebreak[a]))
    plan = []
    for article in order:
        wanted = extra if article in extra_ids else per_article
        chosen = [heapq.heappop(heap) for _ in range(wanted)]
        for sentences, r, name in chosen:
            heapq.heappush(heap, (sentences + max(articles[article], 1), r, name))
        plan.append(PlannedArticle(article, tuple(sorted(name for _, _, name in chosen))))
    plan.sort(key=lambda p: p.article_id)
    return plan
