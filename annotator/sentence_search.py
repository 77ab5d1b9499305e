"""Search inside one article: which sentences contain the text, where in each
sentence, and which match comes next from the cursor. Pure logic (no UI, no
database), so the review screen's search is tested without a terminal."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass


def _pattern(query: str) -> re.Pattern[str] | None:
    # A regular expression only for its case-insensitive matching: offsets
    # stay those of the original text (``casefold`` can change a text's
    # length: "ß" becomes "ss"), so the spans can be marked where they are.
    return re.compile(re.escape(query), re.IGNORECASE) if query else None


def _searchable(text: str) -> str:
    # The review screen shows a line break inside a sentence as a space;
    # search what is shown. Same length, so offsets still fit.
    return text.replace("\n", " ")


def spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where ``query`` occurs in ``text`` (case-insensitive), as (start, end)."""
    pattern = _pattern(query)
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(_searchable(text))]


@dataclass(frozen=True)
class SentenceSearch:
    """The sentences of an article that contain ``query``, in order."""

    query: str
    matches: tuple[int, ...]

    @classmethod
    def run(cls, texts: Sequence[str], query: str) -> SentenceSearch:
        """Search every sentence for ``query`` (case-insensitive)."""
        pattern = _pattern(query)
        if pattern is None:
            return cls(query, ())
        return cls(query, tuple(i for i, text in enumerate(texts) if pattern.search(_searchable(text))))

    def __len__(self) -> int:
        return len(self.matches)

    def next_from(self, cursor: int, direction: int = 1) -> int | None:
        """The first matching sentence after ``cursor`` (before it, with a
        negative ``direction``), going round the article's end; None if
        nothing matches. The current sentence is found last."""
        if not self.matches:
            return None
        if direction > 0:
            after = bisect_right(self.matches, cursor)
            return self.matches[after % len(self.matches)]
        before = bisect_left(self.matches, cursor) - 1
        return self.matches[before]  # -1 goes round to the last match

    def number(self, index: int) -> int | None:
        """Which match (1-based) the sentence ``index`` is; None if it is not one."""
        at = bisect_left(self.matches, index)
        return at + 1 if at < len(self.matches) and self.matches[at] == index else None
