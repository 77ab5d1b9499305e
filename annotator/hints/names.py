"""The one place person names are found in a sentence: a run of capitalised
words is split into the title chain before it ("But Commerce Secretary",
"Secretary of State", "Dr."), the name, and a possessive or full stop
after it; titles and authority frames written after the name (an
appositive, "of Fudan University") are read too."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from annotator.hints.cues import Cues
from annotator.hints.sentence import Sentence
from annotator.hints.titles import GENERIC_RANKS, Title, parse_title, post_after_rank
from annotator.hints.transcript import source_speaker, unnamed_speaker

# Capital letters, also with accents and the capitals of Vietnamese ("Đoàn", "Ánh").
_UP = "A-ZÀ-ÖØ-ÞĐƠƯ"
# A capitalised word, an initial, a short abbreviation with its full stop.
_CAP = rf"(?:(?:[A-Z]\.){{2,}}|(?:Jr|Sr|Dr|Mr|Mrs|Ms|Mx|Prof|Gen|Sen|Rep|Gov|Sec|Pres|St|Lt|Col|Amb)\.|[A-Z]\.(?=\s)|[{_UP}][\w’'\-]*)"
_LINK = r"(?:of|the|for|and|on|von|van|der|den|de|del|da|di|du|la|le|bin|al|dos|das|y|ten|ter)"
# (Not after a letter and an apostrophe, "O'Brien"'s inside; after a single opening quote, "'Lettice …", it starts.)
_RUN = re.compile(rf"(?<![\w.])(?<!\w[’']){_CAP}(?:\s+(?:{_LINK}\s+)*{_CAP})+")  # two capitalised words at least
# Where a run can start: a capital, the rest of its word, spaces (and linking
# words) and another capital. Every run starts so; this pattern opens with a
# capital and no look-behind, so it is searched for in one pass.
_PAIR = re.compile(rf"[{_UP}][\w’'\-.]*\s+(?:{_LINK}\s+)*[{_UP}]")


def _runs(text: str) -> Iterator[re.Match[str]]:
    """``_RUN.finditer(text)``, tried only where two capitalised words
    stand together: a pattern opening with a look-behind is otherwise tried
    at every character, and this is the hot loop of name finding."""
    pos = 0
    while (pair := _PAIR.search(text, pos)) is not None:
        run = _RUN.match(text, pair.start())
        if run is None:
            pos = pair.start() + 1
        else:
            yield run
            pos = run.end()


_NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-ÖØ-ÞĐƠƯ][a-zß-öø-ÿĀ-ɏḀ-ỿ’'\-]*[a-zß-öø-ÿĀ-ɏḀ-ỿ]|[A-Z][a-z]?\.|[A-Z]{2,4}|Jr\.|Sr\.|II|III|IV|"
    r"von|van|der|den|de|del|da|di|du|la|le|bin|al|dos|das|ten|ter|Mc[A-Z][a-z]+|O’[A-Z][a-z]+|"
    r"O'[A-Z][a-z]+|[A-Z][a-z]+-[A-Z][a-z]+)$"
)
_PARTICLES = frozenset("von van der den de del da di du la le bin al dos das ten ter".split())
_SUFFIXES = frozenset({"Jr.", "Sr.", "II", "III", "IV"})
# Capitalised words that start a sentence or a clause but are not names.
_FUNCTION = frozenset(
    """A An The But And Or Nor So Yet For In On At As By To From With Without Within Under Over After
Whatever Whoever Whichever Wherever Whenever Whether Another Others
Before Since Until While When Whenever Where Whereas If Though Although Because Meanwhile However Moreover Also
Still Even Then Now Today Tonight Yesterday Tomorrow Earlier Later Last Next This That These Those Both Either
Neither One Two Three Four Five Several Some Many Most Few Each Every Any All No Not Only Asked Speaking
According Despite Amid Among Against During Following Like Unlike Via Instead Indeed Why How What Who Whom
Whose Which Here There It Its He She They We I You His Her Their Our My Your Ask Dear Thanks Thank Hi Hello
Q A Sources Officials Analysts Experts Critics Reports Read Watch See Note Update Editor Photo Credit Click
Sign Subscribe Share Related More Breaking Exclusive Opinion Analysis Explainer Interview Live""".split()
)
# Words that make a capitalised run an organisation, place or date, not a person.
_PLACE_AFTER = frozenset(
    "Province County District Region Prefecture Street Road Lane Avenue Square Park Bridge Valley Island Islands".split()
)
_NOT_PEOPLE = frozenset(
    """University College Institute Institution School Academy Centre Center Foundation Palace
