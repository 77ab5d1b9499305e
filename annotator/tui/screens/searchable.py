"""Search inside the article on a labelling screen: ``/`` opens a field,
typing counts the matching sentences, enter goes to the first match after
the cursor; then, while the search is on, ``n``/``N`` go to the next and
previous match (instead of the next and previous unlabelled sentence) and
``esc`` ends the search (a second ``esc`` goes back as usual).

The screen composes a ``SearchBar`` and implements ``_redraw``; the search
itself is ``annotator.sentence_search`` (no UI)."""

from __future__ import annotations

from textual import on
from textual.widgets import Input

from annotator.label_writer import LabelWriter
from annotator.sentence_search import SentenceSearch, spans
from annotator.tui.screens.labeling import LabelingScreen
from annotator.tui.widgets.search_bar import SearchBar

# While the field is open, the screen's keys are letters of the search, except these.
_WHILE_TYPING = {"end_search", "move"}


class SearchableScreen(LabelingScreen):
    """A labelling screen whose sentences can be searched."""

    def __init__(self, writer: LabelWriter) -> None:
        super().__init__(writer)
        self.search: SentenceSearch | None = None  # on from the first key typed until esc
        self.last_query = ""  # offered again by the next /
        self._bar: SearchBar | None = None

    # --- what the keys may do ------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self._typing() and action not in _WHILE_TYPING:
            return False
        if action in ("next_match", "end_search") and self.search is None:
            return False
        if action == "next_unlabelled" and self.search is not None:
            return False  # n and N go from match to match while a search is on
        # Nothing else to act on while an article loads (esc still ends the search).
        return action == "end_search" or super().check_action(action, parameters)

    def _typing(self) -> bool:
        # Asked on every key press: the bar is looked up once, when it is there.
        if self._bar is None:
            bars = self.query(SearchBar)
            if not bars:
                return False
            self._bar = bars.first()
        return self._bar.typing

    # --- the search ----------------------------------------------------------------------------
    def action_search(self) -> None:
        query = self.search.query if self.search else self.last_query  # the search on, or the last one
        self.query_one(SearchBar).open(query)
        self._searched(query)

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self._searched(event.value)

    def _searched(self, query: str) -> None:
        assert self.session is not None
        found = SentenceSearch.run([s.text for s in self.session.sentences], query)
        self.search = found if query else None
        self.query_one(SearchBar).show_found(query, len(found), None, typing=True)
        self._redraw()

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.search is None or not self.search.matches:
            return  # the line says "no match"; the field stays open to change the text
        self.last_query = self.search.query
        bar = self.query_one(SearchBar)
        bar.close_field()
        self.set_focus(self.focus_after_search())
        self.action_next_match(1)

    def action_next_match(self, direction: int) -> None:
        assert self.session is not None and self.search is not None
        cursor = self.session.cursor
        target = self.search.next_from(cursor, direction)
        wrapped = ""
        if target is not None:
            if direction > 0 and target <= cursor:
                wrapped = " (from the top)"
            elif direction < 0 and target >= cursor:
                wrapped = " (from the end)"
            self.session.move_to(target)
        self._redraw()
        self._say_found(wrapped)

    def action_end_search(self) -> None:
        self.search = None
        self.query_one(SearchBar).close()
        self.set_focus(self.focus_after_search())
        self._redraw()

    def end_search_quietly(self) -> None:
        """Forget the search (another article is opening)."""
        if self.search is not None or self._typing():
            self.search = None
            self.query_one(SearchBar).close()
            self.set_focus(self.focus_after_search())

    # --- for drawing -------------------------------------------------------------------------------
    def _say_found(self, wrapped: str = "") -> None:
        if self.search is None or self.session is None or self._typing():
            return
        self.query_one(SearchBar).show_found(
            self.search.query, len(self.search), self.search.number(self.session.cursor), typing=False, wrapped=wrapped
        )

    def search_marks(self, index: int | None = None) -> list[tuple[int, int, str]]:
        """Where the search text is in sentence ``index`` (default: the
        current one), as article-view marks."""
        if self.search is None or self.session is None:
            return []
        sentence = self.session.sentences[self.session.cursor if index is None else index]
        return [(start, end, "match") for start, end in spans(sentence.text, self.search.query)]

    def focus_after_search(self):
        """The widget that has the keys once the field closes."""
        raise NotImplementedError
