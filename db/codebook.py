"""The codebook: the labels a study uses (value, display name, keys, style,
description, examples), the order the guidelines check them in, and the
guidelines text. Pure data and its rules; ``db.codebook_store`` keeps it in
the database and ``db.codebook_default`` is the codebook of a database that
stores none.

Every layer asks the codebook, never a fixed list: which labels are valid,
their order in counts and agreement tables, the keys that set them."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field

# A label's value is stored (annotation.label is 20 characters) and written
# into SQL and CSS class names: plain lower-case words only.
VALUE_PATTERN = re.compile(r"[a-z][a-z0-9_-]{0,19}")
MAX_LABELS = 20
MAX_NAME = 40
MAX_DESCRIPTION = 2000
MAX_EXAMPLES = 20
MAX_GUIDELINES = 100_000
# "none" clears a label wherever a label is typed.
RESERVED_VALUES = frozenset({"none"})
# Keys the review and adjudication screens use for their other commands
# (annotator/tui/keys.py; a test keeps the two in step).
RESERVED_KEYS = frozenset("0 e z a j k n N g G ] [ h H v / q ? A P t".split())
TEXT_STYLES = frozenset({"bold", "italic", "underline", "reverse", "dim", "strike"})
# Theme colours a style may name (as $name); they follow the theme, light or dark.
THEME_COLOURS = frozenset(
    {
        "primary",
        "secondary",
        "accent",
        "warning",
        "error",
        "success",
        "foreground",
        "text-primary",
        "text-secondary",
        "text-accent",
        "text-warning",
        "text-error",
        "text-success",
        "text-muted",
    }
)
_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


class CodebookError(ValueError):
    """A codebook that breaks a rule; the message is one line."""


@dataclass(frozen=True)
class LabelSpec:
    """One label: ``value`` is what is stored and exported, ``name`` what
    screens show, ``key`` (and ``alt_key``) what sets it in the review."""

    value: str
    name: str
    key: str
    alt_key: str | None = None
    style: str = "bold"
    description: str = ""
    examples: tuple[str, ...] = ()

    @property
    def keys(self) -> tuple[str, ...]:
        """The keys that set it, the main one first."""
        return (self.key, self.alt_key) if self.alt_key else (self.key,)

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"value": self.value, "name": self.name, "key": self.key}
        if self.alt_key:
            data["alt_key"] = self.alt_key
        data.update(style=self.style, description=self.description, examples=list(self.examples))
        return data


@dataclass(frozen=True)
class Codebook:
    """The labels in key order, the decision order, the guidelines (Markdown)
    and the stored version (0: the default, nothing stored)."""

    labels: tuple[LabelSpec, ...]
    decision_order: tuple[str, ...]
    guidelines: str
    version: int = field(default=0, compare=False)

    # --- reading ---------------------------------------------------------------------
    @property
    def values(self) -> tuple[str, ...]:
        """The label values, in the codebook's (key) order."""
        return tuple(label.value for label in self.labels)

    def get(self, value: str) -> LabelSpec | None:
        """The label with this value, or None."""
        return next((label for label in self.labels if label.value == value), None)

    def accepted(self) -> str:
        """``sourced|unsourced|…|none``: what a label argument may be."""
        return "|".join((*self.values, "none"))

    def parse(self, text: str) -> str | None:
        """The label value named by ``text``; ``none`` (or empty) clears a
        label. Raises ``ValueError`` naming the accepted values otherwise."""
        given = text.strip().lower()
        if given in ("", "none"):
            return None
        if given in self.values:
            return given
        raise ValueError(f"unknown label {text!r} (expected {self.accepted()})")

    def key_range(self) -> str:
        """The main keys as help text says them: ``1-4``, or ``1/2/x``."""
        keys = [label.key for label in self.labels]
        if (
            len(keys) > 1
            and all(k.isdigit() for k in keys)
            and [int(k) for k in keys] == list(range(int(keys[0]), int(keys[0]) + len(keys)))
        ):
            return f"{keys[0]}-{keys[-1]}"
        return "/".join(keys)

    # --- identity ----------------------------------------------------------------------
    def to_dict(self) -> dict[str, object]:
        """The codebook as plain data (what ``codebook export`` writes)."""
        return {
            "decision_order": list(self.decision_order),
            "guidelines": self.guidelines,
            "labels": [label.to_dict() for label in self.labels],
        }

    def sha256(self) -> str:
        """A hash of the content (not the version): equal codebooks, equal hashes."""
        text = json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def record(self) -> dict[str, object]:
        """What a manifest says about the codebook."""
        return {
            "version": self.version,
            "sha256": self.sha256(),
            "labels": list(self.values),
            "decision_order": list(self.decision_order),
        }


