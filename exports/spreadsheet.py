"""Spreadsheet safety: a cell that begins with = + - @ tab or carriage return
can run as a formula when a CSV file is opened in a spreadsheet."""

from __future__ import annotations

RISKY_FIRST_CHARACTERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")


def is_risky(value: object) -> bool:
    """True for text a spreadsheet could read as a formula."""
    return isinstance(value, str) and value[:1] in RISKY_FIRST_CHARACTERS


def neutralise(value: str) -> str:
    """The usual defence: a leading apostrophe makes the cell plain text."""
    return "'" + value if is_risky(value) else value


def restore(value: str) -> str:
    """Undo ``neutralise`` (for reading an excel-safe file back)."""
    return value[1:] if value[:1] == "'" and value[1:2] in RISKY_FIRST_CHARACTERS else value
