"""A study's progress: pure computation over ``StudyRows``, no database.

Per reviewer: the sentences of their assigned articles, how many of those
they have labelled, the median seconds they spent on a label, their last
label, and how often the other planned reviewers of the same sentences gave
the same label (so an outlier shows). Per article: how many of its planned
reviewers have finished it. For the study: the overlap achieved (sentences
labelled by two or more of their planned reviewers) and Krippendorff's
alpha, with its 95% interval, on the sentences of articles that two or more
planned reviewers finished. Only labels by an article's planned reviewers
count. Vectorised: a million labels take a fraction of a second.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from annotator.exports.agreement import CountTable, alpha_confidence_interval, krippendorff_alpha
from annotator.exports.study_source import StudyRows


@dataclass(frozen=True)
class ReviewerProgress:
    """One reviewer's part of the study."""

    reviewer: str
    assigned_articles: int
    assigned_sentences: int
    finished_sentences: int
    median_seconds: float | None  # over their latest labels (``RECENT_LABELS``)
    last_activity: str | None
    agreement_with_others: float | None  # share of (their label, another's) pairs on shared sentences that match
    shared_sentences: int  # sentences they share with another planned reviewer


@dataclass(frozen=True)
class ArticleProgress:
    """One article: its planned reviewers and those who have finished it."""

    article_id: int
    title: str
    sentences: int
    planned: tuple[str, ...]
    finished: tuple[str, ...]


@dataclass(frozen=True)
class StudyProgress:
    """The whole study."""

    reviewers: list[ReviewerProgress]
    articles: list[ArticleProgress]
    overlap_sentences: int  # sentences labelled by 2+ of their planned reviewers
    planned_overlap_sentences: int  # sentences planned for 2+ reviewers
    finished_overlap_sentences: int  # sentences of articles finished by 2+ planned reviewers
    alpha: float | None
    alpha_interval: tuple[float, float] | None

    @property
    def assigned(self) -> bool:
        """Whether anything is assigned yet."""
        return any(a.planned for a in self.articles)


