"""What a hint is, and the kinds there are."""

from __future__ import annotations

from dataclasses import dataclass

KINDS = (
    "attribution",
    "vague_attribution",
    "quote_without_speaker",
    "opinion_marker",
    "unsourced_figure",
    "authority_frame",
    "name_verified",
    "name_mismatch",
    "possible_blend",
    "possible_misspelling",
    "unverified_expert",
    "role_mismatch",
    "machine_text",
)
# The kinds that point at a problem with the support (the rest describe it).
PROBLEMS = frozenset(
    {
        "quote_without_speaker",
        "name_mismatch",
        "possible_blend",
        "possible_misspelling",
        "unverified_expert",
        "role_mismatch",
        "machine_text",
    }
)
# The kinds that come from checking a person against the registry.
NAME_KINDS = frozenset(
    {"name_verified", "name_mismatch", "possible_blend", "possible_misspelling", "unverified_expert", "role_mismatch"}
)


@dataclass(frozen=True, slots=True)
class Hint:
    """One cue in a sentence: ``text[start:end] == cue``."""

    start: int
    end: int
    kind: str
    cue: str
    reason: str
