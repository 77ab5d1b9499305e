"""One-line messages of the command line, as plain strings: the commands
that print only these never load Rich."""

from __future__ import annotations

from annotator.db.records import LabelChange


def label_change_line(change: LabelChange) -> str:
    """One line confirming a label change:
    ``sentence 42: unsourced (was none) by alice; note saved``."""
    line = (
        f"sentence {change.sentence_id}: {change.new_label or 'none'} (was {change.old_label or 'none'}) "
        f"by {change.annotator}"
    )
    if change.new_note != change.old_note:
        line += "; note saved" if change.new_note else "; note removed"
    return line
