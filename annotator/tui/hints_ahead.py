"""The hints of one article's sentences for the review screen: each
sentence's worked out once, and those next to the cursor before the cursor
gets there (the screen asks for them between key presses), so a key press
only looks them up. No Textual here."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from annotator.db.records import SentenceRecord

if TYPE_CHECKING:
    from annotator.hints import Hint, Registry

# Where the cursor goes next, most likely first: the next sentence (labelling advances), back, two on.
AHEAD = (1, -1, 2)


class HintsAhead:
    """Hints by sentence index, for one article and one registry."""

    def __init__(
        self, sentences: list[SentenceRecord], paragraphs: dict[int, str], registry: Registry, published: date | None
    ) -> None:
        self._sentences = sentences
        self._paragraphs = paragraphs
        self._registry = registry
        self._published = published
        self._voices: frozenset[str] | None = None  # the script's own presenters and reporters, read once
        self._found: dict[int, list[Hint]] = {}

    def of(self, index: int) -> list[Hint]:
        """The hints of sentence ``index`` (worked out now if not yet)."""
        found = self._found.get(index)
        if found is None:
            from annotator.hints import programme_voices, sentence_hints  # loaded by the hint-context worker

            if self._voices is None:
                self._voices = programme_voices(s.text for s in self._sentences)
            sentence = self._sentences[index]
            found = self._found[index] = sentence_hints(
                sentence.text,
                self._paragraphs.get(sentence.paragraph),
                registry=self._registry,
                published=self._published,
                voices=self._voices,
            )
        return found

    def prepare_one(self, cursor: int) -> int | None:
        """Work out the hints of one sentence next to ``cursor`` not known
        yet and return its index; None when those next to it are all known."""
        for step in AHEAD:
            index = cursor + step
            if 0 <= index < len(self._sentences) and index not in self._found:
                self.of(index)
                return index
        return None