House Bay Council Authority Systems Inc Corp Corporation Ltd LLC Plc Co Company Agency Department Ministry Office
Party Bank Fund Group Committee Agreement Accord Treaty Act Bill Service Services Court Times Post News Journal
Review Street Avenue Road Hall Prefecture Series Prize Sea Ocean River Lake Mountain Island Islands East West North
South Pacific Atlantic Asia America Americas Europe Africa Japan China States Kingdom Union Republic Emirates Korea
Washington Tokyo Beijing Moscow Delhi Brussels London Paris Berlin Treasury Commerce White Harbour Port Airport
Station Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December Reserve Federal National International Global World Summit Forum Conference
Association Society Commission Parliament Congress Senate Cabinet Government Administration Organization
Organisation Network Media Press Radio Television TV Health Energy Capital Partners Holdings Technologies Labs
Laboratory Research Markets Securities Economics Analytics Hospital Clinic Trust Initiative Programme Program
Project Plan Strategy Index Exchange Market Airlines Motors Electric Power Oil Gas Cells Battery Water City County
Province District Region Province Square Park Tower Building Street Church Museum Library Gallery Stadium Fed ECB
IMF WHO EU UN NATO Hemisphere Northern Southern Eastern Western Central Fudan Harvard Stanford Oxford Cambridge Yale Georgetown Institute's University's""".split()
)
_NON_SPACE = re.compile(r"\S+")
# A possessive that ends an organisation's name ("Securities’", "Bank's", "Council’s").
_NOT_PEOPLE_END = re.compile(
    r"(?:Securities|Bank|Council|Group|Partners|Capital|Holdings|Trust|Agency|Office|Ministry|Service|Services|"
    r"Institute|University|Company|Corporation|Authority|Association|Society)(?:[’']s?|[’'])$"
)
_FORMER_BEFORE = re.compile(r"(?:former|then|ex)[\s-]*$", re.IGNORECASE)
_APPOSITIVE = re.compile(r"\s*(?:,|\s[–—-]|–|—)\s*")
# Frames after a name: ", an analyst at", ", a professor in", ", director of … at", " of Fudan University".
_WHO_FRAME = re.compile(
    r"who\s+(?:teaches|studies|researches|lectures|(?:heads|directs|leads|runs|chairs)\b(?!\s+an?\s))\b"
)  # ("who runs a travel agency": a business of one's own, no authority)
# What "who runs …" must run for the frame to present an authority (not "a furniture
# shop", nor "the unit next door": a "unit" is a research one only when it says so).
_RESEARCH_UNIT = re.compile(
    r"\b(?:lab|laboratory|department|programme|program|research|centre|center|"
    r"institute|clinic|ward|faculty)\b",
    re.IGNORECASE,
)
# A relative clause that gives a post: "who also serves as acting national security adviser".
_SERVES_AS = re.compile(
    r"who\s+(?:(?:also|now|currently|still)\s+)?(?:serves|served|is|was|works|worked|became|has\s+been)\s+(?:as\s+)?"
)
# "who became chair of trustees in April": when the post began is no part of it.
_WHEN_AFTER_POST = re.compile(
    r"\s+(?:in|since|from|last)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|spring|summer|autumn|winter|year|month|week)\b|\d{4}).*$"
)
# "who stepped down as chair in March": a post held until lately.
_LEFT_AS = re.compile(
    r"who\s+(?:(?:has|had|recently|later)\s+)?(?:stepped\s+down|resigned|retired|quit|left\s+(?:his|her|their)\s+"
    r"(?:post|job|role))\s+as\s+"
)


@dataclass(frozen=True)
class Mention:
    """A person named in a sentence."""

    start: int
    end: int  # the name only: no title, possessive or full stop
    name: str
    title: Title | None  # written before the name or in an appositive after it
    frame: tuple[int, int] | None  # where the authority frame is written, if any
    honorific: str = ""
    surname_only: bool = False  # "Dr. Crowe": an expert's title and surname, nothing more


def _strip(word: str) -> str:
    """The word without a possessive."""
    if not word.endswith(POSSESSIVE_ENDS):  # most words: one test, not four
        return word
    return word.removesuffix("’s").removesuffix("'s").removesuffix("’").removesuffix("'")


POSSESSIVE_ENDS = ("’s", "'s", "’", "'")


def _is_title_word(word: str, cues: Cues) -> bool:
    known = cues.memo.get(("title word", word))
    if known is None:  # names and titles recur in every article: decide each word once
        low = word.casefold().replace("’", "'").removesuffix("'s")
        known = cues.memo[("title word", word)] = (
            low in cues.title_ranks
            or low in cues.title_modifiers
            or low in cues.title_equivalents
            or low.rstrip(".") in cues.title_equivalents
            or low in cues.title_domains
            or low in _rank_words(cues)
            or ("-" in low and any(part in cues.title_ranks or part in _rank_words(cues) for part in low.split("-")))
        )
    return known


def _rank_words(cues: Cues) -> frozenset[str]:
    """Every word of the multi-word ranks ("financial" of "chief financial officer")."""
    words = cues.memo.get("rank words")
    if words is None:
        words = cues.memo["rank words"] = frozenset(w for rank in cues.title_ranks if " " in rank for w in rank.split())
    return words


@lru_cache(maxsize=16384)
def _plain_name_word(word: str) -> bool:
    """Shaped like a word of a name, and not a word that rules a name out."""
    bare = _strip(word)
    return bool(_NAME_WORD.match(word)) and bare not in _NOT_PEOPLE and bare not in _FUNCTION


def _name_words(words: list[str]) -> bool:
    """Whether the words are shaped as a name: two to four words besides
    particles and suffixes, none ruling a name out, one in capitals at most."""
    core = capitals = 0
    for word in words:  # a loop, not generators: this is tried for every capitalised run
        if word in _PARTICLES or word in _SUFFIXES:
            continue  # each is a word of a name as written (``_NAME_WORD``)
        if not _plain_name_word(word):
            return False
        core += 1
        capitals += word.isupper() and len(word) > 1
    return 2 <= core <= 4 and words[0].casefold() not in _PARTICLES and capitals <= 1


def _speaker_in_capitals(sentence: Sentence) -> Mention | None:
    """ "CRAIG MARGOLIN (porter, …): …", "DR. OLLIE BRENCHLEY: …": a script's
    speaker tag in capitals names a person as surely as a byline does."""
    span = source_speaker(sentence.text, sentence.voices) if ":" in sentence.text else None
    if span is None or unnamed_speaker(sentence.text):
        return None
    tag = sentence.text[span[0] : span[1]]
    words = tag.split()
    honorific = words[0] if words[0].rstrip(".").casefold() in _EXPERT_HONORIFICS else ""
    name_words = words[1:] if honorific else words
    if not tag.isupper() or not 2 <= len(name_words) <= 3 or not _name_words([w.title() for w in name_words]):
        return None
    start = span[0] + (tag.index(name_words[0]) if honorific else 0)
    frame = (span[0], span[0] + len(honorific)) if honorific else None
    return Mention(start, span[1], sentence.text[start : span[1]], None, frame, honorific)


def find_mentions(sentence: Sentence, cues: Cues) -> list[Mention]:
    """Every person-like name in the sentence, with its title and frame."""
    tagged = _speaker_in_capitals(sentence)
    mentions: list[Mention] = [] if tagged is None else [tagged]
    for run in _runs(sentence.text):
        words = run[0].split()
        first = 0
        while first < len(words) and words[first] in _FUNCTION:
            first += 1
        if first == 0 and run.start() == _opening(sentence.text) and words[0].casefold() in cues.imperatives:
            first = 1  # "Expect Haverly to lean hard on …": an order to the reader opening the sentence, no given name
        if (
            len(words) - first >= 3
            and words[first].casefold() in cues.expert_nouns
            and not _is_rank_or_honorific(words[first], cues)
        ):
            first += 1  # "Epidemiologist Jo Bloggs said": the frame in capitals opening the sentence, then the name
        if len(words) - first < 2:
            continue
        cut = first + _title_length(words[first:], cues)
        if cut > first and len(words) - cut == 1:
            surname = _surname_after_honorific(words[cut - 1], words[cut], _word_starts(run, words)[cut - 1 :])
            if surname is not None:
                mentions.append(surname)
                continue
        size = _name_length(words[cut:])
        if not size:
            # "Bexley Securities’ Ravi Tesh": an organisation's possessive, then the person
            owner = next((j for j in range(cut, len(words) - 2) if words[j].endswith(POSSESSIVE_ENDS)), None)
            if owner is not None and _NOT_PEOPLE_END.search(words[owner]):
                cut, first = owner + 1, owner + 1
                size = _name_length(words[cut:])
            elif "of" in words[cut + 1 : -2]:
                # "Allies of Seraphina Wyn say": a group of someone's, then the person
                at = words.index("of", cut + 1)
                if words[at - 1].casefold() in cues.vague_sources:
                    cut, first = at + 1, at + 1
                    size = _name_length(words[cut:])
        if size and cut + size < len(words) and _strip(words[cut + size]) in _PLACE_AFTER:
            continue  # "Bình Lâm Province", "Kerrow Lane Bridge": a place named after no one in the text
        if size:
            mentions.append(
                _mention(sentence, words[first : cut + size], _word_starts(run, words)[first:], cut - first, cues)
            )
    return mentions


def _opening(text: str) -> int:
    """Where the sentence's first word starts (past bullets, quotes and spaces)."""
    return len(text) - len(text.lstrip(" \t-–—•*“\"‘'("))


