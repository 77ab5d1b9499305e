"""Load everything the detectors read, once, before the first sentence: the
cue vocabulary, the word lexicon, the learned wording table and the fuzzy
name matcher."""

from __future__ import annotations

import gc
from functools import cache

from annotator.hints.cues import Cues, load_cues
from annotator.hints.lexicon import plural_noun
from annotator.hints.name_checks import load_fuzzy_matcher
from annotator.hints.wording import load_wording


@cache
def preload(language: str = "en") -> Cues:
    """Load the hint machinery and keep it out of the garbage collector's
    full passes. It lives as long as the process, and its 40,000 or so
    objects (mostly the lexicon's) would otherwise be walked on every full
    pass: a stall of tens of milliseconds every few thousand sentences, in
    the middle of a reviewer's key presses. Done once per process: garbage
    is collected first, so nothing already unreachable is frozen with it."""
    cues = load_cues(language)
    plural_noun("sources")  # the first look-up loads the whole lexicon
    load_fuzzy_matcher()
    load_wording(language)
    gc.collect()
    gc.freeze()
    return cues
