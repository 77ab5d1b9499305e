"""One reviewer's session on one article: the cursor, the labels as saved,
changes waiting to be saved, timing and undo. Pure logic (no UI, no
database), so every rule here is tested without a terminal."""

from __future__ import annotations

import itertools
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from annotator.db.labels import LABEL_VALUES
from annotator.db.records import SentenceRecord

# Unique across sessions, so a save reported after switching articles is
# never taken for a change of the new session.
_SERIALS = itertools.count(1)


@dataclass(frozen=True, slots=True)
class Mark:
    """A reviewer's label (a codebook value) and note on one sentence."""

    label: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Change:
    """A change to save: the sentence, the mark before and the mark after."""

    sentence_id: int
    index: int
    before: Mark
    after: Mark
    seconds_spent: float | None
    origin: str = "review"
    serial: int = 0


@dataclass
class ReviewSession:
    """The state of the review screen, kept apart from how it is drawn."""

    sentences: list[SentenceRecord]
    saved: dict[int, Mark] = field(default_factory=dict)  # by sentence id
    auto_advance: bool = True
    clock: Callable[[], float] = time.monotonic
    cursor: int = 0
    pending: dict[int, Change] = field(default_factory=dict)  # by serial
    undo_stack: list[Change] = field(default_factory=list)
    _arrived: float = 0.0
    _applied: dict[int, int] = field(default_factory=dict)  # sentence id -> serial of the change shown as saved
    # Adjudication: a gold note belongs to a gold label (clearing one clears both).
    note_needs_label: bool = False
    # Saved labels per label, kept as saves arrive: the status shows them after every key.
    _counts: Counter[str] = field(default_factory=Counter, init=False, repr=False)
    # The codebook's label values, in its order (the status counts follow it).
    labels: tuple[str, ...] = LABEL_VALUES

    def __post_init__(self) -> None:
        self.cursor = self.first_unlabelled()
        self._arrived = self.clock()
        self._counts = Counter(mark.label for mark in self.saved.values() if mark.label is not None)

    # --- what the screen shows -------------------------------------------------
    def mark(self, index: int) -> Mark:
        """The mark to show: the newest pending change, else what is saved."""
        sentence_id = self.sentences[index].id
        for change in reversed(self.pending.values()):
            if change.sentence_id == sentence_id:
                return change.after
        return self.saved.get(sentence_id, Mark())

    def is_pending(self, index: int) -> bool:
        """True while a change of this sentence is not yet committed."""
        sentence_id = self.sentences[index].id
        return any(c.sentence_id == sentence_id for c in self.pending.values())

    def labelled_count(self) -> int:
        """Sentences with a saved label."""
        return sum(self._counts.values())

    def label_counts(self) -> dict[str, int]:
        """Saved labels per label, in the codebook's order."""
        return {label: self._counts[label] for label in self.labels}

    @property
    def current(self) -> SentenceRecord:
        return self.sentences[self.cursor]

    # --- moving ---------------------------------------------------------------
    def first_unlabelled(self) -> int:
        """Where a reopened article resumes: its first unlabelled sentence
        (the last one if all are labelled)."""
        for i, s in enumerate(self.sentences):
            if self.saved.get(s.id, Mark()).label is None:
                return i
        return max(0, len(self.sentences) - 1)

    def move_to(self, index: int) -> bool:
        """Put the cursor on ``index`` (clamped); True if it moved."""
        index = max(0, min(len(self.sentences) - 1, index))
        if index == self.cursor:
            return False
        self.cursor = index
        self._arrived = self.clock()
        return True

    def move(self, step: int) -> bool:
        return self.move_to(self.cursor + step)

    def next_unlabelled(self, direction: int = 1) -> bool:
        """Move to the next (or previous) sentence without a label."""
        i = self.cursor + direction
        while 0 <= i < len(self.sentences):
            if self.mark(i).label is None:
                return self.move_to(i)
            i += direction
        return False

    # --- changing ---------------------------------------------------------------
    def set_label(self, label: str | None) -> Change | None:
        """Label (or clear) the current sentence; advance if auto-advance is on.
        Returns the change to save, or None if nothing changes."""
        before = self.mark(self.cursor)
        if before.label == label:
            if label is not None and self.auto_advance:
                self.move(1)
            return None
        note = None if label is None and self.note_needs_label else before.note
        change = self._change(self.cursor, before, Mark(label, note))
        if label is not None and self.auto_advance:
            self.move(1)
        return change

    def set_note(self, note: str | None) -> Change | None:
        """Set (or remove, with None or blank) the current sentence's note."""
        note = (note or "").strip() or None
        before = self.mark(self.cursor)
        if before.note == note or (self.note_needs_label and before.label is None):
            return None
        return self._change(self.cursor, before, Mark(before.label, note))

    def undo(self) -> Change | None:
        """Revert this session's latest change; the revert is a change too."""
        if not self.undo_stack:
            return None
        last = self.undo_stack.pop()
        self.move_to(last.index)
        return self._change(last.index, self.mark(last.index), last.before, origin="undo", record=False)

    def _change(self, index: int, before: Mark, after: Mark, *, origin: str = "review", record: bool = True) -> Change:
        now = self.clock()
        change = Change(
            sentence_id=self.sentences[index].id,
            index=index,
            before=before,
            after=after,
            seconds_spent=round(now - self._arrived, 3) if origin == "review" else None,
            origin=origin,
            serial=next(_SERIALS),
        )
        self._arrived = now
        self.pending[change.serial] = change
        if record:
            self.undo_stack.append(change)
        return change

    # --- results of saving --------------------------------------------------------
    def saved_ok(self, change: Change) -> None:
        """The change is committed: show it as saved, unless a later change of
        the same sentence was committed already (the writer commits in order,
        so the database holds the later one)."""
        self.pending.pop(change.serial, None)
        if change.serial > self._applied.get(change.sentence_id, 0):
            self._applied[change.sentence_id] = change.serial
            before = self.saved.get(change.sentence_id)
            if before is not None and before.label is not None:
                self._counts[before.label] -= 1
            if change.after.label is not None:
                self._counts[change.after.label] += 1
            self.saved[change.sentence_id] = change.after

    def save_failed(self, change: Change) -> None:
        """The change was not written: drop it (the screen shows what is saved)."""
        self.pending.pop(change.serial, None)
        if change in self.undo_stack:
            self.undo_stack.remove(change)
