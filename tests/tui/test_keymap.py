"""The user's keymap (keys.toml in the config folder): commands move to the
keys it names, the footer and help show them, label keys stay the
codebook's, and a bad file is one warning line, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.tui.app import make_app
from annotator.tui.keys import ALL_KEYS, keymap_path, load_keymap
from annotator.tui.screens.help_dialog import HelpDialog
from annotator.tui.widgets.key_bar import KeyBar
from tests.tui.conftest import REVIEWER, SIZE, settle


def _write(folder: Path, text: str) -> Path:
    path = folder / "annotator" / "keys.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_keymap_lives_in_the_config_folder(
    no_user_keymap: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert keymap_path() == no_user_keymap / "annotator" / "keys.toml"
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert keymap_path() == tmp_path / ".config" / "annotator" / "keys.toml"


def test_no_file_is_no_keymap(no_user_keymap: Path) -> None:
    assert load_keymap() == ({}, None)


def test_a_keymap_maps_ids_to_keys(no_user_keymap: Path) -> None:
    _write(no_user_keymap, 'undo = "u, ctrl+z"\nhelp = "f1"\ngold-note = "g"\n')
    assert load_keymap() == ({"undo": "u,ctrl+z", "help": "f1", "gold-note": "g"}, None)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('undo = "u', "not used:"),
        ('label-sourced = "x"', "label keys come from the codebook"),
        ('gold-note = "x"\nlabel-opinion = "o"', "label keys come from the codebook"),
        ('no-such-command = "x"', "no key 'no-such-command'"),
        ("undo = 5", "must be a key in quotes"),
        ('undo = ""', "must be a key in quotes"),
    ],
)
def test_a_bad_keymap_is_one_warning_and_not_used(no_user_keymap: Path, text: str, reason: str) -> None:
    path = _write(no_user_keymap, text)
    keymap, warning = load_keymap()
    assert keymap == {} and reason in warning and str(path) in warning and "\n" not in warning


def test_every_key_has_an_id() -> None:
    assert all(key.id for key in ALL_KEYS)


async def test_a_remapped_key_works_and_shows_in_the_footer_and_help(no_user_keymap: Path, seeded_store) -> None:
    _write(no_user_keymap, 'help = "f1"\n')
    review_app = make_app(seeded_store, REVIEWER, article_id=1)
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "f1 help" in str(review_app.screen.query_one(KeyBar).render())
        await pilot.press("question_mark")  # no longer help's key
        await pilot.pause()
        assert not isinstance(review_app.screen, HelpDialog)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(review_app.screen, HelpDialog)
    assert "f1" in next(key for key in ALL_KEYS if key.id == "help").shown_keys


async def test_a_bad_keymap_warns_in_the_app_and_keeps_the_keys(no_user_keymap: Path, seeded_store) -> None:
    _write(no_user_keymap, "this is not toml")
    review_app = make_app(seeded_store, REVIEWER, article_id=1)
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        warnings = [n.message for n in review_app._notifications]
        assert len(warnings) == 1 and "keys.toml not used" in warnings[0]
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(review_app.screen, HelpDialog)