# --- building and checking ------------------------------------------------------------------
def codebook_from_dict(data: object, *, version: int = 0) -> Codebook:
    """A checked codebook from plain data (TOML or JSON): ``labels`` (a list
    of tables with ``value``, ``key`` and optionally ``name``, ``alt_key``,
    ``style``, ``description``, ``examples``), optional ``decision_order``
    (default: the labels' order) and ``guidelines``. ``CodebookError`` (one
    line) names the first thing wrong."""
    if not isinstance(data, dict):
        raise CodebookError("a codebook is a table with a labels list")
    unknown = sorted(set(data) - {"labels", "decision_order", "guidelines", "rename"})
    if unknown:
        raise CodebookError(
            f"unknown codebook field {unknown[0]!r} (expected labels, decision_order, guidelines, rename)"
        )
    raw_labels = data.get("labels")
    if not isinstance(raw_labels, list) or not raw_labels:
        raise CodebookError("the codebook has no labels (give at least one [[labels]] table)")
    if len(raw_labels) > MAX_LABELS:
        raise CodebookError(f"{len(raw_labels)} labels; at most {MAX_LABELS}")
    labels = tuple(_label_from(item, number) for number, item in enumerate(raw_labels, 1))
    values = [label.value for label in labels]
    _unique(values, "label value")
    _unique([key for label in labels for key in label.keys], "key")
    order = data.get("decision_order", values)
    if not isinstance(order, list) or not all(isinstance(v, str) for v in order):
        raise CodebookError("decision_order must be a list of label values")
    if sorted(order) != sorted(values) or len(set(order)) != len(order):
        missing = [v for v in values if v not in order]
        extra = [v for v in order if v not in values]
        what = (
            f"misses {missing[0]!r}"
            if missing
            else f"names {extra[0]!r}, not a label"
            if extra
            else "names a label twice"
        )
        raise CodebookError(f"decision_order must list every label once; it {what}")
    guidelines = data.get("guidelines", "")
    if not isinstance(guidelines, str):
        raise CodebookError("guidelines must be text (Markdown)")
    if len(guidelines) > MAX_GUIDELINES:
        raise CodebookError(f"guidelines are longer than {MAX_GUIDELINES} characters")
    _no_controls(guidelines, "guidelines", newlines=True)
    return Codebook(labels=labels, decision_order=tuple(order), guidelines=guidelines, version=version)


def _label_from(item: object, number: int) -> LabelSpec:
    where = f"label {number}"
    if not isinstance(item, dict):
        raise CodebookError(f"{where} is not a table")
    unknown = sorted(set(item) - {"value", "name", "key", "alt_key", "style", "description", "examples"})
    if unknown:
        raise CodebookError(
            f"{where}: unknown field {unknown[0]!r} (expected value, name, key, alt_key, style, description, examples)"
        )
    value = item.get("value")
    if not isinstance(value, str) or not VALUE_PATTERN.fullmatch(value) or value in RESERVED_VALUES:
        raise CodebookError(
            f"{where}: value {_shown(value)} must be a lower-case word of at most 20 letters, digits, - or _ (not none)"
        )
    where = f"label {value!r}"
    name = item.get("name", value)
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME:
        raise CodebookError(f"{where}: name must be text of 1 to {MAX_NAME} characters")
    _no_controls(name, f"{where}: name")
    key = _key(item.get("key"), where, "key")
    alt_key = item.get("alt_key")
    alt_key = None if alt_key in (None, "") else _key(alt_key, where, "alt_key")
    style = item.get("style", "bold")
    check_style(style, where)
    description = item.get("description", "")
    if not isinstance(description, str) or len(description) > MAX_DESCRIPTION:
        raise CodebookError(f"{where}: description must be text of at most {MAX_DESCRIPTION} characters")
    _no_controls(description, f"{where}: description", newlines=True)
    examples = item.get("examples", [])
    if (
        not isinstance(examples, list)
        or len(examples) > MAX_EXAMPLES
        or not all(isinstance(e, str) and len(e) <= MAX_DESCRIPTION for e in examples)
    ):
        raise CodebookError(f"{where}: examples must be a list of at most {MAX_EXAMPLES} texts")
    for example in examples:
        _no_controls(example, f"{where}: an example")
    return LabelSpec(
        value=value,
        name=name.strip(),
        key=key,
        alt_key=alt_key,
        style=style,
        description=description.strip(),
        examples=tuple(examples),
    )


def _key(key: object, where: str, field_name: str) -> str:
    if not isinstance(key, str) or len(key) != 1 or not (key.isascii() and key.isalnum()):
        raise CodebookError(f"{where}: {field_name} must be one letter or digit, not {_shown(key)}")
    if key in RESERVED_KEYS:
        raise CodebookError(
            f"{where}: {field_name} {key!r} is taken by another command (taken: {' '.join(sorted(RESERVED_KEYS))})"
        )
    return key


def check_style(style: object, where: str = "style") -> None:
    """A style is words: text styles (bold, italic, underline, reverse, dim,
    strike) and at most one colour, a theme colour (``$text-success``) or
    ``#rrggbb``. ``CodebookError`` otherwise."""
    if not isinstance(style, str) or len(style) > 100:
        raise CodebookError(f"{where}: style must be text")
    colours = 0
    for word in style.split():
        if word in TEXT_STYLES:
            continue
        if _HEX.fullmatch(word) or (word.startswith("$") and word[1:] in THEME_COLOURS):
            colours += 1
            continue
        raise CodebookError(
            f"{where}: style word {_shown(word)} is not one of {', '.join(sorted(TEXT_STYLES))}, "
            "$theme-colour or #rrggbb"
        )
    if colours > 1:
        raise CodebookError(f"{where}: style names more than one colour")


def split_style(style: str) -> tuple[str | None, list[str]]:
    """(colour or None, text styles) of a checked style."""
    words = style.split()
    colour = next((w for w in words if w not in TEXT_STYLES), None)
    return colour, [w for w in words if w in TEXT_STYLES]


def _unique(items: list[str], what: str) -> None:
    seen: set[str] = set()
    for item in items:
        if item in seen:
            raise CodebookError(f"{what} {item!r} is used twice")
        seen.add(item)


def _no_controls(text: str, where: str, *, newlines: bool = False) -> None:
    allowed = "\n\t" if newlines else ""
    bad = next((c for c in text if unicodedata.category(c) in ("Cc", "Cs") and c not in allowed), None)
    if bad is not None:
        raise CodebookError(f"{where} has a control character (U+{ord(bad):04X})")


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"
