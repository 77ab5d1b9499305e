"""What a key press costs on the review screen: no new layout of the screen;
the hints of the sentence the cursor lands on, and how it looks with them,
already worked out (prepared while the reviewer reads the one before); the
lines the view jumps to already drawn."""

from __future__ import annotations

import annotator.hints
from annotator.tui.widgets import sentence_rows
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
        monkeypatch.setattr(
            annotator.hints,
            "sentence_hints",
            lambda text, *a, **k: worked_out.append((text, bool(in_key))) or hints(text, *a, **k),
        )
        for name in ("action_label", "action_move"):
            action = getattr(screen, name)

            def timed(*args, _action=action):
                in_key.append(1)
                try:
                    return _action(*args)
                finally:
                    in_key.pop()

            monkeypatch.setattr(screen, name, timed)
        wrapped: list[bool] = []  # a sentence cut into rows, marks styled in: while a key was handled?

        class CountedText(sentence_rows.Text):
            def wrap(self, *args, **kwargs):
                wrapped.append(bool(in_key))
                return super().wrap(*args, **kwargs)

        monkeypatch.setattr(sentence_rows, "Text", CountedText)
        for key in ["j", "j", "1", "j"]:  # the third sentence names a speaker and says "said"
            await pilot.press(key)
            await settle(pilot)
        assert worked_out and not [text for text, during in worked_out if during]
        assert wrapped and not any(wrapped)
        # Still the right hints: those of the sentence under the cursor.
        current = screen.session.current.text
        assert shown_text(screen.query_one(HintsPanel)) == shown_text(_panel_for(screen, current))
        assert set(screen.query_one(ArticleView)._marks) <= {screen.session.cursor}


def _panel_for(screen, text: str) -> HintsPanel:
    """A panel showing the hints worked out afresh for ``text``."""
    registry, published = screen.hint_context
    sentence = screen.session.current
    found = annotator.hints.sentence_hints(
        text, screen.paragraph_text.get(sentence.paragraph), registry=registry, published=published
    )
    panel = HintsPanel()
    panel.show(found, enabled=True, name_checks=bool(registry))
    return panel


async def test_the_lines_below_the_view_are_drawn_before_the_view_jumps(seeded_store, tmp_path) -> None:
    from annotator.ingest import import_paths
    from annotator.tui.app import make_app
    from tests.conftest import write

    body = "\n\n".join(f"The council met for the {n}th time and said nothing new about the plant." for n in range(80))
    article = import_paths(seeded_store, [write(tmp_path / "long.txt", "Meetings\n\n" + body)]).imported[0].id
    app = make_app(seeded_store, "alice", article_id=article, hints=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = review_screen(app).query_one(ArticleView)
        for _ in range(12):  # far enough for the view to have jumped at least once
            await pilot.press("j")
            await settle(pilot)
            top, height = int(view.scroll_offset.y), view.scrollable_content_region.height
            assert all(n in view._cache for n in range(top + height, top + 2 * height))
        assert view.scroll_offset.y > 0
