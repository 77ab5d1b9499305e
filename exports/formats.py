"""The export formats, in one registry: what each is called, what a row is,
its columns, how it is written and what ``import-labels`` takes back from it.
The writer, the command line (its choices and help) and ``import-labels``
read this table; adding a format means adding an entry here and its writer."""

from __future__ import annotations

from dataclasses import dataclass

from annotator.exports.columns import DATASET_COLUMNS, LONG_COLUMNS, WIDE_LEADING, WIDE_TRAILING

# What import-labels takes back from a format's file.
REVIEWER_LABELS = "reviewer labels"
GOLD_LABELS = "gold labels"


@dataclass(frozen=True)
class ExportFormat:
    """One export format."""

    name: str
    summary: str  # one line, for --help and errors
    row: str  # what one row is
    per_label: bool  # one row per sentence and reviewer (else one per sentence)
    json_lines: bool  # JSON Lines rather than CSV
    reimports: str | None  # what import-labels merges back from it, if anything

    def columns(self, annotators: list[str] | tuple[str, ...] = ()) -> tuple[str, ...]:
        """The columns in order (``wide`` has one per reviewer)."""
        if self.per_label:
            return LONG_COLUMNS
        if self.name == "wide":
            return (*WIDE_LEADING, *annotators, *WIDE_TRAILING)
        return DATASET_COLUMNS


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat(
            "long",
            "one row per sentence and reviewer (re-importable)",
            "a sentence and one reviewer's label",
            per_label=True,
            json_lines=False,
            reimports=REVIEWER_LABELS,
        ),
        ExportFormat(
            "wide",
            "one row per sentence, a column per reviewer, the gold label",
            "a sentence",
            per_label=False,
            json_lines=False,
            reimports=GOLD_LABELS,
        ),
        ExportFormat(
            "dataset",
            "one row per sentence with its final label and where it came from",
            "a sentence",
            per_label=False,
            json_lines=False,
            reimports=GOLD_LABELS,
        ),
        ExportFormat(
            "jsonl",
            "the long rows as JSON Lines (re-importable)",
            "a sentence and one reviewer's label",
            per_label=True,
            json_lines=True,
            reimports=REVIEWER_LABELS,
        ),
    )
}


def export_format(name: str) -> ExportFormat:
    """The format called ``name``; ``ValueError`` naming the choices otherwise."""
    try:
        return FORMATS[name]
    except KeyError:
        raise ValueError(f"unknown format {name!r} (expected {'|'.join(FORMATS)})") from None


def format_help() -> str:
    """The formats for a help text: ``long | wide | dataset | jsonl``."""
    return " | ".join(FORMATS)
