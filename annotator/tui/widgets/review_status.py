"""The line above the article: where you are, how far you got, your labels."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from exports.display_text import assemble

BAR_WIDTH = 6


class ReviewStatus(Static):
    """Article title, sentence i of N, progress and label counts."""

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
        filled = round(BAR_WIDTH * labelled / total) if total else 0
        line1 = assemble((title, "bold"), overflow="ellipsis", no_wrap=True)
        # Most important first: a narrow terminal cuts the end of the line.
        counts_text = " ".join(f"{name} {n}" for name, n in counts.items())
        line2 = assemble(
            (f"#{position} of {total}", "bold"), " │ ",
            (f"{labelled}/{total} labelled ", ""), ("█" * filled + "░" * (BAR_WIDTH - filled), ""), " │ ",
            (counts_text, ""), " │ ",
            (f"auto-advance {'on' if auto_advance else 'off'}", "dim"), " │ ", (reviewer, "italic"),
            no_wrap=True, overflow="ellipsis",
        )
        # Each line is cut, never wrapped (app.tcss says so too): a long title must not push the status away.
        self.update(Text("\n", no_wrap=True, overflow="ellipsis").join([line1, line2]))
