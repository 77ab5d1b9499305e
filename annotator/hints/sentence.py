"""One tokenisation of a sentence, shared by every detector: word tokens
with their offsets, the quoted regions, and the paragraph around it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple

# Abbreviations with inner dots (U.S., U.K., e.g.), words with inner
# apostrophes or hyphens (Trump’s, Director-General), numbers with their
# separators, then any other single non-space character.
TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"
    r"|\d+(?:[.,]\d+)*"
    r"|[^\W\d_][^\W_]*(?:[’'\-][^\W_]+)*"
    r"|\S"
)


def fold(text: str) -> str:
    """Lower case with one kind of apostrophe, at the same offsets."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: keep offsets
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("’", "'")


@lru_cache(maxsize=4096)
def lower_tokens(text: str) -> tuple[list[tuple[int, int]], list[str], str]:
    """The text's token spans, folded words and folded text; cached because
    every phrase list (and the sentence itself) reads the same text."""
    low = fold(text)
    words = TOKEN.findall(low)
    # Tokens cover every character but spaces, so each word is found right
    # after the one before it: finding them is cheaper than match objects.
    spans, find, at = [], low.find, 0
    for word in words:
        at = find(word, at)
        spans.append((at, at + len(word)))
        at += len(word)
    return spans, words, low


_QUOTE_OPEN, _QUOTE_CLOSE = "“«„「『", "”»」』"
_ANY_QUOTE = re.compile(r"[“«„「『”»」』\"]")


_SENTENCE_END = re.compile(r"(?:(?<=[.!?…][”\"’)])|(?<=[.!?…]))\s+(?=[“\"‘(A-Z0-9])")


class Token(NamedTuple):
    """A word or mark with its offsets (a tuple: made by the thousand)."""

    start: int
    end: int
    text: str
    lower: str  # case and apostrophes folded

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Regions inside quotation marks, marks included (a quote left open runs
    to the end; one closed without opening runs from the start)."""
    spans: list[tuple[int, int]] = []
    opened = straight = None
    for m in _ANY_QUOTE.finditer(text):
        i, ch = m.start(), m.group()
        if ch in _QUOTE_OPEN and opened is None:
            opened = i
        elif ch in _QUOTE_CLOSE:
            spans.append((opened if opened is not None else 0, i + 1))
            opened = None
        elif ch == '"':
            if straight is None:
                straight = i
            else:
                spans.append((straight, i + 1))
                straight = None
    for start in (opened, straight):
        if start is not None:
            spans.append((start, len(text)))
    if "'" in text or "‘" in text:
        spans += _single_quoted(text)
    return sorted(spans)


# Single quotation marks share a character with the apostrophe, so a quote
# is taken only between an opening mark (after a space or at the start,
# before a word) and a closing one (after the quote's last character, before
# a space, a stop or the end); "it's", "the players' union" are no quote.
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–:]))['‘](?=[^\W_])")
_SINGLE_CLOSE = re.compile(
    r"(?<=[^\s'‘’s])['’](?=[\s.,;:!?)\]—–]|$)"  # "'… nothing to worry about' appears"
    r"|(?<=s)['’](?=[\s.,;:!?)\]—–]|$)(?!\s+[a-z])"  # but "the players' union" is a possessive
    r"|(?<=[.,!?…])['’](?=\s|$)"
)


def _single_quoted(text: str) -> list[tuple[int, int]]:
    """Regions inside single quotation marks, marks included, paired left to
    right; a mark left open is taken for an apostrophe."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while (opening := _SINGLE_OPEN.search(text, pos)) is not None:
        closing = _SINGLE_CLOSE.search(text, opening.end())
        if closing is None:
            break
        spans.append((opening.start(), closing.end()))
        pos = closing.end()
    return spans


@dataclass
class Sentence:
    """A sentence as the detectors see it."""

    text: str
    paragraph: str
    quotes: list[tuple[int, int]] = field(init=False)
    spans: list[tuple[int, int]] = field(init=False)  # each word's offsets, in the order of ``words``
    words: list[str] = field(init=False)  # the folded words, in token order (for "any of these?" tests)
    lowered: str = field(init=False)  # the text folded (``fold``), same offsets
    # The article's own presenters and reporters (``transcript.programme_voices``): their tagged lines are no source's.
    voices: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.quotes = quoted_spans(self.text)
        # Plain attributes, not properties: the detectors read them thousands of times.
        self.spans, self.words, self.lowered = lower_tokens(self.text)

    def token(self, i: int) -> Token:
        """The ``i``th token with its offsets and text: built only where a
        detector looks closer, as most words are ruled out by ``words`` alone."""
        a, b = self.spans[i]
        return tuple.__new__(Token, (a, b, self.text[a:b], self.words[i]))

    def in_quote(self, start: int, end: int | None = None) -> bool:
        """Whether the span lies inside quotation marks."""
        if not self.quotes:
            return False  # most sentences quote nobody
        end = start + 1 if end is None else end
        return any(s <= start and end <= e for s, e in self.quotes)

    def quote_words(self, span: tuple[int, int]) -> int:
        return len(re.findall(r"\w+", self.text[span[0] : span[1]]))

    @cached_property
    def paragraph_sentences(self) -> tuple[list[str], int]:
        """The paragraph cut into sentences (roughly: at a full stop, question
        or exclamation mark before a capital or an opening quote), and this
        sentence's place among them (-1 when it is not found)."""
        p = self.paragraph
        at = p.find(self.text)
        if at < 0:
            return [self.text], 0
        before = [t for t in _SENTENCE_END.split(p[:at]) if t.strip()]
        after = [t for t in _SENTENCE_END.split(p[at + len(self.text) :]) if t.strip()]
        return [*before, self.text, *after], len(before)

    @cached_property
    def rest_of_paragraph(self) -> str:
        """The paragraph without this sentence."""
        p = self.paragraph
        return p.replace(self.text, " ") if self.text in p else p
