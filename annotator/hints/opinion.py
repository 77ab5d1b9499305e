"""Opinion markers in the writer's own voice: evaluative words, opinion
adverbs, speculation, recommendations, the first person and rhetorical
questions; never inside quotation marks, and not in reported speech."""

from __future__ import annotations

import re

from annotator.hints.cues import Cues
from annotator.hints.model import Hint
from annotator.hints.sentence import Sentence

_FAQ = re.compile(r"^\W*(?:Q\d*\s*[.:)]|Question\s*\d*\s*[.:])", re.IGNORECASE)
_ANSWER = re.compile(r"^\W*A\d*\s*[:)]")
# Kinds of marker a reporting verb takes over ("the minister said the
# country should act"); opinion adverbs and the first person stay the writer's.
REPORTABLE = ("evaluative", "speculation", "recommendation")
EVALUATIVE_REASON = "evaluative word in the writer's voice"
FIRST_PERSON_REASON = "first person: the writer's own view"


def opinion_hints(s: Sentence, cues: Cues, *, reported: bool) -> list[Hint]:
    """Opinion markers; ``reported`` says the sentence reports someone's speech."""
    if _faq(s) or _ANSWER.match(s.paragraph):
        return []  # an FAQ question heads its answer; an interview answer is the interviewee's
    hints: list[Hint] = []
    taken: list[tuple[int, int]] = []
    groups = (("adverb", cues.opinion_adverbs, "opinion marker in the writer's voice"),
              ("evaluative", cues.evaluative, EVALUATIVE_REASON),
              ("speculation", cues.speculation, "speculation or prediction in the writer's voice"),
              ("recommendation", cues.recommendation, "a recommendation in the writer's voice"))
    for group, pattern, reason in groups:
        if reported and group in REPORTABLE:
            continue
        for m in pattern.finditer(s.text):
            start, end = m.span()
            if s.in_quote(start, end) or any(a < end and start < b for a, b in taken):
                continue
            if start > 0 and s.text[start].isupper():
                continue  # a name or a title ("May", "Sound Transit")
            if s.lowered[max(0, start - 5):start] in ("most ", "least"):
                continue  # "most likely to": a superlative, not a guess
            taken.append((start, end))
            hints.append(Hint(start, end, "opinion_marker", s.text[start:end], reason))
    for token in s.tokens if not cues.first_person.isdisjoint(s.words) else ():
        if token.lower in cues.first_person and not s.in_quote(token.start, token.end):
            if token.text.isupper() and len(token.text) > 1:
                continue  # "US"
            if token.lower == "i" and token.text != "I":
                continue
            hints.append(Hint(token.start, token.end, "opinion_marker", token.text, FIRST_PERSON_REASON))
    stripped = s.text.rstrip()
    if stripped.endswith("!") and not s.in_quote(len(stripped) - 1, len(stripped)):
        hints.append(Hint(len(stripped) - 1, len(stripped), "opinion_marker", "!",
                          "an exclamation in the writer's voice"))
    if stripped.endswith("?") and not s.in_quote(len(stripped) - 1, len(stripped)) and not _faq(s):
        hints.append(Hint(len(stripped) - 1, len(stripped), "opinion_marker", "?",
                          "a question in the writer's voice (rhetorical unless it heads an answer)"))
    return hints


def _faq(s: Sentence) -> bool:
    """A question that heads an answer: an FAQ line or a question standing
    alone as its paragraph."""
    return bool(_FAQ.match(s.text) or _FAQ.match(s.paragraph)) or (
        s.paragraph.strip() == s.text.strip() and s.text.rstrip().endswith("?"))
