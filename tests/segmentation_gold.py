"""Hand-made gold segmentations and the boundary F1 used to score against them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

GOLD_DIR = Path(__file__).parent / "data" / "segmentation"


@dataclass(frozen=True)
class GoldUnit:
    text: str
    paragraph: int


def read_gold(path: Path) -> list[GoldUnit]:
    """One unit per line; a blank line starts the next paragraph."""
    units: list[GoldUnit] = []
    paragraph = 0
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            if units and units[-1].paragraph == paragraph:
                paragraph += 1
            continue
        units.append(GoldUnit(line, paragraph))
    return units


def locate(text: str, units: list[str]) -> list[tuple[int, int]]:
    """Offsets of each unit, found in order in ``text``."""
    spans = []
    pos = 0
    for unit in units:
        start = text.find(unit, pos)
        if start < 0:
            raise AssertionError(f"gold unit not found in order: {unit!r}")
        spans.append((start, start + len(unit)))
        pos = start + len(unit)
    return spans


def boundary_f1(predicted: list[tuple[int, int]], gold: list[tuple[int, int]]) -> float:
    """F1 over unit boundaries (every start and end offset)."""
    p = {b for span in predicted for b in span}
    g = {b for span in gold for b in span}
    if not p and not g:
        return 1.0
    tp = len(p & g)
    precision = tp / len(p) if p else 0.0
    recall = tp / len(g) if g else 0.0
    return 0.0 if tp == 0 else 2 * precision * recall / (precision + recall)
