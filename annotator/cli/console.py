"""Where the command line writes: standard output and standard error, as
Rich consoles made on first use, and plain one-line writes that need no
Rich at all.

Loading Rich costs about a twentieth of a second; ``label`` and ``export``
print one plain line each, so they write it directly and never load it.
Anything from the data is made visible first (``exports.display_text``):
shown as the literal text it is, control characters as pictures.
"""

from __future__ import annotations

import sys
from typing import Any

from annotator.exports.display_text import visible


class LazyConsole:
    """A ``rich.console.Console`` made when it is first used; attributes are
    read from and set on that console (a test may set its width)."""

    def __init__(self, **options: Any) -> None:
        object.__setattr__(self, "_options", options)
        object.__setattr__(self, "_console", None)

    def _real(self) -> Any:
        if self._console is None:
            from rich.console import Console

            object.__setattr__(self, "_console", Console(**self._options))
        return self._console

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real(), name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._real(), name, value)

    def __delattr__(self, name: str) -> None:
        delattr(self._real(), name)


stdout = LazyConsole(soft_wrap=False)
stderr = LazyConsole(stderr=True, soft_wrap=True)


def print_line(text: str, *, err: bool = False) -> None:
    """One plain line on standard output (or error), shown literally."""
    (sys.stderr if err else sys.stdout).write(visible(text) + "\n")


def print_error(message: str) -> None:
    """One ``error: …`` line on stderr, the message shown literally (it names
    files, values and rows from the data); ``error:`` in bold red on a terminal."""
    if sys.stderr.isatty():
        from annotator.exports.display_text import assemble

        stderr.print(assemble(("error:", "bold red"), " ", message), highlight=False)
    else:
        print_line(f"error: {message}", err=True)


def print_warning(message: str) -> None:
    """One ``warning: …`` line on stderr, as ``print_error`` does."""
    if sys.stderr.isatty():
        from annotator.exports.display_text import assemble

        stderr.print(assemble(("warning:", "bold yellow"), " ", message), highlight=False)
    else:
        print_line(f"warning: {message}", err=True)
