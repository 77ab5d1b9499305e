"""The line that says an article is done and what ``enter`` opens next.
Display only: the screen finds the next article and passes its title in."""

from __future__ import annotations

from textual.widgets import Static

from annotator.exports.display_text import assemble


class DoneBanner(Static):
    """Hidden until the last sentence of the article is labelled."""

    def on_mount(self) -> None:
        self.display = False

    def offer(self, sentences: int, next_title: str | None) -> None:
        """Say the article's ``sentences`` are all labelled and offer the
        article titled ``next_title`` (None: every article is done)."""
        done = (f"✓ Article done: all {sentences} sentences labelled. ", "bold")
        if next_title is None:
            self.update(assemble(done, "Every article is fully labelled (esc goes back to the list)."))
        else:
            self.update(
                assemble(
                    done,
                    ("enter", "bold reverse"),
                    " opens the next unfinished article: “",
                    (next_title, "italic"),
                    "” (e writes a note, esc goes back to the list)",
                )
            )
        self.display = True

    def clear(self) -> None:
        """Hide the line (another article, or a label taken back)."""
        self.display = False
