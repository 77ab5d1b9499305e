"""Every hint for one sentence: the sentence is tokenised once, names are
found once, and each detector adds the kinds it knows."""

from __future__ import annotations

import re
from datetime import date

from annotator.hints.attribution import attribution_hints, find_attributions, vague_hints
from annotator.hints.authority import authority_hints
from annotator.hints.cues import Cues, load_cues
from annotator.hints.figures import figure_hints
from annotator.hints.machine_text import machine_text_hints
from annotator.hints.model import KINDS, NAME_KINDS, Hint
from annotator.hints.name_checks import check_mention
from annotator.hints.names import find_mentions
from annotator.hints.opinion import VIEW_REASONS, not_the_writers, opinion_hints
from annotator.hints.quotes import speakerless_quote_hints
from annotator.hints.registry import Registry
from annotator.hints.sentence import Sentence
from annotator.hints.sources import DESCRIBED, NAMED
from annotator.hints.wording import wording_hint


def sentence_hints(
    text: str,
    paragraph: str | None = None,
    *,
    registry: Registry | None = None,
    published: date | None = None,
    cues: Cues | None = None,
    voices: frozenset[str] = frozenset(),
) -> list[Hint]:
    """Every hint for one sentence, in order of position. ``paragraph`` is
    the text around it (for quotes whose speaker is named elsewhere); name
    checks run only with a non-empty ``registry``; roles are checked for
    the ``published`` date; ``voices`` are the article's own presenters and
    reporters (``programme_voices``), whose tagged lines are no source's."""
    cues = cues or load_cues()
    s = Sentence(text, paragraph or text, voices)
    attributions = find_attributions(s, cues)
    sourced = any(a.kind in (NAMED, DESCRIBED) for a in attributions)
    mentions = find_mentions(s, cues)

    hints = attribution_hints(s, attributions, cues)
    vague = vague_hints(s, attributions, cues)
    hints += vague
    hints += speakerless_quote_hints(s, attributions, cues, mentions)
    hints += opinion_hints(
        s, cues, reported=[(a.start, a.end) for a in attributions] + [(h.start, h.end) for h in vague]
    )
    figures = figure_hints(s, cues, attributed=sourced)
    if figures and any(h.kind == "opinion_marker" and h.reason in VIEW_REASONS for h in hints):
        figures = []  # the figure belongs to the writer's guess, advice or question (see VIEW_REASONS)
    hints += figures
    if not attributions and not s.quotes and not any(h.kind in _CLAIMED for h in hints) and not not_the_writers(s):
        # The writer's view with no cue word ("That is not a model."); a heading's is dropped below.
        hints += [h for h in (wording_hint(s),) if h is not None]
    names = [h for mention in mentions for h in check_mention(mention, registry, published, cues)] if registry else []
    # "chief seismologist Aurelian Stockdale", verified: a post before the name, which the registry
    # confirms, is no "can they be traced?" frame (writers flag the frame of an expert described after the name).
    traced = {h.end for h in names if h.kind == "name_verified"}
    hints += authority_hints(s, mentions, cues, traced=traced)
    hints += machine_text_hints(s, cues, published)
    hints += names
    if _PROMO.match(s.text):
        hints = [
            h for h in hints if h.kind in NAME_KINDS
        ]  # "➡️ Read more: Council faces £31m gap": a link to another story
    elif _heading(s):
        hints = [h for h in hints if h.kind not in _NOT_IN_HEADINGS]
    hints.sort(key=lambda h: (h.start, KINDS.index(h.kind)))
    return hints


# Kinds that already decide a sentence (or make its wording someone else's): the
# learned wording is read only where none of them is found.
_CLAIMED = frozenset(
    {"opinion_marker", "quote_without_speaker", "unsourced_figure", "vague_attribution", "machine_text"}
)
# A section heading ("What the evidence says", "Our verdict") claims nothing
# and quotes nobody; names and figures in it are still checked.
_NOT_IN_HEADINGS = frozenset({"attribution", "vague_attribution", "opinion_marker", "quote_without_speaker"})
_HEADING_WORDS = 8
_NUMBERED_HEADING_WORDS = 10  # "5. Take a Boat Trip to the Seal Colony"


def _heading(s: Sentence) -> bool:
    """A short line standing alone as its paragraph, with no full stop, no
    list number, no digits and no capitalised word after its first."""
    text = s.text.strip()
    if s.paragraph.strip() != text:
        return False  # most sentences share their paragraph
    if _NUMBERED_CLAIM.fullmatch(text):
        return True  # '3. "Vaping is just as harmful as smoking."': a quiz's claim, heading the answer that tests it
    if _QUOTED_CROSSHEAD.fullmatch(text):
        return True  # "‘Worst winter I’ve known’", "- 'Too late for some' -": a crosshead borrowed from a quote below
    words = text.split()
    numbered = _NUMBERED.match(text) is not None
    limit = _NUMBERED_HEADING_WORDS if numbered else _HEADING_WORDS
    if not (len(words) <= limit and text[-1:].isalnum()):
        return False
    if _BYLINE.match(text):
        return True  # "From our correspondent in Korvin", "By Ana Reyes"
    if numbered:  # "1. Walk the Harbour Wall": a numbered heading in title case
        rest = words[1:]
        return sum(w[:1].isupper() for w in rest) * 2 > len(rest) + 1
    return not any(c.isdigit() for c in text) and not any(w[:1].isupper() for w in words[1:])


# A few quoted words standing as a line of their own, with no stop, question or exclamation mark inside.
_QUOTED_CROSSHEAD = re.compile(r"(?:[-–—]\s+)?[“\"‘'](?:[^.!?…“”\"‘’']|[’'](?=\w)){2,60}[”\"’'](?:\s+[-–—])?")
# A link to another story, its headline after the label: the claim is that story's, checked there.
_PROMO = re.compile(
    r"[^\w]*(?:Read\s+more|Also\s+read|See\s+also|Related|More\s+on\s+this(?:\s+story)?)\s*:", re.IGNORECASE
)
_NUMBERED_CLAIM = re.compile(r"\d{1,2}[.)]\s+[“\"‘][^“”\"]+[”\"’]")
_BYLINE = re.compile(r"(?:From\s+(?:our|a)\s+(?:\w+\s+)?(?:correspondent|reporter|staff)|By\s+[A-Z])")
_NUMBERED = re.compile(r"\d+[.)]\s+[A-Z]")


def people_named(text: str, paragraph: str | None = None, *, cues: Cues | None = None) -> list[str]:
    """The people a sentence names, as written (titles and possessives left
    off): those with a title or an authority frame first."""
    mentions = find_mentions(Sentence(text, paragraph or text), cues or load_cues())
    return [m.name for m in sorted(mentions, key=lambda m: m.title is None and m.frame is None)]
