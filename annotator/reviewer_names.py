"""The one rule for reviewer names, wherever a name enters: ``--annotator``
and ``--adjudicator``, the defaults from ``ANNOTATOR_NAME`` or the login
name, and the annotator column of a merged label file.

A reviewer name is how labels are told apart and counted in agreement, so
two names that look the same must be the same name: it is NFC-normalised,
runs of spaces are one space, and characters that are invisible, control
the terminal, or only look like other letters are refused."""

from __future__ import annotations

import unicodedata

from annotator.errors import quoted

MAX_REVIEWER_NAME = 64

_REFUSED_CATEGORIES = {
    "Cc": "a control character",
    "Cf": "an invisible formatting character",
    "Zl": "a line separator",
    "Zp": "a paragraph separator",
    "Zs": "a space other than the plain space",
    "Cs": "a lone surrogate",
    "Co": "a private-use character",
    "Cn": "an unassigned character",
}

# Invisible although Unicode files them as letters or marks (fillers, the
# combining grapheme joiner, variation selectors, the blank braille cell).
_INVISIBLE = frozenset(
    [
        0x034F,
        0x115F,
        0x1160,
        0x17B4,
        0x17B5,
        0x180B,
        0x180C,
        0x180D,
        0x180F,
        0x2800,
        0x3164,
        0xFFA0,
        *range(0xFE00, 0xFE10),
        *range(0xE0100, 0xE01F0),
    ]
)

# Scripts whose letters look alike ("а" is Cyrillic, "a" Latin).
_CONFUSABLE_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC")


def reviewer_name(value: str) -> str:
    """``value`` as a reviewer name: NFC, trimmed, single spaces, at most
    ``MAX_REVIEWER_NAME`` characters. Raises ``ValueError`` with a one-line
    reason for an empty or overlong name, control, invisible or format
    characters, look-alike forms (full-width letters, ligatures, styled
    mathematical letters) and names mixing Latin, Greek and Cyrillic."""
    if len(value) > 4 * MAX_REVIEWER_NAME:  # no need to look closer (or normalise megabytes)
        raise ValueError(f"reviewer name is longer than {MAX_REVIEWER_NAME} characters")
    name = " ".join(part for part in unicodedata.normalize("NFC", value).split(" ") if part)
    if not name:
        raise ValueError("reviewer name is empty")
    if len(name) > MAX_REVIEWER_NAME:
        raise ValueError(f"reviewer name is longer than {MAX_REVIEWER_NAME} characters")
    scripts = set()
    for char in name:
        refused = _REFUSED_CATEGORIES.get(unicodedata.category(char))
        if char == " ":
            continue
        if refused is None and ord(char) in _INVISIBLE:
            refused = "an invisible character"
        if refused is not None:
            raise ValueError(f"reviewer name {_shown(name)} has {refused} (U+{ord(char):04X})")
        plain = unicodedata.normalize("NFKC", char)
        if plain != char:
            raise ValueError(
                f"reviewer name {_shown(name)} has {char!r} (U+{ord(char):04X} "
                f"{unicodedata.name(char, 'UNNAMED')}), a look-alike of {plain!r}"
            )
        if char.isalpha():
            script = unicodedata.name(char, "").split(" ")[0]
            if script in _CONFUSABLE_SCRIPTS:
                scripts.add(script)
    if len(scripts) > 1:
        mixed = " and ".join(s.title() for s in _CONFUSABLE_SCRIPTS if s in scripts)
        raise ValueError(f"reviewer name {_shown(name)} mixes {mixed} letters, which look alike")
    return name


def _shown(name: str) -> str:
    """The name quoted for a message, with the invisible characters that
    Python's escapes leave as they are escaped too."""
    return "".join(c.encode("unicode_escape").decode() if ord(c) in _INVISIBLE else c for c in quoted(name))
