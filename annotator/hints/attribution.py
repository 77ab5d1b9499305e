"""Attribution and vague sourcing: reporting verbs (any inflection of the
vocabulary's lemmas) and phrases, each with the source they point to,
classified as named, vague (an unnamed collective) or described (an
anonymous source whose access is described)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from annotator.hints.cues import Cues
from annotator.hints.lexicon import adjective, base_verb, known_word, plural_noun
from annotator.hints.model import Hint
from annotator.hints.sentence import Sentence, Token
from annotator.hints.sources import (
    ARTICLES,
    AUX,
    DEFINITE,
    DESCRIBED,
    DETERMINERS,
    GLAD,
    MODALS,
    NAMED,
    PRONOUN,
    QUANTITY,
    VAGUE,
    classify_after,
    classify_before,
    clause_before,
    head_of,
    of_named_organisation,
    singular,
    source_of,
    subject_of,
    words_after,
)
from annotator.hints.transcript import source_speaker, unnamed_speaker

# "For a government that says it wants …": the one a verdict is on, not a source.
_FOR_ONE_WHO = re.compile(r"\W*For\s+(?:a|an|any|someone|anyone|people)\b[^,;:“”\"]{0,60}\b(?:that|who)\s+$")
# "declared a state of calamity", "wards declared.": an act, not a report.
_DECLARED_AN_ACT = re.compile(
    r"\s*(?:$|[.;:)]|,\s+(?!that\b)|\s(?:a\s+state\s+of|an?\s+(?:[\w\-]+\s+)?emergency|a\s+(?:major|critical)\s+incident|war\b|"
    r"independence|bankruptcy|insolvency|an\s+interest|a\s+(?:national\s+)?day\s+of|(?:his|her|their)\s+candidacy))"
)
_WHEN_FIRST = frozenset("first originally initially".split())  # "The hospital, first announced in 2022,"
# What "state" is before these words: a noun ("state media", "state television").
_STATE_OWNED = frozenset(
    "media television tv radio broadcaster news agency newspaper press officials department prosecutors "
    "investigators authorities".split()
)
# "the first confirmed case": a participle before what is counted is an adjective.
_COUNTED_EVENTS = frozenset(
    "case cases death deaths outbreak outbreaks sighting sightings infection infections diagnosis diagnoses".split()
)
_CANNOT = frozenset("can't cannot couldn't".split())  # "I can't even tell if …": telling apart
_POSTED_THINGS = frozenset("post comment video photo clip thread tweet".split())
# "Some stations had put up signs": "put" with a particle does something, it states nothing.
_PUT_PARTICLES = frozenset("up out down off together aside back on".split())
# "a note, written in a careful hand,": how it was written, not who wrote it.
_IN_A_HAND = re.compile(
    r"\s+(?:in|on|across)\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}?(?:hand|handwriting|ink|pencil|pen|capitals|chalk|marker|biro|crayon)\b"
)
# "citing wet grain", "citing rising costs": lower-case words with no source noun (checked below).
_A_REASON = re.compile(
    r"\s+(?:[a-z][\w\-]*\s+){0,3}(?:grain|costs?|prices?|concerns?|reasons?|weather|safety|demand|delays?|"
    r"shortages?|pressures?|uncertainty|losses|illness|ill\s+health|personal\s+reasons|family\s+reasons)\b"
)
# "writes Family Matters every Saturday": a columnist's slot, no report.
_EVERY_WEEK = re.compile(r"\s+[^.;,“”\"]{1,40}?\b(?:every|each)\s+(?:week|month|day|[a-z]+day)\b")
# What a verb that reports only with a complement needs next: "that", a
# question word, a quote or colon, a statement's medium, a clause whose
# subject went before ("what geologists believe may be", "which experts say
# is"), or "in to say" (a reader who wrote in).
_COMPLEMENT = re.compile(
    r"\s+(?:may|might|could|would|will|can|is|are|was|were)\s+(?!not\b)\w"
    r"|\s+in\s+to\s+(?:say|tell|ask|complain|report|warn|point)\b"  # "wrote in to say"
    # "posted an appeal on social media on Monday: “…”"
    r"|\s+(?:an?\s+|the\s+|its\s+)?(?:appeal|statement|message|post|note|update|warning|plea)\b[^.:“”\"]{0,60}:\s*[“\"]"
    r"|\s*(?:[^.;:“”\"]{0,50}?\bthat\b(?!\s*(?:[.,;!?)]|$))|(?:whether|why|how|if)\b|:|[“\"‘']|,\s*[“\"]|—|–|in a (?:statement|post|letter|report|filing|note)|"
    r"on (?:x|twitter|social media|truth social|facebook|linkedin|instagram|bluesky|threads|"
    r"its website|his|her|their)\b)",
    re.IGNORECASE,
)
_HAS_CONTRACTED = frozenset("he she someone somebody".split())
_MODAL_FUTURE = frozenset("will would may might".split())
_TIME_NOUNS = frozenset("weeks months days years time hours decades".split())
_HOPED_SUBJECTS = frozenset("he she they it we".split())
_HOPED = frozenset("hope hoped hopes wish".split())
_PRONOUN_SPEAKERS = frozenset("he she they".split())
_SHARE_WORDS = frozenset("cent % percent majority minority third quarter half fifth tenth".split())
# Someone stating a thing plainly: "has made it clear that", "has been absolutely clear that".
_MADE_CLEAR = re.compile(
    r"\b(?P<verb>(?:made|make|makes|making)\s+(?:it\s+)?(?:abundantly\s+|very\s+|perfectly\s+|quite\s+)?clear"
    r"|(?:been|was|were)\s+(?:absolutely\s+|very\s+|perfectly\s+|quite\s+|crystal\s+)?clear)\s+(?:that|about)\b"
)
_NO_SPEAKER = frozenset("it this that there what which one".split())  # "It was clear that": nobody stated it
_FROM_A_TIME = re.compile(
    r"\s*from\s+(?:that|the\s+same|this|last|the\s+previous)\s+(?:year|month|week|day|summer|winter|spring|autumn)\b|\s*from\s+(?:19|20)\d\d\b"
)
_THAN_WHO_HAD = re.compile(r"\bthan\s+(?:[\w’'\-]+\s+){1,3}(?:had|have|has)\s+(?:[a-z]+ly\s+)?$")
_BRANDED_AS = re.compile(r"\s+(?:[\w’'\-]+\s+){1,4}?(?:as\s+)?[“\"‘]")
_QUOTE_THEN_WORDS = re.compile(r"[”\"’],?\s+(?:\w+\s+){0,3}$")
_AFTER_QUOTE = re.compile(r"[”\"’'],?\s*$|,\s*$")
_PLURAL_NOUN_BEFORE = frozenset(
    "some many several two three four five member gulf other public media press news u.s. us american "
    "early latest recent new official".split()
)
# A verb after these reports nothing: an infinitive, a modal, a passive, a negation.
_NOT_A_REPORT = frozenset(
    "to may might could should would can cannot help helps helped is are was were be been "
    "being not never n't no please am don't doesn't didn't".split()
)
_BE = frozenset("is are was were be been being".split())
_NAMING = frozenset("call name dub label term".split())  # verbs that also give a name
_LINKS = frozenset("at of in from with for on by".split())
# What may follow a reporting verb that ends its clause: "…, she noted (in March)."
_CLAUSE_END = re.compile(
    r"(?:(?:in|on|at|last|this|during|after|before|earlier|later|on\s+\w+day)\b[\w\s’'\-]{0,25})?[.,;!?]"
)
_DOCUMENT_VERBS = frozenset({"find", "show", "conclude", "suggest"})
# A report in the progressive ("has been telling colleagues that …") reports
# when "that" follows soon.
_PROGRESSIVE = frozenset("been is are was were".split())
# "Loads of you are saying your green bins have been missed": what is said, without "that".
_SAYING_A_CLAUSE = re.compile(
    r"\s+(?:it|they|he|she|we|there|(?:the|your|their|our|my|his|her)\s+(?:[a-z]+\s+){0,2}[a-z]+)\s+"
    r"(?:may|might|could|would|will|can|has|have|had|is|are|was|were|do|does|did)\b"
)
# "insisted on the radio on Thursday that", "has been telling colleagues for weeks that": a clause
# that follows a verb within six words (for "insist on" and the progressive alike).
_THAT_SOON = re.compile(r"\s+(?:[\w’'\-]+\s+){1,6}that\b")
_FINANCIAL_RESULT = re.compile(
    r"\s+(?:an?\s+)?(?:(?!that\b|to\b)[\w\-]+\s+){0,2}?"  # ("reported that sales fell 5%" reports)
    r"(?:revenues?|profits?|income|sales|loss(?:es)?|earnings|turnover|deficit|surplus)\b"
    r"(?!\s+(?:that|to)\b)"
)
_PERFECT = frozenset({"have", "has", "had", "'ve", "’ve"})
# A participle between an article or a number and its noun ("214 confirmed
# cases") is an adjective, unless what follows is a passive's ("the claims made by").
_ARTICLE_BEFORE_ADJECTIVE = frozenset("the a an its their".split())
_AFTER_A_PASSIVE = frozenset("that by to in on at as it them him her this these those".split())
# "were first warned", "was later told": a passive with a word between, nobody's report.
_PASSIVE_ADVERBS = frozenset("first later also previously repeatedly never already once twice now".split())
# "an app called ParkEasy": a thing, then the name it goes by.
_NAMED_THING = re.compile(
    r"\b(?:an?|the|its|their)\s+(?:[a-z][\w\-]*\s+){0,2}(?!(?:as|in|at|of|to|by|for|with|is|was|are|were)\s)[a-z][\w\-]*\s+$"
)
_SAID_TO_HAVE = re.compile(r"\s+to\s+(?:have|be|show|contain|depict|feature|include)\b")
# A passive's named agent: "announced by Health Minister Thea Margolin".
_NAMED_AGENT = re.compile(r"\s+by\s+((?:[A-Z][\w’'.\-]*\s+){1,5}[A-Z][\w’'\-]*)")
_STORY_TOLD = re.compile(
    r"\s+(?:only\s+)?(?:part\s+of\s+)?(?:the|a|its|their)\s+(?:whole\s+|full\s+|real\s+|same\s+|different\s+)?story\b"
)
_FIGURE_NEXT = re.compile(r"\s+[$€£¥]?\d")
# Verbs that report when a person or organisation is their subject ("Trump described the summit as…").
# "declined to comment": a named source's answer, and so an attribution.
_DECLINED = frozenset("declined declines decline refused refuses refuse".split())
# "That said, …", "Having said that": idioms, not reports.
_IDIOM = re.compile(r"\s*(?:That|This|Having|With that|All that)\s+(?:said|being\s+said)\b")
# A reporting verb's "-ing" form reports only as a participle after a comma or an
# auxiliary ("…, saying that", "was telling"), or after these; elsewhere it is a noun
# ("a severe-weather warning") or an aside.
_ING_AFTER = frozenset("by after before while when without in on as".split()) | _BE
# A message sent, or words quoted, a few words before "saying" or "to say" make it
# a report: "texted customers saying", "issued a statement saying", "emailed
# parents to say", "is quoted in the trade press as calling".
_MESSAGE_WORDS = frozenset(
    """texted emailed e-mailed messaged wrote rang phoned tweeted posted quoted statement letter message
    note notice email e-mail text memo leaflet circular""".split()
)
_MESSAGE_REACH = 6
_MESSAGE_NOUNS = frozenset("statement letter message note notice email e-mail text memo leaflet circular".split())
_SPOKEN = frozenset("spoken talked spoke talk speak".split())
# "Hauliers have been told privately to expect worse": told, by nobody named.
_TOLD_BY_NOBODY = re.compile(r"\b(?:have|has|had)\s+been\s+told\b(?!(?:\s+\w+ly)?\s+by\b)")
_TO_A_RECIPIENT = re.compile(r"\s+to\s")
_DO = frozenset("do does did".split())
_PROMISES = frozenset({"promise", "pledge"})
_RECEIVED_WISDOM = frozenset("tradition legend folklore wisdom lore theory myth".split())
_MODAL_AFTER_A_NOUN = frozenset("would will could may might should must can".split())
# Verbs no reporting verb is followed by: "Industry estimates put", "Council forecasts show".
_VERB_AFTER_A_PLURAL_NOUN = frozenset("put show suggest indicate imply".split())
# "I am glad she said so, because …", "never said it in public": the saying, with
# nothing of what was said ("Rubio said so." still reports him).
_SAID_SO = re.compile(r"\s+(?:so|it)(?:\s*,|\s+(?:in\s+public|publicly|aloud|out\s+loud|because)\b)")
# "the “online-first” promise", "its 'zero-waste' pledge": a determiner, a quoted word or two, then the noun.
_QUOTED_MODIFIER = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Aa]n?)\s+[“\"‘'][^“”\"‘’']{0,29}[^“”\"‘’',]"
    r"[”\"’']\s+$"
)  # (not "as a “patient safety adviser,” claimed": a comma closes an aside before its verb)
# What "taken from" a source can be: "figures taken from the census".
_DATA_WORDS = frozenset(
    "figures data numbers statistics estimates quote quotes extract extracts passage excerpt comments remarks".split()
)
# Adverbs between "will" and its verb: "will also answer questions".
_BETWEEN_WILL_AND_VERB = frozenset("also then later personally separately again formally publicly first".split())
# A noun in "-ing" before its verb: "The next briefing will be at 4 p.m."
_VERB_AFTER_A_NOUN = frozenset("will would is was has had begins began starts started".split())
# Openers of a condition an order may follow: "If you see smoke, call 999."
_CONDITIONS = frozenset("if unless when whenever once should".split())
# Questions put to someone: "Can the chief officer confirm that?", "What do the authorities say?"
_QUESTION_OPENERS = frozenset("do does did can could will would should may might".split())
_NAMED_SUBJECT_VERBS = frozenset(
    {
        "recommend",
        "describe",
        "call",
        "compare",
        "accuse",
        "praise",
        "hail",
        "dismiss",
        "criticise",
        "criticize",
        "urge",
        "recall",
        "estimate",
        "forecast",
        "project",
        "report",
        "warn",
        "predict",
        "note",
        "reply",
        "answer",
        "comment",
        "remark",
        "tweet",
        "write",
        "explain",
        "respond",
        "admit",
        "brief",
        "inform",
        "counter",
        "advise",
        "claim",
        "believe",
        "dispute",
        "calculate",
        "reckon",
        "expect",
    }
)
_IN_WORDS = re.compile(
    r"\b[Ii]n\s+(?:(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w\-]*[’']s?|his|her|their|its)\s+(?:own\s+)?(?:words|telling)\b"
    # "in the words of the chief inspector of prisons, Seamus Trevithick,"
    r"|\b[Ii]n\s+the\s+words\s+of\s+(?:[a-z][\w\-]*,?\s+){0,7}?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)+"
)
_OUTLET = re.compile(r"^\s*(?:[A-Z][\w&.’'\-]*\s+){0,3}[A-Z][\w&.’'\-]*\s*:\s*[“\"]")
# ", the Daily Courier understands": a newsroom's unnamed sourcing.
_NEWSROOM_KNOWS = re.compile(
    r"(?:,\s+|^)(?:the\s+)?(?:[A-Z][\w’'&\-]*\s+){1,4}(?:understands|has learned|has learnt|gathered\s+that)\b"
)
# "…, we understand.", "We understand that …": the outlet's own unnamed sources.
_WE_UNDERSTAND = re.compile(r"(?:,\s+|^)(?P<cue>(?:[Ww]e|I)\s+understand)(?:\s*[.;]|\s+that\b)")
_GUESSED = frozenset({"will", "would", "'ll", "must"})  # "Ministers will privately be relieved": a guess
_CLAUSE_WORDS = frozenset("that which who whom whose and but or because while if when where as than".split())
# Words that start a phrase placing a collective ("some within the party", "officials in Brussels").
# "Ministry modelling puts the number at around 410,000": an estimate with its source.
_PUTS_AT = re.compile(
    r"\b(puts?)\s+(?:(?:[\w’'\-“”\"]+\s+){0,10}?at\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|"
    r"over\s+|more\s+than\s+|some\s+|just\s+|up\s+to\s+|between\s+)?[$£€¥]?\d"
    # "Polling by Harrowby Research puts Mr Moxley four points ahead": a poll's lead, the pollster's figure
    r"|(?:[\w’'.\-]+\s+){1,4}?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:points?|per\s*cent)\s+"
    r"(?:ahead|behind|clear))"
)
# "I have read that research and I am not persuaded": "that" points at a thing, no hearsay follows.
_NOT_HEARSAY = re.compile(
    r"\s+(?:research|report|study|paper|book|article|piece|evidence|argument|promise|pledge|line|excuse|story|one|"
    r"before|claim)\b"
    r"|\s+you\s*[,.;!—–]"  # "Sandra, I hear you, and …": sympathy, not hearsay
)  # ("We have heard that promise before": doubt, not hearsay)
_STANDING_IN_POLLS = re.compile(r"\b(?:behind|ahead|trailing|lead|leads|leading|up|down)\s+$")
_ONLY_VERBS = frozenset({"said", "says", "told", "tells", "wrote", "writes"})  # never a noun or an adjective
_STILL_TO_REPORT = re.compile(r"\b(?:before|until|once)\s+(?:the|its|their)\s+[a-z]+\s+$")
_SUBJECT_THEN_COMMA = re.compile(
    r"\W*(?:The|A|An|This|Its|Their)\s+(?:[A-Z][\w\-]*\s+){0,3}[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s*,\s*$"
)  # ("The Port Arvel hospital, first announced in 2022, …": a name before the noun)
_AFTER_A_NOUN = frozenset({"against", "under", "across"})  # "Compensation claims against councils", "claims under £250"
_PUT_RIGHT_AT = re.compile(r"puts?\s+at\b")  # a participle with no object: "the money, put at £1.8m"
_PREPOSITIONS = frozenset("with of for in from among without".split())
_QUANTIFIERS = frozenset("some many most several other others few".split())
_PLACING = frozenset("within inside in at from across among around of close on".split())
# Reporting verbs that are as often nouns ("its forecast", "big projects").
_ALSO_NOUNS = frozenset(
    {
        "rule",
        "record",
        "report",
        "estimate",
        "forecast",
        "project",
        "post",
        "call",
        "note",
        "find",
        "show",
        "comment",
        "answer",
        "reply",
        "brief",
        "counter",
        "echo",
        "claim",
        "state",
        "remark",
        "tweet",
        "text",
        "point",
        "stress",
        "pledge",
        "promise",
        "warn",
        "praise",
    }
)


_ROUNDS = re.compile(r"[\w\s]{0,20}?(?:doing the rounds|going round|circulating)")
_SIGNED_MESSAGE = re.compile(r"\b(?:signed|attributed to|supposedly from|purportedly from|claiming to be from)\b")
# "has so far said nothing", "the ministry has announced nothing of the kind": no report.
_SAID_NOTHING = frozenset("say tell announce confirm publish report state issue".split())
# "Do say: “Hold on to your chips.”", "Don't say: …": a guide's examples, nobody's words.
_DO_SAY = re.compile(r"\W*(?:Do|Don['’]t|Never)\s+say\s*:")
_PRICE_NEXT = re.compile(r"\s+(?:(?:about|around|only|just|up\s+to)\s+)?[£$€¥]\s?\d")
# What carries words nobody signed, and the "someone" who wrote them: as a vague source framing a
# quote, the quote's own hint (no speaker) says it.
_WRITTEN_THINGS = frozenset(
    "post posts comment comments reply tweet recording message note notice email text letter leaflet sign "
    "banner placard caption memo someone somebody".split()
)
_LETTERS = re.compile(r"[a-z]+")
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})
# "everyone in the industry knows": a whole place or trade as the source of what it knows or says.
_EVERYONE_KNOWS = re.compile(r"[\w\s'\-]{1,40}?\b(?:knows?|says?|agrees?|believes?|thinks?|reckons?|is\s+saying)\b")
_ASKS_WHAT_THEY_SAY = re.compile(
    r"\W*(?:So\s+)?[Ww]hat\s+(?:(?:do|does|did)\s+)?[\w\s’'\-]{1,40}?\b(?:say|says|think|thinks)\s*\??[^\w.,;:]*"
)
# Narrower than after "supposedly" (``_CLAIMED_ORIGIN``): "apparently a mistake" is hearsay, not a claimed sender.
_DOUBTED = ("purportedly", "apparently", "allegedly")
_CLAIMED_SENDER = re.compile(r"\s+(?:from|signed|sent|written)\b")
_CLAIMED_ORIGIN = re.compile(r"\s+(?:from|by|about|signed|written|sent|a|an)\b")
_STUDIES = frozenset("survey surveys poll polls study studies census questionnaire analysis review".split())
_BY_A_MEASURE = re.compile(r"\s+(?:how|what|whether|which|need|needs|merit|size|population|income|age|demand)\b")
_BEFORE_A_NOUN = frozenset("enough the no more much some any of".split())
_MEASURING_BODY = re.compile(
    r"\b(?:Service|Office|Agency|Institute|Bureau|Survey|Authority|Observatory|Centre|Center|Department|Ministry|"
    r"Commission|Board|Council|Police|Trust|Society|University|Laboratory|Lab|Met)\b"
)
_COUNT_RECORDED = re.compile(
    r"\s+(?:a\s+|an\s+|its\s+|their\s+)?(?:total\s+of\s+|further\s+)?(?:about\s+|around\s+|almost\s+|nearly\s+|more\s+than\s+)?"
    r"[\d£$€]"
)
_IF_YOU_THEN = re.compile(r"\W*If\s+you\b[^,]{1,120},\s*")
_CHECK_WHETHER = re.compile(r"\b(?:check|see|find\s+out|ask)\s+(?:whether|if)\b[^,;:]{0,50}$")
# "…, estimated at $21 million" with nobody after "by": a figure, not a report.
_ESTIMATE_AT_A_FIGURE = re.compile(
    r"\s+at\s+(?:about\s+|around\s+|roughly\s+|some\s+|up\s+to\s+|more\s+than\s+|less\s+than\s+|nearly\s+|almost\s+)?"
    r"[£$€¥]?\d(?![^.;]*\bby\s)"
)


@dataclass(frozen=True)
class Attribution:
    """A cue that ties the sentence to a source."""

    start: int
    end: int
    lemma: str  # the verb's lemma, or the phrase
    source: str  # who it points to, as written ("" when not in the sentence)
    kind: str  # NAMED, VAGUE or DESCRIBED


def find_attributions(s: Sentence, cues: Cues) -> list[Attribution]:
    """Every attribution cue outside quotation marks."""
    found: list[Attribution] = []
    words, verb_lemma = s.words, cues.verb_lemma
    n = len(words)
    notes = (
        [m.start("verb" if m.group("verb") else "says") for m in _READ_ON_A_NOTE.finditer(s.text)]
        if not _NOTE_VERBS.isdisjoint(words)
        else []
    )
    if words and words[0] == "whether":
        return []  # "Whether voters in Saltmere agree is another matter": an open question, nobody's report
    # Tokens are built only at the words that are reporting verbs.
    for i in [i for i, word in enumerate(words) if word in verb_lemma]:
        token = s.token(i)
        if token.start in notes:
            continue  # "“Pay or be fined,” warns a laminated sign": words nobody signed (read below)
        lemma = verb_lemma[token.lower]
        if s.in_quote(token.start, token.end):
            continue
        if (
            i + 1 < n
            and words[i + 1] in verb_lemma
            and token.lower not in _ONLY_VERBS
            and not (token.lower.endswith("ed") and words[i + 1].endswith("ing"))  # "has replied saying"
        ):
            continue  # "a widely shared post said", "the report says": a noun before the verb (not "said recall …")
        if token.capitalised and i > 0 and not _after_quote(s, token.start):
            continue  # "United States", "Gulf States"
        if token.lower == "state" and i + 1 < n and words[i + 1] in _STATE_OWNED:
            continue  # "…, state media reported": the state's media, not a verb
        if s.quotes and _QUOTED_MODIFIER.search(s.text, max(0, token.start - 50), token.start):
            continue  # "the “online-first” promise": a noun after a quoted modifier, not a report
        prev = words[i - 1] if i else ""
        if (prev == "for" and i > 1 and words[i - 2] == "forgiven") or (prev == "try" and token.lower.endswith("ing")):
            continue  # "could be forgiven for asking", "Try telling that to …": the writer's jibe, nobody's report
        if prev in ("that", "who") and _FOR_ONE_WHO.match(s.text, 0, token.start):
            continue  # "For a government that says it wants …, it is a strange way": whom the verdict is on
        passive_with_agent = prev in _BE and i + 1 < n and words[i + 1] == "by"
        declined = prev == "to" and i > 1 and (words[i - 2] in _DECLINED or words[i - 2] in GLAD)
        messaged = (prev == "to" or token.lower.endswith("ing")) and _message_before(words, i)
        # "Vets I have spoken to say …": "to" ends a relative clause, no infinitive
        declined = declined or (prev == "to" and i > 1 and words[i - 2] in _SPOKEN)
        declined = declined or (prev == "to" and messaged)  # "emailed parents to say": the message's report
        progressive = (  # "has been telling colleagues that" (but "have been conceding all season")
            prev in _PROGRESSIVE
            and token.lower.endswith("ing")
            and (
                _COMPLEMENT.match(s.text, token.end) is not None
                or _THAT_SOON.match(s.text, token.end) is not None
                or (lemma == "say" and _SAYING_A_CLAUSE.match(s.text, token.end) is not None)
            )
        )
        if (prev in _NOT_A_REPORT and not passive_with_agent and not declined and not progressive) or (
            prev in cues.not_sources
        ):
            continue  # "may help explain", "is said to", "did not respond" (but "declined to say" answers)
        if token.lower == lemma and prev in _PREPOSITIONS:
            continue  # "should be treated with caution": a noun after a preposition
        if token.lower == lemma and prev == "one":
            continue  # "One comment beneath the post reads": a noun (one would "comment" only as "comments")
        if i == 1 and prev == "that" and token.lower in (lemma, lemma + "s"):
            continue  # "That promise should be treated with caution": a noun after "That"
        if lemma == "hold" and (_next_word(words, i) != "that" or prev in _RECEIVED_WISDOM):
            continue  # "hold the cards", "councils hold reserves"; "Local tradition holds that": lore, nobody's report
        if token.lower == "estimated" and prev not in _BE and _ESTIMATE_AT_A_FIGURE.match(s.text, token.end):
            continue  # "- A full roof replacement, estimated at $9.5 million": whose estimate is not said
        if token.lower == lemma and prev == "," and _IF_YOU_THEN.fullmatch(s.text, 0, token.start):
            continue  # "If you use your overdraft every month, ask about a loan": an order to the reader
        if _CHECK_WHETHER.search(s.lowered, max(0, token.start - 60), token.start):
            continue  # "Check whether your bank has written to you": what to look for, nobody's report
        if _gloss_on_a_kind(words, i):
            continue  # "what every trade minister says just before …": a kind of people, no report
        if token.lower == "blame" and prev in _BEFORE_A_NOUN:
            continue  # "more than enough blame to go round": the noun
        if token.lower == "said" and s.lowered.startswith(" than done", token.end):
            continue  # "easier said than done": a verdict, nobody's report
        if lemma == "ask" and (
            _PRICE_NEXT.match(s.text, token.end)
            or _will_before(words, i)
            or not MODALS.isdisjoint(words[max(0, i - 3) : i])
        ):
            continue  # "Saltmere asks £10": a price; "will rightly ask why": a question still to come
        if (token.lower == "writing" and prev == "in") or (token.lower == "rules" and _next_word(words, i) == ","):
            continue  # "ask for it in writing", "Under League rules, that means": nouns
        if lemma == "say" and i <= 2 and _DO_SAY.match(s.text):
            continue  # "Do say: “…”": a guide's example, nobody's words
        if lemma == "email" and token.lower in ("email", "emails"):
            continue  # "calls, texts or emails that claim", "No such email was sent": the noun ("emailed" reports)
        if lemma == "report" and _FINANCIAL_RESULT.match(s.text, token.end):
            continue  # "reported profits of £412 million": a company's result, the figure the claim
        if token.lower == "told" and prev == "as" and _next_word(words, i) == "to":
            continue  # "Elwyn Hatherall, as told to Jennet Halloway": a first-person piece's byline
        if lemma == "add" and _next_word(words, i) == "up":
            continue  # "Small changes, made at scale, add up": a sum, not a remark
        if lemma == "insist" and i + 1 < n and words[i + 1] == "on" and not _THAT_SOON.match(s.text, token.end):
            continue  # "she insists on paying": a wish, not a report
        if i == 0 and token.lower != lemma and token.lower.endswith(("ed", "en")) and n > 1 and words[1][:1].isalpha():
            if words[1] not in _AFTER_A_PASSIVE:
                continue  # "Written comments can be sent …": a participle opening a noun phrase
        if i + 1 < n and words[i + 1] in ("nothing", "nobody", "little") and lemma in _SAID_NOTHING:
            continue  # "has so far said nothing about it", "has said little in public": no report
        if token.lower == lemma + "s" and _next_word(words, i) in _MODAL_AFTER_A_NOUN:
            continue  # "that posts would go": a plural noun before its verb (no verb takes a modal next)
        if token.lower == lemma + "s" and _next_word(words, i) in _VERB_AFTER_A_PLURAL_NOUN:
            continue  # "Industry estimates put the bill at": a plural noun before its verb
        if lemma == "declare" and not s.quotes and _CLAUSE_END.match(s.text, token.end):
            continue  # "all but four had declared.": a count declared, no words
        if token.lower.endswith("ing") and _next_word(words, i) in ("is", "was"):
            continue  # "the question everyone here is asking is why": a relative clause's verb, no report
        if lemma == "say" and _SAID_SO.match(s.text, token.end):
            continue  # "I am glad she said so": that something was said, not what
        if prev[:1].isdigit() and token.lower == lemma + "s" and not (i > 1 and s.text[s.spans[i - 2][0]].isupper()):
            continue  # "380 posts would go": a counted noun
        if prev == "," and token.lower == "described" and _next_word(words, i) in ("in", "as"):
            continue  # "Clive Renshaw, described in some reports as …": how others describe him, not his report
        if token.lower == "said" and _SAID_TO_HAVE.match(s.text, token.end):
            continue  # "the three people said to have been taken to hospital": hearsay, the vague detector's
        if token.lower == lemma and prev in (",", ":") and _FIGURE_NEXT.match(s.text, token.end):
            continue  # "…, estimate 2,000–3,000 crowns": a catalogue's estimate, a noun
        if (
            token.lower.endswith("ed")
            and (prev[:1].isdigit() or prev in _ARTICLE_BEFORE_ADJECTIVE)
            and i + 1 < n
            and words[i + 1][:1].isalpha()
            and words[i + 1] not in _AFTER_A_PASSIVE
        ):
            continue  # "214 confirmed measles cases": a participle before its noun
        if _will_before(words, i) and not _COMPLEMENT.match(s.text, token.end):
            continue  # "will set out plans in a speech": a speech still to come, nothing said yet
        if _CONCESSIVE.match(clause_before(s.text[: token.start]).rsplit(",", 1)[-1]):
            continue  # "Whatever the researchers say, …": what they say is set aside, not reported
        if (
            prev in DETERMINERS
            or (prev == "another" and token.lower == lemma)  # "deserve better than another promise"
            or (prev.endswith("'s") and prev[:-2] not in _HAS_CONTRACTED)  # (but "she's promised me": she has)
            or (token.lower.endswith("s") and prev in _PLURAL_NOUN_BEFORE)
        ):
            continue  # "its forecast", "the states", "Gulf states"
        nxt = words[i + 1] if i + 1 < n else ""
        if lemma in _ALSO_NOUNS and token.lower in (lemma, lemma + "s") and (nxt in _BE or nxt in _AFTER_A_NOUN):
            continue  # "That claim is", "the report was", "claims against councils": a noun
        if (
            token.lower == "say"
            and nxt in ("over", "in", "on")
            and any(w in DETERMINERS for w in words[max(0, i - 2) : i])
        ):
            continue  # "a formal say over timetables": a noun
        if token.lower == "said" and _IDIOM.match(s.text):
            continue
        if token.lower.endswith("ing") and i > 1 and words[i - 2] in DETERMINERS and nxt in _VERB_AFTER_A_NOUN:
            continue  # "The next briefing will be at 4 p.m.": a noun before its verb
        if (
            token.lower.endswith("ing")
            and i > 0
            and not messaged
            and prev not in _ING_AFTER
            and prev not in AUX
            and not s.text[: token.start].rstrip().endswith((",", "—", "–"))
            and not _COMPLEMENT.match(s.text, token.end)
        ):
            continue  # "a severe-weather warning", "after a long briefing"
        if (
            token.lower.endswith("ing")
            and lemma in cues.needs_complement
            and lemma not in _NAMED_SUBJECT_VERBS
            and not messaged
            and not (lemma in _PROMISES and s.text[: token.start].rstrip().endswith(","))  # "…, promising to “…”"
            and not _COMPLEMENT.match(s.text, token.end)
        ):
            continue  # "…, complaining all the way": an aside, not a report
        if i > 1 and prev.endswith("ly") and words[i - 2] in _NOT_A_REPORT:
            continue  # "might reasonably wonder": a modal, not a report
        if nxt == ":" and not clause_before(s.text[: token.start]).strip():
            continue  # "Report: “Who Will Care?”", "Update:": a label opening the line
        if token.lower == lemma and prev == "," and words[0] in _CONDITIONS and not s.quotes:
            continue  # "If anyone finds the keys, call us": an order after a condition, nobody reporting
        if ("nor" in words[:i] or "neither" in words[:i]) and not _DO.isdisjoint(words[:i]):
            continue  # "Nor does the series say much about …": a denial, nobody reporting
        if i == 1 and words[0] == "one" and token.lower == lemma + "s":
            continue  # "One wonders how …", "One suspects": the writer musing, nobody reporting
        if token.lower == "telling" and prev in ("is", "was") and i > 1 and words[i - 2] == "it":
            continue  # "it is telling that …": the writer's reading of a fact, nobody reporting
        if token.lower == "wondering":
            continue  # "left wondering whether": a state, not a report
        if i > 1 and (prev.endswith("ly") or prev in AUX or prev in _PASSIVE_ADVERBS) and words[i - 2] in _BE:
            continue  # "It is widely believed that", "were first warned": a passive, nobody's report
        if (
            lemma in _NAMING
            and token.lower != lemma
            and (
                prev in _BE
                or (prev == "," and _names_next(s, token.end))
                or (token.lower.endswith("ed") and _NAMED_THING.search(s.text, 0, token.start))
            )
            and _next_word(words, i) != "for"  # "…, called for call-out fees to be fixed": a demand
        ):
            continue  # "the spray, called velorentide,", "is called": a name given, nobody reporting
        if (
            token.lower == lemma
            and i > 1
            and words[i - 2] in ("a", "an")
            and nxt != "that"
            and prev not in QUANTITY
            and adjective(prev)  # (the lexicon is read last: most verbs are ruled out before it)
        ):
            continue  # "a long dispute", "a formal complaint": a noun after "a" and an adjective
        if lemma == "tell" and token.lower == "tell" and nxt == "us" and _next_word(words, i + 1) in ("what", "how"):
            continue  # "come along and tell us what you think": an invitation, nobody reporting
        if lemma == "tell" and (_STORY_TOLD.match(s.text, token.end) or (nxt == "you" and _after_a_modal(words, i))):
            continue  # "The figures tell only part of the story", "DNA can tell you who": nobody reporting
        if lemma == "say" and prev == "they" and i > 1 and words[i - 2] == "as":
            continue  # "Diolch, as they say round here, …": a saying, nobody's report
        if lemma == "call" and prev == "by" and token.lower.endswith("ing"):
            continue  # "or by calling its 24-hour line": a means, not a report
        if lemma == "counter" and prev == "office":
            continue  # "a post office counter"
        if lemma == "post" and nxt == "office":
            continue  # "the post office"
        if prev == "who" and i > 1 and words[i - 2] != "," and plural_noun(words[i - 2]):
            continue  # "Shoppers who believe they were overcharged cannot claim": whom the sentence is about
        if lemma == "declare" and not _after_quote(s, token.start) and _DECLARED_AN_ACT.match(s.text, token.end):
            continue  # "declared a state of calamity", "all but four wards had declared.": an act, not a report
        if lemma == "signal" and token.lower not in ("signalled", "signaled"):
            continue  # "Mobile signal is unavailable", "1970s signalling": the noun; "has signalled it will" reports
        if lemma == "write" and (
            (nxt == "about" and not _COMPLEMENT.match(s.text, token.end + len(" about")))
            or (token.lower == "writes" and _EVERY_WEEK.match(s.lowered, token.end))
            or (token.lower == "written" and _IN_A_HAND.match(s.lowered, token.end) is not None)
        ):
            continue  # "Cait Marsland writes about disability every Sunday", "writes Family Matters every Saturday":
            # a beat ("wrote on Facebook that …" still reports); "a note, written in a careful hand,": how, not who
        if _STILL_TO_REPORT.search(s.lowered, max(0, token.start - 30), token.start):
            continue  # "months before the inquiry reports": a report still to come
        if (
            token.lower.endswith("ed")
            and (prev == "," or (prev in _WHEN_FIRST and i > 1 and words[i - 2] == ","))
            and _next_word(words, i) not in ("that", "by")  # ("The deal, confirmed by the club, …": the club's)
            and _SUBJECT_THEN_COMMA.match(s.text[: s.spans[i - 1 if prev in _WHEN_FIRST else i][0]])
        ):
            continue  # "The plan, announced last Tuesday, will …", "The hospital, first announced in 2022, …":
            # a participle on the subject, nobody reporting
        if token.lower.endswith("ed") and nxt == "so" and _next_word(words, i + 1) == "far":
            continue  # "the relief of Rs 25,000 per family announced so far": a participle on what was given
        if lemma in ("show", "tell", "reveal") and prev in _MODAL_FUTURE and i > 1 and words[i - 2] in _TIME_NOUNS:
            continue  # "The coming weeks will show whether …", "Time will tell": the writer's guess, nobody's report
        if prev == "it" and i > 1 and lemma in _PROMISES and plural_noun(words[i - 2]):
            continue  # "not one of the ten new reservoirs it promised": what was promised, described
        if lemma == "say" and prev in ("just", "let's") and "let's" in words[max(0, i - 2) : i]:
            continue  # "and let's just say you're not keen": the speaker's aside, nobody reported
        if prev == "have" and i > 1 and words[i - 2] in ("should", "could", "would", "might", "must"):
            continue  # "The council should have warned them years ago": what was not done, no report
        if token.lower == "saying" and prev == "of" and i > 1 and words[i - 2] == "way":
            continue  # "a polite way of saying …": the writer's gloss, nobody reporting
        if prev in _PRONOUN_SPEAKERS and i > 2 and words[i - 2] == "what" and words[i - 3] in ("not", "exactly"):
            continue  # "That is not what he said.": the writer's rebuttal
        if prev in _HOPED_SUBJECTS and i > 1 and words[i - 2] in _HOPED:
            continue  # "I hope he asks how …": a wish, nothing reported
        if lemma == "write" and nxt in ("down", "off"):
            continue  # "investors have quietly written down their stakes": a loss booked, nothing said
        if lemma == "add" and nxt == "to":
            continue  # "a caption added to one copy", "added to the confusion": nothing said
        if nxt == "by" and i + 2 < n and words[i + 2][:1].isdigit():
            continue  # "reported by 22% of patients": a measure, not a source
        if prev == "'" and i > 1 and words[i - 2].endswith("s"):
            continue  # "consultants’ reports": a plural possessive before a noun
        if token.lower == lemma and s.text.rstrip().endswith("?") and any(w in _QUESTION_OPENERS for w in words[:i]):
            continue  # "What do the authorities say?", "How does it compare?": a question, nobody answering
        if prev in ("have", "has", "had", "be") and i > 1 and words[i - 2] == "to":
            continue  # "is rumoured to have told": what is rumoured, not a report
        if (
            nxt == "for"
            and token.lower != lemma
            and token.lower.endswith(("en", "ed"))
            and prev not in _PERFECT  # ("Geologists have warned for years that": a report, in the perfect)
            and not _called_for(s, i, lemma)
        ):
            continue  # "a version written for readers over 50": a passive, nobody reporting
        if lemma == "compare" and nxt in ("with", "to"):
            continue  # "up from 97, compared with two": a comparison, not a report
        if lemma == "tell" and s.lowered[token.end : token.end + 12].lstrip().startswith(
            ("the story", "a story", "the tale")
        ):
            continue  # "the museum tells the story of": a display, not a report
        if token.lower in ("tells", "says", "speaks", "tell", "say") and _TELLS_SOMETHING.match(s.lowered, token.end):
            continue  # "That tells you something about …", "says a lot about": the writer's point
        if token.lower.endswith("ed") and prev in _PREPOSITIONS:
            continue  # "admissions with confirmed influenza": an adjective
        if lemma == "show" and nxt in ("no", "little", "few", "signs", "sign"):
            continue  # "showed no emotion": a look, not a finding
        if lemma == "argue" and nxt in ("for", "against"):
            continue  # "had argued for a red warning": advocacy, an act
        if (
            lemma in _ALSO_NOUNS
            and token.lower in (lemma, lemma + "s")
            and i > 0
            and not declined
            and not _may_be_subject(s.token(i - 1), cues)
            and not (i <= 2 and token.lower == lemma and plural_noun(prev))  # "Seed merchants report that"
            and not _after_quote(s, token.start)
            and not (token.lower == lemma + "s" and prev.endswith("s") and "of" in words[max(0, i - 4) : i - 1])
        ):
            continue  # "big projects:", "a game-changing project that": nouns ("analysis of the rates shows": a verb)
        if notes and token.lower.endswith("ed") and prev in _MESSAGE_NOUNS | _POSTED_THINGS:
            continue  # "“…,” read one message posted to a group chat": a participle on the message, nobody reporting
        if token.lower.endswith("ed") and nxt in _COUNTED_EVENTS:
            continue  # "the first confirmed case", "reported cases rose": an adjective on what is counted
        if prev == "they" and i > 1 and words[i - 2] == "than":
            continue  # "higher than they tell you": a comparison, nobody reporting
        if "than" in words[max(0, i - 5) : i - 1] and _THAN_WHO_HAD.search(
            s.lowered, max(0, token.start - 50), token.start
        ):
            continue  # "a bigger margin than the whips had privately predicted": a comparison, no report
        if i > 2 and words[i - 2] == "what" and words[i - 3] in _BE and plural_noun(prev):
            continue  # "that is what ministers say when …": the writer's gloss on a kind of people, no report
        if (
            lemma == "tell"
            and nxt in ("if", "whether")
            and i > 1
            and words[i - 2 if prev == "even" else i - 1] in _CANNOT
        ):
            continue  # "I can't even tell if that one's real": telling apart, not telling anyone
        if lemma == "point" and nxt not in ("out", "to"):
            continue  # "pointed at the scorched roof": a gesture ("pointed out that", "points to" report)
        if lemma in _ALSO_NOUNS and token.lower == lemma + "s" and prev == "," and nxt in ("or", "and", ","):
            continue  # "calls, texts or emails": a noun in a list
        if token.lower in (lemma, lemma + "s") and _ends_a_place_phrase(words, i, verb_lemma):
            continue  # "costs 9.50 at the Hearth & Hay counter": a noun closing a place, no verb
        if token.lower.endswith("ing") and found and s.text[: token.start].rstrip().endswith(","):
            continue  # "Trump praised it, calling it …": the participle shares the clause's source
        if (
            token.lower == lemma
            and not clause_before(s.text[: token.start]).strip(" ,—–")
            and not _after_quote(s, token.start)
        ):
            continue  # "…: write to your MP": an order, not a report
        source, kind = _message_sender(s, i, cues) if messaged else source_of(s, i, cues)
        agent = _NAMED_AGENT.match(s.text, token.end) if token.lower.endswith("ed") and nxt == "by" else None
        if agent is not None:
            source, kind = agent.group(1), NAMED  # "rules announced by Health Minister Thea Margolin": hers
        if kind == VAGUE and source.casefold() not in cues.vague_sources and _named_in_paragraph(source, s.paragraph):
            kind = NAMED  # "Culture Minister Aurelio Banks said …. Banks, speaking …, added": the surname, no banks
        if token.lower.endswith("ing") and source.split(maxsplit=1)[:1] and source.split(maxsplit=1)[0] in _BE:
            continue  # "it is hard to square a notice blaming …": a participle after an object, no subject's report
        if (
            lemma == "record"
            and _COUNT_RECORDED.match(s.lowered, token.end)
            and (kind == VAGUE or not _MEASURING_BODY.search(source))
        ):
            continue  # "Port Loreto recorded 41 homicides": a count kept (but "the Met Service recorded 612mm": its measure)
        if kind is None or (found and _reports_inside(source, cues)):
            continue  # "Insiders say she wrote …": the second verb is in what is reported
        if (
            lemma in cues.needs_complement
            and kind != DESCRIBED
            and not declined
            and not _complemented(s, i, source, cues)
        ):
            continue
        found.append(Attribution(token.start, token.end, lemma, source, kind))
    verbs = list(found)
    for m in cues.attribution_phrases.finditer(s.text):
        if s.in_quote(*m.span()) or any(a.start < m.end() and m.start() < a.end for a in verbs):
            continue  # "told reporters" after "told" was read: one attribution, to its subject
        if (
            m.start() > 0
            and not m.group()[:1].isupper()
            and any(
                w in cues.vague_sources
                for w in re.split(r"[,;:]", s.lowered[max(0, m.start() - 30) : m.start()])[-1].split()[-3:]
            )
        ):
            continue  # "Some on social media have claimed": the collective is the source, and it is vague
            # ("Two people died, according to the police": the people are no source, the police are)
        if (
            not verbs
            and m.group()[:3].casefold() == "in "
            and _STILL_TO_COME.search(clause_before(s.text[: m.start()]))
        ):
            continue  # "will set out plans … in a speech this afternoon": nothing said yet
        before = s.lowered[max(0, m.start() - 60) : m.start()].split()
        if m.group().casefold() == "according to" and _BY_A_MEASURE.match(s.lowered, m.end()):
            continue  # "share the money according to how many players each county produces": a rule, no source
        if not verbs and m.group().casefold() == "on social media":
            continue  # "linked time on social media to anxiety": a place, with no one saying anything there
        if _TO_A_RECIPIENT.match(s.text, m.end()) and m.group().casefold().startswith("in "):
            continue  # "in a letter to vice-chancellors": whom it was sent to, not who wrote it
        if (
            m.group().casefold() == "taken from"
            and _DATA_WORDS.isdisjoint(before[-6:])
            and not (before and before[-1] in _BE)
        ):
            continue  # "museums hold material taken from Ossabo": where a thing came from, not a source
        after = s.text[m.end() : m.end() + 120]
        if after.split(maxsplit=1)[:1] and after.split(maxsplit=1)[0].casefold() in _BE | {"has", "have", "had"}:
            continue  # "His following on social media has grown": a place inside the subject
        kind = classify_after(after, cues)
        if kind is None:
            continue
        if m.group().casefold() == "citing" and _A_REASON.match(after):
            continue  # "…, citing wet grain": a reason given, not a source
        if m.group().casefold().startswith("in a") and _FROM_A_TIME.match(after):
            continue  # "I found the same clip in a post from that year": when it was posted, not who posted it
        found.append(Attribution(m.start(), m.end(), m.group(), words_after(after), kind))
    if "put" in s.words or "puts" in s.words:
        for put in _PUTS_AT.finditer(s.text):
            before_put = s.lowered[: put.start()].rstrip()
            if (
                s.in_quote(*put.span())
                or _PASSIVE_BEFORE.search(before_put)
                or (before_put.endswith(",") and " by " not in put.group() and _PUT_RIGHT_AT.match(put.group()))
            ):
                # "the bill has been put at £85m", "the money, put at £1.8m a year,": by nobody named
                # ("Delphine Arrowsmith, speaking on radio, put the losses at £90m": her estimate)
                continue
            clause = clause_before(s.text[: put.start()])
            subject = subject_of(clause)
            kind = classify_before(clause, subject, cues) if clause.strip() else None
            if kind is not None:
                found.append(Attribution(put.start(), put.start() + len(put.group(1)), "put … at", subject, kind))
    if not _RECKONING_WORDS.isdisjoint(s.words):
        for reckoned in _OWN_RECKONING.finditer(s.text):
            # "By the association's own reckoning, …": the figures are the association's
            owner = reckoned.group("owner")
            kind = classify_before(owner, owner, cues)
            if kind is not None and not s.in_quote(reckoned.start()):
                found.append(Attribution(*reckoned.span("cue"), "reckoning", owner, kind))
    if "put" in s.words:
        for put in _PUT_IT.finditer(s.text):
            clause = clause_before(s.text[: put.start()])
            subject = subject_of(clause)
            kind = classify_before(clause, subject, cues) if clause.strip() else None
            if (
                kind is not None
                and not s.in_quote(put.start())
                and (kind != NAMED or subject[:1].isupper())
                and subject.split()[-1:] != ["me"]  # "Let me put it this way:": the writer
            ):
                found.append(Attribution(put.start(), put.end("verb"), "put it", subject, kind))
    if "clear" in s.words:
        for clear in _MADE_CLEAR.finditer(s.text):
            clause = clause_before(s.text[: clear.start()])
            subject = subject_of(clause)
            kind = classify_before(clause, subject, cues) if clause.strip() else None
            last = subject.split()[-1].casefold() if subject.split() else ""
            if kind is not None and last not in _NO_SPEAKER and not s.in_quote(clear.start()):
                # "Professor Genevieve Otterburn has been absolutely clear that …", "The Treasury has made clear that"
                found.append(Attribution(*clear.span("verb"), "made clear", subject, kind))
    if s.quotes and "with" in s.words:
        for given in _WITH_WORDS.finditer(s.text):
            clause = clause_before(s.text[: given.start()])
            subject = subject_of(clause)
            kind = classify_before(clause, subject, cues) if clause.strip() else None
            if kind is not None and not s.in_quote(given.start()):
                found.append(Attribution(*given.span("cue"), WITH_WORDS, subject, kind))
    if notes:
        for note in _READ_ON_A_NOTE.finditer(s.text):
            verb = "verb" if note.group("verb") else "says"
            found.append(Attribution(note.start(verb), note.end(), _NOTE_READ, note.group("note"), VAGUE))
    posted = _NOTE_BEFORE_QUOTE.match(s.text) if s.quotes else None
    if posted is not None:
        # "A hand-painted board … read: “…”", "A sign nailed to a gate puts it more bluntly: “…”": words nobody signed
        found = [a for a in found if not posted.start("verb") <= a.start < posted.end("verb")]
        found.append(Attribution(posted.start("verb"), posted.end("verb"), _POSTED, posted.group("note"), VAGUE))
    sent = _MESSAGE_FROM.search(s.text) if s.quotes and " from " in s.text else None
    if sent is not None and not any(a.start < sent.end("name") and sent.start() < a.end for a in found):
        # "And a message from Denise in Wenlow: “…”": whose words they are
        found.append(Attribution(sent.start(), sent.end("name"), "message from", sent.group("name"), NAMED))
    for pattern in (_IN_WORDS, _OUTLET):
        if pattern is _OUTLET:
            opener = _OUTLET.match(s.text) if ":" in s.text else None  # anchored at the start: one try
        else:
            opener = _IN_WORDS.search(s.text) if "words" in s.text or "telling" in s.text else None
        if opener and pattern is _OUTLET and _label_word(opener.group()):
            continue  # "Report: “Who Will Care?”": a label before a title, nobody speaking
        if opener:
            cue = opener.group().strip().rstrip(':“"').strip()
            start = opener.start() + len(opener.group()) - len(opener.group().lstrip())
            found.append(
                Attribution(start, start + len(cue), "in … words" if pattern is _IN_WORDS else "outlet:", cue, NAMED)
            )
    if s.text.rstrip(" .;").endswith(")"):
        bracketed = _bracketed_source(s.text)
        if bracketed is not None:
            found.append(Attribution(*bracketed, "(source)", s.text[bracketed[0] : bracketed[1]], NAMED))
    pollster = _POLLSTER_LINE.match(s.text) if ":" in s.text else None
    if pollster is not None:  # "• Harrowby Research (January 24-26): Yes 55%, No 45%": whose figures they are
        found.append(Attribution(*pollster.span("source"), "(source)", pollster.group("source"), NAMED))
    speaker = source_speaker(s.text, s.voices)
    if speaker is not None and not any(a.lemma in ("outlet:", _POSTED) for a in found):
        # ("KIRKWALL: One of the placards … says: “…”": the placard's words, which nobody signed)
        name = s.text[speaker[0] : speaker[1]]
        kind = VAGUE if unnamed_speaker(s.text) else NAMED  # "MAN IN AUDIENCE: …": someone's words, but whose?
        found.append(Attribution(speaker[0], speaker[1], "speaker:", name, kind))  # "Wynn: No."
    found.sort(key=lambda a: a.start)
    return found


# A list line opened by an organisation that measures things, its dates, then its figures.
_POLLSTER_LINE = re.compile(
    r"\W*(?P<source>(?:[A-Z][\w&’'\-]*\s+){1,3}(?:Research|Polls?|Polling|Institute|Survey|Statistics|Analytics|"
    r"Insights?|Intelligence|Bureau))\s*(?:\([^)]{1,40}\))?\s*:\s*[^:]*\d"
)
# A source named in brackets closing a line: "612mm: autumn rainfall
# (Met Service)", "Jobs lost: 2,300 (union figure)".
_BRACKETED = re.compile(r"\((?P<source>[^()]{2,60})\)[\s.;]*$")
_SOURCE_IN_CAPITALS = re.compile(
    r"(?:[A-Z][\w&’'.\-]*|&|of|for|and|the|on)(?:\s+(?:[A-Z][\w&’'.\-]*|&|of|for|and|the|on))*"
)
_PERSON_THEN_POST = re.compile(r"((?:[A-Z][\w’'\-]+\s+){1,2}[A-Z][\w’'\-]+),\s+[^,]{2,50}")
_FIGURES_OF = re.compile(
    r"[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,2}\s+(?:figures?|data|estimates?|survey|count|forecast)"
)
# Capitals in brackets that are no source: time zones, a time of day, "to be confirmed".
_NOT_A_SOURCE_IN_BRACKETS = frozenset("GMT BST UTC CET CEST EST EDT PST PDT AEST JST IST AM PM TBC TBA".split())


def _bracketed_source(text: str) -> tuple[int, int] | None:
    """The span of a source named in brackets at the end of the line."""
    m = _BRACKETED.search(text)
    if m is None or text.count("(") > 1:
        return None  # "Brightmore (Ulverby) beat Osei (Talvik)": brackets that place names
    source = m.group("source").strip()
    person = _PERSON_THEN_POST.fullmatch(source)
    if person is not None:  # "(Thea Margolin, Minister for Health)": the person, then her post
        start = m.start("source") + len(m.group("source")) - len(m.group("source").lstrip())
        return start, start + len(person.group(1))
    before = text[: m.start()].rstrip(" (").rsplit(maxsplit=1)[-1:]
    if before and before[0][:1].isupper() and not any(c.isdigit() for c in text):
        return None  # "- Route: Thornbury to New York (Newark)": a place glossed, no figure to source
    named = (
        source[0].isupper()
        and _SOURCE_IN_CAPITALS.fullmatch(source) is not None
        and source not in _NOT_A_SOURCE_IN_BRACKETS
        and not (source.isupper() and len(source) < 3)
    )
    if not named and _FIGURES_OF.fullmatch(source) is None:
        return None
    if source.isupper() and _spelt_out_before(text[: m.start()], source):
        return None  # "pupils with special educational needs and disabilities (SEND)": an abbreviation, no source
    start = m.start("source") + len(m.group("source")) - len(m.group("source").lstrip())
    return start, start + len(source)


def _spelt_out_before(before: str, initials: str) -> bool:
    """Whether the words just before the brackets begin with the letters of
    ``initials`` ("special educational needs and disabilities" for SEND)."""
    words = [w for w in re.findall(r"[\w’'\-]+", before) if w.casefold() not in ("and", "of", "the", "for", "&")]
    tail = words[-len(initials) :]
    return len(tail) == len(initials) and all(w[:1].casefold() == c.casefold() for w, c in zip(tail, initials))


_TELLS_SOMETHING = re.compile(
    r"\s+(?:(?:you|us|me)\s+)?(?:something|a\s+lot|a\s+great\s+deal|much|little|nothing|everything|all\s+you|volumes)\b"
    r"(?!\s+(?:that|of)\b)"
    r"|\s+(?:more|less)\s+about\b"  # "the reasons say more about the health service than about any minister"
)
_PLACE_PREPOSITIONS = frozenset("at in on from inside outside behind near".split())


def _next_word(words: list[str], i: int) -> str:
    """The word after ``i`` ("" at the end)."""
    return words[i + 1] if i + 1 < len(words) else ""


def _message_before(words: list[str], i: int) -> bool:
    """Whether a message sent or words quoted come a few words before word
    ``i`` ("texted customers saying", "issued a statement saying"); a message
    noun counts only after a verb that sends it ("• Ask for a letter
    confirming …" sends nothing)."""
    for k in range(max(0, i - _MESSAGE_REACH), i):
        if words[k] in _MESSAGE_WORDS:
            if words[k] not in _MESSAGE_NOUNS:
                return True
            sent = words[max(0, k - 3) : k]
            return not _SENDING.isdisjoint(sent)
    return False


def _message_sender(s: Sentence, i: int, cues: Cues) -> tuple[str, str | None]:
    """Who sent the message a "saying" or "to say" reports: the subject
    before the first message word ("Harbridge Water has texted customers
    saying": Harbridge Water, not the customers)."""
    words = s.words
    first = next(k for k in range(max(0, i - _MESSAGE_REACH), i) if words[k] in _MESSAGE_WORDS)
    clause = clause_before(s.text[: s.spans[first][0]])
    kept = clause.split()
    while kept and (kept[-1].casefold() in _SENDING or kept[-1].casefold() in DETERMINERS):
        kept.pop()  # "issued a statement": the verb and its article are no part of who sent it
    clause = " ".join(kept)
    if not clause:
        return source_of(s, i, cues)
    subject = subject_of(clause)
    return subject, classify_before(clause, subject, cues)


# Verbs that send a message: "issued a statement", "put out a notice".
_SENDING = frozenset(
    "issued issues sent sends put out released releases published publishes posted wrote circulated".split()
)


def _called_for(s: Sentence, i: int, lemma: str) -> bool:
    """ "Maitland (has since) called for an inquiry": a demand made, after a
    name or an auxiliary, not a passive ("reinforcements were called for")."""
    if lemma != "call" or i == 0:
        return False
    prev = s.words[i - 1]
    if prev in _BE:
        return False
    # ("Nadia Ferreira, director of policy at …, called for": after the aside that closes her name)
    after_aside = prev == "," and _next_word(s.words, i + 1) not in _NOT_DEMANDS
    return prev in AUX or prev in _SINCE_OR_AGAIN or after_aside or s.text[s.spans[i - 1][0]].isupper()


_RELATIVES = frozenset({"that", "which", "who"})
# What the chair of a meeting calls for: procedure, not a demand reported ("called for order").
_NOT_DEMANDS = frozenset("order calm silence quiet help backup reinforcements time".split())
_SINCE_OR_AGAIN = frozenset("since also again repeatedly long".split())


def _after_a_modal(words: list[str], i: int) -> bool:
    """ "can tell", "cannot always tell": what is possible, not what someone said."""
    j = i - 1
    if j > 0 and words[j] in ("always", "never", "often", "sometimes", "not"):
        j -= 1
    return words[j] in _MODAL_AFTER_A_NOUN or words[j] in ("cannot", "can't", "couldn't", "won't")


def _named_in_paragraph(word: str, paragraph: str) -> bool:
    """Whether a capitalised word is the surname of someone named in full in
    the paragraph ("Banks" after "Aurelio Banks"): a person, not a group."""
    return (
        word[:1].isupper()
        and " " not in word
        and re.search(rf"\b[A-Z][\w’'\-]+\s+{re.escape(word)}\b", paragraph) is not None
    )


def _gloss_on_a_kind(words: list[str], i: int) -> bool:
    """ "It is also what every trade minister says just before …": the
    writer's gloss on a kind of people, whom word ``i`` is near."""
    return "what" in words[max(0, i - 5) : i] and not _EVERY.isdisjoint(words[max(0, i - 4) : i])


_EVERY = frozenset("every any each all".split())


def _will_before(words: list[str], i: int) -> bool:
    """Whether word ``i`` is a verb still to come: "will set out", "will also answer"."""
    j = i - 1
    while j > 0 and (words[j] in _BETWEEN_WILL_AND_VERB or words[j].endswith("ly")):  # "will rightly ask"
        j -= 1
    return j >= 0 and words[j] in ("will", "shall", "'ll")


_SUBJECT_PRONOUNS = frozenset("he she they we i".split())


def _ends_a_place_phrase(words: list[str], i: int, verb_lemma: dict[str, str]) -> bool:
    """Whether the word at ``i`` closes a phrase like "at the Hearth & Hay
    counter" that follows the clause's verb: a subject is never inside one."""
    for j in range(i - 1, max(0, i - 7), -1):
        word = words[j]
        if word in ("the", "a", "an"):
            # "Midwives at the unit say": the sentence's first word and its place are the subject
            # ("Other principals in the region say": two words of a plural subject, then its place)
            opening = j == 3 and words[0].isalpha() and words[1].isalpha() and words[1].endswith("s")
            return j > 2 and words[j - 1] in _PLACE_PREPOSITIONS and words[j - 2][0].isalnum() and not opening
        if word in verb_lemma or word in _BE or word in _RELATIVES or not (word[0].isalnum() or word == "&"):
            return False  # ("a visa backlog that operators say": a relative clause's subject)
        if word in _SUBJECT_PRONOUNS:
            return False  # "works at the council and he says": a new clause's subject
    return False


def _names_next(s: Sentence, end: int) -> bool:
    """Whether what follows a naming verb after a comma is a name ("…, called
    velorentide,"), not an object and a quote ("…, called it “careful”")."""
    rest = s.text[end:].lstrip()
    words = rest.split(maxsplit=1)
    if not words or words[0].casefold().strip(",.") in _OBJECTS:
        return False
    return not _ANY_QUOTE_MARK.search(re.split(r"[,;.]", rest, maxsplit=1)[0])


_OBJECTS = frozenset("it him her them this that the a an his their its".split())
_ANY_QUOTE_MARK = re.compile(r"[“”\"]")


def _label_word(prefix: str) -> bool:
    """Whether a line's "X:" opener is one English word ("Report:", "Update:")."""
    words = prefix.strip(' \t:“"').split()
    return len(words) == 1 and known_word(words[0].casefold())


def _reports_inside(source: str, cues: Cues) -> bool:
    """Whether a subject as found runs past an earlier reporting verb."""
    return any(w in cues.verb_lemma for w in source.casefold().split()[:-1])


# Papers that can state something without being a source of their own: "…, the file note states".
_PAPERS = frozenset({"note", "notes"})


def _may_be_subject(prev: Token, cues: Cues) -> bool:
    """Whether the word before a verb that is also a noun can end its
    subject: a name, a pronoun, a source noun or collective, an adverb, an
    auxiliary, or punctuation ("The bank forecasts", "analysts estimate",
    "it later reported"); an adjective before it makes it a noun."""
    word = prev.lower
    if prev.start == 0 and word.endswith(("ed", "en")) and known_word(word):
        return False  # "Written comments can be sent": a participle opening the sentence
    return (
        prev.capitalised
        or not word[0].isalpha()
        or word in PRONOUN
        or word in ("who", "which", "that")
        or word in cues.source_nouns
        or word in _PAPERS
        or word in cues.vague_sources
        or word in AUX
        or word.endswith("ly")
    )


def _after_quote(s: Sentence, start: int) -> bool:
    return bool(_AFTER_QUOTE.search(s.text[max(0, start - 4) : start]))


_STILL_TO_COME = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due|set|expected)\s+to)\s", re.IGNORECASE)
_CONCESSIVE = re.compile(r"\s*(?:[Ww]hatever|[Ww]hoever|[Ww]hether|[Nn]o\s+matter\s+(?:what|who))\b")


