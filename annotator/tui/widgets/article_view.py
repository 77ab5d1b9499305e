"""The article, paragraph by paragraph, one sentence per block, with a
gutter that shows each sentence's label as a word (never colour alone) and
the sentence's note, if any, on the lines under it.

It draws lines on demand (Textual's line API), so a 2,000-sentence article
opens at once and moving the cursor redraws only the lines that changed.
The widget holds display state only; the screen pushes it down."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from annotator.exports.display_text import visible
from annotator.tui.widgets.sentence_rows import SentenceRows

GUTTER = 14  # "▌suspicious ✎ " fits: the default codebook's gutter
MAX_GUTTER = 24  # a longer label name is cut to fit
CONTEXT_LINES = 3  # kept visible above and below the current sentence


@dataclass(frozen=True, slots=True)
class Chip:
    """How one sentence's mark is drawn in the gutter."""

    label: str | None = None
    note: bool = False
    pending: bool = False


@dataclass(frozen=True, slots=True)
class _Line:
    sentence: int | None  # None for the blank line between paragraphs
    row: int  # row within the sentence
    text: Text | None
    note: bool = False  # a line of the sentence's note, under its text


class ArticleView(ScrollView, can_focus=True, inherit_bindings=False):
    """Sentences with label chips; the current one highlighted and in view.

    It has no keys of its own: the screen moves the cursor (arrow keys
    included), so the keys stay in the one table in ``keys.py``."""

    COMPONENT_CLASSES = {
        "article-view--current",
        "article-view--cursor",
        "article-view--gutter",
        "article-view--pending",
        "article-view--note",
        "article-view--match",
        "article-view--hint-support",
        "article-view--hint-vague",
        "article-view--hint-opinion",
        "article-view--hint-figure",
        "article-view--hint-problem",
    }

    # One component class per label of the codebook, "article-view--label-VALUE"
    # (styled by the CSS tui/label_styles.py makes from the codebook).
    label_components: ClassVar[frozenset[str]] = frozenset()

    @classmethod
    def use_labels(cls, values: tuple[str, ...]) -> None:
        """Declare the codebook's label classes (the app does, before any view mounts)."""
        cls.label_components = frozenset(f"article-view--label-{value}" for value in values)

    @classmethod
    def _get_component_classes(cls) -> frozenset[str]:  # type: ignore[override]  # Textual's is an lru_cache wrapper
        return super()._get_component_classes() | cls.label_components

    def __init__(self, *, id: str | None = None, names: dict[str, str] | None = None) -> None:
        super().__init__(id=id)
        # The label names the gutter shows, by value (default: the values themselves).
        self._names = {value: visible(name) for value, name in (names or {}).items()}
        longest = max((cell_len(name) for name in self._names.values()), default=GUTTER - 4)
        self.gutter_width = max(8, min(MAX_GUTTER, longest + 4))  # "▌" + name + " ✎" + "…" or a space
        self._texts: list[str] = []
        self._paragraphs: list[int] = []
        self._chips: list[Chip] = []
        self._notes: list[str | None] = []
        self._cursor = 0
        self._lines: list[_Line] = []
        self._first_line: list[int] = []
        self._wrap_width = 0
        self._cache: dict[int, Strip] = {}
        self._marks: dict[int, list[tuple[int, int, str]]] = {}
        self._styles: dict[tuple[str, ...], Style] = {}
        self._rows: SentenceRows | None = None  # the sentences cut to the wrap width

    # --- data pushed down by the screen -------------------------------------------
    def show(
        self,
        texts: list[str],
        paragraphs: list[int],
        chips: list[Chip],
        cursor: int,
        notes: list[str | None] | None = None,
    ) -> None:
        """Replace the article; ``notes`` are shown under their sentences."""
        self._texts, self._paragraphs, self._chips = texts, paragraphs, chips
        self._notes = notes if notes is not None else [None] * len(texts)
        self._cursor = cursor
        self._marks = {}
        self._wrap_width, self._rows = 0, None  # re-wrap on next layout
        self._layout_lines()
        self.scroll_to_cursor(animate=False)

    def set_chip(self, index: int, chip: Chip) -> None:
        """Redraw one sentence's gutter chip."""
        if 0 <= index < len(self._chips) and self._chips[index] != chip:
            self._chips[index] = chip
            self._refresh_sentence(index)

    def set_note(self, index: int, note: str | None) -> None:
        """Show another note under one sentence (None: no note)."""
        if not 0 <= index < len(self._notes) or self._notes[index] == note:
            return
        self._notes[index] = note
        if not self._lines or not self._wrap_width:
            return  # laid out with the note when the width is known
        # Only this sentence's lines change; the lines after it shift.
        lines = self.sentence_lines(index)
        block = self._block(index, self._wrap_width, self.app.console)
        self._lines[lines.start : lines.stop] = block
        shift = len(block) - len(lines)
        if shift:
            for later in range(index + 1, len(self._first_line)):
                self._first_line[later] += shift
            self.virtual_size = Size(self.virtual_size.width, len(self._lines))
            self._cache.clear()
            self.refresh()
            self.scroll_to_cursor()
        else:
            self._refresh_sentence(index)

    def set_cursor(self, index: int) -> None:
        """Highlight another sentence and bring it into view."""
        if index == self._cursor or not self._texts:
            return
        old, self._cursor = self._cursor, index
        self._refresh_sentence(old)
        self._refresh_sentence(index)
        self.scroll_to_cursor()

    @property
    def cursor(self) -> int:
        return self._cursor

    def scroll_to_cursor(self, *, animate: bool = False) -> None:
        """Keep the current sentence in view with a few lines of context.

        The view moves in jumps, not line by line: when the sentence nears an
        edge, it is brought to a third of the way down. Reading is calmer and
        a key press redraws a few lines instead of the whole article."""
        if not self._lines or not self._first_line:
            return
        start = self._first_line[self._cursor]
        end = self._end_line(self._cursor)
        height = self.scrollable_content_region.height
        context = max(0, min(CONTEXT_LINES, (height - (end - start)) // 3))
        top = int(self.scroll_offset.y)
        if top + context <= start and end + context <= top + height:
            return
        target = start - max(context, (height - (end - start)) // 3)
        self.scroll_to(y=max(0, target), animate=animate, force=True)

    def sentence_lines(self, index: int) -> range:
        """The line numbers a sentence and its note occupy (for tests and scrolling)."""
        return range(self._first_line[index], self._end_line(index))

    # --- layout ----------------------------------------------------------------------
    def on_resize(self) -> None:
        self._layout_lines()
        self.scroll_to_cursor()

    def _layout_lines(self) -> None:
        if self.scrollable_content_region.width <= self.gutter_width:
            return  # not laid out yet: wrapping waits for the real width (on_resize)
        width = max(10, self.scrollable_content_region.width - self.gutter_width)
        if width == self._wrap_width and self._lines:
            return
        self._wrap_width = width
        self._rows = SentenceRows(self._texts, width, self.app.console, self._mark_style)
        lines: list[_Line] = []
        first: list[int] = []
        console = self.app.console
        previous_paragraph = None
        for index, paragraph in enumerate(self._paragraphs):
            if previous_paragraph is not None and paragraph != previous_paragraph:
                lines.append(_Line(None, 0, None))
            previous_paragraph = paragraph
            first.append(len(lines))
            lines.extend(self._block(index, width, console))
        self._lines, self._first_line = lines, first
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(lines))
        self.refresh()

    def _block(self, index: int, width: int, console) -> list[_Line]:
        """A sentence's lines: its text, then its note."""
        block = [_Line(index, row, part) for row, part in enumerate(self._sentence_rows(index))]
        note = self._notes[index] if index < len(self._notes) else None
        if note:
            # Shown as the literal text it is; a line break in it reads as a space.
            content = Text("✎ " + visible(note.replace("\n", " "), multiline=True))
            block += [
                _Line(index, len(block) + row, part, note=True)
                for row, part in enumerate(content.wrap(console, width, overflow="fold"))
            ]
        return block

    def _sentence_rows(self, index: int) -> list[Text]:
        assert self._rows is not None
        return self._rows.rows(index, tuple(self._marks.get(index, ())))

    def _mark_style(self, name: str) -> Style:
        return self.get_component_rich_style(f"article-view--{name}")

    def prepare_marks(self, index: int, marks: list[tuple[int, int, str]]) -> None:
        """Work out how sentence ``index`` looks with ``marks`` (the screen
        asks while the reviewer reads, before the cursor gets there)."""
        if self._rows is not None and self._wrap_width and 0 <= index < len(self._texts):
            self._rows.rows(index, tuple(marks))

    def set_marks(self, index: int, marks: list[tuple[int, int, str]]) -> None:
        """Mark spans of one sentence; ``style`` names a component class:
        ``hint-support``, ``hint-vague``, ``hint-opinion``, ``hint-figure``,
        ``hint-problem`` or ``match`` (search). Other sentences lose their marks."""
        new = {index: marks} if marks else {}
        if new == self._marks:
            return  # the usual key press: nothing to re-wrap
        changed = {i for i in self._marks if i != index} | {index}
        self._marks = new
        if not self._lines or not self._wrap_width:
            return
        for i in changed:
            if 0 <= i < len(self._texts):
                lines = [line for line in self.sentence_lines(i) if not self._lines[line].note]
                wrapped = self._sentence_rows(i)
                if len(wrapped) == len(lines):  # styles never change the wrapping
                    for row, line in enumerate(lines):
                        self._lines[line] = _Line(i, row, wrapped[row])
                    self._refresh_sentence(i)

    def _end_line(self, index: int) -> int:
        return (
            self._first_line[index + 1] - (1 if self._paragraph_break(index + 1) else 0)
            if index + 1 < len(self._first_line)
            else len(self._lines)
        )

    def _paragraph_break(self, index: int) -> bool:
        return index < len(self._paragraphs) and self._paragraphs[index] != self._paragraphs[index - 1]

    def _refresh_sentence(self, index: int) -> None:
        if not self._first_line or not 0 <= index < len(self._first_line):
            return
        lines = self.sentence_lines(index)
        for line in lines:
            self._cache.pop(line, None)
        top = int(self.scroll_offset.y)
        self.refresh(Region(0, lines.start - top, self.size.width, len(lines)))

    # --- drawing -----------------------------------------------------------------------
    def render_ahead(self, lines: int = 8) -> bool:
        """Draw up to ``lines`` lines of the screenful below the view into
        the line cache, for the next jump of the view to show at once (called
        while the reviewer reads). False when they are all drawn already."""
        top, height = int(self.scroll_offset.y), self.scrollable_content_region.height
        width = self.scrollable_content_region.width
        drawn = 0
        for line_number in range(top + height, min(len(self._lines), top + 2 * height)):
            if drawn == lines:
                return True
            if line_number not in self._cache:
                self._cache[line_number] = self._render_row(line_number, width)
                drawn += 1
        return drawn > 0

    def render_line(self, y: int) -> Strip:
        line_number = y + int(self.scroll_offset.y)
        width = self.scrollable_content_region.width
        strip = self._cache.get(line_number)
        if strip is None:
            strip = self._render_row(line_number, width)
            self._cache[line_number] = strip
        return strip

    def _render_row(self, line_number: int, width: int) -> Strip:
        # Not ``_render``: Textual calls its own ``_render()`` (to copy a selection, say).
        base = self._style()
        if line_number >= len(self._lines):
            return Strip.blank(width, base)
        line = self._lines[line_number]
        if line.sentence is None or line.text is None:  # the blank line between paragraphs (it has neither)
            return Strip.blank(width, base)
        current = line.sentence == self._cursor
        gutter = self._gutter(line.sentence, line.row, current)
        text_style = self._style("current") if current else base
        body = line.text.copy()
        if line.note:
            # The note reads apart from the sentence: its own style on the current block's background.
            note_style = self._style("note")
            body.stylize(note_style + Style(bgcolor=text_style.bgcolor) if current else note_style, 0, len(body))
        else:
            body.stylize(text_style, 0, len(body))
        segments = [*gutter, *body.render(self.app.console)]
        return Strip(segments).adjust_cell_length(width, text_style if current else base)

    def _gutter(self, index: int, row: int, current: bool) -> list[Segment]:
        gutter = self.gutter_width
        base = self._style("gutter")
        marker = Segment("▌" if current else " ", self._style("cursor") if current else base)
        if row != 0:
            return [marker, Segment(" " * (gutter - 1), base)]
        chip = self._chips[index]
        if chip.label is None:
            unlabelled = Segment(("· ✎" if chip.note else "·").ljust(gutter - 1), base + Style(dim=True))
            return [marker, unlabelled]
        # A label the codebook does not know (stored before a change) shows as itself, in the gutter's style.
        known = f"article-view--label-{chip.label}" in self.label_components
        label_style = [f"label-{chip.label}"] if known else []
        style = self._style("gutter", *label_style, *(["pending"] if chip.pending else []))
        name = self._names.get(chip.label, visible(chip.label))
        suffix = (" ✎" if chip.note else "") + ("…" if chip.pending else "")
        room = gutter - 1 - cell_len(suffix)
        if cell_len(name) > room:
            name = _cut(name, room)
        word = name + suffix
        return [marker, Segment(word, style), Segment(" " * max(1, gutter - 1 - cell_len(word)), base)]

    def _style(self, *components: str) -> Style:
        """The widget's style with these component styles on top, worked out
        once per stylesheet: ``rich_style`` walks every ancestor, and a key
        press draws a dozen lines with several styles each."""
        style = self._styles.get(components)
        if style is None:
            style = self.rich_style
            for name in components:
                style += self.get_component_rich_style(f"article-view--{name}")
            self._styles[components] = style
        return style

    def notify_style_update(self) -> None:
        # A new theme or stylesheet: every style and every drawn line is out of date.
        super().notify_style_update()
        self._styles.clear()
        self._cache.clear()
        if self._rows is not None:  # the marks' styles are in the rows
            self._rows = SentenceRows(self._texts, self._rows.width, self.app.console, self._mark_style)


def _cut(text: str, cells: int) -> str:
    """``text`` cut to ``cells`` cells, the last one an ellipsis."""
    cut = Text(text)
    cut.truncate(max(1, cells), overflow="ellipsis")
    return cut.plain
