"""The article offered once one is done."""

from __future__ import annotations

from annotator.db.records import ArticleProgress
from annotator.next_article import next_unfinished


def _article(id_: int, mine: int, sentences: int = 10) -> ArticleProgress:
    return ArticleProgress(id=id_, title=f"article {id_}", source="", sentences=sentences, mine=mine, others=0)


ARTICLES = [_article(1, 10), _article(2, 3), _article(3, 10), _article(4, 0), _article(5, 0, sentences=0)]


def test_the_next_unfinished_in_the_order_going_round() -> None:
    assert next_unfinished(ARTICLES, [1, 2, 3, 4], 2).id == 4
    assert next_unfinished(ARTICLES, [1, 2, 3, 4], 4).id == 2
    assert next_unfinished(ARTICLES, [4, 3, 2, 1], 1).id == 4


def test_outside_the_order_any_unfinished_article() -> None:
    assert next_unfinished(ARTICLES, [3], 3).id == 2
    assert next_unfinished(ARTICLES, [1, 3], 1).id == 2


def test_none_when_every_other_article_is_done() -> None:
    done = [_article(1, 10), _article(2, 10), _article(3, 4), _article(5, 0, sentences=0)]
    assert next_unfinished(done, [1, 2, 3], 3) is None


def test_the_next_article_is_an_assigned_unfinished_one_first() -> None:
    from annotator.db.records import ArticleProgress

    articles = [
        ArticleProgress(1, "a", "", 5, 0, 0),
        ArticleProgress(2, "b", "", 5, 0, 0, assigned=True),
        ArticleProgress(3, "c", "", 5, 5, 0, assigned=True),
        ArticleProgress(4, "d", "", 5, 0, 0, assigned=True),
    ]
    assert next_unfinished(articles, [1, 2, 3, 4], done=2).id == 4
    assert next_unfinished(articles, [1, 2, 3, 4], done=4).id == 2
    assert next_unfinished(articles[:1], [1], done=9).id == 1
