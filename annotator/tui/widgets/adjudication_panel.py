"""What the adjudicator sees for one sentence: where it stands, its
paragraph, every reviewer's label and note side by side, the label counts
and the gold label."""

from __future__ import annotations

from collections import Counter

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from annotator.db.records import AdjudicationItem
from annotator.exports.display_text import as_text, assemble, visible


class AdjudicationPanel(Static):
    """Display only: the screen passes everything in; ``keys`` are the
    codebook's label keys as help says them (``1-4``)."""

    def __init__(self, content: str = "", *, keys: str = "1-4", id: str | None = None) -> None:
        super().__init__(content, id=id)
        self.keys = keys

    def show(
        self,
        item: AdjudicationItem,
        *,
        position: int,
        total: int,
        settled: int,
        gold: tuple[str | None, str | None],
        pending: bool,
        include_all: bool,
        adjudicator: str,
        done: str | None = None,
    ) -> None:
        """Draw one sentence; ``done`` is what to say once every sentence has gold."""
        scope = "every sentence with two or more labels" if include_all else "disagreements only"
        header = assemble(
            (f"#{position} of {total}", "bold"),
            f" │ gold set for {settled}/{total} │ {scope} │ ",
            (adjudicator, "italic"),
            no_wrap=True,
            overflow="ellipsis",
        )
        title = as_text(item.article_title, style="bold", no_wrap=True, overflow="ellipsis")

        context = Text()
        for i, sentence in enumerate(item.context):
            if i:
                context.append(" ")
            if i == item.context_index:
                context.append("▶ ", style="bold")
                context.append(visible(" ".join(sentence.split())), style="bold reverse")
            else:
                context.append(visible(" ".join(sentence.split())), style="dim")

        labels = Table(box=None, show_header=True, header_style="bold", padding=(0, 2, 0, 0))
        labels.add_column("reviewer")
        labels.add_column("label")
        labels.add_column("note", overflow="fold")
        for annotator, given, remark in item.labels:
            labels.add_row(as_text(annotator), Text(given, style="bold"), as_text(remark or "", multiline=True))

        counts = Counter(label for _, label, _ in item.labels)
        tally = Text("  ·  ".join(f"{label} {n}" for label, n in counts.most_common()), style="italic")

        label, note = gold
        if label is None:
            verdict = assemble(
                (f"gold: not set — press {self.keys}", "dim"), f"  {note}" if note else "", multiline=True
            )
        else:
            verdict = assemble(
                ("gold: ", "bold"),
                (label + ("…" if pending else ""), "bold reverse"),
                f"  {note}" if note else "",
                multiline=True,
            )
        parts: list[RenderableType] = [header, title, Text(""), context, Text(""), labels, tally, Text(""), verdict]
        if done:
            parts += [Text(""), Text(f"✓ {done}", style="bold green")]
        self.update(Group(*parts))

    def show_empty(self, include_all: bool) -> None:
        what = "sentence labelled by two or more reviewers" if include_all else "disagreement"
        self.update(
            Text.assemble(
                (f"No {what} to settle.", "bold"),
                "" if include_all else "\nPress t to include every multiply-labelled sentence.",
            )
        )
