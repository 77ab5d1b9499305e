"""Hints: the cues the guidelines turn on, found in a sentence, and checks of
the people it names against the registry. Pure (no UI, no database); the
cue words live in ``annotator/cues/en.json``, which users can extend.

Hints inform; they never set a label. Offsets are into the sentence text.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

KINDS = (
    "attribution", "vague_attribution", "quote_without_speaker", "opinion_marker", "unsourced_figure",
    "authority_frame", "name_verified", "name_mismatch", "possible_blend", "possible_misspelling",
    "unverified_expert", "role_mismatch",
)
# The kinds that point at a problem (the rest describe support).
PROBLEMS = frozenset(KINDS) - {"attribution", "name_verified"}
MISSPELLING_SCORE = 85  # rapidfuzz ratio; tuned on the tests' names


@dataclass(frozen=True, slots=True)
class Hint:
    start: int
    end: int
    kind: str
    cue: str
    reason: str


@dataclass(frozen=True)
class Role:
    title: str
    organisation: str = ""
    start: str | None = None  # ISO dates; None = open
    end: str | None = None

    def active_on(self, day: date | None) -> bool:
        if day is None:
            return True
        return (self.start is None or self.start <= day.isoformat()) and (self.end is None or day.isoformat() <= self.end)


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()

    def describe(self, day: date | None = None) -> str:
        roles = [r for r in self.roles if r.active_on(day)] or list(self.roles)
        if not roles:
            return self.name
        role = roles[0]
        return f"{self.name}, {role.title}" + (f" ({role.organisation})" if role.organisation else "")


@dataclass
class Registry:
    """Verified people, indexed for the name checks."""

    people: list[Person] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.by_name: dict[str, Person] = {}
        self.by_surname: dict[str, list[Person]] = {}
        self.by_given: dict[str, list[Person]] = {}
        for person in self.people:
            for name in (person.name, *person.aliases):
                self.by_name[_key(name)] = person
            parts = person.name.split()
            if len(parts) >= 2:
                self.by_surname.setdefault(parts[-1].casefold(), []).append(person)
                self.by_given.setdefault(parts[0].casefold(), []).append(person)
        self.names = list(self.by_name)


@dataclass(frozen=True)
class Cues:
    """Compiled cue patterns for one language."""

    reporting: re.Pattern
    loaded: frozenset
    phrases: re.Pattern
    vague: re.Pattern
    vague_phrases: re.Pattern
    opinion: re.Pattern
    first_person: re.Pattern
    figure: re.Pattern
    superlative: re.Pattern
    honorific: re.Pattern
    titles: re.Pattern
    title_words: frozenset
    authority: re.Pattern


def _words(items: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(items), key=len, reverse=True))


@cache
def load_cues(language: str = "en") -> Cues:
    """The package's cue lists, plus the user's additions if any."""
    data = json.loads((Path(__file__).with_name("cues") / f"{language}.json").read_text(encoding="utf-8"))
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "annotator" / "cues" / f"{language}.json"
    if config.is_file():
        extra = json.loads(config.read_text(encoding="utf-8"))
        for key, values in extra.items():
            if isinstance(values, list):
                data[key] = [*data.get(key, []), *values]
    b = r"(?<![\w’'])"
    e = r"(?![\w’'])"
    return Cues(
        reporting=re.compile(b + f"(?:{_words(data['reporting_verbs'])})" + e, re.IGNORECASE),
        loaded=frozenset(v.casefold() for v in data["loaded_verbs"]),
        phrases=re.compile(b + f"(?:{_words(data['attribution_phrases'])})" + e, re.IGNORECASE),
        vague=re.compile(b + f"(?:{_words(data['vague_sources'])})(?:\\s+\\w+)?\\s+(?:{_words(data['vague_verbs'])})" + e,
                         re.IGNORECASE),
        vague_phrases=re.compile(b + f"(?:{_words(data['vague_phrases'])})" + e, re.IGNORECASE),
        opinion=re.compile(b + f"(?:{_words(data['opinion_adverbs'] + data['peacock_words'] + data['obligation_modals'])})" + e,
                           re.IGNORECASE),
        first_person=re.compile(b + f"(?:{_words(data['first_person'])})" + e, re.IGNORECASE),
        figure=re.compile(
            r"[$€£¥]\s?\d[\d,.]*(?:\s?(?:billion|million|trillion|thousand|bn|m|B))?"
            r"|\d[\d,.]*\s?(?:%|per ?cent)"
            r"|\d[\d,.]*\s(?:billion|million|trillion|thousand)"
            r"|\b\d{1,3}(?:,\d{3})+\b"
            r"|\b(?!(?:19|20)\d\d\b)\d{3,}\b"
        ),
        superlative=re.compile(b + f"(?:{_words(data['superlatives'])})" + e),
        honorific=re.compile(r"(?<![\w])(?:" + _words(data["honorifics"]) + r")\s+(?=[A-Z])"),
        titles=re.compile(r"(?<![\w])(?:" + _words(data["titles"]) + r")(?![\w])", re.IGNORECASE),
        title_words=frozenset(w.casefold() for t in data["titles"] for w in t.split()) | {"us", "u.s.", "uk", "eu", "former"},
        authority=re.compile(b + f"(?:{_words(data['authority_frames'])})" + e, re.IGNORECASE),
    )


# A run of capitalised words (initials allowed): titles are taken off the
# front, and what is left may be a name.
_NAME = re.compile(r"(?<![\w’'])(?:[A-Z][\w’'.\-]*)(?:\s+(?:[A-Z][\w’'.\-]*)){1,5}(?![\w’'])")
_NOT_PEOPLE = frozenset("""University College Institute Palace House Bay Council Authority Systems Inc Corp Ltd
Agency Department Ministry Office Party Bank Fund Group Committee Agreement Accelerator Service Court Times Post News
Street Avenue Road Hall Prefecture Series Peace Prize Nobel Sea East West North South Pacific Asia America Europe Africa
Japan China States Kingdom Union Republic Emirates Korea Washington Tokyo Beijing Moscow Delhi Indo Treasury Commerce
White Harbour Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December""".split())
_APPOSITIVE_AFTER = re.compile(r"\s*(?:,\s*(?:the|a|an|who|[A-Z][\w’']*’s|[A-Z][\w’']*'s)\b|\s[–—-]\s)")
_QUOTE_OPEN, _QUOTE_CLOSE = "“«„「『", "”»」』"
_FAQ = re.compile(r"^\W*Q\d+[.:)]")


def _key(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).casefold()


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Regions inside quotation marks (a quote left open runs to the end;
    one closed without opening runs from the start)."""
    spans, opened = [], None
    straight_open = None
    for i, ch in enumerate(text):
        if ch in _QUOTE_OPEN and opened is None:
            opened = i
        elif ch in _QUOTE_CLOSE:
            spans.append((opened if opened is not None else 0, i + 1))
            opened = None
        elif ch == '"':
            if straight_open is None:
                straight_open = i
            else:
                spans.append((straight_open, i + 1))
                straight_open = None
    for start in (opened, straight_open):
        if start is not None:
            spans.append((start, len(text)))
    return spans


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def sentence_hints(
    text: str,
    paragraph: str | None = None,
    *,
    registry: Registry | None = None,
    published: date | None = None,
    cues: Cues | None = None,
) -> list[Hint]:
    """Every hint for one sentence, in order of position."""
    cues = cues or load_cues()
    paragraph = paragraph or text
    quotes = quoted_spans(text)
    hints: list[Hint] = []
    vague_spans = []

    for m in cues.vague.finditer(text):
        vague_spans.append(m.span())
        hints.append(Hint(*m.span(), "vague_attribution", m.group(), "unnamed collective as the source: counts as unsourced"))
    for m in cues.vague_phrases.finditer(text):
        if not any(s <= m.start() < e for s, e in vague_spans):
            vague_spans.append(m.span())
            hints.append(Hint(*m.span(), "vague_attribution", m.group(), "vague attribution: no identifiable source"))

    attributed = False
    for pattern in (cues.reporting, cues.phrases):
        for m in pattern.finditer(text):
            # A verb whose subject is an unnamed collective ("sources close to the council say") is vague.
            if _inside(quotes, *m.span()) or any(s <= m.start() <= e + 40 for s, e in vague_spans):
                continue
            attributed = True
            source = _named_source(text, m.start(), m.end())
            loaded = m.group().casefold() in cues.loaded
            reason = (f"attribution to {source}" if source else "attribution cue: check the source is identifiable")
            if loaded:
                reason += " (loaded verb: still sourced)"
            hints.append(Hint(*m.span(), "attribution", m.group(), reason))

    direct = [(s, e) for s, e in quotes if len(text[s:e].split()) >= 5]
    if direct and not attributed and not cues.reporting.search(_without(paragraph, text)) \
            and not cues.phrases.search(paragraph):
        s, e = direct[0]
        hints.append(Hint(s, e, "quote_without_speaker", text[s:e][:40], "a direct quote with no speaker in its paragraph"))

    for pattern, reason in ((cues.opinion, "opinion marker in the writer's voice"),
                            (cues.first_person, "first person: the writer's own view")):
        for m in pattern.finditer(text):
            if _inside(quotes, *m.span()) or (pattern is cues.first_person and m.group().isupper() and len(m.group()) > 1):
                continue
            hints.append(Hint(*m.span(), "opinion_marker", m.group(), reason))
    stripped = text.rstrip()
    if stripped.endswith("?") and not _inside(quotes, len(stripped) - 1, len(stripped)) and not _FAQ.match(text):
        hints.append(Hint(len(stripped) - 1, len(stripped), "opinion_marker", "?",
                          "a question in the writer's voice (rhetorical unless it heads an answer)"))

    if not attributed:
        for pattern, what in ((cues.figure, "a figure"), (cues.superlative, "a superlative")):
            for m in pattern.finditer(text):
                if not _inside(quotes, *m.span()):
                    hints.append(Hint(*m.span(), "unsourced_figure", m.group(), f"{what} with no source in the sentence"))

    frames = [m.span() for m in cues.honorific.finditer(text)] + [m.span() for m in cues.authority.finditer(text)]
    for m in cues.authority.finditer(text):
        hints.append(Hint(*m.span(), "authority_frame", m.group(), "authority frame: can the person be traced?"))

    for start, end, name, framed in _people(text, cues, frames):
        hint = _check_name(text, start, end, name, registry, published, cues, framed) if registry is not None else None
        if hint is not None:
            hints.append(hint)
        elif framed:
            hints.append(Hint(start, end, "authority_frame", name, "title or honorific: can the person be traced?"))
    hints.sort(key=lambda h: (h.start, KINDS.index(h.kind)))
    return hints