# "has been put at £85m", "is now put at 19 million": by nobody named.
_PASSIVE_BEFORE = re.compile(r"\b(?:been|be|is|was|are|were)(?:\s+(?:now|still|already|currently|\w+ly))?$")
# "By the association's own reckoning, …": whose figures they are.
_RECKONING_WORDS = frozenset({"reckoning", "count", "calculations", "estimate", "estimates"})
_OWN_RECKONING = re.compile(
    r"\b(?P<cue>[Bb]y)\s+(?P<owner>(?:the\s+)?(?:[\w\-]+\s+){0,3}?[\w\-]+)[’']s?\s+(?:own\s+)?"
    r"(?:" + "|".join(_RECKONING_WORDS) + r")\b"
)
# "launched her campaign with a promise to “…”", "marked the day with a photograph and the words: “…”":
# the subject's own words, given as what they came with.
_WITH_WORDS = re.compile(
    r"\bwith\s+(?:[\w’'\-]+\s+){0,8}?(?P<cue>(?:a|an|the|her|his|its|their)\s+(?:\w+\s+)?"
    r"(?:promise|pledge|vow|warning|plea|call|message|words))\b(?:\s+(?:to|that|of))?\s*:?\s*[“\"‘']"
)
WITH_WORDS = "with … words"  # the lemma of that frame
# "One nurse put it more bluntly: “…”": a quote's frame.
_PUT_IT = re.compile(r"\b(?P<verb>put\s+it)\b[^:“”\"‘.]{0,80}(?:[:,]\s*[“\"‘]|:\s)")  # (or her words after the colon)
# "“Back in ten minutes,” read a sign on the door": words nobody signed; "Another
# letter, unsigned, said simply: “…”" (a letter or post from someone named is theirs).
_POSTED = "posted:"  # the lemma of a notice's words given before its quote
_NOTE_READ = "read (a note)"  # the lemma of a notice's words given after its quote
_NOTE_BEFORE_QUOTE = re.compile(
    r"\W*(?:[A-Z]{2,12}:\s+)?(?P<note>(?:A|An|One|The|Another)\s+(?:[\w\-’']+\s+){0,4}?(?:(?:sign|board|notice|placard|banner|poster|plaque|"
    r"note|card|scrawl|graffiti)s?\b|(?:letter|message|post|flyer|leaflet|listing|advert|list)s?\b(?![^:“”\"‘]{0,90}?\b(?:from|by)\s)))[^:“”\"‘]{0,90}?"
    r"\s(?P<verb>(?:says|said)\s+it\s+all|sums\s+it\s+up|reads?|read|says|said|promised|declared|proclaimed|warned|urged|told\s+[a-z]+|puts?\s+it|"
    r"puts\s+[^:“”\"]{1,40}?)"
    r"(?:\s+[a-z]+ly)?\s*:\s*[“\"‘']"
)
_NOTE_VERBS = frozenset(
    {"read", "reads", "run", "runs", "warns", "warn", "declares", "declared", "proclaims", "urges", "says", "claims"}
)
_READ_ON_A_NOTE = re.compile(
    r"[”\"’'],?\s+(?:(?P<verb>reads?|runs?|warns?|declare[sd]|proclaims|urges)\s+|(?P<says>says|claims)\s+(?=(?:a|an|one|the)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:sign|plaque|banner|placard|poster|notice|board|inscription|post|message|comment|leaflet|"
    r"flyer|pamphlet)s?\b))(?P<note>graffiti\b|(?:a|an|one|the|another)\s+(?:[\w\-]+\s+){0,2}?(?:sign|card|note|entry|"
    r"message|placard|banner|notice|letter|post|poster|inscription|plaque|caption|label|scrawl|line|verse|motto|"
    r"flyer|leaflet|pamphlet|comment)s?)\b"
)


