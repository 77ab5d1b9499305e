"""Transcripts: a paragraph opened by its speaker's name and a colon
("Wynn: The bank is independent …"), or a post by its handle ("@sal: …"),
is that speaker's."""

from __future__ import annotations

import re
from collections.abc import Iterable

from annotator.hints.lexicon import known_word

# A clip's tag before its speaker in a broadcast script ("ACTUALITY - BRISCO:", "GRAB — Bart Ince, …:").
# (A wire shotlist numbers its shots and notes the language: "3. SOUNDBITE (English) Pat Helliwell, resident: “…”".)
_CLIP_TAG = (
    r"(?:(?:GRAB|SOT|CLIP|ACTUALITY|INSERT|AUDIO)\s*[-–—]\s*"
    r"|(?:\d{1,2}\.\s+)?(?:SOUNDBITE|SOUND\s+BITE|VOX\s+POP)\s*(?:\([A-Za-z ,]{2,30}\)\s*)?(?:[-–—]\s*)?)"
)
# One to three capitalised words, then a colon and the answer: a sentence,
# a quote or a stage direction ("[laughs]"); a label's list runs on in
# lower case or figures ("Norovirus: outbreaks in 6 care homes").
_PREFIX = re.compile(
    r"^\s*(?:\[[A-Z ]{2,12}\]\s*|" + _CLIP_TAG + r")?"  # "[CLIP] ORCUTT: …", "ACTUALITY - BRISCO: …"
    r"((?:[A-Z][\w’'\-.]*\s+){0,2}[A-Z][\w’'\-]*)"
    r"(?:\s*\((?:[a-z ]{2,20}|[A-Z][A-Z ,]{1,40}|[a-z][\w ’'\-]{1,30},[^()]{2,50})\))?\s*:\s+[A-Z“\"‘\[]"
)
# ("RADOMIR ASHPOOL (recorded): …", "PEMBURY (SYNC, NATIONAL ASSEMBLY): …": a clip's speaker,
# with a note in brackets; "NEIL ELLIS (retired teacher, Saltmere): …": a speaker's post and town)

# A speaker the programme does not name: "MAN IN AUDIENCE: …", "Resident: “…”", "CALLER 2: …".
_UNNAMED_SPEAKER = re.compile(
    r"^\s*((?=[A-Z])(?i:(?:an?\s+)?(?:unidentified\s+)?"
    r"(?:man|woman|resident|caller|listener|viewer|voter|shopper|parent|student|passenger|commuter|"
    r"member\s+of\s+the\s+public|audience\s+member|questioner|voice)"
    r"(?:\s+(?:in|from|at|on)\s+(?:the\s+)?(?:audience|crowd|floor|gallery|queue|street|phone|line))?(?:\s+\d{1,2})?))"
    r"(?:\s*\([^()]{1,60}\))?\s*:\s+[A-Z“\"‘\[]"
)


# "Rhodri Vance, director, Ulverby Coastal Agency: “…”": a name of two or
# three words, its post, then a colon and a quotation mark.
_NAME_AND_POST = re.compile(
    r"^\s*(?:" + _CLIP_TAG + r")?"  # "GRAB — Bart Ince, Chief Ombudsman: “…”"
    r"((?:[A-Z][\w’'\-.]*\s+){1,2}[A-Z][\w’'\-]*)(?:,\s+[^:“”\"]{2,90})?:\s+[“\"‘]"
)
# Without a clip's tag the name needs its post ("Rhodri Vance, director, …: “…”"), or any line opening "Ada Voss: “…”" is one.
_CAPTION_OPENING = re.compile(r"\s*(?:" + _CLIP_TAG + r"|(?:[A-Z][\w’'\-.]*\s+){1,2}[A-Z][\w’'\-]*,)")
# "Ada Voss, the chief executive, said: “…”" is a report, not a caption.
# ("In Lesna, a banner hung from the balcony read: “…”" is a notice's words, nobody's caption.)
_VERB_BEFORE_COLON = re.compile(
    r"\b(?:[a-z]+ed|said|told|wrote|says|tells|writes|adds|explains|warns|reads?)\s*:\s*[“\"‘]$"
)
# The programme's own people in a script: an anchor's or reporter's line is the outlet's, not a source's.
_JOURNALIST_NOTE = re.compile(r"\((?:ANCHOR|PRESENTER|REPORTING|REPORTER|CORRESPONDENT|V/?O|LINK|PTC|TO\s+CAMERA)\b")
_HANDLE = re.compile(r"^\s*(@\w{2,30})\s*:\s+\S")
# "CLIP (Ward Monkhouse, Leader of the Calder Greens): “…”": a clip's speaker in brackets after its tag.
_CLIP_IN_BRACKETS = re.compile(
    r"^\s*(?:CLIP|GRAB|SOT|SYNC|ACTUALITY|INSERT|AUDIO|SOUNDBITE)\s*\(((?:[A-Z][\w’'\-.]*\s+){1,4}[A-Z][\w’'\-]*)"
    r"(?:,\s*[^)]{2,90})?\)\s*:\s+[“\"‘A-Z]"
)