def _without(paragraph: str, sentence: str) -> str:
    return paragraph.replace(sentence, " ") if sentence in paragraph else paragraph


def _named_source(text: str, start: int, end: int) -> str | None:
    """A capitalised name next to the cue: before it ("Mayor Okafor said")
    or after it ("said Dr. Lee", "according to the Water Authority")."""
    before = text[max(0, start - 80):start]
    after = text[end:end + 80]
    found_after = re.match(r"\s*(?:by\s+|to\s+)?(?:the\s+)?((?:[A-Z][\w’'.\-]*\s*){1,5})", after)
    candidates = [m.group().strip() for m in re.finditer(r"(?:[A-Z][\w’'.\-]*\s+){0,4}[A-Z][\w’'.\-]*", before)]
    if candidates and before.rstrip().endswith(candidates[-1]):
        return candidates[-1]
    if found_after and found_after.group(1).strip():
        return found_after.group(1).strip()
    if re.search(r"\b(?:he|she|they)\s*$", before, re.IGNORECASE):
        return "a person named earlier"
    return None


def _people(text: str, cues: Cues, frames: list[tuple[int, int]]):
    """Person-like names: capitalised runs after a title or honorific, next
    to a reporting verb, or in an appositive. Yields (start, end, name, framed)."""
    for m in _NAME.finditer(text):
        # Drop leading title words ("US Treasury Secretary Scott Bessent" -> "Scott Bessent").
        tokens = [(t.start() + m.start(), t.group()) for t in re.finditer(r"\S+", m.group())]
        while tokens and tokens[0][1].casefold() in cues.title_words:
            tokens = tokens[1:]
        words = [w for _, w in tokens]
        if not 2 <= len(words) <= 3 or any(w.strip(".’'") in _NOT_PEOPLE for w in words) \
                or any(w.isupper() and len(w) > 1 for w in words):
            continue
        start, end = tokens[0][0], m.end()
        before = text[max(0, start - 40):start]
        framed = any(s <= start <= e + 1 for s, e in frames) or bool(re.search(r"(?:Dr|Prof|Professor)\.?\s*$", before))
        titled = bool(cues.titles.search(before[-30:])) or framed
        near_verb = bool(cues.reporting.search(text[max(0, start - 25):start])) or bool(
            cues.reporting.search(text[end:end + 25]))
        appositive = bool(_APPOSITIVE_AFTER.match(text, end))
        if titled or near_verb or appositive:
            yield start, end, " ".join(words), framed


