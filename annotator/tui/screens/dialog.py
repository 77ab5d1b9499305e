"""The base of every box shown over a screen (note, reviewer name, verify
person, help, agreement overview, study progress): centred by the app's CSS
(``Dialog`` and ``.dialog-box`` in app.tcss), closed with nothing chosen by
its cancel or close key."""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen

Result = TypeVar("Result")


class Dialog(ModalScreen[Result]):
    """A modal screen whose box (a container with the ``dialog-box`` class)
    is centred; ``cancel`` and ``close`` dismiss it with None."""

    BOX = "dialog-box"  # the class of the container each dialog composes

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
