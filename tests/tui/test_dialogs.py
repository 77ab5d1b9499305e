"""Every box shown over a screen is a Dialog: centred by one CSS rule,
bordered by one class, and closed with nothing chosen by its cancel key."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from annotator.tui.screens.agreement import AgreementScreen
from annotator.tui.screens.dialog import Dialog
from annotator.tui.screens.help_dialog import HelpDialog
from annotator.tui.screens.note_dialog import NoteDialog
from annotator.tui.screens.progress import ProgressScreen
from annotator.tui.screens.reviewer_name_dialog import ReviewerNameDialog
from annotator.tui.screens.verify_dialog import VerifyPersonDialog
from tests.tui.conftest import SIZE, settle

SCREENS = Path(__file__).resolve().parents[2] / "annotator" / "tui" / "screens"


@pytest.mark.parametrize(
    "dialog", [AgreementScreen, HelpDialog, NoteDialog, ProgressScreen, ReviewerNameDialog, VerifyPersonDialog]
)
def test_every_dialog_is_a_dialog_with_the_shared_box(dialog) -> None:
    assert issubclass(dialog, Dialog)
    source = (SCREENS / f"{dialog.__module__.rsplit('.', 1)[-1]}.py").read_text()
    assert "classes=Dialog.BOX" in source


def test_no_screen_module_makes_its_own_modal_screen() -> None:
    modal = [
        path.name
        for path in SCREENS.glob("*.py")
        if any(
            isinstance(node, ast.Name) and node.id == "ModalScreen" for node in ast.walk(ast.parse(path.read_text()))
        )
        and path.name != "dialog.py"
    ]
    assert modal == []


async def test_the_note_dialog_is_centred_and_escape_cancels(seeded_store) -> None:
    from annotator.tui.app import make_app

    app = make_app(seeded_store, "alice", article_id=1)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, NoteDialog)
        box = app.screen.query_one(".dialog-box")
        assert abs(box.region.center[0] - SIZE[0] // 2) <= 1
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, Dialog)
