"""Direct quotes whose speaker is named nowhere near them: not in the
sentence, nor in the sentences next to it (across a run of quotes)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.hints.attribution import WITH_WORDS, Attribution, find_attributions
from annotator.hints.cues import Cues
from annotator.hints.model import Hint
from annotator.hints.names import POSSESSIVE_ENDS, Mention
from annotator.hints.sentence import Sentence
from annotator.hints.sources import DESCRIBED, NAMED, VAGUE

MIN_QUOTE_WORDS = 4  # shorter quoted bits are scare quotes or titles
# Attributions that give a quote no speaker: a document "finds", data is "according to".
_NOT_SPEECH = frozenset({"find", "show", "conclude", "suggest"})


def speakerless_quote_hints(
    s: Sentence, attributions: list[Attribution], cues: Cues, mentions: Sequence[Mention] = ()
) -> list[Hint]:
    """A direct quote with no named speaker in the sentence or the
    sentences around it (an unnamed collective is no speaker). ``mentions``
    are the people the sentence names (``find_mentions``)."""
    direct = [
        span
        for span in s.quotes
        if (s.quote_words(span) >= MIN_QUOTE_WORDS or _short_speech(s, span))
        and not _TITLED.search(s.text, 0, span[0])
        and not _QUOTED_SIGNATURE.fullmatch(s.text, *span)
    ]
    if not direct or any(_speaks(a, cues) for a in attributions):
        return []
    if _SIGNED_OFF.match(s.text, direct[-1][1]) or _DASH_TAG.search(s.text, 0, direct[0][0]):
        return []  # '"Where can I get it?" - Marta, Harbridge', "Claim 1 — Ashcroft: “…”": the speaker after a dash
    if any(_described_person(s, m) for m in mentions) and not _left_by_nobody(s, attributions):
        # "SYNC (Dr. Imelda Raskin, criminologist, …): “…”", "Shadow Housing Minister Fergus Maitland blasted
        # the Government for “sitting on its hands”": a person the sentence titles or describes is the
        # quote's speaker, whatever the frame (a banner's words name no one so introduced)
        return []
    tag = _SCRIPT_TAG.match(s.text)  # "PRESENTER: Huw Pugh, a retired firefighter, put it like this: “…”"
    opening = tag.end() if tag is not None else 0
    if _NAMED_BEFORE_A_COLON.match(s.text, opening, direct[0][0]) and not _left_by_nobody(s, attributions):
        return []  # "The energy minister, Anselm Drury, was blunter when he appeared …: “…”": his words
    if not _left_by_nobody(s, attributions) and _neighbour_names_a_speaker(s, cues):
        return []
    start, end = direct[0]
    return [
        Hint(
            start,
            end,
            "quote_without_speaker",
            s.text[start:end],
            "a direct quote with no speaker in or next to its sentence",
        )
    ]


def _described_person(s: Sentence, m: Mention) -> bool:
    """A person named outside the quotes with a title, an honorific or an
    authority frame, not as an owner ("Mayor Ada Voss's office")."""
    return (
        (m.title is not None or bool(m.honorific) or m.frame is not None)
        and not s.in_quote(m.start, m.end)
        and not s.text.startswith(POSSESSIVE_ENDS, m.end)
    )


def _left_by_nobody(s: Sentence, attributions: list[Attribution]) -> bool:
    """Whether the quote's own frame gives it to nobody anyone can trace
    ("“…,” reads one entry in the book"; "'…,' wrote one backer"): then a
    source named in the sentence before is not its speaker."""
    return any(a.kind == VAGUE and any(_frames(s, a, quote) for quote in s.quotes) for a in attributions)


def _frames(s: Sentence, a: Attribution, quote: tuple[int, int]) -> bool:
    """Whether the cue sits right after the quote ("“…,” one constituent
    wrote") or right before it ("One nurse put it more bluntly: “…”")."""
    start, end = quote
    if 0 <= a.start - end <= _FRAME_REACH:
        return not _ANY_MARK.search(s.text, end, a.start)
    return 0 <= start - a.end <= _FRAME_REACH and not _ANY_MARK.search(s.text.rstrip(), a.end, start - 2)


# "The release, headed “Living near busy roads raises dementia risk”": a title, not speech;
# "must register as “bodies acting for a foreign interest”": a legal category; "since the last
# 'worst winter on record'": a phrase used as a name.
_TITLED = re.compile(
    r"\b(?:headed|titled|entitled|headlined|billed\s+as|under\s+the\s+(?:title|headline)|(?:front-page\s+)?headline|"
    r"(?:register|registered|registers|registering|designated|classed|classified)\s+as|"
    r"credited\s+to|signed(?:\s+by)?|"  # "a briefing note, credited to “Callum Achterberg, intervention team”": a byline
    # "a walk-up advertised as a “cosy nest above the square”", "with the line “New courts, …”": an advert's copy
    r"(?:advertised|marketed|promoted|sold)\s+as(?:\s+an?)?|advertises\s+an?|with\s+the\s+(?:line|slogan|tagline)|"
    r"(?:way|means)\s+of\s+saying|"  # "a polite way of saying “you are on your own”": the writer's gloss
    r"^\W*(?:Do|Don['’]t|Never)\s+say\s*:|"  # "Do say: “Hold on to your chips.”": a guide's example, nobody's words
    r"(?:the|a|an|another)\s+(?:last|latest|previous|so-called|same|now-familiar|now-famous))\s*$"
)
# A name and a post in quotation marks ("attributed to “Rufina Cloudesley, Director of Research”",
# "in the name of “Bronwen Greatorex, Harbridge Nightlife Forum”"): a claimed sender, whatever the
# frame, not words anyone spoke.
_QUOTED_SIGNATURE = re.compile(
    r"[“\"‘']\s*(?:(?:Dr|Prof|Professor|Deputy|Mr|Mrs|Ms)\.?\s+)?[A-Z][a-z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){1,3},"
    # the post: capitalised words ("Director of Research Strategy") or up to three lower-case ones
    # ("investor relations"), not a clause ("“Closed Mondays, because even bakers need a lie-in.”")
    r"(?:(?:\s+(?:[A-Z][\w’'\-]*|of|for|and|the|&),?){1,7}|(?:\s+[a-z][\w’'\-]*){1,3})[,.]?\s*[”\"’']"
)
# A clause whose subject is a person named in full, then a colon and the quote.
_NAMED_BEFORE_A_COLON = re.compile(
    r"\s*(?:(?:The|the)\s+[a-z][\w\s\-’']{0,40},\s+)?"
    r"(?!(?:Outside|Inside|In|At|On|After|Before|Since|During|From|Across|Near|By|For|With|Under|Over|When|While|As|"
    r"Last|This|Next|Earlier|Later)\b)"  # "Outside Talvik’s main library, protesters had hung a banner that read:"
    r"[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+,?\s+(?![^:“”\"]*\b(?:reads?|says)\s*:)[^:“”\"]{0,160}:\s*$"
)
# A name after a dash: signing off a reader's question or a post, or tagging the claim that follows.
_SIGNED_OFF = re.compile(r"\s*[-–—]\s*[A-Z][\w’'\-]+(?:[\s,]|$)")
_DASH_TAG = re.compile(r"(?<!\w)[-–—]\s*[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?:\s*$")
_SCRIPT_TAG = re.compile(r"[A-Z][A-Z .’'\-]{1,30}:\s+(?=[A-Z])")
_FRAME_REACH = 40  # "…,” one constituent wrote: the subject may come before the verb
_ANY_MARK = re.compile(r"[“”\"‘’.;:]")


_PERSON = re.compile(r"(?:[A-Z][\w’'\-]+\s+){1,2}[A-Z][\w’'\-]+")


def _short_speech(s: Sentence, span: tuple[int, int]) -> bool:
    """A short quote that opens the sentence and ends in its own comma or
    stop ("“She’s heartbroken,” a pal said"): speech, not scare quotes."""
    start, end = span
    return (
        not s.text[:start].strip()
        and s.quote_words(span) >= 2
        and s.text[start:end].rstrip('”"’').endswith((",", ".", "!", "?"))
    )


def _speaks(a: Attribution, cues: Cues) -> bool:
    """A named or described source ("a source close to the couple told us")
    who could have said the words: a speech verb or an
    "In X's words" / "OUTLET:" frame, not "according to" data."""
    return a.kind in (NAMED, DESCRIBED) and (
        a.lemma in ("in … words", "outlet:", "speaker:", "message from", WITH_WORDS)
        or (a.lemma in cues.reporting_lemmas and a.lemma not in _NOT_SPEECH)
        # "Ottmar Wrexley, the Auditor General, …, finding that … “not delivered value”": a person's finding, his words
        or (a.lemma in _NOT_SPEECH and _PERSON.fullmatch(a.source) is not None)
        # "Claim: “The list has come down.” (Thea Margolin)": a fact-check's claim, its speaker in brackets
        or (a.lemma == "(source)" and _PERSON.fullmatch(a.source) is not None)
    )


def _names_a_speaker(text: str, cues: Cues) -> bool:
    """Whether a sentence attributes something to a speaker (remembered:
    each sentence of a paragraph of quotes is asked about twice)."""
    known = cues.memo.get(("speaker", text))
    if known is None:
        if len(cues.memo) > 50_000:  # a long session: keep the memo bounded
            cues.memo.clear()
        known = cues.memo[("speaker", text)] = any(
            _speaks(a, cues) for a in find_attributions(Sentence(text, text), cues)
        )
    return known


def _neighbour_names_a_speaker(s: Sentence, cues: Cues) -> bool:
    """Whether the sentence before or after (past any sentences that are
    quotes themselves, as in "“A.” “B,” she said.") names a speaker."""
    sentences, at = s.paragraph_sentences
    for step in (-1, 1):
        j = at + step
        while 0 <= j < len(sentences):
            text = sentences[j].strip()
            if _names_a_speaker(text, cues):
                return True
            if not text.startswith(("“", '"', "‘")):
                break
            j += step
    return False