def speaker_prefix(text: str) -> tuple[int, int] | None:
    """The span of the speaker's name when ``text`` opens with "Name:".

    A label opens many lines the same way ("Budget:", "Verdict:",
    "Editor's note:", "BREAKING:"); a speaker is told from it by the last
    word, a surname, which is no English word the lexicon knows."""
    if ":" not in text:
        return None  # every form has its colon: most lines are ruled out here
    unnamed = _UNNAMED_SPEAKER.match(text)
    if unnamed is not None:
        return unnamed.span(1)
    handle = _HANDLE.match(text)
    if handle is not None:
        return handle.span(1)  # "@harbour_sal: 'Put a seagull on the 50'": a post under its handle
    clip = _CLIP_IN_BRACKETS.match(text)
    if clip is not None:
        return clip.span(1)
    captioned = _NAME_AND_POST.match(text) if _CAPTION_OPENING.match(text) else None
    if captioned is not None and not _VERB_BEFORE_COLON.search(captioned.group()):
        return captioned.span(1)  # "Cuthbert Lyall, harbour master: “…”": a news package's caption
    m = _PREFIX.match(text)
    if m is None or _JOURNALIST_NOTE.search(m.group()):
        return None  # "RUTH TENNANT (ANCHOR): …": the programme's own voice, no source
    words = m.group(1).split()
    last = words[-1].replace("’", "'")
    if len(last) < 2 or "'" in last or known_word(last.casefold()) or last.casefold() in _DATES:
        return None  # "Budget:", "Editor's note:", "Tuesday:" (a timeline's date)
    if last.isupper() and len(last) < 4:
        return None  # "UK:", "EU:": an abbreviation labels a line; "OKAFOR:" is a surname in capitals
    return m.span(1)


def unnamed_speaker(text: str) -> bool:
    """Whether ``text`` opens with a speaker the script does not name
    ("WOMAN IN AUDIENCE: …"): the line is someone's, but nobody can check whose."""
    return ":" in text and _UNNAMED_SPEAKER.match(text) is not None


_DATES = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow""".split()
)


# The programme's own people, as a script introduces them: "Our arts correspondent,
# Tomas Ferriday, has been …", "My colleague Jonah Pardew", "with presenter Jo Kemble",
# "Hello, I'm Ruth Alcock", "with me, Huw Bassenthwaite", "Naledi Amankwah, political
# editor of the Calder Mirror". Their tagged lines are the programme's, not a source's.
_NAME = r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,2})"
_JOURNALIST = r"(?:correspondent|reporter|editor|presenter|host|anchor|colleague|producer|columnist|journalist)"
_INTRODUCED = re.compile(
    r"\b(?:[Oo]ur|[Mm]y|[Ww]ith|[Tt]he\s+programme['’]s)\s+(?:[\w\-’']+\s+){0,3}?"
    + _JOURNALIST
    + r",?\s+"
    + _NAME
    + r"|"
    + _NAME
    + r",\s+(?:(?:the|our|a|an)\s+)?(?:[\w\-’']+\s+){0,3}?"
    + _JOURNALIST
    + r"\b"
    + r"|\b(?:I['’]m|I\s+am|with\s+me,?)\s+"
    + _NAME
)


def programme_voices(texts: Iterable[str]) -> frozenset[str]:
    """The folded full names and surnames of the people a script introduces
    as its own (presenters, reporters, correspondents, editors): read once
    per article, so that their tagged lines are judged as the programme's."""
    voices: set[str] = set()
    for text in texts:
        if "'" not in text and "’" not in text and not _MAY_INTRODUCE.search(text):
            continue  # most sentences introduce nobody: one cheap look
        for m in _INTRODUCED.finditer(text):
            name = next(group for group in m.groups() if group)
            folded = name.casefold()
            voices.update((folded, folded.split()[-1]))
    return frozenset(voices)


_MAY_INTRODUCE = re.compile(_JOURNALIST + r"|\bwith\s+me\b", re.IGNORECASE)


def source_speaker(text: str, voices: frozenset[str]) -> tuple[int, int] | None:
    """``speaker_prefix``, unless the speaker is one of the programme's own
    ``voices`` ("FERRIDAY: Ticket sales were up 12 per cent": the reporter's
    own account, which needs its sources like any writer's)."""
    span = speaker_prefix(text)
    if span is None or not voices:
        return span
    tag = text[span[0] : span[1]].casefold()
    return None if tag in voices or tag.split()[-1] in voices else span
