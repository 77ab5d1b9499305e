"""Saving label changes in order, off the UI thread.

One background thread takes changes from a queue and commits each before
reporting it, so the screen shows a label as saved only once it is in the
database, and changes to one sentence land in the order they were made.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable

from annotator.review_session import Change
from annotator.store import AnnotationStore

_STOP = object()


class LabelWriter:
    """Commits changes one at a time and reports each outcome."""

    def __init__(
        self,
        store: AnnotationStore,
        annotator: str,
        *,
        on_saved: Callable[[Change], None],
        on_failed: Callable[[Change, Exception], None],
    ) -> None:
        self._store = store
        self._annotator = annotator
        self._on_saved = on_saved
        self._on_failed = on_failed
        self._queue: queue.Queue = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="label-writer", daemon=True)
        self._thread.start()

    def submit(self, change: Change) -> None:
        """Queue a change; it is committed after every change queued before it."""
        self._queue.put(change)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until every queued change is committed (or failed)."""
        done = threading.Event()
        self._queue.put(done)
        return done.wait(timeout)

    def close(self, timeout: float | None = None) -> None:
        """Finish the queued changes, then stop the thread."""
        self._queue.put(_STOP)
        self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            if isinstance(item, threading.Event):
                item.set()
                continue
            try:
                self._store.set_label(
                    item.sentence_id, self._annotator, item.after.label, note=item.after.note,
                    seconds_spent=item.seconds_spent, origin=item.origin,
                )
            except Exception as exc:  # reported to the screen, never swallowed
                self._on_failed(item, exc)
            else:
                self._on_saved(item)