# "a production memo seen by Glossline": which memo is not said.
_UNNAMED_DOCUMENT = re.compile(
    r"\b(?:[Aa]n?\s+(?:[\w\-]+\s+){0,2}(?:document|memo|email|letter|draft|report|file|recording|"
    r"message|note|dossier|briefing)|(?:[Dd]ocuments|[Mm]emos|[Ee]mails|[Ll]etters|[Pp]apers|[Ff]iles|"
    r"[Mm]essages|[Rr]ecordings|[Ff]igures|[Dd]ata|[Nn]umbers))\s+(?:seen|obtained|reviewed|shared\s+with|leaked\s+to)\s+by\b"
)
# "… from Thornbury Constabulary": a named body that gave the document.
# "obtained by the Chronicle from Thornbury Constabulary", "obtained by this website from the Calder Environment Agency"
_FROM_NAMED = re.compile(
    r"\s+(?:(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){1,4}|(?:this|our)\s+(?:[a-z]+\s+){1,2})from\s+(?:the\s+)?[A-Z]"
)
# "I would like someone at the council to explain": the collective is whom the wish is about.
_WANTING = frozenset("like want wants wanted need needs needed expect urge urged invite invited allow".split())
_SAW_A_CHANGE = re.compile(
    r"\s+(?:[\w’'\-]+\s+){0,3}(?:rise|fall|drop|jump|double|halve|grow|shrink|increase|decrease|climb|soar|plunge)\b"
)
_MESSAGE_FROM = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]his|[Aa]nother)\s+(?:message|email|text|note|letter|voicemail|voice\s+note)\s+from\s+"
    r"(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)[^:“”\"]{0,40}:\s*[“\"‘]"
)
_POSTING = frozenset("post tweet write message text email publish share".split())
_COLON_THEN_QUOTE = re.compile(
    r"(?:[^.;:“”\"]|(?<=\d)[:.](?=\d)){0,40}:\s*[“\"‘]"
)  # (a time, "at 08:15", may come first)
_FOR_A_QUOTED_FAULT = re.compile(r"\s+(?:[\w’'\-]+\s+){1,4}for\s+[“\"‘']")
# "The trial is expected to last four weeks": a forecast whose source is
# left out (with a source in the sentence, the source expects it).
_EXPECTED = re.compile(r"\b(?:is|are|was|were)\s+(?:(?:\w+ly|now|still|also)\s+)?expected\s+to\b", re.IGNORECASE)