def _word_starts(run: re.Match[str], words: list[str]) -> list[int]:
    """Where each word of a run starts (found only for runs that name someone)."""
    at = run.start()
    if len(run[0]) != sum(map(len, words)) + len(words) - 1:  # not one space between words: find them
        return [m.start() for m in _NON_SPACE.finditer(run.string, at, run.end())]
    starts = []
    for word in words:
        starts.append(at)
        at += len(word) + 1
    return starts


def _mention(sentence: Sentence, words: list[str], starts: list[int], cut: int, cues: Cues) -> Mention:
    """The name in ``words[cut:]``, with the title before it (``words[:cut]``
    or written in lower case, in an appositive…) and the frame around it."""
    text = sentence.text
    title_words = words[:cut]
    start = starts[cut]
    last_start, last = starts[len(words) - 1], words[-1]
    end = last_start + len(_strip(last))
    opening = starts[0]  # where the title, or else the name, begins
    honorific = ""
    if title_words:
        honorific = next(
            (w for w in title_words if w.rstrip(".") in cues.honorifics or w.rstrip(".").casefold() in COUNCILLOR), ""
        )
        title_text = " ".join(w for w in title_words if not _honorific_or_courtesy(w, cues))
        if title_text in _ARMS_RANKS:
            title_text = (
                ""  # "General Morwenna Tregarth": a rank in the forces, not the post held ("Auditor General" is one)
            )
        title = parse_title(title_text, cues) if title_text else None
        if title is None and title_text:  # "Consultant in Public Health Emrys Tolland": the rank before "in"
            title = _lowercase_title(text[max(0, start - 60) : start], cues)
        elif not title_text:  # "the Chief Executive of the MCB, Mr Kofi Asante-Mensah,": the post before the honorific
            title = _title_before_comma(text[max(0, opening - 80) : opening], cues)
    else:
        title = _lowercase_title(text[max(0, start - 60) : start], cues) or _title_before_comma(
            text[max(0, start - 80) : start], cues
        )
    if title is not None and _FORMER_BEFORE.search(text[max(0, opening - 40) : opening]):
        title = Title(title.text, title.rank, title.domain, True)
    after_title, frame = _after(sentence, last_start + len(last), cues, titled=title is not None)
    if title is None:
        title = after_title
    if frame is None:
        if honorific and honorific.rstrip(".") in cues.honorifics:
            frame = (opening, opening + len(words[0]))
        else:
            frame = _frame_before(text, opening, cues)
    return Mention(start, end, text[start:end], title, frame, honorific)


