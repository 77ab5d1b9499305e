"""The four reliability labels of the guidelines: the source of the default
codebook (``db.codebook_default``). Which labels a database accepts is its
codebook's to say (``db.codebook``), not this enum's."""

from __future__ import annotations

from enum import StrEnum


class Label(StrEnum):
    """How an article presents support for a sentence's main content."""

    SOURCED = "sourced"
    UNSOURCED = "unsourced"
    OPINION = "opinion"
    SUSPICIOUS = "suspicious"


LABEL_VALUES: tuple[str, ...] = tuple(label.value for label in Label)


def parse_label(value: str) -> str | None:
    """The label of the default codebook named by ``value``; ``none`` (or
    empty) clears a label. ``ValueError`` naming the accepted values otherwise.
    Commands check against their database's codebook (``Codebook.parse``)."""
    from annotator.db.codebook_default import DEFAULT_CODEBOOK

    return DEFAULT_CODEBOOK.parse(value)