def _complemented(s: Sentence, i: int, source: str, cues: Cues) -> bool:
    """Verbs that also mean other things ("added 2,000 jobs", "posted a
    loss", "the findings explain") report only before "that", a quote or a
    colon, after a quote, with a person or organisation named as the
    subject, or (for "found", "showed") with a document as the subject."""
    token = s.token(i)
    lemma = cues.verb_lemma[token.lower]
    if _COMPLEMENT.match(s.text, token.end):
        return True
    if lemma in _THAT_ONLY:
        return False  # "the tribunal ruled that …" reports; "under the old rules." is a noun
    if lemma in _CLAUSE_WITHOUT_THAT and not token.lower.endswith("ing") and _CLAUSE_NEXT.match(s.text, token.end):
        return True  # "Critics warn it could cost more": a clause without "that"
    if _after_quote(s, token.start) or _QUOTE_THEN_WORDS.search(s.text[max(0, token.start - 60) : token.start]):
        return True
    words = source.split()
    head = words[-1].strip(".,") if words else ""
    named = bool(head) and (
        head[0].isupper() or head.casefold() in PRONOUN or head.casefold() in cues.source_nouns or head in _PAPERS
    )
    if named and lemma == "call" and s.text.startswith(" for ", token.end):
        return True  # "Fergus Maitland has since called for a public inquiry": a demand made
    owned = any(w[:1].isupper() and w.endswith(("'s", "’s")) for w in words)  # "Visit Wenlow’s official account"
    if (
        (named or owned)
        and len(words) > 1
        and lemma in _POSTING
        and s.quotes
        and _COLON_THEN_QUOTE.match(s.text, token.end)
    ):
        return True  # "The government's official account posted at 08:15: “…”": its words, given
    if named and s.quotes and _FOR_A_QUOTED_FAULT.match(s.text, token.end):
        return True  # "Fergus Maitland blasted the Government for “sitting on its hands”": his words given
    if (
        named
        and lemma in ("promise", "pledge")
        # "the defence pledge" is a noun; "…, promising to “fix the roof”" is her word given
        and (
            token.lower.endswith("ed") or (token.lower.endswith("ing") and s.text[: token.start].rstrip().endswith(","))
        )
        and not s.text[: token.start].rstrip().endswith(" once")
    ):
        return True  # "Prime Minister Ada Voss promised the same review": her word given (but "She once promised …": a record)
    if named and lemma == "brand" and token.lower == "branded" and _BRANDED_AS.match(s.text, token.end):
        return True  # "Local TD Finbarr Cullinane branded the decision “pure madness”": her words, quoted
    if _OWNED_BY_A_NAME.search(source):
        named = True  # "Heritage Ulverby’s listing entry describes it as …": a named body's own document
    if head == "who" and _NAME_THEN_WHO.search(s.text, 0, token.start):
        named = True  # "Mayor Imogen Hartley of Brackenford, who described the day as …"
    rest = s.text[token.end :].strip()
    if named and (not rest or _CLAUSE_END.match(rest)):
        return True  # "…, she noted.", "…, the paper reported."
    if lemma in _DOCUMENT_VERBS and head in ("which", "that"):
        # "code enforcement records the Current obtained …, which show": the records, named before the relative
        antecedent = clause_before(s.text[: token.start]).casefold().split()[-14:-1]
        if any(w.strip(".,") in cues.source_nouns and w.strip(".,") not in PRONOUN for w in antecedent):
            return True
    if lemma in _DOCUMENT_VERBS:
        low = [w.casefold().strip(".,") for w in words]
        if low and head_of(low, cues) in cues.source_nouns and head_of(low, cues) not in PRONOUN:
            return True  # "Invoices reviewed by the Ledger show"
        clause = [w.casefold() for w in clause_before(s.text[: token.start]).split()]
        opening = clause[:2]
        if (
            opening
            and opening[0] not in PRONOUN
            and "that" not in clause  # "… told the court that officers had found": the verb of what was told
            and any(w in cues.source_nouns for w in opening)
        ):
            return True  # "Receipts obtained by the Clarion under freedom of information laws show"
        return any(w in cues.source_nouns and w not in PRONOUN for w in low[-3:]) and (
            named or any(w in ("the", "its", "their", "a", "this", "that", "his", "her") for w in low[-4:])
        )
    if lemma in _DATA_VERBS:
        return named and _FIGURE_AHEAD.match(rest) is not None  # "Harlow Police recorded 1,240 burglaries"
    if lemma == "defend" and named and _AS_QUOTE.match(s.text, token.end):
        return True  # "Obadiah Winter … defended the dividend as “a fair return”": his words
    if lemma == "accuse" and _ACCUSED_OF.match(rest):
        return True  # "Conservative evangelicals have accused the archbishop of ‘managing decline’"
    return named and lemma in _NAMED_SUBJECT_VERBS


