"""Search inside an article: matching sentences, spans, next and previous."""

from __future__ import annotations

from annotator.sentence_search import SentenceSearch, spans

TEXTS = ["The Council met.", "Water prices rose.", "No news.", "council water board", "WATER again"]


def test_matches_are_case_insensitive_sentences_in_order() -> None:
    assert SentenceSearch.run(TEXTS, "water").matches == (1, 3, 4)
    assert SentenceSearch.run(TEXTS, "COUNCIL").matches == (0, 3)
    assert len(SentenceSearch.run(TEXTS, "nothing here")) == 0


def test_an_empty_query_matches_nothing() -> None:
    assert SentenceSearch.run(TEXTS, "").matches == ()
    assert SentenceSearch.run(TEXTS, "").next_from(0) is None


def test_regular_expression_characters_are_literal() -> None:
    assert SentenceSearch.run(["a.c", "abc", "[x]"], "a.c").matches == (0,)
    assert SentenceSearch.run(["a.c", "abc", "[x]"], "[x]").matches == (2,)


def test_a_line_break_inside_a_sentence_reads_as_a_space() -> None:
    assert SentenceSearch.run(["water\nprices"], "water prices").matches == (0,)
    assert spans("water\nprices", "r p") == [(4, 7)]


def test_next_and_previous_go_round_the_article() -> None:
    search = SentenceSearch.run(TEXTS, "water")
    assert search.next_from(0) == 1
    assert search.next_from(1) == 3  # strictly after the cursor
    assert search.next_from(4) == 1  # round from the end
    assert search.next_from(3, -1) == 1
    assert search.next_from(1, -1) == 4  # round from the start
    only = SentenceSearch.run(TEXTS, "news")
    assert only.next_from(2) == 2 and only.next_from(2, -1) == 2


def test_numbers_count_from_one() -> None:
    search = SentenceSearch.run(TEXTS, "water")
    assert [search.number(i) for i in range(5)] == [None, 1, None, 2, 3]


def test_spans_keep_the_offsets_of_the_original_text() -> None:
    assert spans("Straße and STRASSE, strasse", "strasse") == [(11, 18), (20, 27)]
    assert spans("İstanbul water", "water") == [(9, 14)]
