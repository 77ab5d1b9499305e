"""Titles, normalised so that "Fed Chair", "Federal Reserve Chairman" and
"Chair of the Federal Reserve" compare equal, and checked against a
person's dated roles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from annotator.hints.cues import Cues
from annotator.hints.registry import Role

# Ranks that name no post of their own ("WHO chief Tedros"): only the
# organisation is compared. ("Leader" is a post: a council's leader is not
# its chief executive.)
GENERIC_RANKS = frozenset({"chief", "head", "boss"})
_WORD = re.compile(r"[a-z][a-z.'\-]*|&")


@dataclass(frozen=True)
class Title:
    """A title as written: its rank ("secretary"), the words that say of
    what ("commerce"), and whether it is marked as past ("former")."""

    text: str
    rank: str
    domain: frozenset[str]
    former: bool


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold().replace("’", "'").replace("'s ", " ").replace("'s", ""))


def _expand(words: list[str], table: dict[str, str], starts: frozenset[str]) -> list[str]:
    """Replace phrases (longest first) by their equivalents from ``table``
    (``starts``: the first words of its phrases)."""
    if starts.isdisjoint(words):
        return words  # nothing to replace (most titles): no copy word by word
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] not in starts:  # most words start no phrase: one look-up, not three joins
            out.append(words[i])
            i += 1
            continue
        for size in (3, 2, 1):
            phrase = " ".join(words[i : i + size])
            if len(words[i : i + size]) == size and phrase in table:
                out.extend(table[phrase].split())
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return out


@dataclass(frozen=True)
class _Starts:
    """The first words of the vocabulary's title phrases: a phrase can only
    begin at a word that begins one. For ranks, the lengths in words (four
    at most, longest first) of those that begin with each word."""

    equivalents: frozenset[str]
    domains: frozenset[str]
    ranks: dict[str, tuple[int, ...]]


def _starts(cues: Cues) -> _Starts:
    known = cues.memo.get("title starts")
    if known is None:
        sizes: dict[str, set[int]] = {}
        for rank in cues.title_ranks:
            words = rank.split(" ")
            if len(words) <= _LONGEST_RANK:
                sizes.setdefault(words[0], set()).add(len(words))
        known = cues.memo["title starts"] = _Starts(
            frozenset(phrase.split(" ")[0] for phrase in cues.title_equivalents),
            frozenset(phrase.split(" ")[0] for phrase in cues.title_domains),
            {word: tuple(sorted(lengths, reverse=True)) for word, lengths in sizes.items()},
        )
    return known


# "Karaderin deputy", "opposition deputy": a member of a parliament, as many
# countries' English-language press write it; not "his deputy", "the mayor's deputy".
_PARLIAMENT_DEPUTY = re.compile(
    r"(?:^|\s)(?:[A-Z][\w\-]*(?<!['’]s)|opposition|parliamentary|ruling-party)\s+[Dd]eputy$"
)
# "the tourism body", "the campaign group", "the housing charity" before a body's name: what it is, not its name.
_BODY_DESCRIBED = re.compile(r"\s(?:the|a)\s+(?:[a-z][\w\-]*\s+){0,2}(?:body|group|charity)\s+(?=[A-Z])")
_LONGEST_RANK = 5  # words ("member of the national assembly")
_PAST_MARKS = frozenset({"former", "then", "ex", "until", "predecessor"})


def parse_title(text: str, cues: Cues, *, loose: bool = False) -> Title | None:
    """The title in ``text`` (e.g. "U.S. Treasury Secretary"), or None when
    it holds no rank word. ``loose`` text is free prose (an appositive):
    only words the vocabulary knows as parts of titles count there."""
    starts = _starts(cues)
    # "The housing association's chief executive": what the body is, before its possessive, is no field of the post.
    owner = max(text.rfind("'s "), text.rfind("’s "), text.rfind("s' "), text.rfind("s’ ")) if loose else -1
    if owner >= 0:
        after = parse_title(text[owner + 3 :], cues, loose=True)
        if after is not None:
            return after
    written = text
    if text.endswith(("deputy", "Deputy")) and _PARLIAMENT_DEPUTY.search(text):
        text = text[: -len("deputy")] + "member of parliament"  # "Karaderin deputy": a member of the assembly
    if " body " in text or " group " in text or " charity " in text:
        text = _BODY_DESCRIBED.sub(" ", text)  # "director of the tourism body Visit Saltmere": the body's name counts
    words = _expand(_words(text), cues.title_equivalents, starts.equivalents)
    # "Private Secretary to Princess Isolde": the post comes before whom it serves.
    searched = words.index("to") if "to" in words[1:] else len(words)
    best = _longest_last_rank(words, searched, starts.ranks, cues.title_ranks)
    if best is None:
        return None
    of_at = next((k for k in range(1, searched) if words[k] in ("of", "for")), None)
    if of_at is not None and best[0] > of_at:
        # "president of the Calder Society of General Practitioners", "Minister for Justice":
        # the post comes before "of" or "for"; a rank's word after it ("General", "Justice") is no post.
        best = _longest_last_rank(words, of_at, starts.ranks, cues.title_ranks) or best
    # "former chair", "then-mayor", "chief executive until its final weeks": a post that has ended
    # "Mr Dunstan's predecessor as justice minister": the post is the predecessor's no longer.
    former = any(w in _PAST_MARKS or w.startswith(("then-", "ex-")) for w in words)
    i, size = best
    rank = cues.title_equivalents.get(" ".join(words[i : i + size]), " ".join(words[i : i + size]))
    rest = words[:i] + words[i + size :]
    if loose:
        # Phrases first ("home affairs" is the interior), then only the words titles are made of.
        rest = _expand(rest, cues.title_domains, starts.domains)
        rest = [w for w in rest if w in cues.title_modifiers or w in _domain_words(cues)]
    return Title(written, rank, _domain(rest, cues), former)


def _domain_words(cues: Cues) -> frozenset[str]:
    """The words of what the vocabulary's domain phrases stand for ("interior", "federal", "reserve")."""
    known = cues.memo.get("title domain words")
    if known is None:
        known = cues.memo["title domain words"] = frozenset(w for v in cues.title_domains.values() for w in v.split())
    return known