_AS_QUOTE = re.compile(r"\s+(?:[\w’'\-]+\s+){0,6}?as\s+[“\"‘']")
_ACCUSED_OF = re.compile(r"(?:[\w’'.\-]+\s+){1,5}?of\s")
# Verbs whose reported clause often drops "that", and how such a clause opens.
_CLAUSE_WITHOUT_THAT = frozenset(
    "say warn predict claim insist argue estimate admit concede believe fear report signal".split()
)
_CLAUSE_NEXT = re.compile(
    r"\s+(?:it|they|he|she|we|there|the\s+[a-z]+)\s+(?:may|might|could|would|will|can|has|had|is|are|was|were)\b"
    # ("estimated the claim could exceed £400 million")
)
_OWNED_BY_A_NAME = re.compile(r"\b(?!(?:It|That|There|Here|What|Who|He|She|Let)[’']s)[A-Z][\w\-]*[’']s\s+[a-z]")
_NAME_THEN_WHO = re.compile(r"[A-Z][\w’'\-]+,\s+who\s+$")
# Verbs that report only before "that" (or another complement).
# Verbs that report only before "that" when a collective is their subject.
_FINDS = frozenset({"find", "hold", "agree", "rule"})
# "shouted from the gallery", "held a meeting", "agreed in six days" report nothing.
_THAT_ONLY = frozenset({"rule", "shout", "yell", "hold", "agree"})
# Verbs that report a measurement when an organisation is their subject and a figure their object.
_DATA_VERBS = frozenset({"record"})
_FIGURE_AHEAD = re.compile(
    r"(?:(?:about|around|nearly|almost|more|less|than|over|under|just|some|a|an)\s+){0,3}[$€£¥]?\d"
)


