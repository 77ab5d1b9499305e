"""The cue vocabulary: read from ``vocabulary/<language>.json`` plus the
user's additions, verbs expanded from lemmas to every inflection
(``verb_forms``), phrase lists compiled once."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from annotator.hints.sentence import lower_tokens
from annotator.hints.verb_forms import inflections

VOCABULARY = Path(__file__).with_name("vocabulary")


@dataclass(frozen=True)
class Cues:
    """Compiled cue vocabulary for one language."""

    verb_lemma: dict[str, str]  # inflected reporting verb -> lemma
    reporting_lemmas: frozenset[str]
    needs_complement: frozenset[str]  # lemmas that report only before "that", a quote, a colon…
    loaded: frozenset[str]  # lemmas of loaded verbs
    vague_verb_forms: frozenset[str]
    attribution_phrases: PhraseSet
    vague_sources: frozenset[str]
    vague_modifiers: frozenset[str]
    described_source: PhraseSet
    vague_phrases: PhraseSet
    opinion_adverbs: PhraseSet
    evaluative: PhraseSet
    fixed_terms: PhraseSet  # "dangerous driving", "change of course": an opinion word inside the name of a thing
    speculation: PhraseSet
    recommendation: PhraseSet
    first_person: frozenset[str]
    newsroom: PhraseSet  # the newsroom's "we": "our reporter", "sent us"
    superlatives: PhraseSet
    honorifics: frozenset[str]
    courtesy: frozenset[str]
    title_ranks: frozenset[str]
    title_equivalents: dict[str, str]
    title_domains: dict[str, str]
    title_ignored: frozenset[str]
    title_modifiers: frozenset[str]
    expert_nouns: PhraseSet
    institution_words: frozenset[str]
    source_nouns: frozenset[str]
    not_sources: PhraseSet
    machine_text: PhraseSet
    attitude_words: frozenset[str]
    imperatives: PhraseSet
    memo: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)  # parsed registry titles


class PhraseMatch:
    """Where a phrase was found (the parts of ``re.Match`` the detectors use)."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self) -> str:
        return self._text[self._start : self._end]


class PhraseBook:
    """Every phrase list of a vocabulary in one index, so a sentence is read
    once for all of them (one dictionary look-up per token), whole words,
    case and apostrophes folded, longest phrase first."""

    def __init__(self) -> None:
        # One-word phrases by their word; longer ones by their first two words
        # (a common first word such as "the" starts dozens of phrases).
        self._single: dict[str, list[int]] = {}
        self._by_pair: dict[tuple[str, str], list[tuple[list[str], int]]] = {}
        # Both, by a phrase's first word: most words of a sentence start no
        # phrase and are passed over after one look-up.
        self._starts: dict[str, tuple[list[int], dict[str, list[tuple[list[str], int]]]]] = {}
        self._lists = 0
        self.find = lru_cache(maxsize=4096)(self._find)

    def add(self, phrases: Iterable[str]) -> tuple[int, set[str]]:
        """Index a list; returns its number and each phrase's longest word."""
        number, self._lists = self._lists, self._lists + 1
        keys = set()
        for phrase in phrases:
            words = lower_tokens(phrase)[1]
            if not words:
                continue
            keys.add(max(words, key=len))
            if len(words) == 1:
                numbers = self._single.setdefault(words[0], [])
                if number not in numbers:
                    numbers.append(number)
                continue
            options = self._by_pair.setdefault((words[0], words[1]), [])
            if (words, number) not in options:
                options.append((words, number))
                options.sort(key=lambda o: len(o[0]), reverse=True)
        self._starts = {}
        for word, numbers in self._single.items():
            self._starts[word] = (numbers, {})
        for (first, second), options in self._by_pair.items():
            self._starts.setdefault(first, ([], {}))[1][second] = options
        self.find.cache_clear()
        return number, keys

    def _find(self, text: str) -> dict[int, list[tuple[int, int]]]:
        """Spans of non-overlapping matches in ``text``, by list number,
        the longest phrase of a list first where several start together."""
        spans, words, _ = lower_tokens(text)
        found: dict[int, list[tuple[int, int]]] = {}
        free: dict[int, int] = {}  # per list, the first token not yet inside a match
        starts = self._starts
        last = len(words) - 1
        for i in [i for i, hit in enumerate(map(starts.__contains__, words)) if hit]:
            singles, pairs = starts[words[i]]
            if pairs and i < last:
                for option, number in pairs.get(words[i + 1], ()):
                    if free.get(number, 0) > i:
                        continue
                    n = len(option)
                    if n == 2 or words[i : i + n] == option:
                        found.setdefault(number, []).append((spans[i][0], spans[i + n - 1][1]))
                        free[number] = i + n
            for number in singles:
                if free.get(number, 0) <= i:
                    found.setdefault(number, []).append(spans[i])
                    free[number] = i + 1
        return found


