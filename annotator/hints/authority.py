"""Authority frames: a person presented as an expert ("Dr.", "of Fudan
University", ", an analyst at …"), and expert frames with no name at all
("a professor at a leading university said")."""

from __future__ import annotations

import re
from collections.abc import Set

from annotator.hints.cues import Cues
from annotator.hints.model import Hint
from annotator.hints.names import _OFFICE, Mention, _institution_near
from annotator.hints.sentence import Sentence

FRAMED_SUFFIX = " is presented as an authority: can they be traced?"  # after the name, in a framed mention's reason
# "chief seismologist Aurelian Stockdale": the expert noun is a post's, right before the name.
_POST_BEFORE_NAME = re.compile(r"\b(?:chief|senior|principal|lead|head)\s+$")
_LINKED = re.compile(r"\s+(?:at|of|in|on|with|from)\s")
_ARTICLE = re.compile(r"(?:\ban?|\bone|\bthe|\bseveral|\btwo|\bsome)\s+(?:[\w\-]+\s+){0,3}$")


def authority_hints(s: Sentence, mentions: list[Mention], cues: Cues, *, traced: Set[int] = frozenset()) -> list[Hint]:
    """One hint per frame: the frames around names (none for a name that
    ends at an offset in ``traced``: a registry person, verified), then
    nameless ones."""
    hints = []
    taken = []
    for m in mentions:
        if m.frame is not None and not s.in_quote(*m.frame):
            taken.append(m.frame)
            if m.end in traced and m.frame[1] <= m.start and _POST_BEFORE_NAME.search(s.lowered, 0, m.frame[0]):
                continue
            hints.append(
                Hint(
                    *m.frame,
                    "authority_frame",
                    s.text[m.frame[0] : m.frame[1]],
                    m.name + FRAMED_SUFFIX,
                )
            )
    for expert in cues.expert_nouns.finditer(s.text):
        start, end = expert.span()
        if s.in_quote(start, end) or any(a <= start < b or start <= a < end for a, b in taken):
            continue
        if _OFFICE.fullmatch(s.lowered[start:end]) and not _institution_near(s.text, start, cues):
            continue  # "the director of finance": an office, not expertise
        if _LINKED.match(s.text, end) and _ARTICLE.search(s.lowered[:start]):
            taken.append((start, end))
            hints.append(
                Hint(
                    start, end, "authority_frame", s.text[start:end], "an expert with no name: can the claim be traced?"
                )
            )
    return hints