def attribution_hints(s: Sentence, attributions: list[Attribution], cues: Cues) -> list[Hint]:
    """Hints for the attribution cues: named and described sources."""
    hints = []
    for a in attributions:
        if a.kind == VAGUE:
            continue
        cue = s.text[a.start : a.end]
        if a.kind == DESCRIBED:
            reason = "an anonymous source described by their access: sourced, worth a note"
        elif a.source:
            reason = f"attribution to {a.source}"
        else:
            reason = "attribution cue: check the source is identifiable"
        if a.lemma in cues.loaded:
            reason += " (loaded verb: still sourced)"
        hints.append(Hint(a.start, a.end, "attribution", cue, reason))
    return hints


def vague_hints(s: Sentence, attributions: list[Attribution], cues: Cues) -> list[Hint]:
    """Vague sourcing: unnamed collectives, hearsay phrases, and the
    anonymous part of a described source."""
    if _ASKS_WHAT_THEY_SAY.fullmatch(s.text):
        return []  # "What do the experts say?", "What the experts say 🩺": a question or heading, the answer below
    hints: list[Hint] = []
    taken: list[tuple[int, int]] = []
    # Where a named source's report begins: a group in its first clause is what they report, not who speaks.
    reported_from = min((a.end for a in attributions if _named_report(a, cues)), default=len(s.text))

    def reported(at: int) -> bool:
        # "Sheba Ormerod told us litter surveys found …", "Dr. Baltazar said … than forecasters expected":
        # theirs (but "Quillfire reported revenue of $4.82 billion, ahead of the $4.61 billion analysts had
        # expected": past a comma, the writer's comparison; "said the results were “…” for a condition
        # often described as": past the quote, the writer's gloss)
        return reported_from <= at and not _REPORT_ENDS.search(s.text, reported_from, at)

    def add(start: int, end: int, reason: str) -> None:
        if s.in_quote(start, end) or any(a <= start < b or start <= a < end for a, b in taken) or reported(start):
            return
        taken.append((start, end))
        hints.append(Hint(start, end, "vague_attribution", s.text[start:end], reason))

    for a in attributions:
        if a.lemma in (_POSTED, _NOTE_READ):
            continue  # a notice's words ("“…,” read a banner"): the quote has no speaker, and that is the hint
        if a.kind == VAGUE and s.quotes and not _WRITTEN_THINGS.isdisjoint(_LETTERS.findall(a.source.lower())):
            continue  # "One comment beneath the post reads: “…”", "Someone has written on the board: “…”": a notice's words (a quote with no speaker)
        # (the verb's place, not the span's: "Dr. Vanlo, … Institute for Earth Studies, said … than engineers
        # predicted" marks from "Studies", before the report, though "predicted" is inside it)
        if a.kind in (VAGUE, DESCRIBED) and not reported(a.start):
            start, end = (a.start, a.end) if a.lemma == "speaker:" else _subject_span(s, a, cues)
            add(
                start,
                end,
                "unnamed source: counts as unsourced" if a.kind == VAGUE else "anonymous source: identity not given",
            )
    heading = s.text.isupper()  # "WHAT THE EXPERTS SAY" heads a section; it claims nothing
    for m in () if heading else cues.vague_phrases.finditer(s.text):
        if m.group().endswith(" by") and _sender_named_before(m.start(), attributions, cues):
            continue  # "Tobiah Renshaw told staff in an email seen by this newspaper": its sender is named
        if _ROUNDS.match(s.lowered, m.start()) and _SIGNED_MESSAGE.search(s.lowered):
            continue  # "A message doing the rounds, signed “Ingrid Wragby, …”, claims": whose it claims to be is named
        if s.lowered.startswith("supposedly", m.start()) and (
            _CLAIMED_ORIGIN.match(s.lowered, m.end())
            or s.lowered[max(0, m.start() - 6) : m.start()].endswith(("that ", "hich ", "who "))
        ):
            continue  # "a post, supposedly from “…”", "a club that supposedly cannot pay": a claimed sender, a jibe
        if s.lowered.startswith(_DOUBTED, m.start()) and _CLAIMED_SENDER.match(s.lowered, m.end()):
            continue  # "a letter, purportedly signed by “…”": whose it claims to be, the attribution's to judge
        if s.lowered.startswith("everyone in", m.start()) and not _EVERYONE_KNOWS.match(s.lowered, m.end()):
            continue  # "Not everyone in the hall was convinced", "should alarm everyone in the county": no claim of theirs
        if _NOT_HEARSAY.match(s.lowered, m.end()) or _STANDING_IN_POLLS.search(s.lowered, 0, m.start()):
            continue  # "I have read that research and …": the writer's reading; "behind in the polls": a standing
        add(m.start(), m.end(), "vague attribution: no identifiable source")
    if "expected" in s.words and not any(a.kind in (NAMED, DESCRIBED) for a in attributions):
        for forecast in _EXPECTED.finditer(s.text):
            add(forecast.start(), forecast.end(), "expected by whom? nobody is named")
    if " by " in s.text:
        for document in _UNNAMED_DOCUMENT.finditer(s.text):
            if _FROM_NAMED.match(s.text, document.end()):
                continue  # "Figures obtained by the Chronicle from Thornbury Constabulary": who gave them is named
            if _sender_named_before(document.start(), attributions, cues):
                continue  # "Tobiah Renshaw told staff in an email seen by this newspaper": its sender is named
            add(document.start(), document.end(), "a document nobody can check: counts as unsourced")
    if " been told" in s.text and not any(a.kind == NAMED for a in attributions):
        for told in _TOLD_BY_NOBODY.finditer(s.text):
            add(told.start(), told.end(), "told by whom? nobody is named")
    if "understand" in s.text:
        for knows in _WE_UNDERSTAND.finditer(s.text):
            add(knows.start("cue"), knows.end("cue"), "the outlet's own unnamed sources")
    # ("the Clarion can reveal" is the outlet's own story, which the writers never count as hearsay)
    if "understands" in s.text or "has learn" in s.text or "gathered that" in s.text:
        for knows in _NEWSROOM_KNOWS.finditer(s.text):
            start = knows.start() + len(knows.group()) - len(knows.group().lstrip(", "))
            add(start, knows.end(), "the outlet's own unnamed sources")
    words = s.words
    collectives = (
        [] if cues.vague_sources.isdisjoint(words) else [i for i, w in enumerate(words) if w in cues.vague_sources]
    )
    for i in collectives:
        token = s.token(i)
        if s.in_quote(token.start, token.end):
            continue
        if (token.capitalised and i > 0) or _after_definite(words, i):
            continue  # "Scientific Reports", "the researchers", "the ministry's chief medical officer"
        if token.lower == "media" and i and words[i - 1] == "social":
            continue  # "A post shared on social media claims": where it was shared, not who claims
        if token.lower == "another" and (
            i + 1 >= len(words) or words[i + 1] not in cues.verb_lemma or (i and words[i - 1] == "than")
        ):  # ("better than another promise": one more of them)
            continue  # "is another question": one more of something; "Another claimed": a source
        if i and (words[i - 1] in ("not", "no") or any(w in cues.verb_lemma for w in words[max(0, i - 2) : i])):
            continue  # "Not everyone … is convinced"; "told analysts on a call": an audience
        if (
            "of" in words[max(0, i - 6) : i]
            and not _STUDIES.isdisjoint(words[max(0, i - 8) : i])
            and "'s" in s.lowered[max(0, token.start - 80) : token.start]
        ):
            continue  # "The College's survey of 2,140 consultants and resident doctors found": whom its survey asked
        if _gloss_on_a_kind(words, i):
            continue  # "what every trade minister says just before …": the writer's gloss on a kind of people
        if i and words[i - 1] in ("why", "how", "whether"):
            continue  # "I understand why people worry": an indirect question, nobody reporting
        if i > 1 and words[i - 1] == "to" and words[i - 2] in ("speaking", "talking", "spoke", "talked"):
            continue  # "Speaking to reporters in …, Ganzorig Bold said": an audience
        if i > 1 and words[i - 1] == "of" and words[i - 2] in _SHARE_WORDS:
            continue  # "Only 29 per cent of voters think": a poll's share, its figure the claim
        if i + 2 < len(words) and words[i + 1] == "in" and words[i + 2] == "post":
            continue  # "5,300 more teachers in post": people employed, no one posting
        among = next((j for j in range(i - 1, max(-1, i - 3), -1) if words[j] in ("among", "amongst")), None)
        if among is not None and not _MESSAGE_NOUNS.isdisjoint(words[max(0, among - 6) : among]):
            continue  # "A message circulating among Green activists … warned": whom it went round, not who spoke
        j = _verb_after_collective(s, i, cues)
        if j is not None and of_named_organisation(s.text[token.start : s.spans[j][0]], token.lower):
            continue  # "Strategists at Halden Capital Partners said": a source that can be traced
        if j is not None and words[j] in ("call", "calls") and _next_word(words, j) in _OBJECT_PRONOUNS:
            continue  # "Radek Mirecki, as almost everyone in the city calls him,": a nickname, no report
        if j is not None and s.quotes and token.lower in _WRITTEN_THINGS and cues.verb_lemma.get(words[j]) == "write":
            continue  # "Someone has written on the whiteboard: “…”": a notice's words (a quote with no speaker)
        if j is not None:
            start = _phrase_start(s, i, cues)
            add(start, s.spans[j][1], "unnamed collective as the source: counts as unsourced")
    return hints