def study_progress(rows: StudyRows) -> StudyProgress:
    """Compute the study's progress from its rows."""
    width, sizes = rows.width, rows.sentences_per_article
    planned: dict[int, list[int]] = {}
    for article_id, annotator_id in rows.assignments:
        planned.setdefault(article_id, []).append(annotator_id)
    planned_keys = np.array(sorted(a * width + r for a, rs in planned.items() for r in rs), dtype=np.int64)

    sentence, reviewer, label = rows.unpack()
    article = rows.sentence_article[sentence] if len(sentence) else sentence
    key = article * width + reviewer
    mine = _member(key, planned_keys)  # labels by a planned reviewer of the article
    sentence, reviewer, label, article, key = sentence[mine], reviewer[mine], label[mine], article[mine], key[mine]

    # Per assignment (article, reviewer): sentences labelled, and whether that is all of them.
    done_counts = np.bincount(key, minlength=int(planned_keys.max(initial=0)) + 1)
    pairs_array = np.array(rows.assignments, dtype=np.int64).reshape(-1, 2)
    p_article, p_reviewer = pairs_array[:, 0], pairs_array[:, 1]
    size_of = np.zeros(int(p_article.max(initial=0)) + 1, dtype=np.int64)
    for article_id, n in sizes.items():
        if article_id < len(size_of):
            size_of[article_id] = n
    p_done = done_counts[p_article * width + p_reviewer] if len(p_article) else p_article
    p_finished = p_done >= size_of[p_article]
    finished: dict[int, list[int]] = {}
    for article_id, annotator_id in zip(p_article[p_finished].tolist(), p_reviewer[p_finished].tolist()):
        finished.setdefault(article_id, []).append(annotator_id)

    # Each labelled sentence's labels by category, for overlap and agreement.
    units, unit_of = _group(sentence)
    categories = max(int(label.max()) + 1 if len(label) else 1, len(rows.label_values))
    counts = np.bincount(unit_of * categories + label, minlength=len(units) * categories).reshape(
        len(units), categories
    )
    per_unit = counts.sum(axis=1)
    overlap = int((per_unit >= 2).sum())

    # Alpha on the finished overlap: labels by reviewers who finished an article two or more finished.
    finished_keys = np.array(
        sorted(a * width + r for a, rs in finished.items() if len(rs) >= 2 for r in rs), dtype=np.int64
    )
    chosen = _member(key, finished_keys)
    alpha = interval = None
    finished_units = 0
    if chosen.any():
        f_units, f_of = _group(sentence[chosen])
        f_counts = np.bincount(f_of * categories + label[chosen], minlength=len(f_units) * categories)
        table = CountTable.of(f_counts.reshape(len(f_units), categories))
        finished_units = len(f_units)
        alpha = krippendorff_alpha(table)
        interval = alpha_confidence_interval(table)

    # Agreement with the others: for each label on a shared sentence, how many others gave the same.
    shared = per_unit[unit_of] >= 2
    same = counts[unit_of, label] - 1
    others = per_unit[unit_of] - 1
    matches = np.bincount(reviewer[shared], weights=same[shared], minlength=width)
    pairs = np.bincount(reviewer[shared], weights=others[shared], minlength=width)
    shared_count = np.bincount(reviewer[shared], minlength=width)

    medians = {r: round(float(np.median(s)), 1) for r, s in rows.seconds.items() if s}
    assigned_articles = np.bincount(p_reviewer, minlength=width)
    assigned_sentences = np.bincount(p_reviewer, weights=size_of[p_article], minlength=width)
    finished_sentences = np.bincount(p_reviewer, weights=p_done, minlength=width)
    result = []
    for annotator_id, name in sorted(rows.reviewers.items(), key=lambda item: item[1]):
        if not assigned_articles[annotator_id] and annotator_id not in rows.last_activity:
            continue
        result.append(
            ReviewerProgress(
                name,
                int(assigned_articles[annotator_id]),
                int(assigned_sentences[annotator_id]),
                int(finished_sentences[annotator_id]),
                medians.get(annotator_id),
                rows.last_activity.get(annotator_id),
                round(float(matches[annotator_id] / pairs[annotator_id]), 3) if pairs[annotator_id] else None,
                int(shared_count[annotator_id]),
            )
        )

    # Reviewer ids in name order once, so each article's names come out sorted without sorting them.
    order = {r: i for i, r in enumerate(sorted(rows.reviewers, key=rows.reviewers.__getitem__))}
    names = rows.reviewers

    def named(ids: list[int]) -> tuple[str, ...]:
        return (
            tuple(names[r] for r in sorted(ids, key=order.__getitem__))
            if len(ids) > 1
            else tuple(names[r] for r in ids)
        )

    articles = [
        ArticleProgress(
            a, rows.titles.get(a, ""), sizes.get(a, 0), named(planned.get(a, [])), named(finished.get(a, []))
        )
        for a in sorted(rows.titles)
    ]
    planned_overlap = sum(sizes.get(a, 0) for a, rs in planned.items() if len(rs) >= 2)
    return StudyProgress(result, articles, overlap, planned_overlap, finished_units, alpha, interval)


def _group(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(the distinct ids, each element's place among them), as ``np.unique``
    with ``return_inverse`` gives, without sorting when the ids are dense."""
    if not len(ids):
        return ids, ids
    top = int(ids.max()) + 1
    if top > 8 * len(ids) + 1_000_000:
        return np.unique(ids, return_inverse=True)
    present = np.zeros(top, dtype=bool)
    present[ids] = True
    distinct = np.flatnonzero(present)
    place = np.cumsum(present) - 1
    return distinct, place[ids]


def _member(values: np.ndarray, allowed: np.ndarray) -> np.ndarray:
    """``np.isin(values, allowed)`` for small non-negative integers, by look-up instead of sorting."""
    top = int(max(values.max(initial=0), allowed.max(initial=0))) + 1
    if top > 8 * len(values) + 1_000_000:
        return np.isin(values, allowed)
    table = np.zeros(top, dtype=bool)
    table[allowed] = True
    member: np.ndarray = table[values]
    return member
