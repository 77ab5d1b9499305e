"""A program in a pseudo-terminal whose output is time-stamped as it arrives.

A reader thread blocks on the terminal and records ``(time, bytes)`` for
every chunk the program writes, so a key press is timed to the moment its
output reached the terminal, not to the next time someone looked at the
screen. The screen is rebuilt afterwards by replaying the chunks through a
terminal emulator (pyte); nothing is parsed while a key is being timed."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator

import pyte
from ptyprocess import PtyProcess


class RecordingTerminal:
    """``argv`` running in a ``cols`` x ``rows`` terminal, its output recorded."""

    def __init__(
        self,
        argv: list[str],
        *,
        cols: int = 100,
        rows: int = 30,
        cwd: str | None = None,
        env: dict[str, str] | None = None,
    ) -> None:
        environment = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(cols), "LINES": str(rows), **(env or {})}
        environment.pop("CI", None)  # the program must see a terminal, as a reviewer's would
        self.size = (cols, rows)
        self.started = time.perf_counter()
        self.chunks: list[tuple[float, bytes]] = []
        self.ended = False
        self._arrived = threading.Condition()
        self.process = PtyProcess.spawn(argv, dimensions=(rows, cols), env=environment, cwd=cwd)
        # Fed only by wait_for (before and after the timed presses), never while one is being timed.
        self._screen = pyte.Screen(cols, rows)
        self._stream = pyte.ByteStream(self._screen)
        self._fed = 0
        self._reader = threading.Thread(target=self._read, name="pty-reader", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                data = os.read(self.process.fd, 1 << 16)
            except OSError:
                data = b""
            now = time.perf_counter()  # first thing after the read returns: the arrival time
            with self._arrived:
                if data:
                    self.chunks.append((now, data))
                else:
                    self.ended = True
                self._arrived.notify_all()
            if not data:
                return

    # --- driving -------------------------------------------------------------------------
    def press(self, keys: str) -> float:
        """Type ``keys``; return the time just before they were sent."""
        sent = time.perf_counter()
        os.write(self.process.fd, keys.encode())
        return sent

    def wait_quiet(self, after: float, quiet: float, timeout: float = 30.0) -> None:
        """Wait until the program has written something since ``after`` and
        then nothing for ``quiet`` seconds (or ``timeout`` passes). Blocks
        without parsing, so the reader thread time-stamps each chunk at once."""
        deadline = time.perf_counter() + timeout
        with self._arrived:
            while not self.ended and time.perf_counter() < deadline:
                last = self.chunks[-1][0] if self.chunks else 0.0
                now = time.perf_counter()
                if last > after and now - last >= quiet:
                    return
                wait = quiet - (now - last) if last > after else deadline - now
                self._arrived.wait(max(0.0005, min(wait, deadline - now)))

    def wait_for(self, predicate: Callable[[str], bool], timeout: float = 60.0) -> float:
        """Wait until the screen satisfies ``predicate``; return the arrival
        time of the chunk that made it so. For waits that are not timed."""
        deadline = time.perf_counter() + timeout
        while True:
            with self._arrived:
                new = self.chunks[self._fed :]
                ended = self.ended
                if not new and not ended:
                    self._arrived.wait(max(0.0, min(0.05, deadline - time.perf_counter())))
                    new = self.chunks[self._fed :]
            for arrived, data in new:
                self._fed += 1
                self._stream.feed(data)
                if predicate(self.text()):
                    return arrived
            if not new and (ended or time.perf_counter() > deadline):
                what = "program ended" if ended else "screen never matched"
                raise TimeoutError(f"{what}; last screen:\n{self.text()}")

    def text(self) -> str:
        """The screen as fed so far by ``wait_for``."""
        return "\n".join(self._screen.display)

    # --- afterwards ----------------------------------------------------------------------------
    def screens(self) -> Iterator[tuple[float, str]]:
        """Replay the whole recording: (arrival time, screen text) after each chunk."""
        screen = pyte.Screen(*self.size)
        stream = pyte.ByteStream(screen)
        for arrived, data in list(self.chunks):
            stream.feed(data)
            yield arrived, "\n".join(screen.display)

    def peak_rss_mb(self) -> float:
        """The program's peak resident memory so far (Linux)."""
        for line in open(f"/proc/{self.process.pid}/status").read().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def close(self) -> None:
        """Kill the program and stop reading."""
        if self.process.isalive():
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()
        self._reader.join(5)
        self.process.close(force=True)


def first_times(screens: Iterator[tuple[float, str]], count: Callable[[str], int], upto: int) -> list[float | None]:
    """For n = 1..upto, when the screen first showed a count of at least n."""
    seen: list[float | None] = [None] * upto
    reached = 0
    for arrived, text in screens:
        shown = count(text)
        while reached < min(shown, upto):
            seen[reached] = arrived
            reached += 1
        if reached >= upto:
            break
    return seen
