"""The lines above the article: the title, then where you are, how far you
got, your labels and your name, shortened part by part to fit the width."""

from __future__ import annotations

from rich.text import Text

from annotator.db.codebook import Codebook
from annotator.db.codebook_default import DEFAULT_CODEBOOK
from annotator.exports.display_text import as_text, assemble, visible
from annotator.tui.widgets.text_lines import TextLines

BAR_WIDTH = 6
SEPARATOR = " │ "


def status_line(
    *,
    position: int,
    total: int,
    labelled: int,
    counts: dict[str, int],
    auto_advance: bool,
    reviewer: str,
    width: int,
    codebook: Codebook = DEFAULT_CODEBOOK,
) -> Text:
    """``#7 of 40 │ 6/40 labelled ██░░░░ │ sourced 2 … │ auto-advance on │ alice``
    in at most ``width`` cells. When it does not fit, the parts give way in
    this order: the bar goes, the counts go short (``s 2 u 1 …``), the
    auto-advance state goes, the counts go; then the start is cut with "…".
    The reviewer's name is never cut (unless it alone is wider than the line).
    ``counts`` are by label value; the long form names each label by its
    codebook name, the short one by its letter key (``s 2 u 1``), else its key."""
    filled = round(BAR_WIDTH * labelled / total) if total else 0
    bar = " " + "█" * filled + "░" * (BAR_WIDTH - filled)
    specs = {label.value: label for label in codebook.labels}
    long_counts = " ".join(f"{visible(specs[v].name) if v in specs else v} {n}" for v, n in counts.items())
    short_counts = " ".join(f"{_short(specs[v]) if v in specs else v} {n}" for v, n in counts.items())
    advance = f"auto-advance {'on' if auto_advance else 'off'}"
    forms = [
        (bar, long_counts, advance),
        ("", long_counts, advance),
        ("", short_counts, advance),
        ("", short_counts, ""),
        ("", "", ""),
    ]
    name = as_text(reviewer, "italic")
    for bar_part, counts_part, advance_part in forms:
        parts = [as_text(f"#{position} of {total}", "bold"), as_text(f"{labelled}/{total} labelled{bar_part}")]
        parts += [as_text(counts_part)] if counts_part else []
        parts += [as_text(advance_part, "dim")] if advance_part else []
        line = Text(SEPARATOR).join([*parts, name])
        if line.cell_len <= width:
            break
    if line.cell_len <= width:
        return line
    if name.cell_len + len(SEPARATOR) + 1 >= width:
        name.truncate(width, overflow="ellipsis")
        return name
    # Even the shortest form is too wide: cut the start, keep the name whole.
    start = Text(SEPARATOR).join(parts[:2])
    start.truncate(width - len(SEPARATOR) - name.cell_len, overflow="ellipsis")
    return Text(SEPARATOR).join([start, name])


def _short(label) -> str:
    letter = next((k for k in label.keys if k.isalpha()), None)
    return letter or label.key


class ReviewStatus(TextLines):
    """Article title, then sentence i of N, progress, label counts and reviewer."""

    _state: dict | None = None

    def __init__(self, codebook: Codebook = DEFAULT_CODEBOOK, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.codebook = codebook

    def show(
        self,
        *,
        title: str,
        position: int,
        total: int,
        labelled: int,
        counts: dict[str, int],
        auto_advance: bool,
        reviewer: str,
    ) -> None:
        """Redraw the status for the given state."""
        self._state = dict(
            title=title,
            position=position,
            total=total,
            labelled=labelled,
            counts=counts,
            auto_advance=auto_advance,
            reviewer=reviewer,
        )
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        if self._state is None:
            return
        state = dict(self._state)
        # Each line is cut, never wrapped: a long title must not push the status away.
        title = assemble((state.pop("title"), "bold"), overflow="ellipsis", no_wrap=True)
        width = self.content_region.width or max(1, self.app.size.width - 2)  # before the first layout
        self.set_lines([title, status_line(**state, width=width, codebook=self.codebook)])
