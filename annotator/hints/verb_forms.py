"""Every inflection of a verb lemma ("tell": tell, tells, telling, told).

The cue vocabulary lists reporting verbs as lemmas; lemminflect knows the
irregular forms, and its rules cover verbs it has never seen (a user's
"livestream"). Importing it (with numpy) and reading its lexicon take about
half a second, longer than the rest of ``annotator hints``, so the forms of
the vocabulary's own verbs are kept in a table made from lemminflect
(``vocabulary/<language>.verb_forms.json``). Only a verb not in the table,
such as one a user adds, is asked of lemminflect.

``python -m annotator.hints.make_verb_forms`` remakes the table after the
vocabulary changes; a test checks it is what lemminflect gives.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

VOCABULARY = Path(__file__).with_name("vocabulary")


def table_path(language: str = "en") -> Path:
    """Where the table of ``language``'s verb forms is kept."""
    return VOCABULARY / f"{language}.verb_forms.json"


@cache
def _table(language: str) -> dict[str, list[str]]:
    path = table_path(language)
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def lemminflect_forms(verb: str) -> list[str]:
    """``verb`` and every inflection lemminflect gives it, sorted."""
    from lemminflect import getAllInflections, getAllInflectionsOOV

    table = getAllInflections(verb, upos="VERB") or getAllInflectionsOOV(verb, upos="VERB")
    return sorted({verb, *(form for forms in table.values() for form in forms)})


def verb_forms(verb: str, language: str = "en") -> list[str]:
    """``verb`` (one word, lower case) and its inflections: from the table,
    else from lemminflect."""
    known = _table(language).get(verb)
    return known if known is not None else lemminflect_forms(verb)


def inflections(lemmas: Iterable[str], forms: Callable[[str], list[str]] = verb_forms) -> dict[str, str]:
    """Every inflected form of each lemma, mapped to the lemma. A lemma of
    several words inflects its first ("point out": points out, pointed out);
    "-ise" verbs get their "-ize" spellings too."""
    result: dict[str, str] = {}
    for lemma in lemmas:
        lemma = lemma.casefold()
        words = lemma.split()
        head, rest = words[0], " ".join(words[1:])
        for form in forms(head):
            result[f"{form} {rest}".strip()] = lemma
        if lemma.endswith("ise"):  # British and American spellings alike
            result.update(inflections([lemma[:-3] + "ize"], forms))
    return result
