"""The study's progress, for a lead: the same figures as ``annotator
progress``; for a reviewer in a blind study, only their own line."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from annotator.exports.display_text import assemble
from annotator.exports.progress_report import render_own_progress, render_progress
from annotator.store import AnnotationStore
from annotator.study import Study
from annotator.tui.keys import PROGRESS_KEYS, bindings
from annotator.tui.messages import LoadFailed, ProgressComputed, post_loaded
from annotator.tui.screens.dialog import Dialog


class ProgressScreen(Dialog[None]):
    """Computed in a worker; escape, q or P closes it."""

    BINDINGS = bindings(PROGRESS_KEYS)

    def __init__(self, store: AnnotationStore, reviewer: str | None = None) -> None:
        """``reviewer``: whose screen this is (a blind study shows them only
        their own progress); None for the adjudicator, who sees the study."""
        super().__init__()
        self.store = store
        self.reviewer = reviewer

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="progress-box", classes=Dialog.BOX):
            yield Static("Computing the study's progress…", id="progress-report")

    def on_mount(self) -> None:
        self.compute()

    @work(thread=True, exclusive=True, group="progress", exit_on_error=False)
    def compute(self) -> None:
        post_loaded(self, self._report)

    def _report(self) -> ProgressComputed:
        if self.reviewer is not None and self.store.blind():
            mine = Study(self.store).progress_of(self.reviewer)
            return ProgressComputed(render_own_progress(mine[0] if mine else None))
        return ProgressComputed(render_progress(Study(self.store).progress()))

    @on(ProgressComputed)
    def _computed(self, message: ProgressComputed) -> None:
        self.query_one("#progress-report", Static).update(message.report)

    @on(LoadFailed)
    def _failed(self, message: LoadFailed) -> None:
        self.query_one("#progress-report", Static).update(assemble("Could not compute the progress: ", message.error))
