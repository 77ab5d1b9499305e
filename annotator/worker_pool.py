"""Worker processes that never outlive the import that started them.

A parent killed with SIGKILL runs no cleanup of its own, so each worker asks
Linux to kill it when its parent dies (``prctl(PR_SET_PDEATHSIG)``) and,
as a fallback where that is not available, a thread in the worker watches
for the parent to go. When the import ends by an exception (Ctrl-C, or
SIGTERM turned into ``SystemExit`` by ``annotator.termination``), the
workers are terminated instead of being waited for.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
PARENT_CHECK_SECONDS = 1.0
STOP_WAIT_SECONDS = 5.0


@contextmanager
def worker_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A pool of ``workers`` spawned processes, tied to this one.

    Leaving the block normally waits for the submitted work; leaving it by
    an exception (including ``GeneratorExit`` and ``SystemExit``) cancels
    what has not started and terminates the workers.
    """
    # Spawned, not forked: a forked child would inherit the open database connection.
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(os.getpid(),),
    )
    try:
        yield pool
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown(wait=True)


def _stop(pool: ProcessPoolExecutor) -> None:
    # The executor keeps its processes in a private dict; there is no public
    # way to terminate them, and waiting for their work could take minutes.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(STOP_WAIT_SECONDS)
        if process.is_alive():
            process.kill()


def _start_worker(parent: int) -> None:
    """Runs first in each worker: tie its life to the parent's."""
    # Ctrl-C reaches the whole process group; the parent decides what stops,
    # and a worker must not print a KeyboardInterrupt traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="parent-watch", daemon=True).start()


def _die_with_parent() -> None:
    """Ask the kernel for SIGKILL when the parent exits (Linux only)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the watching thread still covers it


def _watch_parent(parent: int) -> None:
    # An orphan is adopted by another process, so its parent id changes.
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)
