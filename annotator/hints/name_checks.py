"""Checks of the people a sentence names against the registry: verified,
a wrong title for the date, a blend of two people, a wrong given name, a
near-miss spelling, or an untraceable expert."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import cache
from typing import Any

from annotator.hints.cues import Cues
from annotator.hints.model import Hint
from annotator.hints.names import COUNCILLOR, Mention
from annotator.hints.registry import Person, Registry, Role, given_and_surname, name_key
from annotator.hints.titles import Title, check_title, parse_title

MISSPELLING_SCORE = 85  # rapidfuzz ratio of the folded names
MISSPELLED_LETTERS = 2  # a given name this close to the surname holder's is a typo, not another person


def check_mention(m: Mention, registry: Registry, published: date | None, cues: Cues) -> list[Hint]:
    """The name hints for one mention: none for an unknown name outside an
    authority frame (nobody's business); for a name that is not a registry
    person's but close to one, the near miss, and, in an authority frame,
    that the expert as named cannot be traced. A wrong given name or a
    blend in an authority frame is the name's problem alone: writers flag
    the name, not also the expert."""
    if m.surname_only:
        # "Dr. Crowe": someone of that surname in the registry may be meant;
        # nobody of it, and the expert cannot be traced.
        return [] if registry.by_surname.get(name_key(m.name)) else [_untraced(m)]
    hint = _name_hint(m, registry, published, cues)
    return [] if hint is None else [hint]


# "Professor" names a post, unlike "Dr": it is checked against the roles.
_PROFESSOR = frozenset({"professor", "prof"})


def _past_title_words(m: Mention, registry: Registry, cues: Cues) -> Mention:
    """ "Chief Coastguard Sigrun Halvard": capitalised words of a post the
    vocabulary does not know, before a registry person's full name, are
    that post, not part of the name."""
    words = m.name.split()
    for k in range(1, len(words) - 1):
        rest = " ".join(words[k:])
        if name_key(rest) in registry.by_name:
            lead = " ".join(words[:k])
            title = m.title or parse_title(lead, cues) or Title(lead, lead.casefold().split()[-1], frozenset(), False)
            start = m.start + m.name.index(rest)
            return Mention(start, m.end, rest, title, m.frame, m.honorific)
    return m


def _untraced(m: Mention) -> Hint:
    return Hint(
        m.start, m.end, "unverified_expert", m.name, "not in the registry, in an authority frame: can they be traced?"
    )


@cache
def load_fuzzy_matcher() -> tuple[Callable[..., Any], Callable[..., Any], Callable[..., Any]]:
    """rapidfuzz's best match, ratio and edit distance, loaded on the first
    name check: hints without a registry need not load it."""
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import Levenshtein

    return process.extractOne, fuzz.ratio, Levenshtein.distance


def _name_hint(m: Mention, registry: Registry, published: date | None, cues: Cues) -> Hint | None:
    extract_one, ratio, distance = load_fuzzy_matcher()
    person = registry.by_name.get(name_key(m.name))
    if person is None:
        past = _past_title_words(m, registry, cues)
        if past is not m:  # the name without the words of a post is a registry person's
            m = past
            person = registry.by_name.get(name_key(m.name))
    given, surname = given_and_surname(m.name)
    holders = registry.by_surname.get(surname, [])
    if person is None and holders:
        # "Howard W. Lutnick": same given name and surname as a registry person.
        person = next((p for p in holders if given_and_surname(p.name)[0] == given), None)
    if person is not None:
        if (
            m.title is not None
            and person.roles
            and not _describes(m.title, person.roles, cues)
            and not check_title(m.title, person.roles, published, cues)
        ):
            held = person.roles_on(published)
            has = (
                f"as {held[0].describe()}"
                if held
                else "with no role on the article's date"
                if published
                else "with other roles"
            )
            return Hint(
                m.start, m.end, "role_mismatch", m.name, f"the registry has {person.name} {has}, not “{m.title.text}”"
            )
        if (
            m.honorific.rstrip(".").casefold() in _PROFESSOR
            and m.title is None
            and person.roles
            and not any("professor" in role.title.casefold() for role in person.roles_on(published) or person.roles)
        ):
            return Hint(
                m.start,
                m.end,
                "role_mismatch",
                m.name,
                f"called Professor, but the registry has {person.describe(published)}",
            )
        if (
            m.honorific.rstrip(".").casefold() in COUNCILLOR
            and m.title is None
            and _no_longer_a_councillor(person, published)
        ):
            return Hint(
                m.start,
                m.end,
                "role_mismatch",
                m.name,
                f"called Councillor, but the registry has {person.describe(published)}",
            )
        return Hint(m.start, m.end, "name_verified", m.name, f"verified: {person.describe(published)}")
    if holders:
        holder = holders[0]
        if distance(given, given_and_surname(holder.name)[0]) <= MISSPELLED_LETTERS:
            return Hint(
                m.start, m.end, "possible_misspelling", m.name, f"close to {holder.name} (given name misspelt?)"
            )
        other = [p for p in registry.by_given.get(given, []) if p not in holders]
        if other:
            return Hint(
                m.start,
                m.end,
                "possible_blend",
                m.name,
                f"given name of {other[0].name}, surname of {holder.describe(published)}",
            )
        return Hint(
            m.start, m.end, "name_mismatch", m.name, f"surname of {holder.describe(published)}; the given name differs"
        )
    best = extract_one(name_key(m.name), registry.names, scorer=ratio, score_cutoff=MISSPELLING_SCORE)
    if best is not None:
        match = registry.by_name[best[0]]
        return Hint(m.start, m.end, "possible_misspelling", m.name, f"close to {match.name} (similarity {best[1]:.0f})")
    return _untraced(m) if m.frame is not None else None


def _no_longer_a_councillor(person: Person, published: date | None) -> bool:
    """Whether the registry lists a councillor's post for this person that
    they no longer hold (for anyone else "Councillor" is a courtesy: a
    council leader is a councillor too)."""

    def councillor(role: Role) -> bool:
        return role.title.casefold() in COUNCILLOR

    return any(councillor(r) for r in person.roles) and not any(councillor(r) for r in person.roles_on(published))


_POST_MODIFIERS = frozenset("chief senior junior lead principal head deputy director former then".split())


def _describes(title: Title, roles: Sequence[Role], cues: Cues) -> bool:
    """ "a health economist at the University of Talvik" for a professor of
    health economics: an indefinite description of someone's field, which
    one of their roles names, is no claim about their post."""
    text = title.text.casefold().lstrip()
    # ("health economist" in a caption, with no article, describes a field too; "chief economist" is a post)
    words = text.split()
    described = text.startswith(("a ", "an ")) or (
        len(words) == 2 and words[1] == title.rank and _POST_MODIFIERS.isdisjoint(words)
    )
    if not described or not any(
        m.start() == 0 and m.end() == len(title.rank) for m in cues.expert_nouns.finditer(title.rank)
    ):
        return False
    stem = title.rank[:6]
    # ("a sleep scientist" for a professor of sleep medicine: the field the description names is the role's)
    rank_at = next((k for k, w in enumerate(words) if w == title.rank), len(words))
    field = {w for w in words[1:rank_at] if len(w) > 3}
    return any(word.startswith(stem) or word in field for role in roles for word in role.title.casefold().split())
