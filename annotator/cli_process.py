"""How the ``annotator`` process runs: the garbage collector's settings and
a quick exit. This is the console script's entry point, and it imports the
command line only once these are set.

Two costs came before and after any command's own work (measured against
``python -c "import typer, sqlalchemy"``, bench/cli_bench.py):

- The collector. A command imports what it needs as it runs, and with
  Python's default (a pass every 700 new objects) the collector went over
  those modules' objects again and again. Until a command is chosen it is
  off; a command that is not the UI then runs with a pass every 100,000
  surviving objects: short commands hardly collect at all, long ones (an
  export of a million rows) still do. The UI switches it back on with
  Python's defaults once its first frame is on screen.
- Python's teardown. At exit Python frees every object of every module one
  by one, which took longer than ``label`` itself. A command in
  ``QUICK_EXIT`` ends the process at once when it is done, after flushing
  its output: it starts no processes or threads, its files and database
  connections are closed by then, and nothing it uses runs at exit.
"""

from __future__ import annotations

import gc
import os
import sys

DEFAULT_GC_THRESHOLDS = gc.get_threshold()
CLI_GC_THRESHOLD = 100_000
# Commands that leave without Python's teardown. Not the UI (Textual's
# threads end at exit) and not `import` (its worker processes are stopped
# by the pool as the interpreter shuts down).
QUICK_EXIT = frozenset(
    {
        "articles",
        "sentences",
        "label",
        "export",
        "hints",
        "agreement",
        "disagreements",
        "import-labels",
        "registry",
        "settings",
    }
)

_chosen: list[str | None] = [None]


def main() -> None:
    """Console-script entry point: run the command line, then exit."""
    gc.disable()
    gc.set_threshold(CLI_GC_THRESHOLD, *DEFAULT_GC_THRESHOLDS[1:])
    try:
        from annotator.cli import app

        app(prog_name="annotator")
    except SystemExit as exc:
        if _chosen[0] in QUICK_EXIT or _stopped_by_signal(exc.code):
            quick_exit(exc.code)
        raise
    finally:
        gc.set_threshold(*DEFAULT_GC_THRESHOLDS)
        gc.enable()


def _stopped_by_signal(code: object) -> bool:
    """SIGTERM or SIGHUP ended the command (``annotator.termination``): its
    ``finally`` blocks have run, its worker processes are stopped. Python's
    teardown would then wait for the process pool's manager thread, which may
    never notice its workers are gone: leave at once instead."""
    return isinstance(code, int) and code > 128


def command_chosen(name: str | None, *, ui: bool) -> None:
    """Called once the command is known: the collector goes back on, with
    Python's settings for the UI (which switches it on itself)."""
    _chosen[0] = name
    if ui:
        gc.set_threshold(*DEFAULT_GC_THRESHOLDS)  # a screen collects little and often
    else:
        gc.enable()


def quick_exit(code: object) -> None:
    """End the process with ``code`` (as ``sys.exit`` takes it) without
    Python's teardown, once standard output and error are flushed."""
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:
        print(code, file=sys.stderr)
        status = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # the reader went away (a closed pipe): nothing more can be said
        status = status or 1
    os._exit(status)
