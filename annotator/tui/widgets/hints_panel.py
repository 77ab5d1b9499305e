"""The hints of the current sentence, under the article. Each kind has its
own tag (not only a colour), matching the marks in the text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static

from exports.display_text import visible

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
    "machine_text": ("generated?", "problem"),
}
CUE_WIDTH = 40  # a long cue (a whole quote) is cut here in the panel
NO_REGISTRY = ("name checks off: the registry is empty (add people with `annotator registry add` "
               "or `registry import`, or v on a name)")


def mark_style(kind: str) -> str:
    """The text mark for a hint kind (article-view--hint-<style>)."""
    return TAGS[kind][1]


class HintsPanel(Static):
    """Display only: the screen passes the hints in."""

    def show(self, hints: list[Hint], *, enabled: bool = True, name_checks: bool = True) -> None:
        """Show the hints; ``name_checks`` False says the registry is empty."""
        if not enabled:
            self.update(Text("hints hidden (h shows them)", style="dim"))
            return
        lines = Text()
        if not hints:
            lines.append("no cues in this sentence", style="dim")
        for i, hint in enumerate(hints):
            if i:
                lines.append("\n")
            tag, style = TAGS[hint.kind]
            cue = hint.cue if len(hint.cue) <= CUE_WIDTH else hint.cue[:CUE_WIDTH - 1] + "…"
            lines.append(f"[{tag}]", style=f"bold {'reverse' if style == 'problem' else ''}".strip())
            lines.append(f" {visible(cue)}", style="bold")
            lines.append(f" — {visible(hint.reason)}")
        if not name_checks:
            lines.append("\n" + NO_REGISTRY, style="dim italic")
        self.update(lines)