_REPORT_ENDS = re.compile(r"[,;”»」』]|\"(?=\s)")


def _named_report(a: Attribution, cues: Cues) -> bool:
    """A named source's reporting verb written out in the sentence (not a
    script's speaker tag, whose line may itself cite a group: "AMIRA: Some
    parents say …")."""
    return a.kind == NAMED and a.lemma in cues.reporting_lemmas


def _sender_named_before(start: int, attributions: list[Attribution], cues: Cues) -> bool:
    """Whether a named source's reporting verb comes before ``start``."""
    return any(_named_report(a, cues) and a.end <= start for a in attributions)


def _verb_after_collective(s: Sentence, i: int, cues: Cues) -> int | None:
    """Where the verb of an unnamed collective is: right after it (past
    auxiliaries: "critics have long argued") or past a short phrase that
    places it ("some within the department questioned"), within the clause."""
    words, n = s.words, len(s.words)
    j = i + 1
    if words[i] in _QUANTIFIERS and j < n and plural_noun(words[j]):
        i, j = j, j + 1  # "many drivers are less forgiving": the group is the noun after
    placed = j < n and words[j] in _PLACING
    for j in range(i + 1, min(n, i + (8 if placed else 4))):
        word = words[j]
        if not word[0].isalnum() or word in _CLAUSE_WORDS:
            return None
        if word in cues.vague_verb_forms and words[j - 1] in DETERMINERS:
            continue  # "customers in an attack on …": a noun after its article, no verb
        if word in ("called", "asked", "told") and _next_word(words, j) in ("in", "to", "up", "back"):
            return None  # "640,000 people called in for assessments", "residents told to boil water": a passive
        if word in ("written", "wrote", "write", "writes") and _next_word(words, j) in ("down", "off"):
            return None  # "investors have quietly written down their stakes": a loss booked
        if word in ("put", "puts") and _next_word(words, j) in _PUT_PARTICLES:
            return None  # "Some stations had put up “sold out” signs": a thing done, not a view
        if word in cues.vague_verb_forms and (
            (words[j - 1] == "to" and i > 0 and words[i - 1] in _WANTING)
            or (j - 2 > i and words[j - 2] in MODALS and base_verb(words[j - 1]))
        ):
            return None  # "someone at the council to explain", "must investigate reports of damp": no report
        if word in ("saw", "see", "sees", "seen") and _SAW_A_CHANGE.match(s.lowered, s.spans[j][1]):
            return None  # "online retailers saw theirs fall by 6 per cent": a change undergone, no view
        if word == "expected" and _next_word(words, j) in ("on", "at", "in", "back", "within"):
            return None  # "11,000: workers expected on site at the peak": people expected somewhere, no forecast
        if word in cues.vague_verb_forms and _will_before(words, j) and _next_word(words, j) != "you":
            # ("Some people will tell you that …" is what they say now)
            return None  # "Critics will say …", "Patients will rightly ask why": the writer anticipating, nobody reporting yet
        if (
            word in cues.vague_verb_forms
            and not s.text[s.spans[j][0]].isupper()
            and (not word.endswith("ing") or words[j - 1] in _BE)
        ):
            if (
                cues.verb_lemma.get(word) in _FINDS
                and _next_word(words, j) != "that"
                # "Studies have found no link" (but "workers … held passports", whoever's figures they are)
                and (
                    cues.verb_lemma.get(word) == "hold" or not any(singular(w) in cues.source_nouns for w in words[:j])
                )
            ):
                return None  # "Growers have found mice eating seed", "members hold a vote": no report
            if word.endswith("ing"):
                return j  # "people are saying", "critics have been warning"
            return None if words[j - 1] in _BE else j  # "people … are expected to": passive
        if word in _BE and not _GUESSED.isdisjoint(words[i + 1 : j]):
            return None  # "Ministers will privately be relieved": the writer's guess at a view, nobody's report
        if word in _BE:  # "other scientists are far less worried": an unnamed view
            if j + 1 < n and words[j + 1].endswith("ing") and words[j + 1] in cues.vague_verb_forms:
                return j + 1  # "critics have been warning"
            attitude = next((k for k, w in enumerate(words[j + 1 : j + 4]) if w in cues.attitude_words), None)
            return None if attitude is None else j + 1 + attitude
        if not placed and word not in AUX and not word.endswith("ly"):
            return None  # "economists overwhelmingly expect" goes on
    return None


