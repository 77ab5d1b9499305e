"""The command line's top-level group: usage errors as one line.

Typer draws a usage error as a boxed panel under the usage line; the
contract is one line on stderr (``error: …`` and where to read more) and
exit code 2, so scripts can log it and people can read it on a narrow
terminal.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

from typer._click.exceptions import ClickException, NoArgsIsHelpError
from typer.core import TyperGroup
from typer.exceptions import Abort

from annotator.cli.console import print_error
from annotator.cli.params import humanise


def usage_line(exc: ClickException) -> str:
    """A usage error as one line: the reason, then the command's ``--help``."""
    lines = [line.strip() for line in exc.format_message().splitlines() if line.strip()]
    message = "; ".join(lines) or "bad usage"
    if len(message) > 1 and message[0].isupper() and message[1].islower():
        message = message[0].lower() + message[1:]  # "Invalid value…" reads as the other error lines do
    ctx = getattr(exc, "ctx", None)
    command = ctx.command_path if ctx is not None else "annotator"
    return f"{message.rstrip('.')} (see '{command} --help')"


class AnnotatorGroup(TyperGroup):
    """The ``annotator`` group: plain parameters (``annotator.cli.params``) and
    one-line usage errors."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        humanise(self)  # the subcommands exist by now: Typer builds them first

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the command line; in standalone mode, exit with its code."""
        if not standalone_mode:
            return super().main(
                args, prog_name, complete_var, standalone_mode=False, windows_expand_args=windows_expand_args, **extra
            )
        try:
            # Not standalone: errors come back here instead of being drawn as panels.
            result = super().main(
                args, prog_name, complete_var, standalone_mode=False, windows_expand_args=windows_expand_args, **extra
            )
        except NoArgsIsHelpError:
            sys.exit(2)  # the help is on screen already (printed as the error was made)
        except ClickException as exc:
            print_error(usage_line(exc))
            sys.exit(exc.exit_code)
        except Abort:
            print_error("aborted")
            sys.exit(1)
        # Typer returns an Exit's code, else the command's return value (None).
        sys.exit(result if isinstance(result, int) else 0)
