"""Which article to offer once one is done: the next unfinished one in the
reviewer's order (the order ``]`` follows), going round, their assigned
articles first; else any unfinished article. Pure logic (no UI, no database)."""

from __future__ import annotations

from collections.abc import Sequence

from annotator.db.records import ArticleProgress


def next_unfinished(articles: Sequence[ArticleProgress], order: Sequence[int], done: int) -> ArticleProgress | None:
    """The article to open after ``done``; None when every other article is
    fully labelled. ``articles`` are in the list's order."""
    # An article without sentences has nothing to label: never offered.
    unfinished = {a.id: a for a in articles if a.sentences and not a.finished and a.id != done}
    start = order.index(done) + 1 if done in order else 0
    around = [*order[start:], *order[:start]]
    # In a study the reviewer's own assigned articles come first.
    for wanted in (True, False):
        for article_id in around:
            if article_id in unfinished and unfinished[article_id].assigned is wanted:
                return unfinished[article_id]
    return next(iter(unfinished.values()), None)