class PhraseSet:
    """One list of phrases, matched through its book (a book of its own if
    none is given)."""

    def __init__(self, phrases: Iterable[str], book: PhraseBook | None = None) -> None:
        self._book = book or PhraseBook()
        phrases = list(phrases)
        self._number, self._keys = self._book.add(phrases)
        tokenised = [lower_tokens(p)[1] for p in phrases]
        self._single = {words[0] for words in tokenised if len(words) == 1}
        self.first_words = frozenset(words[0] for words in tokenised if words)

    def __contains__(self, word: str) -> bool:
        return word in self._single

    def finditer(self, text: str) -> list[PhraseMatch]:
        """Non-overlapping matches, left to right (a list: most are empty,
        and a list is cheaper to make than a generator)."""
        return [PhraseMatch(start, end, text) for start, end in self._book.find(text).get(self._number, ())]

    def search(self, text: str) -> PhraseMatch | None:
        found = self._book.find(text).get(self._number)
        return PhraseMatch(*found[0], text) if found else None

    def may_occur_in(self, words: Iterable[str]) -> bool:
        """False when none of these (folded) words could be part of a match."""
        return not self._keys.isdisjoint(words)

    def match(self, text: str) -> PhraseMatch | None:
        """A phrase at the start of the text (after spaces)."""
        found = self.search(text)
        return found if found is not None and not text[: found.start()].strip() else None

    def fullmatch(self, text: str) -> PhraseMatch | None:
        found = self.match(text)
        return found if found is not None and not text[found.end() :].strip() else None


def forget_texts(cues: Cues) -> None:
    """Empty the per-text caches (for timing a cold start)."""
    lower_tokens.cache_clear()
    for key in [k for k in cues.memo if k[0] in ("speaker", "title word")]:
        del cues.memo[key]
    from annotator.hints.names import _plain_name_word  # a per-word cache: cold means empty too

    _plain_name_word.cache_clear()
    from annotator.hints.registry import name_key  # the registry's own look-ups, per name written

    name_key.cache_clear()
    for value in vars(cues).values():
        if isinstance(value, PhraseSet):
            value._book.find.cache_clear()


# Vague only in the plural: "studies show", but "the study found".
_PLURAL_ONLY = frozenset(
    {
        "reports",
        "studies",
        "surveys",
        "polls",
        "rumours",
        "rumors",
        "others",
        "groups",
        "members",
        "many",
        "some",
        "people",
    }
)


def _singular_and_plural(nouns: frozenset[str]) -> frozenset[str]:
    """ "analysts" and "analyst" alike ("said one analyst", "aides say")."""
    out = set(nouns)
    for noun in nouns:
        if noun in _PLURAL_ONLY:
            continue
        if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3:
            out.add(noun[:-1])
        elif not noun.endswith("s") and noun not in ("people", "person", "many", "some"):
            out.add(noun + "s")
    return frozenset(out)


def _user_file(language: str) -> Path:
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "annotator" / "cues" / f"{language}.json"


def read_vocabulary(language: str = "en") -> dict[str, Any]:
    """The package's vocabulary with the user's lists appended and tables updated."""
    data: dict[str, Any] = json.loads((VOCABULARY / f"{language}.json").read_text(encoding="utf-8"))
    user = _user_file(language)
    if user.is_file():
        extra = json.loads(user.read_text(encoding="utf-8"))
        for key, value in extra.items():
            if isinstance(value, list):
                data[key] = [*data.get(key, []), *value]
            elif isinstance(value, dict):
                data[key] = {**data.get(key, {}), **value}
    return data


@cache
def load_cues(language: str = "en") -> Cues:
    """The compiled vocabulary (cached; ``load_cues.cache_clear()`` rereads it)."""
    d = read_vocabulary(language)
    book = PhraseBook()

    def phrases(items: Iterable[str]) -> PhraseSet:
        return PhraseSet(items, book)

    def fold(items: Iterable[str]) -> frozenset[str]:
        return frozenset(i.casefold().replace("’", "'") for i in items)

    verb_lemma = inflections(d["reporting_verbs"])
    return Cues(
        verb_lemma=verb_lemma,
        reporting_lemmas=frozenset(verb_lemma.values()),
        needs_complement=fold(d["verbs_needing_a_complement"]),
        loaded=fold(d["loaded_verbs"]),
        vague_verb_forms=frozenset(inflections(d["vague_verbs"] + d["reporting_verbs"])),
        attribution_phrases=phrases(d["attribution_phrases"]),
        vague_sources=_singular_and_plural(fold(d["vague_sources"])),
        vague_modifiers=fold(d["vague_source_modifiers"]),
        described_source=phrases(d["described_source"]),
        vague_phrases=phrases(d["vague_phrases"]),
        opinion_adverbs=phrases(d["opinion_adverbs"]),
        evaluative=phrases(d["evaluative_words"]),
        fixed_terms=phrases(d.get("fixed_terms", [])),
        speculation=phrases(d["speculation"]),
        recommendation=phrases(d["recommendation"]),
        first_person=fold(d["first_person"]),
        newsroom=phrases(d.get("newsroom_first_person", [])),
        superlatives=phrases(d["superlatives"]),
        honorifics=frozenset(h.rstrip(".") for h in d["honorifics"]),
        courtesy=frozenset(h.rstrip(".") for h in d["courtesy_titles"]),
        title_ranks=fold(d["title_ranks"]),
        title_equivalents={k.casefold(): v.casefold() for k, v in d["title_equivalents"].items()},
        title_domains={k.casefold(): v.casefold() for k, v in d["title_domains"].items()},
        title_ignored=fold(d["title_words_ignored"]),
        title_modifiers=fold(d["title_modifiers"]),
        expert_nouns=phrases(d["expert_nouns"]),
        institution_words=frozenset(d["institution_words"]),
        source_nouns=fold(d["attribution_source_nouns"]),
        not_sources=phrases(d["not_sources"]),
        machine_text=phrases(d["machine_text"]),
        attitude_words=fold(d.get("attitude_words", [])),
        imperatives=phrases(d.get("imperatives", [])),
    )
