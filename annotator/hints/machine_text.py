"""Leftovers of text generators: chatbot meta-text, placeholders, and
references dated after the article."""

from __future__ import annotations

import re
from datetime import date

from annotator.hints.cues import Cues
from annotator.hints.model import Hint
from annotator.hints.sentence import Sentence

# A year in brackets as references give it: "(Harlow et al., 2031)", "Sato, K. (2031)."
_REFERENCE = re.compile(r"\((?:[^()]{0,80}?[,\s])?((?:19|20)\d\d)[a-z]?\s*\)")


# "[Sources and documents: insert link to shared drive here]": an instruction to fill in, left in.
_PLACEHOLDER = re.compile(r"\[[^\]]{0,60}\b(?:insert|add|paste)\b[^\]]{0,60}\bhere\b[^\]]{0,10}\]", re.IGNORECASE)


def machine_text_hints(s: Sentence, cues: Cues, published: date | None) -> list[Hint]:
    """Chatbot phrases and placeholders, and citations from the future."""
    hints = [
        Hint(
            *m.span(),
            "machine_text",
            s.text[m.start() : m.end()],
            "text-generator leftover: the support may be invented",
        )
        for m in cues.machine_text.finditer(s.text)
    ]
    if "[" in s.text and not hints:
        for m in _PLACEHOLDER.finditer(s.text):
            hints.append(
                Hint(*m.span(), "machine_text", m.group(), "a placeholder left in: the support was never filled in")
            )
    year = (published or date.today()).year
    for m in _REFERENCE.finditer(s.text) if "(" in s.text else ():
        if int(m.group(1)) > year:
            hints.append(Hint(*m.span(), "machine_text", m.group(), "a reference dated after the article: invented?"))
    return hints
