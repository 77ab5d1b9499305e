"""The final label of a sentence for a data set (pure; no database)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

GOLD, MAJORITY, SINGLE, UNRESOLVED = "gold", "majority", "single", "unresolved"


def resolve(labels: Sequence[str], gold: str | None) -> tuple[str | None, str]:
    """``(label, label_source)``: the adjudicated gold label if there is one,
    else the strict majority (more than half of the labels), else the only
    label, else ``(None, "unresolved")``."""
    if gold is not None:
        return gold, GOLD
    if len(labels) == 1:
        return labels[0], SINGLE
    if labels:
        label, votes = Counter(labels).most_common(1)[0]
        if votes * 2 > len(labels):
            return label, MAJORITY
    return None, UNRESOLVED


def unanimous(labels: Sequence[str]) -> str:
    """``true`` when two or more labels all agree, ``false`` when they
    differ, empty when fewer than two labels were given."""
    if len(labels) < 2:
        return ""
    return "true" if len(set(labels)) == 1 else "false"
