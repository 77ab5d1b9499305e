"""Hints: the cues the guidelines turn on, found in a sentence, and checks
of the people it names against the registry. Pure (no UI, no database);
the cue vocabulary is data (``vocabulary/en.json``), which users extend.

Hints inform; they never set a label. Offsets are into the sentence text.
"""

from annotator.hints.cues import Cues, load_cues
from annotator.hints.detect import people_named, sentence_hints
from annotator.hints.model import KINDS, NAME_KINDS, PROBLEMS, Hint
from annotator.hints.registry import Person, Registry, Role
from annotator.hints.sentence import quoted_spans
from annotator.hints.transcript import programme_voices

__all__ = [
    "KINDS",
    "NAME_KINDS",
    "PROBLEMS",
    "Cues",
    "Hint",
    "Person",
    "Registry",
    "Role",
    "load_cues",
    "people_named",
    "programme_voices",
    "quoted_spans",
    "sentence_hints",
]
