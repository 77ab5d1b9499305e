"""Rich renderings of command results for people (``--json`` is for scripts)."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from rich.cells import cell_len, chop_cells
from rich.console import Group
from rich.table import Table
from rich.text import Text

from annotator.db.records import ArticleSummary, PersonRecord, SentenceRecord
from annotator.exports.display_text import as_text, assemble, visible

if TYPE_CHECKING:
    from annotator.hints.model import Hint
    from annotator.ingest import ImportReport

_BAR_WIDTH = 10
MAX_LISTED_IMPORTS = 20


def progress_bar(done: int, total: int, width: int = _BAR_WIDTH) -> str:
    """A small text bar, readable without colour: ``███░░░░░░░``."""
    filled = 0 if total == 0 else round(width * done / total)
    return "█" * filled + "░" * (width - filled)


def articles_table(articles: list[ArticleSummary], width: int = 100) -> Table:
    """Id, title, source, sentences and each reviewer's progress, fitted to
    ``width`` columns: only the title and source give way."""
    table = Table(title="Articles", title_justify="left")
    lines_by_article = [
        [f"{visible(name)} {progress_bar(n, a.sentences)} {n}/{a.sentences}" for name, n in a.labelled.items()]
        for a in articles
    ]
    id_width = max([2, *(len(str(a.id)) for a in articles)])
    progress_width = max((len(line) for lines in lines_by_article for line in lines), default=0)
    progress_width = max(progress_width, len("not started"))
    # Borders and padding take 3 cells per column plus one.
    flexible = width - (3 * 5 + 1) - id_width - len("sentences") - progress_width
    source_width = min(20, max(0, flexible // 4))
    title_width = max(12, min(70, flexible - source_width - (0 if source_width else -3)))
    table.add_column("id", justify="right", style="bold", no_wrap=True, width=id_width)
    table.add_column("title", overflow="ellipsis", no_wrap=True, width=title_width)
    if source_width >= 6:
        table.add_column("source", overflow="ellipsis", no_wrap=True, width=source_width)
    table.add_column("sentences", justify="right", no_wrap=True)
    table.add_column("progress", no_wrap=True, width=progress_width)
    for a, lines in zip(articles, lines_by_article):
        progress = Text("\n".join(lines)) if lines else Text("not started", style="dim")
        source = [as_text(a.source)] if source_width >= 6 else []
        table.add_row(str(a.id), as_text(a.title), *source, str(a.sentences), progress)
    return table


# Past this many sentences a Rich table takes seconds to lay out (it measures
# every cell); plain aligned columns print 100,000 sentences in about a second.
TABLE_MAX_SENTENCES = 2_000


def sentence_lines(sentences: list[SentenceRecord], width: int) -> Iterator[str]:
    """The same columns as ``sentences_table`` as plain aligned lines, the
    sentence wrapped to ``width``: for long articles. Text is made safe with
    ``visible`` (it is written as is, never read as markup)."""
    ids = [str(s.id) for s in sentences]
    indexes = [str(s.index) for s in sentences]
    paragraphs = [str(s.paragraph) for s in sentences]
    w_id, w_index, w_par = (
        max(len(head), *map(len, column)) if column else len(head)
        for head, column in (("id", ids), ("#", indexes), ("¶", paragraphs))
    )
    lead = w_id + w_index + w_par + 6
    room = max(20, width - lead)
    yield f"{'id':>{w_id}}  {'#':>{w_index}}  {'¶':>{w_par}}  sentence"
    pad = " " * lead
    for s, id_, index, paragraph in zip(sentences, ids, indexes, paragraphs):
        text = s.text
        if "\n" in text or "\t" in text or "  " in text:
            text = " ".join(text.split())
        text = visible(text)
        ascii_ = text.isascii()
        if ascii_ and len(text) <= room:
            yield f"{id_:>{w_id}}  {index:>{w_index}}  {paragraph:>{w_par}}  {text}"
            continue
        if not ascii_ and cell_len(text) <= room:
            chunks = [text]
        elif ascii_:
            chunks = textwrap.wrap(text, room, break_on_hyphens=False) or [""]
        else:  # wide characters (CJK) take two cells: cut by cells, not letters
            chunks = chop_cells(text, room)
        yield f"{id_:>{w_id}}  {index:>{w_index}}  {paragraph:>{w_par}}  {chunks[0]}"
        for chunk in chunks[1:]:
            yield pad + chunk


def sentences_table(sentences: list[SentenceRecord], width: int = 100) -> Table:
    """Sentence ids (for ``annotator label``), positions and text, at most
    ``width`` columns wide."""
    numbers = [[str(s.id) for s in sentences], [str(s.index) for s in sentences], [str(s.paragraph) for s in sentences]]
    widths = [
        max(len(head), *map(len, column)) if column else len(head) for head, column in zip(("id", "#", "¶"), numbers)
    ]
    texts = [as_text(s.text, multiline=True) for s in sentences]
    # Every column's width given, so Rich lays the table out without
    # measuring each cell (it took twice as long): the sentence column is as
    # wide as the longest line, or the room the others leave.
    longest = max((cell_len(line) for text in texts for line in text.plain.splitlines()), default=0)
    room = width - (3 * 4 + 1) - sum(widths)
    table = Table(expand=False)
    for head, column_width in zip(("id", "#", "¶"), widths):
        table.add_column(head, justify="right", style="bold" if head == "id" else "", no_wrap=True, width=column_width)
    table.add_column("sentence", overflow="fold", width=max(len("sentence"), min(longest, room)))
    for id_, index, paragraph, text in zip(*numbers, texts):
        table.add_row(Text(id_), Text(index), Text(paragraph), text)
    return table


def import_summary(report: ImportReport) -> Group:
    """What an import did, in a few lines."""
    parts: list[Table | Text] = []
    if report.imported and len(report.imported) <= MAX_LISTED_IMPORTS:
        table = Table(title="Imported", title_justify="left")
        table.add_column("id", justify="right", style="bold")
        table.add_column("title", overflow="fold")
        table.add_column("sentences", justify="right")
        for a in report.imported:
            table.add_row(str(a.id), as_text(a.title), str(a.sentences))
        parts.append(table)
    sentences = sum(a.sentences for a in report.imported)
    line = Text.assemble(
        ("Imported ", ""),
        (f"{len(report.imported)}", "bold green"),
        (f" article{'s' if len(report.imported) != 1 else ''} ({sentences} sentences); ", ""),
        (f"{len(report.already_imported)}", "bold"),
        (" already imported; ", ""),
        (f"{len(report.rejected)}", "bold red" if report.rejected else "bold"),
        (" rejected.", ""),
    )
    parts.append(line)
    return Group(*parts)


SHORT_SENTENCE = 100  # characters of a sentence shown above its hints


def shorten(text: str, width: int = SHORT_SENTENCE) -> str:
    """The text cut at a word boundary to ``width`` characters, with "…"."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0] or text[: width - 1]
    return cut + "…"