def _after_definite(words: Sequence[str], i: int) -> bool:
    plural = words[i].endswith("s")
    for j in range(i - 1, max(-1, i - 5), -1):
        word = words[j]
        if word == "-":
            continue  # "Spinfair's U.S.-listed parent": a hyphen inside the modifier
        if not word[0].isalnum():
            return False
        if word in ARTICLES or (not plural and (word in DEFINITE or word.endswith("'s"))):
            return True
    return False


def _phrase_start(s: Sentence, i: int, cues: Cues) -> int:
    k, words = i, s.words
    while k > 0 and (words[k - 1] in cues.vague_modifiers or words[k - 1] in {".", "-"}):
        k -= 1
    return s.spans[k][0]


def _subject_span(s: Sentence, a: Attribution, cues: Cues) -> tuple[int, int]:
    """The span to mark for a vague or described source: the collective and
    its verb ("Critics say", "said analysts"), or the phrase."""
    following = s.text.find(a.source, a.end) if a.source and a.lemma not in cues.reporting_lemmas else -1
    if 0 <= following - a.end <= 3:
        return a.start, following + len(a.source.rstrip(" .,;:"))  # "according to foreign media": the phrase, whom
    before = [
        i
        for i, ((start, end), word) in enumerate(zip(s.spans, s.words))
        if end <= a.start
        and a.start - start <= 160
        and word in cues.vague_sources
        and not s.in_quote(start, end)
        and not (word == "media" and i and s.words[i - 1] == "social")  # "Some on social media": the some
    ]
    if before:
        return _phrase_start(s, before[-1], cues), a.end
    at = s.text.rfind(a.source, 0, a.start) if a.source else -1
    if at >= 0:
        return at, a.end  # "Midwives complain": the group and its verb
    at = s.text.find(a.source, a.end) if a.source else -1
    if 0 <= at - a.end <= 3:
        return a.start, at + len(a.source.rstrip(" .,;:"))  # "…,” wrote one commenter": the verb and who
    after = [
        end
        for (start, end), word in zip(s.spans, s.words)
        if start >= a.end and start - a.end <= 40 and word in cues.vague_sources
    ]
    return (a.start, after[0]) if after else (a.start, a.end)
