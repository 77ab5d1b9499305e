"""Spreadsheet safety: a cell that begins with = + - @ tab or carriage return
can run as a formula when a CSV file is opened in a spreadsheet."""

from __future__ import annotations

RISKY_FIRST_CHARACTERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")


def is_risky(value: object) -> bool:
    """True for text a spreadsheet could read as a formula."""
    return isinstance(value, str) and value[:1] in RISKY_FIRST_CHARACTERS


def _guarded(value: str) -> bool:
    """A risky character after any leading apostrophes. Text that already
    begins with ``'=`` gets an apostrophe too, so that ``restore`` can tell
    an apostrophe we added from one that was there: each value has exactly
    one excel-safe form and comes back from it unchanged."""
    return value.lstrip("'")[:1] in RISKY_FIRST_CHARACTERS


def neutralise(value: str) -> str:
    """The usual defence: a leading apostrophe makes the cell plain text."""
    return "'" + value if _guarded(value) else value


def restore(value: str) -> str:
    """Undo ``neutralise``: only for a file written excel-safe (elsewhere a
    leading apostrophe is the text's own)."""
    return value[1:] if value[:1] == "'" and _guarded(value[1:]) else value
