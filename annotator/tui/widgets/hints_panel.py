"""The hints of the current sentence, under the article. Each kind has its
own tag (not only a colour), matching the marks in the text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from annotator.exports.display_text import visible
from annotator.tui.widgets.text_lines import TextLines

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
NO_REGISTRY = (
    "name checks off: the registry is empty (add people with `annotator registry add` "
    "or `registry import`, or v on a name)"
)


def mark_style(kind: str) -> str:
    """The text mark for a hint kind (article-view--hint-<style>)."""
    return TAGS[kind][1]


class HintsPanel(TextLines):
    """Display only: the screen passes the hints in. Long lines wrap; when
    they do not all fit, the last row says how many more there are and
    which key shows every one."""

    def __init__(self, *, id: str | None = None, all_hints_key: str = "H") -> None:
        super().__init__(wrap=True, id=id)
        self.all_hints_key = all_hints_key

    @property
    def lines(self) -> list[Text]:
        """Every line shown, or that would be shown with room (for the box of every hint)."""
        return list(self._lines)

    def overflow_row(self, hidden: int) -> Text:
        more = f"… {hidden} more {'line' if hidden == 1 else 'lines'}: {self.all_hints_key} shows every hint"
        return Text(more, style="dim italic")

    def show(self, hints: list[Hint], *, enabled: bool = True, name_checks: bool = True) -> None:
        """Show the hints; ``name_checks`` False says the registry is empty."""
        if not enabled:
            self.set_lines([Text("hints hidden (h shows them)", style="dim")])
            return
        lines = [] if hints else [Text("no cues in this sentence", style="dim")]
        for hint in hints:
            tag, style = TAGS[hint.kind]
            cue = hint.cue if len(hint.cue) <= CUE_WIDTH else hint.cue[: CUE_WIDTH - 1] + "…"
            lines.append(
                Text.assemble(
                    (f"[{tag}]", f"bold {'reverse' if style == 'problem' else ''}".strip()),
                    (f" {visible(cue)}", "bold"),
                    f" — {visible(hint.reason)}",
                )
            )
        if not name_checks:
            lines.append(Text(NO_REGISTRY, style="dim italic"))
        self.set_lines(lines)
