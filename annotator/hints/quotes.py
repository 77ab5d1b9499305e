"""Direct quotes whose speaker is named nowhere in their paragraph."""

from __future__ import annotations

from annotator.hints.attribution import NAMED, Attribution, find_attributions
from annotator.hints.cues import Cues
from annotator.hints.model import Hint
from annotator.hints.sentence import Sentence

MIN_QUOTE_WORDS = 4  # shorter quoted bits are scare quotes or titles


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
    """Whether the rest of the paragraph attributes something to a named
    speaker (or a pronoun pointing back to one), by the same rules as the
    sentence itself."""
    if not rest.strip():
        return False

    return any(a.kind == NAMED for a in find_attributions(Sentence(rest, rest), cues))