def _longest_last_rank(
    words: list[str], searched: int, sizes: dict[str, tuple[int, ...]], ranks: frozenset[str]
) -> tuple[int, int] | None:
    """(start, size) of the longest rank that ends by ``searched``, the last
    of them where several are as long; tried only at words that begin a
    rank, and only for the lengths of those ranks."""
    if sizes.keys().isdisjoint(words):
        return None  # no word begins a rank (most appositives): no look at each
    best: tuple[int, int] | None = None
    for i in range(searched):
        for size in sizes.get(words[i], ()):
            if best is not None and size < best[1]:
                break  # shorter than one found already
            if i + size <= searched and " ".join(words[i : i + size]) in ranks:
                best = (i, size)
                break
    return best


def _domain(words: list[str], cues: Cues) -> frozenset[str]:
    out = set()
    stripped = [w.removeprefix("then-").removeprefix("ex-") for w in words]
    for word in _expand(stripped, cues.title_domains, _starts(cues).domains):
        if word not in cues.title_ignored and len(word) > 1:
            out.add(word.rstrip("."))
    return frozenset(out)


def role_words(role: Role, cues: Cues) -> tuple[str, frozenset[str]]:
    """A registry role as (rank, every word of its title and organisation)."""
    known = cues.memo.get(("role", role))
    if known is None:
        known = cues.memo[("role", role)] = _role_words(role, cues)
    return known


def _role_words(role: Role, cues: Cues) -> tuple[str, frozenset[str]]:
    parsed = parse_title(role.title, cues)
    # A post the vocabulary does not rank ("Harbour Pilot"): its last word is its rank, as in English titles.
    rank = parsed.rank if parsed else (_words(role.title) or [""])[-1]
    words = _domain(_words(f"{role.title} {role.organisation}"), cues)
    return rank, words | (parsed.domain if parsed else frozenset())


def fits(title: Title, role: Role, cues: Cues) -> bool:
    """Whether the written title describes this role (ignoring dates); a
    role of two posts ("Cabinet Secretary and Head of the Civil Service")
    is described by either."""
    if " and " in role.title:
        parts = [Role(part, role.organisation, role.start, role.end) for part in role.title.split(" and ")]
        if all(parse_title(part.title, cues) for part in parts):
            return any(_fits_one(title, part, cues) for part in parts)
    return _fits_one(title, role, cues)


