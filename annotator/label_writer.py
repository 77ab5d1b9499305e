"""Saving label changes in order, off the UI thread.

One background thread takes changes from a queue and commits each before
reporting it, so the screen shows a label as saved only once it is in the
database, and changes to one sentence land in the order they were made.
"""

from __future__ import annotations

import enum
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Final

from annotator.db.label_writes import LabelWrites
from annotator.review_session import Change
from annotator.store import AnnotationStore

IDLE_AFTER = 0.02  # seconds without a change before the saver's housekeeping (``idle``) runs


class _Stop(enum.Enum):
    """Queued to stop the writer's thread."""

    STOP = enum.auto()


_STOP: Final = _Stop.STOP
# What the writer's queue holds: a change and its future, a wait for an
# empty queue, or the end.
_Item = tuple[Change, Future[None]] | threading.Event | _Stop


class AnnotationSaver:
    """Saves changes as a reviewer's labels and notes, on a database
    connection kept from the first save until the writer stops (a save per
    key press is too frequent to build statements and take a connection
    each time)."""

    def __init__(self, store: AnnotationStore, annotator: str) -> None:
        self._store = store
        self._annotator = annotator
        self._writes: LabelWrites | None = None

    def warm(self) -> None:
        """Get ready for the first save (the connection, the reviewer's id)."""
        if self._writes is None:
            self._writes = self._store.label_writes(self._annotator)
        self._writes.warm()

    def __call__(self, change: Change) -> None:
        if self._writes is None:
            self._writes = self._store.label_writes(self._annotator)
        label = change.after.label
        self._writes.set_label(
            change.sentence_id, label, change.after.note, seconds_spent=change.seconds_spent, origin=change.origin
        )

    def idle(self) -> None:
        """No change waits: housekeeping (see ``LabelWrites.idle``)."""
        if self._writes is not None:
            self._writes.idle()

    def close(self) -> None:
        """Give the connection back."""
        if self._writes is not None:
            self._writes.close()


def annotation_saver(store: AnnotationStore, annotator: str) -> AnnotationSaver:
    """Save a change as a reviewer's label and note."""
    return AnnotationSaver(store, annotator)


def gold_saver(store: AnnotationStore, adjudicator: str) -> Callable[[Change], None]:
    """Save a change as the adjudicated gold label and its note."""

    def save(change: Change) -> None:
        store.set_gold(change.sentence_id, change.after.label, adjudicator=adjudicator, note=change.after.note)

    return save


class LabelWriter:
    """Commits changes one at a time with ``save``; each outcome is a future.
    A ``save`` may have ``warm()``, called when the writer starts, ``idle()``,
    called in pauses between changes, and ``close()``, called when it stops.
    All run on the writer's thread."""

    def __init__(self, save: Callable[[Change], None]) -> None:
        self._save = save
        self._queue: queue.Queue[_Item] = queue.Queue()
        self.failures: list[tuple[Change, str]] = []  # every change that could not be saved
        self._thread = threading.Thread(target=self._run, name="label-writer", daemon=True)
        self._thread.start()

    def submit(self, change: Change) -> Future[None]:
        """Queue a change; it is committed after every change queued before it.
        The future completes once it is committed (or raises why not)."""
        done: Future[None] = Future()
        self._queue.put((change, done))
        return done

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
        warm, idle = getattr(self._save, "warm", None), getattr(self._save, "idle", None)
        if warm is not None:
            try:
                warm()
            except Exception:  # only a head start: the first save reports any real trouble
                pass
        idle_due = False  # a save since the saver last had idle time
        while True:
            try:
                # Housekeeping waits for a pause in the saves: the screen is drawing the last one now.
                item = self._queue.get(timeout=IDLE_AFTER if idle_due else None)
            except queue.Empty:
                idle_due = False
                assert idle is not None  # a pause is awaited only after a save, by a saver with idle()
                try:
                    idle()
                except Exception:  # housekeeping only: the next save reports any real trouble
                    pass
                continue
            if item is _STOP:
                close = getattr(self._save, "close", None)
                if close is not None:  # on this thread, which used the connection
                    close()
                return
            if isinstance(item, threading.Event):
                item.set()
                continue
            change, done = item
            try:
                self._save(change)
            except Exception as exc:  # handed to the screen, never swallowed
                self.failures.append((change, str(exc)))
                done.set_exception(exc)
            else:
                done.set_result(None)
            idle_due = idle is not None