def hints_view(found: Sequence[tuple[SentenceRecord, Hint]], *, name_checks: bool = True) -> Group:
    """Hints grouped by sentence: each sentence (shortened) above its hints."""
    sentences: dict[int, tuple[SentenceRecord, list[Hint]]] = {}
    for sentence, hint in found:
        sentences.setdefault(sentence.id, (sentence, []))[1].append(hint)
    parts: list[Table | Text] = [
        Text(
            f"{len(found)} hint{'s' if len(found) != 1 else ''} in {len(sentences)} "
            f"sentence{'s' if len(sentences) != 1 else ''}",
            style="bold",
        )
    ]
    if not name_checks:
        parts.append(
            Text(
                "name checks off: the registry is empty "
                "(add people with `annotator registry add` or `annotator registry import`)",
                style="dim",
            )
        )
    for sentence, hints in sentences.values():
        parts.append(Text(""))
        parts.append(assemble((f"#{sentence.index} ", "bold cyan"), (shorten(sentence.text), "bold")))
        table = Table(box=None, show_header=False, padding=(0, 1), pad_edge=False)
        table.add_column("kind", no_wrap=True, style="magenta")
        table.add_column("cue", overflow="fold", max_width=30)
        table.add_column("reason", overflow="fold")
        for hint in hints:
            table.add_row(Text("  " + hint.kind), as_text(shorten(hint.cue, 30)), as_text(hint.reason))
        parts.append(table)
    return Group(*parts)


def people_table(people: Sequence[PersonRecord]) -> Table:
    """The registry: names, aliases, roles."""
    table = Table(
        title=f"Registry: {len(people)} verified {'person' if len(people) == 1 else 'people'}", title_justify="left"
    )
    table.add_column("name", no_wrap=True)
    table.add_column("aliases", overflow="fold")
    table.add_column("roles", overflow="fold")
    table.add_column("verified", no_wrap=True)
    for p in people:
        roles = "\n".join(
            visible(f"{t}" + (f", {o}" if o else "") + (f" ({f or '…'} – {u or 'now'})" if f or u else ""))
            for t, o, f, u in p.roles
        )
        table.add_row(
            as_text(p.name),
            as_text("; ".join(p.aliases)),
            Text(roles),
            as_text(f"{p.verified_by}, {p.verified_at:%Y-%m-%d}"),
        )
    return table
