"""The hints of the current sentence, under the article. Each kind has its
own tag (not only a colour), matching the marks in the text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static

if TYPE_CHECKING:
    from annotator.hints import Hint

# How each hint kind is tagged in the panel and marked in the text.
TAGS = {
    "attribution": ("source", "support"),
    "name_verified": ("verified", "support"),
    "vague_attribution": ("vague", "vague"),
    "opinion_marker": ("opinion", "opinion"),
    "unsourced_figure": ("figure", "figure"),
    "authority_frame": ("authority", "problem"),
    "quote_without_speaker": ("no speaker", "problem"),
    "name_mismatch": ("name?", "problem"),
    "possible_blend": ("blend?", "problem"),
    "possible_misspelling": ("spelling?", "problem"),
    "unverified_expert": ("untraced", "problem"),
    "role_mismatch": ("role?", "problem"),
}


def mark_style(kind: str) -> str:
    """The text mark for a hint kind (article-view--hint-<style>)."""
    return TAGS[kind][1]


class HintsPanel(Static):
    """Display only: the screen passes the hints in."""

    def show(self, hints: list[Hint], *, enabled: bool = True) -> None:
        if not enabled:
            self.update(Text("hints hidden (h shows them)", style="dim"))
            return
        if not hints:
            self.update(Text("no cues in this sentence", style="dim"))
            return
        lines = Text()
        for i, hint in enumerate(hints):
            if i:
                lines.append("\n")
            tag, style = TAGS[hint.kind]
            lines.append(f"[{tag}]", style=f"bold {'reverse' if style == 'problem' else ''}".strip())
            lines.append(f" {hint.cue}", style="bold")
            lines.append(f" — {hint.reason}")
        self.update(lines)
