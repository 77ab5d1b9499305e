"""Direct quotes whose speaker is named nowhere in their paragraph."""

from __future__ import annotations

import re

from annotator.hints.attribution import NAMED, Attribution
from annotator.hints.cues import Cues
from annotator.hints.model import Hint
from annotator.hints.sentence import Sentence, quoted_spans

MIN_QUOTE_WORDS = 5  # shorter quoted bits are scare quotes or titles


def speakerless_quote_hints(s: Sentence, attributions: list[Attribution], cues: Cues) -> list[Hint]:
    """A direct quote with no named speaker in the sentence or the rest of
    its paragraph (an unnamed collective is no speaker)."""
    direct = [span for span in s.quotes if s.quote_words(span) >= MIN_QUOTE_WORDS]
    if not direct or any(a.kind == NAMED for a in attributions):
        return []
    if _paragraph_names_a_speaker(s.rest_of_paragraph, cues):
        return []
    start, end = direct[0]
    return [Hint(start, end, "quote_without_speaker", s.text[start:end],
                 "a direct quote with no speaker in its paragraph")]


def _paragraph_names_a_speaker(rest: str, cues: Cues) -> bool:
    if not rest.strip():
        return False
    spans = quoted_spans(rest)
    for m in re.finditer(r"[\w’']+", rest):
        lemma = cues.verb_lemma.get(m.group().casefold().replace("’", "'"))
        if lemma and not any(a <= m.start() < b for a, b in spans):
            before = rest[max(0, m.start() - 40):m.start()].casefold().split()
            if not before or before[-1] not in cues.vague_sources:
                return True
    return bool(cues.attribution_phrases.search(rest.casefold()))
