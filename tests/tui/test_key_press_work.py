"""What a key press costs on the review screen: no new layout of the screen,
and the hints of the sentence the cursor lands on already worked out (they
are prepared while the reviewer reads the one before)."""

from __future__ import annotations

import annotator.hints
from annotator.tui.widgets.article_view import ArticleView
from annotator.tui.widgets.hints_panel import HintsPanel
from tests.tui.conftest import SIZE, review_screen, settle, shown_text


async def test_label_and_move_keys_lay_nothing_out(review_app) -> None:
    async with review_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(review_app)
        layouts = []
        reflow = screen._compositor.reflow
        screen._compositor.reflow = lambda *args: layouts.append(args) or reflow(*args)
        for key in ["1", "2", "j", "k", "3", "z", "4"]:
            await pilot.press(key)
            await settle(pilot)
        assert layouts == []
        assert screen.session.cursor == 3


async def test_the_next_sentences_hints_are_ready_before_the_cursor_gets_there(seeded_store, monkeypatch) -> None:
    from annotator.tui.app import make_app

    app = make_app(seeded_store, "alice", article_id=3)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(app)
        worked_out: list[tuple[str, bool]] = []  # (sentence, while a key was being handled)
        in_key = []
        hints = annotator.hints.sentence_hints
        monkeypatch.setattr(annotator.hints, "sentence_hints",
                            lambda text, *a, **k: worked_out.append((text, bool(in_key))) or hints(text, *a, **k))
        for name in ("action_label", "action_move"):
            action = getattr(screen, name)

            def timed(*args, _action=action):
                in_key.append(1)
                try:
                    return _action(*args)
                finally:
                    in_key.pop()

            monkeypatch.setattr(screen, name, timed)
        for key in ["j", "j", "1", "j"]:  # the third sentence names a speaker and says "said"
            await pilot.press(key)
            await settle(pilot)
        assert worked_out and not [text for text, during in worked_out if during]
        # Still the right hints: those of the sentence under the cursor.
        current = screen.session.current.text
        assert shown_text(screen.query_one(HintsPanel)) == shown_text(_panel_for(screen, current))
        assert set(screen.query_one(ArticleView)._marks) <= {screen.session.cursor}


def _panel_for(screen, text: str) -> HintsPanel:
    """A panel showing the hints worked out afresh for ``text``."""
    registry, published = screen.hint_context
    sentence = screen.session.current
    found = annotator.hints.sentence_hints(text, screen.paragraph_text.get(sentence.paragraph), registry=registry,
                                           published=published)
    panel = HintsPanel()
    panel.show(found, enabled=True, name_checks=bool(registry))
    return panel
