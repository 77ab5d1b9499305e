"""Errors the application raises with a message fit to show a user."""


class AnnotatorError(Exception):
    """A problem explained in one line; ``exit_code`` follows the CLI contract
    (1: input rejected, 2: usage error)."""

    exit_code = 1


class UsageError(AnnotatorError):
    """The command was given a value it cannot use."""

    exit_code = 2


DISK_FULL = (
    "the disk is full: nothing of this change was saved (what was saved before is kept); free some space and try again"
)


def quoted(value: object, limit: int = 40) -> str:
    """``value`` as a Python literal for an error message: escapes make
    control and invisible characters visible, and a long value is cut, so
    the message stays one readable line."""
    text = repr(value)
    return text if len(text) <= limit else f"{text[: limit - 1]}…"
