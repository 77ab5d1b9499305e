"""The four reliability labels, the one vocabulary every layer shares."""

from __future__ import annotations

from enum import StrEnum


class Label(StrEnum):
    """How an article presents support for a sentence's main content."""

    SOURCED = "sourced"
    UNSOURCED = "unsourced"
    OPINION = "opinion"
    SUSPICIOUS = "suspicious"


LABEL_VALUES: tuple[str, ...] = tuple(label.value for label in Label)


def parse_label(value: str) -> Label | None:
    """Return the label named by ``value``; ``none`` (or empty) clears a label.

    Raises ``ValueError`` naming the accepted values for anything else.
    """
    text = value.strip().lower()
    if text in ("", "none"):
        return None
    try:
        return Label(text)
    except ValueError:
        accepted = "|".join((*LABEL_VALUES, "none"))
        raise ValueError(f"unknown label {value!r} (expected {accepted})") from None
