"""Sentence segmentation with character offsets.

Every line (plain text) or block (Markdown) is a hard boundary; inside it
``sentencex`` finds the sentences, and a thin layer of our own fixes what a
news reviewer needs and a general splitter gets wrong:

* list labels ("1.", "Q1.", "🧭 2.") stay with the text they label;
* honorifics ("Dr.", "Prof.") and clock times ("10 a.m. Monday") never end
  a sentence;
* each sentence inside a multi-sentence quotation is its own unit, because
  each is its own claim;
* bullet glyphs and Markdown markers are not part of a unit, and lines with
  no letters or digits ("-", "***") are not units at all;
* a unit longer than ``MAX_UNIT_CHARS`` is cut at spaces.

Offsets always slice the article text back to the unit's exact text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.metadata import version

from sentencex import segment as _sentencex_segment

SEGMENTER_NAME = "sentencex"
# Longer units are cut at spaces: nobody can review a 50,000-character "sentence".
MAX_UNIT_CHARS = 2000
LANGUAGE = "en"


@cache
def segmenter_version() -> str:
    """Name and version of the segmenter, recorded with every data set."""
    return f"{SEGMENTER_NAME} {version('sentencex')} + annotator rules 2"


@dataclass(frozen=True, slots=True)
class Unit:
    """One reviewable unit: offsets into the text and its paragraph number."""

    start: int
    end: int
    paragraph: int


# Bullet glyphs and dashes that only mark a list item; not part of the unit.
_BULLET = re.compile(r"[ \t]*(?:[•◦▪▫‣⁃∙·●○■□►▸▹➢➤✓✔→*+\-–—][ \t]+)+")
_MD_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+")
_MD_QUOTE = re.compile(r"[ \t]{0,3}(?:>[ \t]?)+")
_MD_LIST_START = re.compile(r"[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+|#{1,6}[ \t]+|>)")
_HAS_WORD = re.compile(r"\w")

# A fragment that is only a list label, perhaps after an emoji: "1.", "Q1.", "a)", "🧭 2."
_LIST_LABEL = re.compile(r"^\W*(?:[A-Za-z]{0,2}\d{1,3}|[A-Za-z]|[IVXivx]{1,5})[.):]$")
# Titles that never end a sentence.  ("Jr." and "St." can, so they are absent.)
_HONORIFIC_END = re.compile(
    r"(?:^|[\s(“\"‘'])(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Rev|Hon|Pres|Amb|Maj|Cpl|Supt|Insp|Fr|Messrs|Mmes|Sens|Reps|Gens|vs|approx|ca)\.$"
)
# "No. 10", "Vol. 3", "Fig. 2", "p. 14": an abbreviation only when a number follows.
_NUMBERED_END = re.compile(r"(?:^|\s)(?:No|Nos|Vol|Fig|p|pp|Art|Sec|Ch)\.$")
_ANSWER_WORD = re.compile(r"((?:No|Yes)\.)\s+(?=[A-Z“\"‘'])")
_CLOCK_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_CLOCK_CONTINUES = re.compile(
    r"(?:[a-z0-9(]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b"
    r"|(?:ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|GMT|UTC|BST|CET|JST)\b)"
)
_SENTENCE_FINAL = ".!?。！？…"
_QUOTE_PAIRS = {"“": "”", "«": "»", "„": "“", "「": "」", "『": "』", '"': '"'}
_QUOTE_OPEN = re.compile("[" + "".join(_QUOTE_PAIRS) + "]")
# Only a quotation with a sentence end inside can hold two sentences.
_INNER_END = re.compile(r"[.!?…][\"'”’)\]]*\s|[。！？]")


def segment_text(text: str, *, markdown: bool = False, first_paragraph: int = 0) -> list[Unit]:
    """Split ``text`` into units. Paragraph numbers count non-empty blocks
    from ``first_paragraph``."""
    blocks = _markdown_blocks(text) if markdown else _line_blocks(text)
    units: list[Unit] = []
    paragraph = first_paragraph
    for start, end in blocks:
        spans = segment_block(text, start, end)
        if not spans:
            continue
        units.extend(Unit(s, e, paragraph) for s, e in spans)
        paragraph += 1
    return units


def _line_blocks(text: str) -> Iterator[tuple[int, int]]:
    """Each line is a block, with bullet glyphs and surrounding blanks removed."""
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        m = _BULLET.match(text, start, end)
        if m:
            start = m.end()
        yield start, end


def _markdown_blocks(text: str) -> Iterator[tuple[int, int]]:
    """Blocks separated by blank lines; headings, list items and quotes start
    a new block; other lines continue the paragraph (soft wrap)."""
    pos = 0
    block_start: int | None = None
    block_end = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            if block_start is not None:
                yield block_start, block_end
                block_start = None
            continue
        starts_item = _MD_LIST_START.match(line) is not None
        if starts_item and block_start is not None:
            yield block_start, block_end
            block_start = None
        for marker in (_MD_HEADING, _MD_QUOTE, _BULLET):
            m = marker.match(text, start, end)
            if m:
                start = m.end()
                break
        if block_start is None:
            block_start = start
        block_end = end
        if line.lstrip().startswith("#"):
            # A heading is a block of its own.
            yield block_start, block_end
            block_start = None
    if block_start is not None:
        yield block_start, block_end


def segment_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (one line or block)."""
    block = text[start:end]
    if not _HAS_WORD.search(block):
        return []
    # Soft line breaks inside a Markdown paragraph read as spaces; same length keeps offsets.
    flat = block.replace("\n", " ")
    spans = _merge_false_splits(flat, _sentencex_spans(flat))
    spans = [piece for span in spans for piece in _split_answer_word(flat, span)]
    spans = [piece for span in spans for piece in _split_quotations(flat, span)]
    spans = [piece for span in spans for piece in _split_overlong(flat, span)]
    return [(start + s, start + e) for s, e in spans]