# Honorifics that present a person as an expert, which a surname alone may follow.
_EXPERT_HONORIFICS = frozenset({"dr", "prof", "professor"})


def _honorific_or_courtesy(word: str, cues: Cues) -> bool:
    bare = word.rstrip(".")
    return bare in cues.honorifics or bare in cues.courtesy


def _surname_after_honorific(honorific: str, word: str, starts: list[int]) -> Mention | None:
    """ "Dr. Crowe says", "Professor Drummond has": one name word right
    after an expert's honorific (and the run ends there); ``starts``: where
    the two words start."""
    if honorific.rstrip(".").casefold() not in _EXPERT_HONORIFICS:
        return None
    surname = _strip(word).rstrip(".,;:")
    if not _name_words(["Ann", surname]) or surname.casefold() in _PARTICLES:  # shaped as a surname
        return None
    start, at = starts[0], starts[1]
    return Mention(at, at + len(surname), surname, None, (start, start + len(honorific)), honorific, True)


_GIVEN_NAMES_THAT_ARE_RANKS = frozenset({"Dean"})
_ARMS_RANKS = frozenset({"General", "Admiral", "Vice-Admiral", "Rear-Admiral", "Air Marshal", "Air Chief Marshal"})


def _title_length(words: list[str], cues: Cues) -> int:
    """How many words of a run are the title before the name."""
    # The last rank or honorific with room for a name after it ends the title
    # chain (so the run's last word, with no room after it, is not looked up).
    cut = 0
    honorifics, courtesy = cues.honorifics, cues.courtesy
    for i in range(len(words) - 1):
        word = words[i]
        bare = word.rstrip(".")
        if bare in honorifics or bare in courtesy or _is_title_word(word, cues):
            if word.casefold() not in _TITLE_LINKS:
                cut = i + 1
        elif cut:
            break
    if cut == 1 and len(words) == 2 and words[0] in _GIVEN_NAMES_THAT_ARE_RANKS:
        return 0  # "Dean Hawtrey, 24, said": a given name, not a faculty's dean
    # "Chief Plant Health Officer Iolanthe Brabazon": a word or two of the post the
    # vocabulary does not know, then the word that ends it, then the name.
    for j in range(cut + 1, min(cut + 3, len(words) - 2) if cut else 0):
        if not (words[j - 1][:1].isupper() and words[j][:1].isupper()):
            break  # "Chief Superintendent Bronwen Aldous of Harbridge Police": a link ends the post
        if _is_title_word(words[j], cues) and _name_words(words[j + 1 :]):
            cut = j + 1
            break
    # "Secretary of State Marco Rubio": words of the post follow "of".
    while cut < len(words) and words[cut] in _TITLE_LINKS:
        nxt = cut + 1
        while nxt < len(words) and (words[nxt] in ("the", "and", "of") or _is_title_word(words[nxt], cues)):
            nxt += 1
        if nxt == cut + 1:
            # "Minister of Mines Jonas Ekdahl": the post's own words, then a two-word name.
            if cut and len(words) - cut >= 4 and _name_words(words[-2:]):
                cut = len(words) - 2
            break
        cut = nxt
    if (
        0 < cut < len(words) - 2
        and ("of" in words[1:cut] or "for" in words[1:cut])
        and all(w[:1].isupper() or w in _TITLE_LINKS for w in words[cut:-2])
        and _name_words(words[-2:])
        and not _name_length(words[cut:])  # ("Secretary for Labour and Welfare Horace Lam Tsz-kin": a name already)
    ):
        # "Mayor of the Kelsborough City Region Olwen Sturridge", "Minister of Climate Change and Energy
        # Mariyam Shifana": the rest of the post's place or field, then a two-word name
        cut = len(words) - 2
    return cut


