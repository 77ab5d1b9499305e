"""The first time a login opens a database without a reviewer name: ask for
it once, and remember it for this login in this database. Labels then go
to a name a person chose, never silently to the login (``root``)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Label, Static

from annotator.exports.display_text import as_text, assemble, visible
from annotator.identity import ANNOTATOR_ENV
from annotator.reviewer_names import reviewer_name
from annotator.store import AnnotationStore
from annotator.tui.keys import REVIEWER_NAME_KEYS, bindings
from annotator.tui.screens.dialog import Dialog


class _NameInput(Input):
    """The name field. Enter is read here, after every letter typed before
    it (``Submit`` queues behind them), and never sees the letters after it."""

    class Submit(Message):
        """Enter was pressed: take the value as it is once the letters before it are in."""

    @on(Submit)
    def _submit(self, message: Submit) -> None:
        message.stop()
        dialog = self.screen
        assert isinstance(dialog, ReviewerNameDialog)  # the field is only ever in that dialog
        dialog.save(self.value)


class ReviewerNameDialog(Dialog[str | None]):
    """Returns the reviewer name (remembered already), or None if cancelled."""

    BINDINGS = bindings(REVIEWER_NAME_KEYS)

    def __init__(self, store: AnnotationStore, login: str | None, *, adjudicating: bool = False) -> None:
        super().__init__()
        self.store = store
        self.login = login
        self.adjudicating = adjudicating

    def compose(self) -> ComposeResult:
        role = "adjudicator" if self.adjudicating else "reviewer"
        if self.login:
            where = assemble("Login ", (self.login, "bold"), f" has no {role} name in this database yet. ")
            remembered = (
                "It is remembered for this login in this database (`annotator settings reviewer NAME` changes it)."
            )
        else:
            where = assemble(f"This session has no login name, so the {role} name cannot be remembered. ")
            remembered = f"Set {ANNOTATOR_ENV} to skip this question."
        with Vertical(id="reviewer-name-box", classes=Dialog.BOX):
            yield Label(f"Your {role} name", id="reviewer-name-title")
            yield Static(
                where.append(
                    f"Every {'gold ' if self.adjudicating else ''}label you give is saved under this name, "
                    "and each name counts as one reviewer in agreement. " + remembered
                ),
                id="reviewer-name-why",
            )
            yield _NameInput(placeholder="your name, e.g. alice", id="reviewer-name-input")
            yield Static("", id="reviewer-name-error")
            yield Label("enter save · esc quit", id="reviewer-name-help")

    def on_mount(self) -> None:
        # Focus at once: a name typed while the dialog opens goes into the field.
        self.set_focus(self.query_one(Input))

    def action_submit(self) -> None:
        self.query_one(_NameInput).post_message(_NameInput.Submit())

    def save(self, value: str) -> None:
        """Check the name, remember it for this login, and close with it."""
        if self.app.screen is not self:
            return  # closed already (enter pressed twice)
        error = self.query_one("#reviewer-name-error", Static)
        try:
            name = reviewer_name(value)
        except ValueError as exc:
            error.update(as_text(str(exc)))
            return
        if self.login:
            try:
                self.store.remember_reviewer(self.login, name)
            except Exception as exc:  # still review under the name; say it was not remembered
                self.notify(visible(f"The name was not remembered: {exc}"), severity="warning", markup=False)
        self.dismiss(name)