def _split_overlong(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Cut a unit longer than ``MAX_UNIT_CHARS`` (text with no sentence ends,
    such as a pasted table) at spaces, so every unit can be read and labelled."""
    start, end = span
    if end - start <= MAX_UNIT_CHARS:
        return [span]
    pieces = []
    while end - start > MAX_UNIT_CHARS:
        cut = text.rfind(" ", start + MAX_UNIT_CHARS // 2, start + MAX_UNIT_CHARS)
        cut = cut if cut > start else start + MAX_UNIT_CHARS
        pieces.append(_trim(text, start, cut))
        start = cut
    pieces.append(_trim(text, start, end))
    return [p for p in pieces if p[0] < p[1]]


def _sentencex_spans(text: str) -> list[tuple[int, int]]:
    """sentencex's sentences as trimmed (start, end) spans."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in _sentencex_segment(LANGUAGE, text):
        found = text.find(piece, pos)
        if found < 0:  # Defensive: sentencex is expected to partition its input.
            continue
        start, end = _trim(text, found, found + len(piece))
        pos = found + len(piece)
        if start < end:
            spans.append((start, end))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _merge_false_splits(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _continues(text, merged[-1], (start, end)):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _continues(text: str, prev: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """True if the split between ``prev`` and ``nxt`` is not a sentence end."""
    before = text[prev[0] : prev[1]]
    after = text[nxt[0] : nxt[1]]
    if (len(before) <= 12 and _LIST_LABEL.match(before)) or not _HAS_WORD.search(before):
        return True
    if not _HAS_WORD.search(after):
        return True
    tail = before[-12:]  # the patterns below only look at the last word
    if _HONORIFIC_END.search(tail):
        return True
    if _NUMBERED_END.search(tail) and after[0].isdigit():
        return True
    if _CLOCK_END.search(tail) and _CLOCK_CONTINUES.match(after):
        return True
    # A sentence never starts in lower case ("e.g. in", "Trending Now! in last 24hrs").
    return after[0].islower()


def _split_answer_word(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Split "No. Analysts say ..." after the answer word: sentencex takes
    "No." for the abbreviation of "number"."""
    m = _ANSWER_WORD.match(text, span[0], span[1])
    if m is None:
        return [span]
    return [(span[0], span[0] + len(m.group(1))), (m.end(), span[1])]


def _split_quotations(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Split a sentence at sentence ends inside a quotation it contains."""
    start, end = span
    cuts: list[int] = []
    for q_open, q_close in _quotations(text, start, end):
        inner = text[q_open + 1 : q_close]
        if not _INNER_END.search(inner):
            continue
        inner_spans = _merge_false_splits(inner, _sentencex_spans(inner))
        for (_, prev_end), (next_start, _) in zip(inner_spans, inner_spans[1:]):
            if inner[prev_end - 1] in _SENTENCE_FINAL:
                cuts.append(q_open + 1 + next_start)
    if not cuts:
        return [span]
    pieces: list[tuple[int, int]] = []
    for cut in sorted(cuts):
        piece = _trim(text, start, cut)
        if piece[0] < piece[1]:
            pieces.append(piece)
        start = cut
    pieces.append(_trim(text, start, end))
    return pieces


def _quotations(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(open, close) index pairs of complete quotations inside the span."""
    pos = start
    while True:
        match = _QUOTE_OPEN.search(text, pos, end)
        if match is None:
            return
        i = match.start()
        j = text.find(_QUOTE_PAIRS[text[i]], i + 1, end)
        if j > i + 1:
            yield i, j
            pos = j + 1
        else:
            pos = i + 1
