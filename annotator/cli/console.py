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
from typing import TYPE_CHECKING, Any

from annotator.exports.display_text import visible

if TYPE_CHECKING:
    from rich.console import Console


class LazyConsole:
    """A ``rich.console.Console`` made when it is first used; attributes are
    read from and set on that console (a test may set its width)."""

    _options: dict[str, Any]
    _console: Console | None

    def __init__(self, **options: Any) -> None:
        object.__setattr__(self, "_options", options)
        object.__setattr__(self, "_console", None)

    def _real(self) -> Console:
        console = self._console
        if console is None:
            from rich.console import Console

            console = Console(**self._options)
            object.__setattr__(self, "_console", console)
        return console

    def console(self) -> Console:
        """The console itself, made now if it was not yet (for Rich code
        that takes a ``Console``)."""
        return self._real()

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