# Words that join a post's parts ("Secretary of State", "Minister for Justice").
_TITLE_LINKS = frozenset({"of", "the", "for", "and", "on"})


def _is_rank_or_honorific(word: str, cues: Cues) -> bool:
    low = word.casefold().replace("’", "'").removesuffix("'s")
    return (
        word.rstrip(".") in cues.honorifics
        or word.rstrip(".") in cues.courtesy
        or low in cues.title_ranks
        or low in cues.title_equivalents
    )


def _name_length(words: list[str]) -> int:
    """How many of the leading words form a name (2–4 words, a possessive
    allowed on the last only), or 0."""
    first = words[0] if words else ""
    if not _plain_name_word(first) or first.casefold() in _PARTICLES:
        return 0  # no name can start here: skip trying every length
    longest = min(len(words), 6)
    for i in range(longest):
        if words[i].endswith(POSSESSIVE_ENDS):
            longest = i + 1  # a possessive ends a name: no size that runs past it is tried
            break
    for size in range(longest, 1, -1):
        if _name_words([*words[: size - 1], _strip(words[size - 1])]):
            return size
    return 0


# Expert nouns that are also offices: an authority frame only at a research institution.
_OFFICE = re.compile(r"director|dean|adviser|advisor")


def _after(
    sentence: Sentence, end: int, cues: Cues, *, titled: bool = False
) -> tuple[Title | None, tuple[int, int] | None]:
    """A title and an authority frame written right after a name (the frame
    alone when the name is ``titled`` already: the title before it stands)."""
    text = sentence.text
    of = _OF_AFTER.match(text, end)
    if of and any(w in cues.institution_words for w in of.group(1).split()):
        return None, (of.start() + 1, of.end(1))
    sep = _APPOSITIVE.match(text, end)
    if not sep:
        return None, None
    stop = _CHUNK_END.search(text[sep.end() : sep.end() + 120])
    chunk_end = sep.end() + (stop.start() if stop else min(120, len(text) - sep.end()))
    chunk = text[sep.end() : chunk_end]
    frame = None
    expert = (
        cues.expert_nouns.search(chunk)
        if cues.expert_nouns.may_occur_in(w.strip(".,;:") for w in chunk.casefold().split())
        else None
    )
    if (
        expert
        and expert.start() <= 40
        and _OFFICE.fullmatch(expert.group().casefold())
        and not any(w.strip(".,") in cues.institution_words for w in chunk[expert.end() :].split())
    ):
        expert = None  # "director of the Medicines Agency", "the council's director of finance": an office
    if expert and expert.start() <= 40:
        follow = chunk.casefold()[expert.end() :]
        if _LINKED_AFTER.match(follow) or _AT_NAMED.search(chunk[expert.end() :]):
            frame = (sep.end() + expert.start(), sep.end() + expert.end())
    elif (who := _WHO_FRAME.match(chunk)) and (
        _RESEARCH_UNIT.search(chunk) or any(w in cues.institution_words for w in chunk.split())
    ):
        frame = (sep.end(), sep.end() + who.end())
    if titled:
        return None, frame
    serves = _SERVES_AS.match(chunk)
    left = _LEFT_AS.match(chunk)
    if serves:
        chunk = _WHEN_AFTER_POST.sub("", chunk[serves.end() :])
    elif left:
        title = parse_title(chunk[left.end() :], cues, loose=True)
        return (Title(title.text, title.rank, title.domain, True) if title else None), frame
    chairs = _CHAIRS.match(chunk)
    if chairs:
        chunk = "chair of " + chunk[chairs.end() :]  # "who chairs the X": chair of the X
    elif chunk.startswith("who ") and not serves:
        # "who led the city council … and is now the Minister for …": a past act is no title; the post held now is
        now = _NOW_POST.search(chunk)
        if now is None:
            return None, frame
        chunk = chunk[now.end() :]
    elif (held_now := _AND_NOW_POST.search(chunk)) is not None:
        chunk = chunk[held_now.end() :]  # "his predecessor as mayor and now leader of the …": the post held now
    chunk = _RELATIVE_AFTER_POST.split(chunk, maxsplit=1)[0]  # "the former council leader who now sits as …"
    chunk = _AND_ONCE.split(chunk, maxsplit=1)[0]  # "the local government minister and once the council's leader"
    title = (
        parse_title(chunk, cues, loose=True) if _POST_OPENING.match(chunk) or _capitalised_post(chunk, cues) else None
    )
    if title is not None and _HELD_FROM_TO.search(chunk):
        past = _AND_NOW.split(chunk, maxsplit=1)[0]  # "… from 2013 to 2018 and now chair of the bank": the past post
        title = parse_title(past, cues, loose=True) or title
        title = Title(title.text, title.rank, title.domain, True)  # "finance minister from 2013 to 2018": a past post
    return title, frame


