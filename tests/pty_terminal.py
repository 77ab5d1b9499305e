"""Drive a real program in a pseudo-terminal and read its screen as text
(pyte emulates the terminal). Used by the crash test and the benchmarks."""

from __future__ import annotations

import os
import select
import signal
import time
from collections.abc import Callable

import pyte
from ptyprocess import PtyProcess


class PtyTerminal:
    """A program running in a terminal of a fixed size."""

    def __init__(self, argv: list[str], *, cols: int = 100, rows: int = 30, env: dict[str, str] | None = None) -> None:
        environment = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(cols), "LINES": str(rows), **(env or {})}
        environment.pop("CI", None)  # the program must see a terminal, as a reviewer's would
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.process = PtyProcess.spawn(argv, dimensions=(rows, cols), env=environment)

    def text(self) -> str:
        """The screen as plain text, one line per row."""
        return "\n".join(self.screen.display)

    def pump(self, timeout: float = 0.05) -> bool:
        """Read whatever the program wrote within ``timeout``; False at EOF."""
        ready, _, _ = select.select([self.process.fd], [], [], timeout)
        if not ready:
            return True
        try:
            data = os.read(self.process.fd, 1 << 16)
        except OSError:
            return False
        if not data:
            return False
        self.stream.feed(data)
        return True

    def wait_for(self, predicate: Callable[[str], bool], timeout: float = 15.0) -> float:
        """Read until the screen satisfies ``predicate``; return seconds taken."""
        start = time.perf_counter()
        while True:
            if predicate(self.text()):
                return time.perf_counter() - start
            if time.perf_counter() - start > timeout:
                raise TimeoutError(f"screen never matched; it shows:\n{self.text()}")
            if not self.pump(0.02):
                if predicate(self.text()):
                    return time.perf_counter() - start
                raise EOFError(f"program ended; last screen:\n{self.text()}")

    def press(self, keys: str) -> None:
        """Type characters (as a reviewer would)."""
        os.write(self.process.fd, keys.encode())

    def kill(self) -> None:
        """SIGKILL: no cleanup, no goodbye."""
        if self.process.isalive():
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def close(self) -> None:
        if self.process.isalive():
            self.kill()
        self.process.close(force=True)
