"""What the hints imply about a sentence's label, for measuring them against
labels people gave (hints never set a label in the tool)."""

from __future__ import annotations

from annotator.hints import Hint

SUSPICIOUS_KINDS = frozenset({"quote_without_speaker", "name_mismatch", "possible_blend", "possible_misspelling",
                              "unverified_expert", "role_mismatch", "authority_frame"})
SUPPORT_KINDS = frozenset({"attribution", "name_verified"})
UNSOURCED_KINDS = frozenset({"vague_attribution", "unsourced_figure"})


def implied_label(hints: list[Hint], paragraph_hints: list[Hint] = ()) -> str | None:
    """The label the guidelines' decision order gives these hints, or None.
    Attribution elsewhere in the paragraph counts (it resolves later)."""
    kinds = {h.kind for h in hints}
    if kinds & SUSPICIOUS_KINDS:
        return "suspicious"
    if kinds & SUPPORT_KINDS:
        return "sourced"
    if "opinion_marker" in kinds:
        return "opinion"
    if kinds & UNSOURCED_KINDS:
        return "unsourced"
    if any(h.kind == "attribution" for h in paragraph_hints):
        return "sourced"
    return None


def precision_recall(pairs: list[tuple[str, str | None]], labels: list[str]) -> dict[str, dict[str, float | None]]:
    """Per label: precision and recall of implied labels against gold ones.
    ``pairs`` are (gold, implied)."""
    result = {}
    for label in labels:
        predicted = sum(1 for _, p in pairs if p == label)
        actual = sum(1 for g, _ in pairs if g == label)
        hits = sum(1 for g, p in pairs if g == p == label)
        result[label] = {"precision": hits / predicted if predicted else None,
                         "recall": hits / actual if actual else None, "gold": actual}
    return result
