"""A study's progress: pure computation over ``StudyRows``, no database.

Per reviewer: the sentences of their assigned articles, how many of those
they have labelled, the median seconds they spent on a sentence, their last
label, and how often they agree with the other reviewers of the same
sentences. Per article: how many of its planned reviewers have finished it.
For the study: the overlap achieved (sentences labelled by two or more of
their planned reviewers) and Krippendorff's alpha, with its 95% interval,
on the sentences of articles that two or more planned reviewers finished.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass

from exports.agreement import alpha_confidence_interval, krippendorff_alpha
from exports.study_source import StudyRows


@dataclass(frozen=True)
class ReviewerProgress:
    """One reviewer's part of the study."""

    reviewer: str
    assigned_articles: int
    assigned_sentences: int
    finished_sentences: int
    median_seconds: float | None
    last_activity: str | None
    agreement_with_others: float | None   # share of their labels on shared sentences that others matched
    shared_sentences: int                 # sentences they share with at least one other reviewer


@dataclass(frozen=True)
class ArticleProgress:
    """One article: its planned reviewers and how many have finished it."""

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
    overlap_sentences: int          # sentences labelled by 2+ of their planned reviewers
    planned_overlap_sentences: int  # sentences planned for 2+ reviewers
    finished_overlap_sentences: int # sentences of articles finished by 2+ planned reviewers
    alpha: float | None
    alpha_interval: tuple[float, float] | None

    @property
    def assigned(self) -> bool:
        """Whether anything is assigned yet."""
        return any(a.planned for a in self.articles)


def study_progress(rows: StudyRows) -> StudyProgress:
    """Compute the study's progress from its rows."""
    planned: dict[int, set[int]] = defaultdict(set)
    for article_id, annotator_id in rows.assignments:
        planned[article_id].add(annotator_id)
    # Labels by the reviewers an article was planned for.
    done: dict[tuple[int, int], int] = defaultdict(int)      # (article, annotator) -> labelled sentences
    by_sentence: dict[int, list[tuple[int, str]]] = defaultdict(list)
    sentence_article: dict[int, int] = {}
    for sentence_id, article_id, annotator_id, label in rows.labels:
        if annotator_id in planned.get(article_id, ()):
            done[article_id, annotator_id] += 1
            by_sentence[sentence_id].append((annotator_id, label))
            sentence_article[sentence_id] = article_id
    finished_by: dict[int, tuple[int, ...]] = {
        article_id: tuple(sorted(a for a in annotators if done[article_id, a] >= rows.sentences_per_article.get(article_id, 0)))
        for article_id, annotators in planned.items()}

    articles = [ArticleProgress(article_id, rows.titles.get(article_id, ""), rows.sentences_per_article.get(article_id, 0),
                                tuple(sorted(rows.reviewers[a] for a in planned.get(article_id, ()))),
                                tuple(sorted(rows.reviewers[a] for a in finished_by.get(article_id, ()))))
                for article_id in sorted(rows.titles)]

    overlap = sum(1 for marks in by_sentence.values() if len(marks) >= 2)
    planned_overlap = sum(rows.sentences_per_article.get(a, 0) for a, who in planned.items() if len(who) >= 2)
    # Agreement on the finished overlap: sentences of articles two or more planned reviewers finished.
    units = [[(a, label) for a, label in marks if a in finished_by[sentence_article[s]]]
             for s, marks in by_sentence.items() if len(finished_by.get(sentence_article[s], ())) >= 2]
    units = [u for u in units if len(u) >= 2]
    alpha = interval = None
    if units:
        raters = sorted({a for unit in units for a, _ in unit})
        column = {a: i for i, a in enumerate(raters)}
        table = [[None] * len(raters) for _ in units]
        for row, unit in zip(table, units):
            for a, label in unit:
                row[column[a]] = label
        alpha = krippendorff_alpha(table)
        interval = alpha_confidence_interval(table)

    agree, shared = _agreement_with_others(by_sentence)
    seconds: dict[int, list[float]] = defaultdict(list)
    for annotator_id, spent in rows.seconds:
        seconds[annotator_id].append(float(spent))
    reviewers = []
    for annotator_id, name in sorted(rows.reviewers.items(), key=lambda item: item[1]):
        mine = [a for a, who in planned.items() if annotator_id in who]
        if not mine and annotator_id not in rows.last_activity:
            continue
        spent = seconds.get(annotator_id)
        reviewers.append(ReviewerProgress(
            name, len(mine), sum(rows.sentences_per_article.get(a, 0) for a in mine),
            sum(done[a, annotator_id] for a in mine),
            round(statistics.median(spent), 1) if spent else None,
            rows.last_activity.get(annotator_id),
            agree.get(annotator_id), shared.get(annotator_id, 0)))
    return StudyProgress(reviewers, articles, overlap, planned_overlap, len(units), alpha, interval)


def _agreement_with_others(by_sentence: dict[int, list[tuple[int, str]]]) -> tuple[dict[int, float], dict[int, int]]:
    """Per reviewer, the share of (their label, another reviewer's label)
    pairs on shared sentences that match, and how many sentences they share."""
    matches: dict[int, int] = defaultdict(int)
    pairs: dict[int, int] = defaultdict(int)
    shared: dict[int, int] = defaultdict(int)
    for marks in by_sentence.values():
        if len(marks) < 2:
            continue
        counts: dict[str, int] = defaultdict(int)
        for _, label in marks:
            counts[label] += 1
        others = len(marks) - 1
        for annotator_id, label in marks:
            matches[annotator_id] += counts[label] - 1
            pairs[annotator_id] += others
            shared[annotator_id] += 1
    return ({a: round(matches[a] / pairs[a], 3) for a in pairs if pairs[a]}, dict(shared))

