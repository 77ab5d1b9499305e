"""Hints in the review screen: the panel and marks follow the cursor, h hides
them, a blind session has none, v adds a person to the registry."""

from __future__ import annotations

from textual.widgets import Static

from annotator.tui.app import make_app
from annotator.tui.screens.verify_dialog import VerifyPersonDialog
from annotator.tui.widgets.article_view import ArticleView
from annotator.tui.widgets.hints_panel import HintsPanel
from tests.tui.conftest import SIZE, review_screen, settle, shown_text


async def test_panel_and_marks_follow_the_cursor(seeded_store) -> None:
    app = make_app(seeded_store, "alice", article_id=3)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(app)
        await pilot.press("j", "j", "j")  # “This is the most advanced …,” said Dr. Miriam Castellane, …
        await settle(pilot)
        text = shown_text(screen.query_one(HintsPanel))
        assert "[authority]" in text or "[untraced]" in text
        assert "[source] said" in text
        view = screen.query_one(ArticleView)
        assert view._marks and 3 in view._marks
        await pilot.press("h")
        assert "hints hidden" in shown_text(screen.query_one(HintsPanel))
        assert view._marks == {}
        await pilot.press("h")
        assert "[source] said" in shown_text(screen.query_one(HintsPanel))


async def test_a_blind_session_has_no_hints(seeded_store) -> None:
    app = make_app(seeded_store, "alice", article_id=3, hints=False)
    notices = []
    app.notify = lambda message, **kw: notices.append(message)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(app)
        assert not screen.query(HintsPanel)
        await pilot.press("h")
        assert notices == ["Hints are off for this session."]
        assert screen.query_one(ArticleView)._marks == {}


async def test_v_adds_the_person_named_here(seeded_store) -> None:
    app = make_app(seeded_store, "alice", article_id=3)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "j", "v")
        await pilot.pause()
        assert isinstance(app.screen, VerifyPersonDialog)
        assert app.screen.query_one("#verify-name").value == "Miriam Castellane"
        await pilot.press("enter", *"Senior fellow", "enter", *"Institute for Coastal Futures", "enter")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        people = seeded_store.people()
        assert [(p.name, p.verified_by, p.roles) for p in people] == [
            ("Miriam Castellane", "alice", [("Senior fellow", "Institute for Coastal Futures", None, None)])
        ]
        assert "[verified]" in shown_text(review_screen(app).query_one(HintsPanel))


async def test_with_an_empty_registry_the_panel_says_name_checks_are_off(seeded_store) -> None:
    app = make_app(seeded_store, "alice", article_id=3)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = shown_text(review_screen(app).query_one(HintsPanel))
        assert "name checks off: the registry is empty" in text and "registry add" in text


async def test_the_demo_registry_makes_the_name_flags_fire(seeded_store) -> None:
    from annotator.hints.report import import_registry
    from annotator.samples import SAMPLE_REGISTRY

    import_registry(seeded_store, SAMPLE_REGISTRY, verified_by="demo")
    app = make_app(seeded_store, "alice", article_id=3)
    seen = []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = review_screen(app)
        for _ in range(16):
            seen.append(shown_text(screen.query_one(HintsPanel)))
            await pilot.press("j")
            await settle(pilot)
    shown = "\n".join(seen)
    assert "name checks off" not in shown
    for tag in (
        "[role?] Tomás Ferreira",
        "[untraced] Miriam Castellane",
        "[blend?] Daniel Okafor",
        "[spelling?] Helena Okafur",
    ):
        assert tag in shown, tag


def _drawn_rows(panel: HintsPanel) -> list[str]:
    """The panel's rows as drawn on screen (not every line it holds)."""
    return [panel.render_line(y).text.rstrip() for y in range(panel.content_region.height)]


async def test_a_full_panel_says_how_many_more_and_H_shows_every_hint(seeded_store) -> None:
    from annotator.tui.screens.hints_dialog import HintsDialog

    app = make_app(seeded_store, "alice", article_id=3)
    async with app.run_test(size=(60, 30)) as pilot:  # narrow: the hints wrap past the panel's four rows
        await settle(pilot)
        await pilot.press("j", "j", "j")  # a quote, a speaker and an expert frame, with name checks off
        await settle(pilot)
        panel = review_screen(app).query_one(HintsPanel)
        rows = _drawn_rows(panel)
        assert rows[-1].startswith("… ") and rows[-1].endswith("more lines: H shows every hint"), rows
        every = shown_text(panel, width=200)
        assert "[source] said" in every and "name checks off" in every
        await pilot.press("H")
        await pilot.pause()
        assert isinstance(app.screen, HintsDialog)
        boxed = shown_text(app.screen.query_one("#hints-all", Static), width=200)
        assert "[source] said" in boxed and "name checks off" in boxed and "more lines" not in boxed
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HintsDialog)


async def test_a_panel_with_room_shows_every_hint_and_no_more_line(seeded_store) -> None:
    app = make_app(seeded_store, "alice", article_id=3)
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(pilot)
        panel = review_screen(app).query_one(HintsPanel)
        assert not any("more line" in row for row in _drawn_rows(panel))