# "who chairs the Calder Housing Corporation": a post held now, given by its verb.
# ("heads", "leads" fit any top post, a union's president as well: no title is read from them.)
_CHAIRS = re.compile(
    r"who\s+(?:(?:now|currently|also)\s+)?chairs\s+"
    r"(?:the\s+[a-z]+['’]s\s+(?=(?:[\w\-]+\s+){0,3}(?:committee|board|panel|council|commission|taskforce)\b)"
    r"|(?=the\s+[A-Z]|[A-Z]))"  # ("who chairs the association's resident doctors committee": its committee)
)
_NOW_POST = re.compile(r"\b(?:is|are)\s+now\s+|\bnow\s+(?:serves\s+as\s+)?(?=the\b|[A-Z])")
_RELATIVE_AFTER_POST = re.compile(r"\s+(?:who|which|whose)\s")
_AND_ONCE = re.compile(r"\s+(?:and|but)\s+(?:once|formerly|previously|earlier|a\s+former)\b")
_AND_NOW_POST = re.compile(r"\s(?:and|but)\s+now\s+(?:the\s+)?(?=[a-zA-Z])")
_AND_NOW = re.compile(r"\s+(?:and|but)\s+(?:now|later|since|currently)\b")
_HELD_FROM_TO = re.compile(r"\b(?:from|between)\s+(?:19|20)\d\d\s+(?:to|until|and)\s+(?:19|20)\d\d\b")
# A councillor's courtesy title, checked only for someone the registry lists as a councillor.
COUNCILLOR = frozenset({"councillor", "councilor", "cllr"})
# " of Fudan University", " at the Institute for …": an institution right after a name.
_OF_AFTER = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?((?:[A-Z][\w’'\-]*\s*)+)")
# Where an appositive ends: a comma, bracket or quote, a dash between spaces,
# or a full stop not after a capital ("J. Smith"). Written to open with one
# character class, so that the search skips to those characters.
_CHUNK_END = re.compile(r"[,;:()“”\"\s.](?:(?<=[,;:()“”\"])|(?<=\s)[–—-]\s|(?<=\.)(?<![A-Z]\.)(?:\s|$))")
_LINKED_AFTER = re.compile(r"\s+(?:at|of|in|on|with|from|for)\b|\s+and\s+expert")
_AT_NAMED = re.compile(r"\b(?:at|of)\s+(?:the\s+)?[A-Z]")
# How an appositive that gives a post opens: "the", "a", "Fudan's", "former", or a word in lower case.
_POST_OPENING = re.compile(
    r"(?:the|a|an|[A-Z][\w’']*['’]s|former|then|now|currently)\b|[a-z]"
    r"|(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*(?:s['’]|['’]s)(?=\s)"  # "Orvik Minerals' chief …", "Dunmore Athletic's head …"
)


def _capitalised_post(chunk: str, cues: Cues) -> bool:
    """ "Dean of the Faculty of Medicine": a post in capitals, with no
    article, right after a name and its comma."""
    first = chunk.split(maxsplit=1)[:1]
    return bool(first) and first[0][:1].isupper() and first[0].casefold() in cues.title_ranks


def _frame_before(text: str, start: int, cues: Cues) -> tuple[int, int] | None:
    """An expert noun right before a name: "said epidemiologist Jane Doe"."""
    before = text[max(0, start - 40) : start]
    if not cues.expert_nouns.may_occur_in(w.strip(".,;:") for w in before.casefold().split()):
        return None
    m = None
    for m in cues.expert_nouns.finditer(before):  # noqa: B007 - the last match is wanted
        pass
    if (
        m is not None
        and before[m.end() :].strip() == ""
        and not (_OFFICE.fullmatch(m.group().casefold()) and not _institution_near(text, m.start(), cues))
        and not _A_FIRM_OF.search(before, 0, m.start())  # "the market researcher Kantara Retail": a company
    ):
        offset = start - len(before)
        return offset + m.start(), offset + m.end()
    return None


_A_FIRM_OF = re.compile(r"\b(?:market|industry|polling|retail)\s+$", re.IGNORECASE)


def _institution_near(text: str, at: int, cues: Cues) -> bool:
    """Whether a research institution is named within a few words of ``at``."""
    return any(w.strip(".,’'s") in cues.institution_words for w in text[max(0, at - 60) : at + 60].split())


def _title_before_comma(before: str, cues: Cues) -> Title | None:
    """A title written before the name and a comma ("the agency's chief
    economist, Margit Eklund")."""
    # Cheap test first: the pattern, tried at every offset, can only match text ending in a comma and spaces.
    m = _BEFORE_COMMA.search(before) if before[-1:].isspace() and before.rstrip().endswith(",") else None
    if not m:
        return None
    title = parse_title(m.group(1), cues, loose=True)
    if title is None:
        return None
    written = m.group(1).casefold()
    # The title must end the phrase: "the agency's chief economist", "Kesterton’s head of recruitment",
    # "Marvia’s ambassador to Tessaly".
    ends_with_rank = (
        written.split()[-1].rstrip(",") in title.rank.split()
        or f"{title.rank} of " in written
        or f"{title.rank} to " in written
        # "Harbridge's chief crown prosecutor": a generic rank with the words of its post after it
        or (title.rank in GENERIC_RANKS and post_after_rank(m.group(1), title.rank))
    )
    return title if ends_with_rank else None


_BEFORE_COMMA = re.compile(r"((?:[\w’'.\-]+\s+){0,6}[\w’'.\-]+),\s+$")


def _lowercase_title(before: str, cues: Cues) -> Title | None:
    """A title in lower case right before a name ("former mayor Glen
    Whitcombe", "said commerce secretary Howard Lutnick")."""
    if not before.endswith((" ", "\t")):
        return None
    words = before.split()[-5:]
    if words[-1:] == ["deputy"] and len(words) > 1:  # "Karaderin deputy Tülay Özdemirci": a member of parliament
        seat = parse_title(" ".join(words[-2:]), cues)
        if seat is not None and seat.rank == "member of parliament":
            return seat
    k = len(words)
    while k > 0 and _is_title_word(words[k - 1], cues) or (k > 0 and words[k - 1].casefold() in ("former", "then")):
        k -= 1
    for size in (1, 2):  # "Director of operations Wilfreda Noakes", "director of industrial strategy Leopold …"
        if (
            k >= size + 2
            and words[k - size - 1] == "of"
            and _is_rank_or_honorific(words[k - size - 2], cues)
            and all(w.islower() for w in words[k - size : k])
        ):
            k -= size + 2  # the post's own words after "of"
            while k > 0 and _is_title_word(words[k - 1], cues):
                k -= 1
            break
    if k < len(words) and words[k].casefold() in GENERIC_RANKS:
        # "Cableway safety chief Torbjørn Ekvall": the field a chief heads, in words no vocabulary lists
        for _ in range(2):
            field = words[k - 1].casefold() if k else ""
            if _FIELD_WORD.fullmatch(field) and field not in cues.verb_lemma and field not in _NOT_A_FIELD:
                k -= 1
    chain = words[k:]
    if not chain:
        return None
    if not any(_is_rank_or_honorific(w, cues) for w in chain) and not any(
        " ".join(chain[j : j + 2]).casefold() in cues.title_ranks for j in range(len(chain) - 1)
    ):
        return None  # (a rank of two words, neither a rank alone, counts: "Culture cabinet member Marianne …")
    if chain[-1].casefold() in _SERVES:
        return None  # "a spokesperson for Farid Benali": the post is someone else's, serving him
    return parse_title(" ".join(chain), cues)


_FIELD_WORD = re.compile(r"[a-z][a-z\-]{3,}")
_NOT_A_FIELD = frozenset(
    "this that these those their theirs whose which what with from into than then when where while after before "
    "about over under also only even every each other both such some many most more their".split()
)
_SERVES = frozenset({"for", "to", "of", "the", "and", "in"})
