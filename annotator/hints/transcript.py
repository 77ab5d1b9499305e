"""Transcripts: a paragraph opened by its speaker's name and a colon
("Wynn: The bank is independent …") is that speaker's answer."""

from __future__ import annotations

import re

from annotator.hints.lexicon import known_word

# One to three capitalised words, then a colon and the answer: a sentence,
# a quote or a stage direction ("[laughs]"); a label's list runs on in
# lower case or figures ("Norovirus: outbreaks in 6 care homes").
_PREFIX = re.compile(r"^\s*((?:[A-Z][\w’'\-.]*\s+){0,2}[A-Z][\w’'\-]*)\s*:\s+[A-Z“\"‘\[]")


def speaker_prefix(text: str) -> tuple[int, int] | None:
    """The span of the speaker's name when ``text`` opens with "Name:".

    A label opens many lines the same way ("Budget:", "Verdict:",
    "Editor's note:", "BREAKING:"); a speaker is told from it by the last
    word, a surname, which is no English word the lexicon knows."""
    m = _PREFIX.match(text)
    if m is None:
        return None
    words = m.group(1).split()
    last = words[-1].replace("’", "'")
    if len(last) < 2 or last.isupper() or "'" in last or known_word(last.casefold()):
        return None
    return m.span(1)
