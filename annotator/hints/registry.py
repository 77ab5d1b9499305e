"""The verified people the name checks compare against, with dated roles."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache


@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """A name folded for comparison: case, accents, apostrophes, spacing and
    a trailing possessive or full stop do not count."""
    text = unicodedata.normalize("NFKD", name.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = " ".join(text.split()).casefold().rstrip(".,;:")
    return text.removesuffix("'s").removesuffix("'")


@dataclass(frozen=True)
class Role:
    title: str
    organisation: str = ""
    start: str | None = None  # ISO dates; None = open
    end: str | None = None

    def active_on(self, day: date | None) -> bool:
        """Held on that day (any day when the day is unknown)."""
        if day is None:
            return True
        iso = day.isoformat()
        return (self.start is None or self.start <= iso) and (self.end is None or iso <= self.end)

    def ended_before(self, day: date | None) -> bool:
        """Over by that day (a "former" title)."""
        return self.end is not None and (day is None or self.end < day.isoformat())

    def describe(self) -> str:
        return self.title + (f" ({self.organisation})" if self.organisation else "")


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()

    def roles_on(self, day: date | None) -> list[Role]:
        return [r for r in self.roles if r.active_on(day)]

    def describe(self, day: date | None = None) -> str:
        """The name with the role held on ``day`` (none if they held none then)."""
        roles = self.roles_on(day)
        return f"{self.name}, {roles[0].describe()}" if roles else self.name


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
                self.by_name[name_key(name)] = person
                if len(name_key(name).split()) >= 2:
                    given, surname = given_and_surname(name)
                    if person not in self.by_surname.get(surname, []):
                        self.by_surname.setdefault(surname, []).append(person)
                    if person not in self.by_given.get(given, []):
                        self.by_given.setdefault(given, []).append(person)
        self.names = list(self.by_name)

    def __bool__(self) -> bool:
        return bool(self.people)


_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def _surname(parts: list[str]) -> str:
    """The family name of a folded name: the last word, past a "Jr."."""
    for part in reversed(parts):
        if part not in _SUFFIXES:
            return part
    return parts[-1]


# "Kuo Hsiu-chin", "Kim Min-jun": a family name, then a given name of two
# syllables joined by a hyphen (lower case after it, unlike "Smith-Jones").
_FAMILY_NAME_FIRST = re.compile(r"[A-Z][a-z]{1,8} [A-Z][a-z]{1,8}-[a-z]{1,8}")


def given_and_surname(name: str) -> tuple[str, str]:
    """The folded given and family names of a full name."""
    parts = name_key(name).split()
    if len(parts) == 2 and _FAMILY_NAME_FIRST.fullmatch(name.strip().removesuffix("’s").removesuffix("'s")):
        return parts[1], parts[0]
    return parts[0], _surname(parts)