def _title_context(text: str, start: int, end: int) -> str:
    """Where a person's title is written: just before the name, or in an
    appositive right after it ("X, the city's water commissioner,")."""
    before = text[max(0, start - 30):start]
    after = ""
    m = _APPOSITIVE_AFTER.match(text, end)
    if m:
        stop = re.search(r"[,.;:]", text[m.end():m.end() + 80])
        after = text[m.end():m.end() + (stop.start() if stop else 80)]
    return before + " | " + after


def _check_name(text: str, start: int, end: int, name: str, registry: Registry, published: date | None,
                cues: Cues, framed: bool) -> Hint | None:
    person = registry.by_name.get(_key(name))
    if person is not None:
        titles = {t.group().casefold() for t in cues.titles.finditer(_title_context(text, start, end))}
        titles -= {"dr.", "professor"}
        active = [r for r in person.roles if r.active_on(published)]
        if titles and person.roles and not any(
                set(t.split()) <= set(re.findall(r"[\w.]+", r.title.casefold())) for t in titles
                for r in (active or person.roles)):
            role = active[0].title if active else person.roles[0].title
            return Hint(start, end, "role_mismatch", name,
                        f"the registry has {person.name} as {role}, not {', '.join(sorted(titles))}")
        return Hint(start, end, "name_verified", name, f"verified: {person.describe(published)}")
    parts = name.split()
    given, surname = parts[0].casefold(), parts[-1].casefold()
    same_surname = registry.by_surname.get(surname, [])
    if same_surname:
        holder = same_surname[0]
        other = [p for p in registry.by_given.get(given, []) if p is not holder]
        if other:
            return Hint(start, end, "possible_blend", name,
                        f"given name of {other[0].name}, surname of {holder.describe(published)}")
        return Hint(start, end, "name_mismatch", name,
                    f"surname of {holder.describe(published)}; \u201c{parts[0]}\u201d differs")
    if registry.names:
        from rapidfuzz import fuzz, process  # only needed once a name is unknown

        best = process.extractOne(_key(name), registry.names, scorer=fuzz.ratio, score_cutoff=MISSPELLING_SCORE)
        if best is not None:
            match = registry.by_name[best[0]]
            return Hint(start, end, "possible_misspelling", name, f"close to {match.name} (similarity {best[1]:.0f})")
    if framed:
        return Hint(start, end, "unverified_expert", name, "not in the registry, in an authority frame: can they be traced?")
    return None
