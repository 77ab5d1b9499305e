"""Word classes from lemminflect's English lexicon (loaded on first use):
whether a word is a plural noun, a superlative adjective or a verb's base form."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=8192)
def plural_noun(word: str) -> bool:
    """Whether the lexicon knows ``word`` (lower case) as the plural of a noun."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word, upos="NOUN").get("NOUN", ())
    if not lemmas:  # compounds the lexicon lacks: "steelmakers", "carmakers", "e-cyclists"
        return word.endswith(_AGENT_PLURALS) and word.isalpha()
    return word not in lemmas


# Endings of plural nouns for people by what they do.
_AGENT_PLURALS = ("makers", "workers", "holders", "owners", "ists", "ians", "ers", "ors")


@lru_cache(maxsize=4096)
def superlative_adjective(word: str) -> bool:
    """Whether ``word`` (lower case) is an adjective's superlative ("deepest", "driest")."""
    from lemminflect import getAllLemmas, getInflection

    for lemma in getAllLemmas(word, upos="ADJ").get("ADJ", ()):
        if lemma != word and word in getInflection(lemma, tag="JJS"):
            return True
    return False


@lru_cache(maxsize=4096)
def base_verb(word: str) -> bool:
    """Whether ``word`` (lower case) is a verb's base form ("give", "think")."""
    from lemminflect import getAllLemmas

    return word in getAllLemmas(word, upos="VERB").get("VERB", ())


@lru_cache(maxsize=4096)
def known_word(word: str) -> bool:
    """Whether the lexicon knows ``word`` (lower case) as an English word of
    any class: "budget" and "verdict" are, most surnames ("wynn") are not."""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word))


@lru_cache(maxsize=4096)
def adjective(word: str) -> bool:
    """Whether the lexicon knows ``word`` (lower case) as an adjective ("warm", "free")."""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word, upos="ADJ"))
