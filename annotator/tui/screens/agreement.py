"""The agreement overview: the same figures as ``annotator agreement``;
in a blind study, a reviewer's own figures only."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from annotator.exports.agreement_report import agreement_report, render_report
from annotator.exports.display_text import assemble
from annotator.exports.own_figures import own_figures, render_own_figures
from annotator.store import AnnotationStore
from annotator.tui.keys import AGREEMENT_KEYS, bindings
from annotator.tui.messages import AgreementComputed, LoadFailed, post_loaded
from annotator.tui.screens.dialog import Dialog


class AgreementScreen(Dialog[None]):
    """Computed in a worker; escape, q or A closes it."""

    BINDINGS = bindings(AGREEMENT_KEYS)

    def __init__(self, store: AnnotationStore, reviewer: str | None = None) -> None:
        """``reviewer``: whose overview this is (a blind study shows them
        only their own figures); None for the adjudicator, who sees every label."""
        super().__init__()
        self.store = store
        self.reviewer = reviewer

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="agreement-box", classes=Dialog.BOX):
            yield Static("Computing agreement…", id="agreement-report")

    def on_mount(self) -> None:
        self.compute()

    @work(thread=True, exclusive=True, group="agreement", exit_on_error=False)
    def compute(self) -> None:
        post_loaded(self, self._report)

    def _report(self) -> AgreementComputed:
        source = self.store.row_source()
        if self.reviewer is not None and self.store.blind():
            return AgreementComputed(render_own_figures(own_figures(source, self.reviewer)))
        return AgreementComputed(render_report(agreement_report(source)))

    @on(AgreementComputed)
    def _computed(self, message: AgreementComputed) -> None:
        self.query_one("#agreement-report", Static).update(message.report)

    @on(LoadFailed)
    def _failed(self, message: LoadFailed) -> None:
        self.query_one("#agreement-report", Static).update(assemble("Could not compute agreement: ", message.error))
