"""One reviewer's own figures, for a blind study: what the agreement
overview shows a reviewer when review is blind (nobody else's counts, no
agreement, no confusion matrix: any of them would hint at others' labels)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rich.console import Group
from rich.table import Table
from rich.text import Text

from annotator.exports.display_text import as_text, assemble
from annotator.exports.source import ExportFilters, RowSource

BLIND_NOTE = (
    "Blind study: you see only your own figures. Agreement and other reviewers' counts are hidden "
    "until blind review is turned off (annotator settings blind off)."
)


@dataclass(frozen=True)
class OwnFigures:
    """How many sentences (in how many articles) a reviewer labelled, and how often each label."""

    reviewer: str
    sentences: int
    articles: int
    counts: dict[str, int]


def own_figures(source: RowSource, reviewer: str) -> OwnFigures:
    """The reviewer's own figures, read from their labels only."""
    rows, _ = source.labelled_rows(ExportFilters(annotators=(reviewer,)))
    used = Counter(code for *_, code in rows)
    return OwnFigures(
        reviewer=reviewer,
        sentences=len(rows),
        articles=len({article for _, article, _, _ in rows}),
        counts={label: used.get(code, 0) for code, label in enumerate(source.codebook().values)},
    )


def render_own_figures(figures: OwnFigures) -> Group:
    """The figures as Rich renderables, saying that the study is blind."""
    table = Table(title="Your labels", title_justify="left")
    table.add_column("label")
    table.add_column("sentences", justify="right")
    for label, n in figures.counts.items():
        table.add_row(as_text(label), str(n))
    summary = assemble(
        ("Reviewer ", "bold"),
        (figures.reviewer, "bold"),
        f": {figures.sentences} sentence{'s' if figures.sentences != 1 else ''} labelled in "
        f"{figures.articles} article{'s' if figures.articles != 1 else ''}.",
    )
    return Group(Text(BLIND_NOTE, style="bold yellow"), Text(""), summary, Text(""), table)
