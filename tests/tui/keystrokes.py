"""Typing as a person does, and reading what the terminal shows.

``pilot.press`` waits for the app to go idle after every key, so it never
types ahead of the UI. A fast typist (or a paste, or keys typed over a slow
SSH link) sends a burst that reaches the app before it has caught up:
``burst`` sends keys that way, all at once."""

from __future__ import annotations

from textual import events
from textual.app import App
from textual.widget import Widget

_CHARACTERS = {"slash": "/", "question_mark": "?", "space": " ", "enter": "\r", "escape": "\x1b"}


def burst(app: App, *keys: str) -> None:
    """Send ``keys`` (key names: ``"a"``, ``"slash"``, ``"enter"``) to
    ``app`` at once, without waiting for it in between."""
    driver = app._driver
    assert driver is not None
    for key in keys:
        event = events.Key(key, _CHARACTERS.get(key, key if len(key) == 1 else None))
        event.set_sender(app)
        driver.send_message(event)


def widget_lines(widget: Widget) -> list[str]:
    """The lines a widget shows on screen, as plain text."""
    return [widget.render_line(y).text for y in range(widget.size.height)]
