"""Being stopped: SIGTERM and SIGHUP (a closed SSH session) end the work the
way Ctrl-C does, so that ``finally`` blocks run and temporary files go."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


@contextmanager
def exit_on_termination() -> Iterator[None]:
    """While the block runs, SIGTERM and SIGHUP raise ``SystemExit`` (code
    128 + the signal number, as a shell reports it). Only the main thread can
    set signal handlers; elsewhere this does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = {}
    for number in _SIGNALS:
        previous[number] = signal.signal(number, stop)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)