def _fits_one(title: Title, role: Role, cues: Cues) -> bool:
    rank, words = role_words(role, cues)
    written = set(_words(title.text))
    if title.rank == "spokesperson" and "shadow" in words:
        # "the opposition's housing spokesman", "her housing spokesman": a shadow minister speaks for the party
        return title.domain - {"opposition"} <= words
    if title.rank in GENERIC_RANKS and post_after_rank(title.text, title.rank) and _words(title.text)[-1] not in words:
        return False  # "chief crown prosecutor" for a director of public prosecutions: a post of its own
    if title.rank not in GENERIC_RANKS and title.rank != rank:
        return False
    if title.rank in _SEATS:
        return True  # "Labour MP", "Harbridge South MNA": the party or the seat, which a role rarely spells out
    if title.rank in GENERIC_RANKS and not all(
        _stem_in(word, words, title.text) for word in _domain(sorted(_generic_field(title.text, title.rank)), cues)
    ):
        return False  # "head of recruitment" for a director of football: another field
    # "Energy Minister" for a Deputy Minister for Energy: a lesser post's qualifier must be written.
    if any(q in words and q not in written for q in _QUALIFIERS) and not title.former:
        return False
    # "Qepra Chairperson" for the Qalandra Electric Power Regulatory Authority's chair: its initials;
    # "KuWater chief executive" for the Kuvanga Water Corporation's: a short name from its words.
    rest = title.domain - _initials(role.organisation) - words
    return all(_short_name_of(word, _words(role.organisation)) for word in rest)


def _stem_in(word: str, words: frozenset[str], written: str) -> bool:
    """Whether ``word``, or (written in lower case) one sharing its first six
    letters, is among ``words`` ("cantonal economics" for the Canton's
    Economic Affairs; a name such as "Tokmarenergo" must be written whole)."""
    if word in words:
        return True
    lower = len(word) >= 6 and re.search(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", written) is not None
    return lower and any(w[:6] == word[:6] for w in words)


def post_after_rank(text: str, rank: str) -> bool:
    """Whether a generic rank is followed by words of a post ("chief crown
    prosecutor"), not by what it heads ("chief of staff") or nothing ("WHO chief")."""
    written = _words(text)
    if rank not in written:
        return False
    after = written[written.index(rank) + 1 :]
    return bool(after) and after[0] not in ("of", "for", "at", "to", "and", "&")


def _short_name_of(word: str, organisation: list[str]) -> bool:
    """Whether ``word`` joins the beginnings (two letters or more) of two or
    more of the organisation's words in order ("kuwater": Kuvanga Water Corporation)."""

    def joins(rest: str, start: int, parts: int) -> bool:
        if not rest:
            return parts >= 2  # two words joined at least: "state" is not short for "United States"
        for k in range(start, len(organisation)):
            name = organisation[k]
            for size in range(min(len(name), len(rest)), 1, -1):
                if rest.startswith(name[:size]) and joins(rest[size:], k + 1, parts + 1):
                    return True
        return False

    return len(word) > 3 and joins(word, 0, 0)


def _initials(organisation: str) -> frozenset[str]:
    """The initials of an organisation's capitalised words ("QEPRA"), and of
    those before "of" ("WRA" for the Water Resources Agency of Tenghai)."""
    whole = "".join(w[0] for w in organisation.split() if w[:1].isupper()).casefold()
    body = organisation.split(" of ", 1)[0]
    return frozenset({whole, "".join(w[0] for w in body.split() if w[:1].isupper()).casefold()})


def _generic_field(text: str, rank: str) -> set[str]:
    """The field a generic rank is given ("head of recruitment": recruitment)."""
    written = _words(text)
    if rank not in written:
        return set()
    after = written[written.index(rank) + 1 :]
    if after[:1] != ["of"]:
        return set()
    return {w for w in after[1:] if w not in ("the", "a", "an", "and", "&", "of", "for")}


# Members of a parliament or assembly (written "MP", "MNA", …).
_SEATS = frozenset(
    {
        "member of parliament",
        "member of the national assembly",
        "member of the scottish parliament",
        "member of the legislative assembly",
        "member of the european parliament",
    }
)
# Qualifiers that make a post a different, lesser one.
_QUALIFIERS = ("deputy", "vice", "assistant", "shadow", "acting", "interim", "junior", "associate")


def check_title(title: Title, roles: tuple[Role, ...], day: date | None, cues: Cues) -> bool:
    """Whether the title fits a role held on ``day`` (one that had ended by
    then for a "former" title)."""
    for role in roles:
        if not fits(title, role, cues):
            continue
        if day is None or (role.ended_before(day) if title.former else role.active_on(day)):
            return True
    return False
