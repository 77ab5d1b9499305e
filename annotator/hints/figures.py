"""Checkable figures and superlatives in a sentence that cites no source."""

from __future__ import annotations

import re

from annotator.hints.cues import Cues
from annotator.hints.lexicon import plural_noun, superlative_adjective
from annotator.hints.model import Hint
from annotator.hints.sentence import Sentence

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
# "up by around a third": a change given as a fraction.
_FRACTION_OF_CHANGE = (
    r"\bby\s+(?:around\s+|about\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|over\s+|up\s+to\s+)?"
    r"(?:(?:a|one|two)[\s-]+(?:half|third|quarter|fifth|tenth)s?\b"
    r"|half(?=\s+(?:since|in|over|from|between|compared|on)\b|\s*[.,;]))"  # "fallen by almost half since" (not "by half-time")
)
# Figures by what they start with: a currency sign, a sign or a digit (run
# wherever a sentence has a digit) and a number word (run only where a word
# one of them needs is in the sentence). Each opens with a look-ahead for its
# first characters, so that the search skips the rest.
FIGURE = re.compile(
    r"(?=[$€£¥₦₹₱\d+−KRSPL])(?:"
    r"(?<![\w.])[+−]\d+(?:\.\d+)?\b|"  # a signed score: "+0.38"
    # Currencies written with letters: "Sh240 million", "KSh1,200", "Rs 2,500", "R2 billion", "P52 a kilo"
    r"(?<![\w.])(?:K?Sh|Ksh|Rs\.?\s?|₦|₹|₱)\d[\d,.]*(?:\s?(?:billion|million|trillion|thousand|bn|m|k)\b)?|"
    r"(?<![\w.])[RL]\d[\d,.]*\s?(?:billion|million|trillion|bn|m)\b|"  # "R2 billion", "L20 million" (maloti)
    r"(?<![\w.])P\d[\d,.]*(?=\s(?:a|an|per|each|million|billion)\b)|"
    r"[$€£¥]\s?\d[\d,.]*(?:\s?(?:billion|million|trillion|thousand|bn|m|k|B|M)\b)?"
    r"|\b\d[\d,.]*\s?(?:%|per\s?cent|percent|percentage points?)"
    r"|\b\d[\d,.]*\s(?:billion|million|trillion|thousand|hundred)\b"
    r"|\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b"
    r"|\b\d+(?:\.\d+)?\s?(?:times|fold|x)\b"
    r"|\b\d+(?:\.\d+)?\s(?:[A-Za-z][a-z]*\s){0,2}(?:people|residents|jobs|homes|cases|deaths|patients|workers|staff|households|"
    r"companies|firms|tonnes|tons|barrels|litres|liters|gallons|megawatts|gigawatts|MW|GW|kWh|km|kilometres|miles|acres|"
    r"hectares|units|vehicles|cars|beds|schools|students|children|votes|seats|members|countries|nations|species|"
    r"degrees|°C|°F|hours|days|weeks|months|years|minutes|points|basis points|stores|sites|plants|factories|"
    r"flights|visitors|tourists|users|customers|subscribers|employees|officers|troops|soldiers|hospitals|"
    r"million|billion)\b"
    r"|\b\d+(?:\.\d+)?\s?°\s?[CF]\b"
    r"|\b\d+(?:\.\d+)?-(?:million|billion|thousand)(?:-(?:dollar|pound|euro|yen|crown))?\b"
    r"|\b\d+(?:\.\d+)?-(?:fold|point|year|month|day|hour|inch|in|cm|mm|metre|meter|foot|ft|kg|gram|pound|litre|liter|"
    r"mile|km|storey|story|bed|seat|acre)\b"
    r"|\b\d+[-–]\d+\b(?!\s*(?:" + _MONTHS + r"))"
    r"|\b(?!(?:19|20)\d\d\b)\d{3,}\b"
    r"|\b\d[\d,.]*(?:mm|cm|km|kg|mg|ml|kWh|mph|kph|ha|bn|tn)(?:/\w+)?\b"  # "612mm", "180kg/ha"
    r"|\b\d+(?:\.\d+)?p\b"  # "a 20p fee"
    r"|\b\d{1,2}\s+in\s+\d{1,3}\b(?![\d,.])"  # "1 in 4"
    r"|\b\d+\s+(?:of|out\s+of)\s+\d+\b(?![\d,.]|\s+stars?\b|\s*$)"  # "18 of 23 borewells" (not "Score: 4 out of 5")
    r"|(?<![\w.,])\d[\d,.]*(?:m|bn|k)(?=:\s)"  # "• 1.6m: adults who need help"
    r"|\b\d+(?:\.\d+)?[CF]\b"  # "above 39C"
    r"|(?<![\w.,])\d[\d,.]*(?=\s*:\s+the\s+(?:number|share|proportion|percentage|amount)\b)"  # "• 36: the number of …"
    r"|(?<![\w.,])\d[\d,.]*(?=\s+\((?:up|down)\s+\d)"  # "• Civic Renewal: 87 (up 9)": a result and its change
    r")"
)
# "roughly a third have children", "less than half that", "save about a quarter": a share with its hedge.
_HEDGED_FRACTION = (
    r"(?:(?<=\babout\s)|(?<=\broughly\s)|(?<=\bnearly\s)|(?<=\balmost\s)|(?<=\baround\s)|(?<=\bmore\sthan\s)"
    r"|(?<=\bless\sthan\s)|(?<=\bjust\sover\s)|(?<=\bjust\sunder\s))"
    r"(?:(?:a|one)\s+(?:third|quarter|fifth|tenth)\b(?!\s+(?:of|a)\b)|half\b(?!\s+(?:of|a|the|as)\b))"
)
FIGURE_IN_WORDS = re.compile(
    r"(?=\b[AaOoTtHhDdQqWwCcMmBbFfSsEeNn])(?:"
    r"\bmagnitude\s+\d+(?:\.\d+)?\b"  # "magnitude 6.5"
    r"|" + _FRACTION_OF_CHANGE + r"|\b(?:a|one|two|three)[\s-]+(?:half|third|quarter|fifth|tenth|fourth)s?\s+(?:of|a)\b"
    r"|\b(?<!first\s)(?<!second\s)[Hh]alf\s+(?:of|a|the)\b|\bone\s+in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+\w+)\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine)\s+in\s+(?:ten|\d+)\b"  # "nine in ten"
    r"|\b(?:twice|three\s+times|four\s+times|half)\s+as\s+\w+"
    r"|\b(?:twice|double|triple|three\s+times|four\s+times|ten\s+times)\s+(?:the|that|what|its|their)\b"
    r"|\b(?:doubl|tripl|quadrupl)(?:ed|ing)\b|\bhalv(?:ed|ing)\b"
    r"|\b(?:will|would|could|to|may|might)\s+(?:double|triple|quadruple|halve)\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten)fold\b"
    r"|" + _HEDGED_FRACTION + r")"
)
_DIGIT = re.compile(r"\d")
_QUESTION_LINE = re.compile(r"^\W*(?:Q\d*\s*[.:)]|Question\s*\d*\s*[.:])(?=.*\?\s*(?:\(.*\))?\s*$)", re.IGNORECASE)
# The figures written in words, for sentences without a digit.
WORD_FIGURE = re.compile(
    r"(?=[AaOoTtHhDdQqWwCcMmFfBbSsEeNn])(?:" + _FRACTION_OF_CHANGE + "|"
    r"\b(?:a|one|two|three|four)[\s-]+(?:half|third|quarter|fifth|tenth|fourth)s?\s+(?:of|a)\b"
    r"|\bhalf\s+(?:of|a|the)\b|\bone\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|a\s+\w+)\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine)\s+in\s+ten\b"
    r"|\b(?:twice|three\s+times|four\s+times|half)\s+as\s+\w+"
    r"|\b(?:twice|double|triple|three\s+times|four\s+times|ten\s+times)\s+(?:the|that|what|its|their)\b"
    r"|\b(?:doubl|tripl|quadrupl)(?:ed|ing)\b|\bhalv(?:ed|ing)\b"
    r"|\b(?:will|would|could|to|may|might)\s+(?:double|triple|quadruple|halve)\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten)fold\b"
    r"|" + _HEDGED_FRACTION + r")",
    re.IGNORECASE,
)
# A word each figure in words holds: a sentence with none of them is passed over
# without running the pattern (slow, as it ignores case).
_WORD_FIGURE_KEYS = (
    "half",
    "third",
    "quarter",
    "fifth",
    "tenth",
    "fourth",
    "one",
    "twice",
    "times",
    "doubl",
    "tripl",
    "quadrupl",
    "halv",
    "fold",
    "magnitude",
)
# A number before any plural noun ("about 40 campaigners", "18 crowns per item"),
# for nouns the figure pattern does not list.
_NUMBER_THEN_WORDS = re.compile(
    r"\b\d+(?:\.\d+)?\s+(?:[a-z][\w\-]*\s+){0,4}?(?P<noun>[a-z][\w\-]*(?<![usi])s\b|(?:[a-z]*men|children)\b(?![’'])|feet\b)"
)
# "the deepest cuts", "its first pair", "the first woman to lead": a superlative or
# ordinal claim. An ordinal counts only before "to", "in", "ever" or "since".
_SUPERLATIVE = re.compile(r"\b(?:the|its|their|his|her|[\w]+[’']s)\s+(?P<word>[a-z]+est)\b")
_ORDINAL_CLAIM = re.compile(
    r"\b(?:the|its|their|his|her)\s+(?:first|only|last|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth)\b(?!\s+(?:year|month|week|day|term|weekend|season)s?\s+(?:in|as|at|of)\b)"  # "his first year in office"
    r"(?=(?:\s+[\w\-]+){0,5}?\s+(?:to|in|ever|since|of its kind|time|this\s+"
    r"(?:year|season|month|week|winter|summer|spring|autumn|decade|century))\b)"
    # "their best run since 2011", "the worst in 20 years": a record claim, not a judgement
    r"|\b(?:the|its|their|his|her)\s+(?:best|worst)\b(?=(?:\s+[\w\-]+){0,4}?\s+(?:since\s+\d|on\s+record|ever\s+(?:seen|recorded|known)|"
    r"in\s+(?:\d+|[a-z]+)\s+years|for\s+(?:more\s+than\s+)?(?:\d+|[a-z]+)\s+years"
    r"|in\s+(?:the\s+)?(?:its|their|[\w]+[’']s|the)\s+(?:[\w\-]+\s+)?history))"  # "the best result in the company's 60-year history"
    # "the fourth-highest earner", "than any other member": ranked claims
    r"|\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)-[a-z]+est\b"
    r"|\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:consecutive|straight|successive)\b"
    # "rose last year for the second year in a row": a streak to check
    r"|\bfor\s+the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:year|month|week|quarter|season|day|time)\s+(?:in\s+a\s+row|running)\b"
    r"|\bthan\s+(?:any|every)\s+(?:other\s+)?\w+"
    r"|\b(?:once|twice|two|three|four|five|six|seven|eight|nine|ten)\s+times\s+a\s+(?:day|week|month|year)\b"
    r"|\b(?:twice|once)\s+a\s+(?:day|week|month|year|decade|century|generation)\b"
    r"|\bby\s+(?:a|one|two)[\s-]+(?:half|third|quarter|fifth|tenth)s?\b"
    r"|\ba\s+record(?:-breaking)?\s+[a-z]+"
    r"|\b(?:two|three|four|five|six|\d+)\s+(?:years|seasons|times|games|matches)\s+running\b"
)
# Superlatives that judge rather than measure, and dates ("the latest figures").
_NOT_MEASURED = frozenset(
    """best worst latest least earliest finest greatest funniest strangest weirdest oddest saddest silliest
    happiest loveliest nicest prettiest ugliest cleverest bravest kindest crossest proudest scariest sweetest
    cutest likeliest clearest closest nearest boldest bravest""".split()
)
_ORDINALS = frozenset({"the first", "the only"})
# Words one of the ranked or compared claims needs (a quick test before the patterns).
_CLAIM_WORDS = frozenset(
    "first only last second third fourth fifth sixth seventh eighth ninth tenth than times twice "
    "once by record running best worst".split()
)
# "40 minutes longer each week": a span compared is a claim.
_COMPARED = re.compile(r"\s+(?:longer|shorter|more|less|fewer|earlier|later|faster|slower)\b")
# "Channel 7", "the FTSE 250 index": a number inside a name (not after the sentence's first word).
_IN_A_NAME = re.compile(
    r"(?<=[a-z,;] )[A-Z][A-Za-z]+\s(\d+)\b(?![,.]\d|\s?%|\s(?:per|percent|million|billion)|[-–]\d)"
)  # "Apollo 11", but not a score ("Athletic 3-2")
# A result line: "Dunmore Town 3 Harlow Athletic 0".
_SCORELINE = re.compile(r"\s*(?:[A-Z][\w.’'\-]*\s+){1,4}\d{1,2}\s*[,–-]?\s+(?:[A-Z][\w.’'\-]*\s+){1,4}\d{1,2}\s*")
# Counts written in words ("seven rare-earth elements", "three to four units"):
# a number word, up to two modifiers, and a plural noun.
_NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundreds|thousands|millions|billions|dozens|a\s+dozen|"
    r"a\s+hundred|a\s+thousand|a\s+million|a\s+billion|several\s+hundred|several\s+thousand)"
)
COUNT_IN_WORDS = re.compile(
    rf"\b(?:at\s+least\s+|more\s+than\s+|nearly\s+|almost\s+|over\s+)?{_NUMBER_WORD}"
    rf"(?:\s+(?:to|or)\s+{_NUMBER_WORD})?(?:\s+of)?\s+(?:[a-z][\w\-]*\s+){{0,3}}?"
    r"(?P<noun>[a-z][\w\-]*(?<![usi])s\b|people\b|(?:[a-z]*men|children)\b(?![’']))",  # "Fourteen fishermen", "three children"
    re.IGNORECASE,
)
# A part of a whole, both counted: "Two of the three killings", "in five of the last six years".
_SHARE_OF_A_COUNT = re.compile(
    rf"\b(?:{_NUMBER_WORD}|\d{{1,4}})\s+of\s+(?:the|its|their|our|his|her)\s+(?:last\s+|past\s+|first\s+)?"
    rf"(?:{_NUMBER_WORD}|\d{{1,4}})\b",
    re.IGNORECASE,
)
# A list line opening with a count and where it falls: "- two in science", "• one each in art and music".
_LISTED_COUNT = re.compile(
    r"\s*[-•*▪–]\s*(?P<count>(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,4})"
    r"\s+(?:each\s+)?in)\s+[a-z]",
    re.IGNORECASE,
)
_LARGE = re.compile(r"\b(?:hundred|thousand|million|billion)s?\b", re.IGNORECASE)
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_COUNT_WORDS = (frozenset(re.findall(r"[a-z]+", _NUMBER_WORD)) - {"a", "s"}) | {
    f"{tens}-{unit}" for tens in _TENS for unit in "one two three four five six seven eight nine".split()
}  # ("thirty-one" is one word)
# Plural nouns that make a count no checkable figure: time spans, and sources (an attribution's business).
_NOT_COUNTED = frozenset(
    """years months weeks days hours minutes seconds decades centuries seasons times sides ways things
officials sources analysts experts people aides diplomats others""".split()
)
# "the two leaders", "its three plants": a count that points back, not a claim.
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|its|their|his|her|our|[\w]+[’']s)\s+$", re.IGNORECASE)
# "the authority's toll-free line, 800-7292": a number to call, not a claim.
_PHONE = re.compile(
    r"\b(?:line|phone|call|calling|number|helpline|hotline|tel|telephone|ring|text|freephone)\b[^.;\d]{0,30}?"
    r"(?P<number>\+?\d{2,5}(?:[ -]\d{2,5}){1,3})\b",
    re.IGNORECASE,
)
_PHONE_WORDS = frozenset("line phone call calling number helpline hotline tel telephone ring text freephone".split())
# "The average sentence fell to 19 days": a span that a measure changed to or from is a claim.
_CHANGED_TO = re.compile(
    r"\b(?:rose|risen|rising|rises|fell|fallen|falling|falls|dropped|climbed|grew|grown|increased|decreased|jumped|"
    r"soared|plunged|doubled|lengthened|shortened)\s+(?:to|from)\s+(?:(?:an\s+average\s+of|almost|nearly|about|"
    r"more\s+than|around)\s+)?$"
    # "adding about 14 hours to each trip", "saving nearly 20 minutes": time a change adds or takes away
    r"|\b(?:adding|adds|added|cutting|cuts|saving|saves|saved|shaving|shaves|shaved)\s+"
    r"(?:(?:about|around|nearly|almost|roughly|more\s+than|up\s+to|an\s+extra|another)\s+)?$"
)
# Ages and spans of time are not claims to check: "15 years old", "for 90 days".
# "The average wait for a driving test is now 24 weeks": a span that is itself the measure.
_AVERAGE_IS = re.compile(
    r"\b(?:average|median|typical)\b[^.;]{0,60}\b(?:is|are|was|were|stands\s+at)\s+(?:now\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?$"
)
_AGE_OR_SPAN = re.compile(
    r"\b\d+(?:\.\d+)?[\s-](?:years?|months?|weeks?|days?|hours?|minutes?)(?:[\s-]old)?\b"
    r"(?!\s+(?:of|in)\s+(?:jail|prison))"
)
_NOT_FIGURE = re.compile(
    # Each alternative starts at a capital, a digit, a comma or the line's start: fail fast elsewhere.
    r"(?:(?=[A-Z\d,])|^)"
    rf"(?:(?:{_MONTHS})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{_MONTHS})\b|\b\d{{1,2}}[:.]\d\d\s?(?:a\.m\.|p\.m\.|am|pm)"
    r"|\b\d{4}\s?(?:GMT|UTC|BST|CET|hrs)\b|\bYears?\s+\d{1,2}(?:\s*(?:and|to|or|[–/-])\s*\d{1,2})?\b"  # "0912 GMT", "Year 11 and 12"
    r"|\b(?:19|20)\d\d[–/-]\d\d\b|\b(?:19|20)\d\d\b|^\W*\d+[.)]\s|\bQ[1-4]\b|\bCOVID-19\b|\b[A-Z]+-\d+\b|,\s\d{2},)"
)


# Numbers that are no claim a reader could check: phone numbers, reference and
# issue numbers, ingredient quantities opening a line, and years long past.
_NOT_A_CLAIM = re.compile(
    r"\b0\d{2,4}[\s-]\d{3}[\s-]?\d{3,4}\b"  # "0300 555 0192"
    r"|\b(?:[Nn]o|[Nn]os|[Rr]ef|[Ee]xt|[Tt]el)\.?\s*#?\d[\d/\-]*"  # "registered charity no. 1187344", "ext. 4410"
    r"|\b[Pp]ages?\s+\d+(?:[–-]\d+)?\b"  # "Full coverage: Pages 4-5"
    r"|\b(?:[Ii]ssue|[Ss]ale|[Ll]ot|[Ss]tops?|[Cc]ase|[Gg]allery|[Ll]evel|[Rr]oom|[Pp]latform|[Gg]ate)\s+#?\d+(?:[–-]\d+)?\b"
    r"|#\d+"
    r"|\b(?:[Cc]all(?:ing)?|[Rr]ing|[Dd]ial|[Pp]hone)\s+(?:[A-Z]\w*\s+){0,3}(?:on\s+)?\d{3,}\b"  # "call Harbridge Police on 101"
    r"|\btext\s+[A-Z]+\s+to\s+\d{3,}\b"  # "text HILLS to 70450"
    r"|^\W*\d+(?:[.,]\d+)?\s?(?:g|kg|ml|l|tsp|tbsp|oz|lb|cups?)\b"  # "400 g plain flour"
    r"|\b(?:in|since|of|from|until|to|c\.|circa|between|and|around|before|after|back\s+to)\s+1[0-9]\d\d\b"  # "lost in 1809"
)


# Items between middle dots, each after the first (a title or dates) four words at most: a masthead,
# a listing's details or a contents line ("40 routes axed · 600 drivers laid off · Thousands left
# waiting at stops" is a headline's claims).
_DETAILS_LINE = re.compile(r"[^·]+(?:·\s*(?:[^·\s]+\s+){0,3}[^·\s]+\s*){2,}")
_NO_CLAIM_REACH = 40  # characters before a number where what makes it no claim may start


def _no_claim(s: Sentence, start: int, end: int) -> bool:
    """Whether the number at ``start``–``end`` is a phone, reference or ingredient
    number or an old year (read around it only: most sentences have none)."""
    return any(
        a < end and start < b
        for a, b in (m.span() for m in _NOT_A_CLAIM.finditer(s.text, max(0, start - _NO_CLAIM_REACH), end + 20))
    )


def _figures_in(text: str, worded: bool) -> list[re.Match[str]]:
    """What ``FIGURE`` and ``FIGURE_IN_WORDS`` find as one pattern would: left
    to right, each search going on from the end of the last match (the two
    never match at the same place: one starts at a digit, the other at a letter)."""
    found: list[re.Match[str]] = []
    pos = 0
    digit = FIGURE.search(text)
    word = FIGURE_IN_WORDS.search(text) if worded else None
    while digit is not None or word is not None:
        first = digit if word is None or (digit is not None and digit.start() < word.start()) else word
        assert first is not None
        found.append(first)
        pos = first.end()
        if digit is not None and digit.start() < pos:
            digit = FIGURE.search(text, pos)
        if word is not None and word.start() < pos:
            word = FIGURE_IN_WORDS.search(text, pos)
    return found


def figure_hints(s: Sentence, cues: Cues, *, attributed: bool) -> list[Hint]:
    """Figures and superlatives, unless the sentence cites a source itself."""
    if "·" in s.text and _DETAILS_LINE.fullmatch(s.text):
        return []  # "The Kelsborough Echo · Tuesday 30 June 2026 · 95p", "Letters 16 · TV 28-29 · Puzzles 30": a masthead, contents
    if attributed or _QUESTION_LINE.match(s.text):
        return []  # a reader's "Q." heads its answer: the figures in it are the reader's
    hints: list[Hint] = []
    digits = _DIGIT.search(s.text) is not None
    excluded = [m.span() for m in _NOT_FIGURE.finditer(s.text)] if digits else []
    if digits:
        excluded += [
            m.span()
            for m in _AGE_OR_SPAN.finditer(s.text)
            if not _COMPARED.match(s.text, m.end())
            and not s.lowered[: m.start()].endswith("by ")
            and not _CHANGED_TO.search(s.lowered, max(0, m.start() - 40), m.start())
            and not _AVERAGE_IS.search(s.lowered, max(0, m.start() - 80), m.start())
        ]  # "fall by 22 minutes", "fell to 19 days": a change
        excluded += [m.span(1) for m in _IN_A_NAME.finditer(s.text)]
        if not _PHONE_WORDS.isdisjoint(s.words):
            excluded += [m.span("number") for m in _PHONE.finditer(s.text)]
    taken: list[tuple[int, int]] = []
    if digits and _SCORELINE.fullmatch(s.text):
        start, end = 0, len(s.text.rstrip())
        taken.append((start, end))
        hints.append(Hint(start, end, "unsourced_figure", s.text[start:end], "a result with no source in the sentence"))
    worded = any(key in s.lowered for key in _WORD_FIGURE_KEYS)
    if digits:
        found = _figures_in(s.text, worded)
    else:
        found = list(WORD_FIGURE.finditer(s.text)) if worded else []
    for m in found:
        start, end = m.span()
        if s.in_quote(start, end) or any(a <= start < b for a, b in excluded) or (digits and _no_claim(s, start, end)):
            continue
        taken.append((start, end))
        hints.append(Hint(start, end, "unsourced_figure", m.group(), "a figure with no source in the sentence"))
    counts = COUNT_IN_WORDS.finditer(s.text) if not _COUNT_WORDS.isdisjoint(s.words) else ()
    for m in counts:
        start, end = m.span()
        large = _LARGE.search(m.group()) is not None  # "four million people": a figure, not "two people"
        noun = m.group("noun").casefold()
        if (
            (noun in _NOT_COUNTED and not large)
            or (noun != "people" and not plural_noun(noun))
            or s.in_quote(start, end)
            or any(a < end and start < b for a, b in taken)
            or _DEFINITE_BEFORE.search(s.text, 0, start)
            or (_ROUGH.match(m.group()) and _forecast_before(s, start, cues))
        ):
            continue  # "could transform the lives of tens of thousands": a guess's scale, not a count
        hints.append(Hint(start, end, "unsourced_figure", m.group(), "a count with no source in the sentence"))
    if " of " in s.text:
        for m in _SHARE_OF_A_COUNT.finditer(s.text):  # "Four of the six counties", "five of the last six years"
            start, end = m.span()
            if s.in_quote(start, end) or any(a < end and start < b for a, b in taken + excluded):
                continue
            taken.append((start, end))
            hints.append(Hint(start, end, "unsourced_figure", m.group(), "a count with no source in the sentence"))
    listed = _LISTED_COUNT.match(s.text) if s.text.lstrip()[:1] in "-•*▪–" else None
    if listed is not None:  # "- three in mathematics": a breakdown's count
        taken.append(listed.span("count"))
        hints.append(
            Hint(
                *listed.span("count"),
                "unsourced_figure",
                listed.group("count"),
                "a count with no source in the sentence",
            )
        )
    if digits:
        for m in _NUMBER_THEN_WORDS.finditer(s.text):
            start, end = m.span()
            if (
                any(a < end and start < b for a, b in taken + excluded)
                or s.in_quote(start, end)
                or m.group("noun") in _NOT_COUNTED
                or not plural_noun(m.group("noun"))
                or _no_claim(s, start, end)
            ):
                continue
            taken.append((start, end))
            hints.append(Hint(start, end, "unsourced_figure", m.group(), "a figure with no source in the sentence"))
    superlatives = [
        m.span()
        for m in cues.superlatives.finditer(s.text)
        if s.lowered[m.start() : m.end()] not in _ORDINALS and not _judged(s, m.end(), cues)
    ]
    if not _CLAIM_WORDS.isdisjoint(s.words) or "-" in s.text:  # most sentences have none of these words
        superlatives += [m.span() for m in _ORDINAL_CLAIM.finditer(s.text) if not _previous_or_kept(s, m)]
    if "est " in s.lowered or "est," in s.lowered or "est." in s.lowered:
        superlatives += [
            m.span()
            for m in _SUPERLATIVE.finditer(s.text)
            if m.group("word") not in _NOT_MEASURED
            and m.group("word") not in cues.evaluative  # "the friendliest campus": a verdict, the opinion detector's
            and superlative_adjective(m.group("word"))
        ]
    for start, end in sorted(set(superlatives)):
        if not s.in_quote(start, end) and not any(a < end and start < b for a, b in taken):
            taken.append((start, end))
            hints.append(
                Hint(start, end, "unsourced_figure", s.text[start:end], "a superlative with no source in the sentence")
            )
    return hints


# "at the last election": the one before, not a ranking; "a record that
# ought to …": a record as in a career, not a record broken.
_AMONG_THE = re.compile(r"\bamong\s+$", re.IGNORECASE)  # "among the first to sign it": one of the early ones, no record
_BEFORE_PREVIOUS = re.compile(r"\b(?:at|in|during|since|before|after|over|for|from|until)\s+$", re.IGNORECASE)
_NOT_A_RECORD = re.compile(r"a\s+record\s+(?:that|which|of|as|is|was|and|but|to|it)$", re.IGNORECASE)


def _previous_or_kept(s: Sentence, m: re.Match[str]) -> bool:
    """A ranked-claim match that is no claim: "the last" meaning the one
    before, or "a record" meaning a track record."""
    word = m.group().casefold()
    if word.split()[1:2] == ["last"] and _BEFORE_PREVIOUS.search(s.text, 0, m.start()):
        return True
    if word.split()[1:2] in (["first"], ["last"]) and _AMONG_THE.search(s.text, max(0, m.start() - 8), m.start()):
        return True
    return bool(_NOT_A_RECORD.match(m.group()))


_ROUGH = re.compile(r"(?:tens\s+of\s+|hundreds\s+of\s+)?(?:thousands|hundreds|millions|dozens)\s+of\b", re.IGNORECASE)


def _forecast_before(s: Sentence, start: int, cues: Cues) -> bool:
    """Whether a speculation marker ("could", "is likely to") comes earlier in the sentence."""
    return any(m.start() < start for m in cues.speculation.finditer(s.text))


def _judged(s: Sentence, end: int, cues: Cues) -> bool:
    """ "one of the most thankless jobs": an evaluative word makes it a judgement, not a measure."""
    following = s.text[end : end + 30]
    return any(m.start() < 2 for m in cues.evaluative.finditer(following.lstrip()))
