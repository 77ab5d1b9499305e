"""The search line of the review screen: a field for the text (while typing)
and what the search found ("3 matches", "match 2 of 5", "no match").

Display only: the screen runs the search and says what to show; the field's
own messages (``Input.Changed``, ``Input.Submitted``) go up to the screen."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Static

from annotator.exports.display_text import assemble


class SearchBar(Horizontal):
    """Hidden until ``/``; stays while a search is on."""

    _field: Input | None = None

    def compose(self) -> ComposeResult:
        yield Input(placeholder="search this article", id="search")
        yield Static("", id="search-status")

    def on_mount(self) -> None:
        self.display = False

    @property
    def field(self) -> Input:
        # Looked up once: ``typing`` asks for it on every key press.
        if self._field is None:
            self._field = self.query_one("#search", Input)
        return self._field

    @property
    def typing(self) -> bool:
        """True while the field is open (keys are letters of the search)."""
        return self.display and self.field.display

    def open(self, query: str) -> None:
        """Show the field with ``query`` in it, focused at once: keys typed
        right after ``/`` are already on their way and must land here."""
        self.display = True
        field = self.field
        field.display = True
        field.value = query
        self.screen.set_focus(field)

    def show_found(self, query: str, found: int, number: int | None, *, typing: bool, wrapped: str = "") -> None:
        """Say what the search found: while ``typing``, how many sentences
        match; after, which match is under the cursor (``number``)."""
        status = self.query_one("#search-status", Static)
        count = f"{found} match{'es' if found != 1 else ''}" if found else "no match"
        if typing:
            hint = "type to search" if not query else count + (" · enter goes to the next" if found else "")
            status.update(Text(f" {hint} · esc cancels", style="dim"), layout=False)
            return
        where = f"match {number} of {found}" if number and found else count
        # One line of fixed height (app.tcss): saying another match needs no layout.
        status.update(
            assemble(
                " search “",
                (query, "bold"),
                f"”: {where}{wrapped}",
                (" · n next · N previous · esc ends the search", "dim"),
            ),
            layout=False,
        )

    def close_field(self) -> None:
        """Hide the field, keep the line (the search stays on)."""
        self.field.display = False

    def close(self) -> None:
        """Hide the whole line (the search is over)."""
        self.field.display = False
        self.display = False
