"""Who a report comes from: the subject before a reporting verb or the
words after it (an inverted "…, said the mayor", "according to …"), and
whether that source is named, described (an anonymous source whose access
is described) or vague (an unnamed collective)."""

from __future__ import annotations

import re

from annotator.hints.cues import Cues
from annotator.hints.lexicon import known_word, plural_noun
from annotator.hints.sentence import Sentence

NAMED, VAGUE, DESCRIBED = "named", "vague", "described"
AUX = frozenset(
    """has have had is are was were be been being will would also later then previously
separately privately publicly repeatedly recently earlier again too quickly immediately frequently often
openly not never already once even still further long widely increasingly consistently sometimes""".split()
)
_QUOTE_END = re.compile(r"[”\"’]\s*,?\s*$")
DETERMINERS = frozenset("the a an these those this its their our his her my your whose".split())
_CONJUNCTIONS = frozenset(
    "and but or so yet while as because although though since when if that which whereas and, but,".split()
)
# Where a noun phrase's head has ended.
_CUT = frozenset(
    "at of in from with for on by to who whom which that whose familiar close involved briefed "
    "knowledgeable speaking present based said says circulating online within inside across among".split()
)
DEFINITE = frozenset("the its their his her this that these those your".split())
ARTICLES = frozenset("the this that these those".split())  # definite, and no possessive
# A segment between commas that is an aside about the subject, not a clause of its own:
# "A senior official, who asked not to be named, said"; "Lutnick, speaking at a breakfast, said".
_PARENTHETICAL = re.compile(
    r"\s*(?:(?:however|meanwhile|though|too|also|instead|privately|publicly|in\s+turn|in\s+response|in\s+reply|"
    r"for\s+\w+\s+part|of|from|at|with|for|in|on)\b|who|whom|whose|which|speaking|writing|the|a|an|now|then|himself|herself|"
    r"[a-z]+ing\b|[A-Z][\w’'\-]*[’']s\b)",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[\w.'\-]+")
# "are delighted to announce", "is pleased to confirm": the subject reports.
GLAD = frozenset("delighted pleased proud happy glad thrilled honoured honored sad sorry excited".split())
_STARTS_CAPITAL = re.compile(r"\s*[A-Z]")
_WINDOW_END = re.compile(r"[.;,]\s|[“\"]")
PRONOUN = frozenset("he she they it we i".split())
_NUMBERS = frozenset("one two three four five six seven eight nine ten eleven twelve both all".split())
# Participles that end a noun phrase after a plural noun ("invoices reviewed by the Ledger").
_PARTICIPLES = frozenset(
    "reviewed seen obtained shared published leaked released cited circulated compiled prepared "
    "commissioned drawn".split()
)
# Words for how many ("a number of", "a handful of", "a few"): the people are the noun after them.
QUANTITY = frozenset(
    "number numbers group groups handful majority minority host lot lots couple raft string chorus "
    "dozens hundreds thousands few dozen hundred thousand third quarter".split()
)


def source_of(s: Sentence, i: int, cues: Cues) -> tuple[str, str | None]:
    """Who a verb's statement comes from: its subject before it, or after it
    in an inverted clause ("…,” said the mayor; …, said analysts)."""
    token = s.token(i)
    before = s.text[: token.start]
    clause = clause_before(before)
    closed = max((end for _, end in s.quotes if end <= token.start), default=0)
    if closed > token.start - len(clause) and any(c.isalpha() for c in before[closed:]):
        clause = before[closed:]  # "‘They’ll be counting the cost,’ one fisherman said": after the closing mark
    after = s.text[token.end : token.end + 160]
    inverted = _QUOTE_END.search(before[-8:]) or _quote_closes_before(s, token.start)
    if inverted:
        signed = _signature_before(s, token.start)
        if signed is not None:
            # "A voice note, in which a woman calls herself “Ximena Garbarino from the Government”, told
            # listeners": whom it told follows; who it claims to be from is the name in quotes.
            return signed, NAMED
    if not clause.strip() or inverted:
        return words_after(after), classify_after(after, cues)
    opening = _OPENING_PARTICIPLE.match(clause)
    rest = clause[opening.end() :] if opening is not None else ""
    if opening is not None and (_NAME_THEN_ASIDES.fullmatch(rest) or _NAME_THEN_POST.fullmatch(rest)):
        clause = clause[opening.end() :]  # "Speaking to reporters in Ulaan on Monday, Ganzorig Bold, …, said": hers
    asides = _NAME_THEN_ASIDES.fullmatch(clause)
    if asides is not None:
        # "Tom Aske, 67, a retired farmer from Ostley, where the branch shut in 2024, said": the name leads
        return asides.group(1), classify_before(asides.group(1), asides.group(1), cues)
    if token.lower.endswith("ing") and before.rstrip().endswith(","):
        # "Minister Ada Voss has refused requests, telling colleagues that …": a participle
        # after a comma shares the clause's subject; the words after it are whom it told.
        main = _MAIN_SUBJECT.match(clause)
        # ("Harbridge council leader Florentin Quarmby last night defended the plan, insisting": when, no part of who)
        main_subject = _TRAILING_WHEN.sub("", main.group(1)) if main is not None else ""
        if main is not None and len(main_subject.split()) <= _LONGEST_MAIN_SUBJECT:
            subject = _TRAILING_ADVERB.sub("", main_subject)  # "Some residents reportedly refused …, saying"
            return subject, classify_before(subject, subject, cues)
        apposed = _APPOSED_SUBJECT.match(clause)
        if apposed is not None:
            # "Fairmarket's chief executive, Zephaniah Kirkbride, has welcomed the review, saying": the name
            first, second = apposed.group(1), apposed.group(2)
            subject = second if all(w[:1].isupper() for w in second.split()) else first
            return subject, classify_before(subject, subject, cues)
    if (
        before.rstrip().endswith(",")
        and token.lower not in _TELL  # "…, Tobiah Renshaw, told staff …": whom she told follows, not who spoke
        and not _PARENTHETICAL.match(before.rstrip()[:-1].rsplit(",", 1)[-1])
        and not re.match(r"\s*(?:to|that)\b", after)
        and not _NAME_THEN_POST.fullmatch(clause)
        and not _POST_THEN_NAMED.fullmatch(clause)
    ):
        right = classify_after(after, cues)
        if _STARTS_CAPITAL.match(after) or right in (VAGUE, DESCRIBED):
            return words_after(after), right
    subject = subject_of(clause)
    kind = classify_before(clause, subject, cues)
    if kind == NAMED and _trade_opening_the_sentence(clause, subject, token.lower, cues):
        kind = VAGUE
    return subject, kind


def _signature_before(s: Sentence, at: int) -> str | None:
    """The person named in the last quotation closed before ``at``, when
    the quotation is a signature ("signed “Liao Hsiu-chin, Water Resources
    Agency,”", "supposedly from “Gráinne Cullinane at the hospital”")."""
    closed = [(a, b) for a, b in s.quotes if b <= at]
    if not closed:
        return None
    a, b = closed[-1]
    if not _SIGNED_AS.search(s.text, max(0, a - 12), a):
        return None  # "“Jo Bloggs,” said the clerk": a name said, not a signature
    name = _SIGNATURE.match(s.text[a + 1 : b - 1].strip())
    return name.group(1) if name is not None else None


_SIGNED_AS = re.compile(r"\b(?:from|signed|by|as|himself|herself|itself|themselves)\s*$")
_SIGNATURE = re.compile(r"((?:[A-Z][\w’'\-]+\s+){1,2}[A-Z][\w’'\-]+)(?:,|\s+from\b|\s+at\b|\s*$)")


def _trade_opening_the_sentence(clause: str, subject: str, verb: str, cues: Cues) -> bool:
    """ "Plumbers warn that …", "Loss adjusters report", "Pharmacy chains
    have reported": a plural noun (with one word before it at most) opening
    the sentence, its verb in the plural ("warn", not "warns" or "warned",
    unless after "have" or "are"), is a whole trade, nobody named; "Reeves
    says" is a surname."""
    words = _SPOKEN_TO.sub("", clause.rstrip()).split()
    plural_verb = cues.verb_lemma.get(verb) == verb
    if words and words[-1] in ("here", "there"):
        plural_verb = True  # "Volunteers there said": people where the reporter was, no surname
    while words and words[-1] in _BEFORE_THE_VERB:
        words.pop()  # "Seismologists have long warned"
    if words and words[-1] in _PLURAL_AUX:
        words, plural_verb = words[:-1], True
    if " ".join(words) != subject:
        return False
    if words and len(words[0]) > 1 and words[0].isupper():
        words = [words[0].lower(), *words[1:]]  # "KAVA growers … say": a newspaper's capitals opening the story
    place = next((k for k, w in enumerate(words[:3]) if w in _PLACED_AT), None)
    if place is not None:
        if of_named_organisation(subject, words[place - 1].casefold()):
            return False  # "Engineers at Rolls-Royce say": the organisation is named
        words = words[:place]  # "Midwives at the unit say": where they work does not name them
    return (
        len(words) <= 2
        and " ".join(words)[1:].islower()
        and plural_verb
        and words[0].casefold() not in DETERMINERS  # "The authors acknowledge": people the article has named
        and words[-1].casefold() not in cues.source_nouns  # "Company records show": a document
        and _plural(words[-1].casefold())
    )


def _plural(word: str) -> bool:
    """A plural noun, or a word the lexicon knows only in the singular with an
    "s" added ("evangelicals", "vets")."""
    return plural_noun(word) or (word.endswith("s") and not word.endswith("ss") and known_word(word[:-1]))


_PLURAL_AUX = frozenset("have are were".split())
# Words between a subject and its verb that are no part of who: "engineers here tell", "have long warned".
_BEFORE_THE_VERB = frozenset(
    "here there long also still already often since generally largely broadly mostly round around just now".split()
)
_TELL = frozenset("told tells tell".split())
_PLACED_AT = frozenset("at in from on across for".split())  # "Lawyers for the shoppers"
# A clause's subject: the words before its first auxiliary or past-tense verb.
# Past tenses that do not end in "-ed" ("Ravi Dunleavy struck a sourer note, telling analysts …").
_IRREGULAR_PAST = (
    r"struck|took|made|gave|went|came|told|said|wrote|spoke|sent|set|put|held|kept|left|brought|threw|stood|sat|"
    r"ran|won|lost|hit|cut|led|met|paid|sold|bought|fought|built|drew|broke|chose|drove|fell|felt|found|got|grew|"
    r"knew|meant|rose|saw|shook|shut|sought|spent|stuck|thought|withdrew|became|began|caught|dealt|hung|laid|"
    r"swept|taught|hid|froze|forgave|bit|blew"
)
_MAIN_SUBJECT = re.compile(
    r"\s*([A-Z][^,;:]*?)\s+(?:has|have|had|is|are|was|were|will|would|did|does|can|could|[a-z]{3,}ed|"
    + _IRREGULAR_PAST
    + r")\b"
)
_OPENING_PARTICIPLE = re.compile(
    r"\s*(?:Speaking|Talking|Writing|Addressing|Asked|Interviewed|Responding)\b[^,;:“”\"]{0,80},\s*"
)
_LONGEST_MAIN_SUBJECT = 6
_TRAILING_WHEN = re.compile(
    r"\s+(?:last\s+(?:night|week|month|year)|yesterday|today|on\s+[A-Z][a-z]+day|this\s+(?:morning|week|afternoon|evening))$"
)
# A subject and its appositive, then the clause's verb: "Zephaniah Kirkbride, Fairmarket's chief executive, has".
_APPOSED_SUBJECT = re.compile(
    r"\s*([A-Z][^,;:]{0,60}?),\s+([^,;:]{1,60}?),\s+(?:has|have|had|is|are|was|were|will|would|did|does|[a-z]{3,}ed)\b"
)
_TRAILING_ADVERB = re.compile(r"(?:\s+[a-z]+ly)+$")
_SPOKEN_TO = re.compile(
    r"\s(?:I|we)\s+(?:have\s+|'ve\s+)?(?:(?:still|regularly|often)\s+)?(?:spoken|talked|spoke|speak|talk)\s+to$"
)  # ("Officers I still speak to say")


_FROM_A_NAMED_BODY = re.compile(r"^[^,;.]{0,80}?\bfrom\s+(?:the\s+)?[A-Z]")
_UNSEEN_FIGURES = re.compile(r"\s*(?:figures|data|numbers)\s+(?:seen|obtained|reviewed)\s+by\b", re.IGNORECASE)
# "One mother, whose son is in Year 11, said": a description of who spoke.
_DESCRIBED_AFTER = re.compile(r",\s*(?:who|whose|whom)\b[^,]{3,},")
# "Our chief executive, Ada Voss,": a post, then the name of who holds it.
_POST_THEN_NAME = re.compile(
    r"\s*(?:[Oo]ur|[Mm]y|[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|"
    r"(?:[A-Z][\w\-]*\s+(?:(?:y|de|del|of|the|and|la|le|du|von|van)\s+)?){0,3}[A-Z][\w\-]*(?:[’']s|s[’']))"
    r"\s+[A-Za-z][\w\s\-]*"
)  # "Harlow’s chief executive, Odile Fairbrass,", "Our Vice-Chancellor, …", "Bexley Securities’ senior analyst, …"
_A_NAME = re.compile(r"(?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'\-]*")
# "Harlow’s chief executive, Odile Fairbrass, told": the post, then its holder, is the subject.
# ("A reader, Moira Quayle, wrote": a description, then the name.)
_POST_THEN_NAMED = re.compile(_POST_THEN_NAME.pattern + r",\s*" + _A_NAME.pattern + r"\s*,\s*")
# "Tom Aske, 67, a retired farmer from Ostley, where …, said": a name, then two or more asides.
_NAME_THEN_ASIDES = re.compile(
    r"\s*(?:\d+/\d*\s+)?((?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'\-]*)\s*,(?:[^,“”\"]+,){2,4}\s*"
)  # (after a thread post's number: "6/12 Winifred Tilbury, …, said")
# "Ada Voss, general secretary of the union, said": the name before its post is the subject.
_NAME_THEN_POST = re.compile(r"\s*(?:[A-Z][\w’'.\-]*\s+){0,4}[A-Z][\w’'.\-]*\s*,[^,]+,\s*")


def _quote_closes_before(s: Sentence, start: int) -> bool:
    """Whether a quote (in any marks, single ones included) ends just
    before ``start``, with at most a comma between."""
    return any(not s.text[end:start].strip(" ,") for _, end in s.quotes if end <= start)


def clause_before(before: str) -> str:
    """The text since the last quotation or sentence boundary (relative
    clauses between commas stay: "a senior official, who spoke on condition
    of anonymity, said")."""
    cut = max(before.rfind("”"), before.rfind('"'), before.rfind("“"), before.rfind(";"), before.rfind(":"))
    stamp = _TIMESTAMP.match(before) if before[:1] in "[(" else None
    if stamp is not None:
        cut = max(cut, stamp.end() - 1)  # "[00:01:55] Someone's just written": a recording's time, no subject
    return before[max(cut + 1, len(before) - 300) :]  # a subject is never further back than that


_MANY_OF_YOU = re.compile(r"\b(?:loads|lots|many|some|several|plenty|a\s+few|a\s+lot|most)\s+of\s+you$")
_WHEN_WORDS = frozenset(
    ["last night", "last week", "this morning", "this week", "on monday", "on tuesday", "on wednesday", "on thursday"]
    + ["on friday", "on saturday", "on sunday", "this afternoon", "this evening", "last month", "last year"]
)
_HAS_CONTRACTED = frozenset("someone somebody everyone everybody anyone anybody he she".split())
_TIMESTAMP = re.compile(r"[\[(]\d{1,2}(?:[:.]\d{2}){1,2}[\])]\s*")
_PLACING_WORDS = frozenset("in at of from for on across near".split())
_PRONOUN_AFTER_AND = re.compile(r"(?:^|\s)(?:and|but|so)\s+(he|she|they|we|I)$")


def subject_of(clause: str) -> str:
    """The subject as written: past a parenthetical between commas
    ("Lutnick, speaking at a breakfast, estimated"; "Rubio, the secretary
    of state, also compared"), after a comma ("…, Japanese and U.S.
    officials said"), or the clause's own subject in "X reviewed … and found"."""
    words = clause.split()
    if len(words) > 3 and words[-1] == "to" and words[-2].casefold() in GLAD:
        words = words[:-3]  # "Mr and Mrs Penrose are delighted to": who announces
    spoken = _SPOKEN_TO.search(" ".join(words))
    if spoken:
        words = spoken.string[: spoken.start()].split()  # "Vets I have spoken to": the vets
    while words and (
        words[-1].casefold().strip(",") in AUX
        or (words[-1].islower() and words[-1].endswith("ly"))
        or words[-1] in _BEFORE_THE_VERB
    ):
        words.pop()  # "Recruiters at other agencies reportedly tell", "engineers here tell me": no part of who
    if len(words) > 3 and " ".join(words[-2:]).casefold() in _WHEN_WORDS:
        words = words[:-2]  # "Local TD Finbarr Cullinane last night branded": when, no part of who
    if words and words[-1][-2:] in ("'s", "’s") and words[-1][:-2].casefold() in _HAS_CONTRACTED:
        words[-1] = words[-1][:-2]  # "Someone's just written": someone has
    text = " ".join(words)
    if text.endswith(","):
        post, _, name = text[:-1].rpartition(",")
        if post and _POST_THEN_NAME.fullmatch(post) and _A_NAME.fullmatch(name.strip()):
            return name.strip()  # "Our chief executive, Ada Voss, says": the name, not the post
        text = post if post else text[:-1]
    elif ", " in text:
        text = text.rsplit(", ", 1)[1]  # not inside "30,000"
    relative = _RELATIVE_SUBJECT.search(text)
    if relative:
        return relative.group(1)  # "an access road that crews have long said": the crews
    pronoun = _PRONOUN_AFTER_AND.search(text)
    if pronoun:
        return pronoun.group(1)  # "My cousin works at the council and he says": he
    if re.search(r"\s(?:and|but)$", text):
        one = _ONE_OF_THEM.match(clause)
        m = one or re.match(r"\s*((?:The\s+|A\s+|An\s+)?(?:[A-Z][\w’'.\-]*\s+){1,5})", clause)
        if m:
            text = m.group(1)  # "One woman near the back stood up and shouted": one woman
    words = text.split()
    size = 6
    while size < min(len(words), 9) and words[-size].casefold() in _PLACING_WORDS:
        size += 1  # "Restaurant owners in Sham Tin and Kwai Lung say": the owners, not a place
    return " ".join(words[-size:])


def _before_a_place(words: list[str]) -> list[str]:
    """The words before "in", "from" or "near" and a place ("One ward sister
    in Thornbury"): where someone is does not say who they are."""
    for k, word in enumerate(words):
        if word in ("in", "from", "near"):
            return words[:k]
    return words


# "reports reaching this programme", "reports received by this newspaper": whose reports is not said.
_REPORTS_REACHING = re.compile(
    r"\s*reports\s+(?:reaching|received\s+by|sent\s+to|made\s+to)\s+(?:this|our)\s+", re.IGNORECASE
)
# A company announcement's own voice: "The Company confirms", "The Board believes" (news writes "the company").
_ISSUER = re.compile(r"[Tt]he\s+(?:Company|Board|Group|Directors)")
# People the outlet spoke to, none of them named ("Pensioners who spoke to the Herald said").
_SPOKE_TO_US = re.compile(
    r"\s*(?:[A-Z][a-z]+|[a-z]+)(?:\s+[a-z]+)?s\s+who\s+(?:spoke|talked|wrote)\s+to\s+(?:the|this|our)\s+[\w\s]{1,30}$"
)
# An unnamed post a newsroom has seen: the newsroom is named, the poster is not.
_UNNAMED_POST_SEEN = re.compile(
    r"\s*(?:One|A|An|Another)\s+(?:[a-z\-]+\s+){0,3}(?:post|message|comment|video|email|letter|note|memo)\s+"
    r"(?:seen|obtained|reviewed)\s+by\b",
    re.IGNORECASE,
)
_UNNAMED_STUDY = re.compile(
    r"\s*(?:a|an|one)\s+(?:[\w\-]+\s+)?(?:survey|study|poll|report|analysis|review|ranking)\b", re.IGNORECASE
)
_UNNAMED_STUDY_THEN = re.compile(
    r"(?:A|An|One|a|an|one)\s+(?:[a-z][\w\-]*\s+)?(?:survey|study|poll|analysis|review)\s+(?:in|from|last|this)\s+[\w ]{1,20}"
)
_ONE_OF_THEM = re.compile(r"\s*((?:One|Another|Some|Several|Many)\s+[a-z][\w\-]*)\s")
# Unnamed people by the world they come from ("Industry figures say").
_UNNAMED_PAIRS = frozenset(
    {
        ("industry", "figures"),
        ("industry", "sources"),
        ("industry", "insiders"),
        ("party", "sources"),
        ("industry", "estimates"),
        ("industry", "tallies"),
        ("industry", "data"),
    }
)


def classify_before(clause: str, subject: str, cues: Cues) -> str | None:
    """NAMED, VAGUE or DESCRIBED for a subject written before its verb;
    None when it is no source ("nobody", "we" the writer)."""
    low = clause.casefold().replace("’", "'")
    words = _bare_words(low)
    if not words:
        return None
    if (
        (not cues.vague_sources.isdisjoint(words) or not _ANONYMITY.isdisjoint(words))
        and cues.described_source.may_occur_in(words)
        and cues.described_source.search(low)
    ):
        return DESCRIBED  # "two officials with knowledge of the talks"; "a hiring manager …, who asked not to be named"
    if "[" in clause:
        return None  # "[insert figure here] of voters say": a placeholder, no source
    if " name" in low and _LEFT_NO_NAME.search(low):
        return None  # "One listener, who didn't leave a name, texted: “…”": words with no speaker at all
    written = subject
    subject = _CONTRACTION.sub("", subject.casefold().replace("’", "'"))
    sub_words = _bare_words(subject)
    if not sub_words:
        return None
    if _MANY_OF_YOU.search(subject):
        return VAGUE  # "Loads of you are saying": viewers or readers, none of them named
    if (
        (cues.not_sources.may_occur_in(sub_words[-3:]) and cues.not_sources.search(" ".join(sub_words[-3:])))
        or (
            sub_words[0] in cues.not_sources and sub_words[1:2] != ["of"]
        )  # "Few in the industry believe" (not "none of us")
        or sub_words[-1] in ("we", "i", "you")
        or (
            sub_words[0] in ("our", "my") and not _MY_NAMED.match(written) and not _MY_NAMED.match(clause)
        )  # (not "My neighbour Jo Reddy says", "My daughter, Elsie, texted me")
        or sub_words[:2] == ["fewer", "than"]
        or _ISSUER.fullmatch(written.strip())
    ):
        return None  # nobody; or the writer ("our own modelling suggests", a release's "The Board believes")
    if _UNNAMED_STUDY.fullmatch(written.strip()) is not None or _UNNAMED_STUDY_THEN.fullmatch(written.strip()):
        return VAGUE  # "A survey in 2019 found …": which survey, by whom, is not said
    if _SPOKE_TO_US.match(clause) or _UNNAMED_POST_SEEN.match(clause):
        return VAGUE  # "Pensioners who spoke to the Herald said", "One widely shared post seen by CBC News claimed"
    if tuple(sub_words[-2:]) in _UNNAMED_PAIRS or [w for w in sub_words if w not in _CONJUNCTIONS] == ["one"]:
        return VAGUE  # "Industry figures say", "As one put it to our booking office": nobody named
    if clause.rstrip().endswith(" who") and _NAME_THEN_WHO_CLAUSE.match(clause):
        return NAMED  # "Maureen Dell, a retired teacher in Wenlow who says": hers, not a teacher's
    if " by " in clause and _BY_A_NAMED_BODY.match(clause):
        return NAMED  # "Polling by Harrowby Research for this newspaper puts …": whose work it is
    # The head of the subject noun phrase: "Analysts at Tokyo brokerages", "Some environmental groups".
    head = head_of(sub_words, cues)
    if sub_words[0] in ("one", "another", "a", "an") and len(sub_words) > 1 and _APPOSITIVE_NAME.search(clause):
        return NAMED  # "One reader, Trevor Holmwood from Wenlow, wrote": named after all
    if (
        sub_words[0] in ("one", "another")
        and len(sub_words) > 1
        and head not in PRONOUN
        and (head in cues.source_nouns or head not in cues.vague_sources)
        and not any(w[:1].isupper() for w in _before_a_place(written.split()[1:]))
        and not _APPOSITIVE_NAME.search(clause)
    ):
        # "one of the volunteers said", "One mother, whose son is in Year 11,
        # said": which one is not said, but someone the writer can describe;
        # "One subscriber wrote in", "one comparison website told us": nobody
        # anyone can look up.
        described = (
            sub_words[1] == "of"
            or _DESCRIBED_AFTER.search(clause) is not None
            or (cues.described_source.may_occur_in(words) and cues.described_source.search(low) is not None)
        )
        return DESCRIBED if described and head not in cues.source_nouns else VAGUE
    if (
        head in _SECTORS
        and len(sub_words) <= _LONGEST_SECTOR
        and not any(w[:1].isupper() for w in written.lstrip("-–—•* ").split()[1:])
    ):
        return (
            VAGUE  # "The industry insists", "The banks say", "The broadcasting unions say": a whole trade, nobody named
        )
    if (
        sub_words[0] in _SOME
        and 2 < len(sub_words) <= 4
        and sub_words[1] == "of"
        and (sub_words[-1] in cues.vague_sources or plural_noun(sub_words[-1]))
    ):
        return (
            DESCRIBED  # "two of those people said", "several of the officials": some of a group, as "one of the pilots"
        )
    if (
        sub_words[0] in _SOME
        and len(sub_words) > 1
        and plural_noun(head)
        and head in written.split()  # as written, in lower case: "Several trainers based near the course"
        and not of_named_organisation(written, head)
    ):
        return (
            VAGUE  # "Several Premiership owners say", "Some Labour councillors fear": a party's or league's unnamed few
        )
    if head in cues.vague_sources and not _definite(sub_words, head):
        titled = head in cues.title_ranks and _ENDS_WITH_NAME.search(
            written
        )  # "Minister for Transport Oren Castellane"
        return NAMED if titled or of_named_organisation(written, head) or _proper_name(written, cues) else VAGUE
    # "Critics on the right of the governing coalition argue": a collective at the head of a comma-free clause.
    lead = words if "," not in low.rstrip(" ,") and not cues.vague_sources.isdisjoint(words) else []
    lead_head = head_of(lead, cues) if lead else ""
    # (not "RESIDENTS of Seekant will pay more after the Kuvanga Water Corporation announced": another clause's subject)
    if (
        lead_head in cues.vague_sources
        and lead_head != lead[-1]
        and not _definite(lead, lead_head)
        and MODALS.isdisjoint(lead)
    ):
        return NAMED if of_named_organisation(clause, lead_head) else VAGUE
    if _bare_plural(written, sub_words, head, cues):
        return VAGUE  # "Midwives complain that …": a group, nobody in it named
    return NAMED


# Counts that leave the members of a group unnamed.
_SOME = frozenset("two three four five six several some many few most numerous".split())
MODALS = frozenset("will would can could must should may might shall".split())  # a view or act still to come
# A whole trade or sector as the subject, with its article at most and an adjective or two.
_SECTORS = frozenset(
    "industry sector banks unions airlines retailers insurers landlords supermarkets lenders suppliers "
    "operators carmakers manufacturers broadcasters".split()
)
_LONGEST_SECTOR = 4  # words: "the big high-street banks"


def _proper_name(written: str, cues: Cues) -> bool:
    """ "Calder Post said": a name in capitals whose last word is a common
    noun, the body's own name (not "Many Republicans", "Some Analysts")."""
    words = written.split()
    return (
        len(words) >= 2
        and all(w[:1].isupper() for w in words)
        and words[0].casefold() not in DETERMINERS
        and words[0].casefold() not in cues.vague_sources
        and words[0].casefold() not in _NUMBERS
    )


_LEFT_NO_NAME = re.compile(
    r"\bwho\s+(?:didn't|did\s+not|wouldn't|would\s+not)\s+(?:leave|give|share)\s+(?:a|their|his|her)\s+name\b"
)
_NAME_THEN_WHO_CLAUSE = re.compile(r"\s*[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+,\s+(?:a|an|the)\s[^,]{3,80}\swho\s*$")
_BY_A_NAMED_BODY = re.compile(r"\s*[A-Z]\w+\s+by\s+(?:the\s+)?[A-Z][\w’'&\-]*\s+[A-Z]")
# Words of the phrases that keep a source anonymous: whoever it is, the writer withholds who.
_ANONYMITY = frozenset("anonymity anonymously named authorised authorized".split())
# "One of them, Priya Selvam,", "One rider named in the report, the former champion Keturah Doyle,"
_APPOSITIVE_NAME = re.compile(
    r",\s*(?:(?:the|a|an|[a-z][\w\-]*)\s+){0,5}[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+"
    r"(?:\s+(?:from|of|in)\s+[A-Z][\w’'\-]+)?\s*,"  # ("One reader, Trevor Holmwood from Wenlow, wrote")
)
_CONTRACTION = re.compile(r"'(?:ll|d|m|ve|re)\b")
_RELATIVE_SUBJECT = re.compile(r"\s(?:that|which|what)\s+((?:[\w’'\-]+\s*){1,3})$")
# "My neighbour Jo Reddy", "Our leader Ward Monkhouse": someone of the writer's, named.
_MY_NAMED = re.compile(
    r"\s*(?:My|Our|my|our)\s+(?:(?:[a-z][\w\-]*\s+){1,2}[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+"
    r"|[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?,\s*[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?\s*,?)\s*$"
)  # ("My daughter, Elsie, texted me")
_ENDS_WITH_NAME = re.compile(r"\s[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+\s*$")
_NAMED_ORGANISATION = re.compile(
    r"\b(?:at|of|from|with|for)\s+(?:the\s+)?[A-Z][\w&’'.\-]*\s+"
    r"(?:(?:of|for|and|&|on)\s+(?:the\s+)?)?[A-Z]"
)


def of_named_organisation(subject: str, head: str) -> bool:
    """ "Analysts at Penrose Securities": a collective placed at an
    organisation named in two or more capitalised words can be traced."""
    if head in _UNNAMED_MEMBERS:
        return False  # "staff at Kesterton Airport", "allies of Seraphina Wynn": which of them is not said
    at = subject.casefold().find(head)
    return at >= 0 and bool(_NAMED_ORGANISATION.search(subject, at))


# People of an organisation or a person who speak for nobody in particular: naming
# whose they are traces none of them (unlike "analysts at Penrose Securities", who publish).
_UNNAMED_MEMBERS = frozenset(
    "staff staffers workers employees allies friends aides insiders supporters colleagues associates confidants officials "
    # "Residents of Cedar Valley say": the people of a place or a firm's customers, none of them named
    "residents villagers locals people families parents neighbours neighbors tenants householders commuters "
    "passengers customers shoppers patients voters fans representatives "
    "sources source growers farmers fishermen traders".split()  # "Sources at County Hall claim": placed, still unnamed
)


def singular(word: str) -> str:
    """A plural noun's singular, by its ending ("studies": "study")."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


_CLAUSE_OPENERS = frozenset("that which who whom whose what to and or".split())
_MEMBERS = frozenset({"MPs", "MEPs", "MSPs", "MLAs", "MNAs", "peers", "senators", "councillors", "backbenchers"})
_PLACED_IN = frozenset("in across around near throughout".split())
_COUNTED_BODIES = re.compile(
    r"(?:(?:[Aa]t\s+least|[Mm]ore\s+than|[Oo]ver|[Aa]bout|[Aa]round|[Nn]early|[Aa]lmost|[Uu]p\s+to)\s+)?"
    r"(?:\d[\d,]*|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]wenty|"
    r"[Tt]hirty|[Ff]orty|[Ff]ifty|[Dd]ozens\s+of|[Hh]undreds\s+of)\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s"
)


def _bare_plural(subject: str, words: list[str], head: str, cues: Cues) -> bool:
    """A plural common noun with no determiner, number or name before it."""
    if not head.endswith("s") or head.endswith("ss") or head in cues.source_nouns or head in PRONOUN:
        return False
    written = subject.split()
    # "Taxi firms in Brennock say": where the group is does not name anyone in it.
    written = written[: next((k for k, w in enumerate(written) if k and w in _PLACED_IN), len(written))]
    if _COUNTED_BODIES.fullmatch(subject):
        return True  # "At least 30 schools have told parents": a count of bodies, none of them named
    if len(written) == 2 and written[-1] in _MEMBERS and written[0][:1].isupper():
        return True  # "Agrarian MPs say": a party's members, none of them named
    if any(c.isdigit() for c in subject) or any(w[:1].isupper() for w in written[1:]):
        return False  # a name or an organisation ("Acme Partners")
    if len(written) == 1 and singular(written[0].casefold()) in cues.source_nouns:
        return plural_noun(written[0].casefold())  # "Charities estimate": a sentence's capital, not a surname
    if (len(written) < 2 and written[0][:1].isupper()) or not plural_noun(written[-1].casefold()):
        return False  # one capitalised word may be a surname ("Reeves said"); "expectant mothers say" counts
    k = words.index(head)
    # "Calder's steelmakers complain": a place's or a firm's group is still nobody named
    return not any(w in DETERMINERS or w in _NUMBERS for w in words[:k])


_BARE_DATA = re.compile(
    r"\s*(?:(?:official|the\s+latest|latest|new|recent|early|initial|preliminary|some|unofficial)\s+)?"
    r"(?:figures|estimates|data|statistics|records|calculations)\s*(?:[.,;]|$)",
    re.IGNORECASE,
)


def classify_after(text: str, cues: Cues) -> str | None:
    """The same for what follows an inverted verb or a phrase ("said
    analysts", "according to people familiar with the matter")."""
    low = text.casefold().replace("’", "'")
    window = _WINDOW_END.split(low, maxsplit=1)[0][:100]
    if window.lstrip().startswith("["):
        return None  # "according to [insert source]"
    words = [_bare(w) for w in _WORDS.findall(window) if w not in AUX][:8]
    if not words or (cues.not_sources.may_occur_in(words[:3]) and cues.not_sources.match(window.strip())):
        return None
    if _REPORTS_REACHING.match(text):
        return VAGUE  # "according to reports reaching this programme": nobody named
    if _BARE_DATA.match(text):
        return VAGUE  # "according to estimates.", "according to official figures,": whose, nobody says
    if _UNSEEN_FIGURES.match(text) and not _FROM_A_NAMED_BODY.search(text):
        # (but "figures obtained by this website from the Calder Environment Agency": whose they are is named)
        return VAGUE  # "according to figures seen by this newspaper": nobody can check them
    if _UNNAMED_STUDY.match(text) and not any(w[:1].isupper() for w in _WINDOW_END.split(text, maxsplit=1)[0].split()):
        return VAGUE  # "according to a survey of finance officers": which survey, by whom, is not said
    if tuple(words[:2]) in _UNNAMED_PAIRS:
        return VAGUE  # "according to industry figures", "said party sources": nobody named
    head = head_of(words, cues)
    if head in cues.vague_sources and cues.described_source.search(window):
        return DESCRIBED
    if (
        len(words) <= 3
        and len(_WINDOW_END.split(low, maxsplit=1)[0].split()) == len(words)  # nothing follows: no clause
        and words[0] not in _CLAUSE_OPENERS
        and head == words[-1]
        and head.endswith("s")
        and head not in cues.source_nouns
        and head not in cues.vague_sources  # (read below, with no lexicon)
        and not any(w in DETERMINERS or w in _NUMBERS for w in words)
        and not any(c.isupper() or c.isdigit() for c in _WINDOW_END.split(text, maxsplit=1)[0])
        and plural_noun(head)
    ):
        return VAGUE  # "according to trade creditors": a group, none of them named
    if (
        words[0] in ("one", "another")
        and len(words) > 1
        and head not in PRONOUN
        and head not in cues.vague_sources
        and not any(w[:1].isupper() for w in _WINDOW_END.split(text, maxsplit=1)[0][:100].split()[1:])
    ):
        # "…,” said one of the pilots, who asked not to be named": someone the
        # writer can describe; "…,” wrote one viewer": nobody anyone can trace.
        described = (
            words[1] == "of"
            or re.search(r"\b(?:who|whose|whom)\b", window) is not None
            or cues.described_source.search(window) is not None
        )
        return DESCRIBED if described else VAGUE
    if head in cues.vague_sources and not _definite(words, head):
        return NAMED if of_named_organisation(_WINDOW_END.split(text, maxsplit=1)[0][:100], head) else VAGUE
    return NAMED


def _bare_words(low: str) -> list[str]:
    """The words of folded text, each without a sentence's full stop."""
    words = _WORDS.findall(low)
    return [_bare(w) for w in words] if "." in low else words


def _bare(word: str) -> str:
    """A word without the full stop that ends its sentence ("reports." but "u.s.")."""
    return word[:-1] if word.endswith(".") and word.count(".") == 1 and len(word) > 3 else word


def head_of(words: list[str], cues: Cues) -> str:
    """The head of a noun phrase: its last word before a preposition, a
    relative clause or a description of access ("Analysts at Tokyo
    brokerages", "people familiar with the matter", "Health Minister Lucia
    Brandt", "two officials with knowledge of the talks")."""
    while len(words) > 1 and words[0] in _CONJUNCTIONS:
        words = words[1:]
    for k, word in enumerate(words):
        if k and word == "of" and words[k - 1] in QUANTITY and k + 1 < len(words):
            continue  # "a growing number of doctors": the doctors are the head
        if k and (
            word in _CUT
            or (word in _PARTICIPLES and words[k - 1].endswith("s"))
            # "residents opposing the scheme", "campaigners fighting the plan": a group and what it does
            or (k > 0 and word.endswith("ing") and len(word) > 5 and words[k - 1] in cues.vague_sources)
        ):
            words = words[:k]
            break
    while len(words) > 1 and words[-1] in AUX:
        words = words[:-1]
    return words[-1]


def _definite(words: list[str], head: str) -> bool:
    """ "the researchers", "the ministry's chief medical officer": a
    definite phrase points back to someone named."""
    if head in ("sources", "source"):
        return False
    before = words[: words.index(head)]
    if head.endswith("s"):  # "Trump's defenders", "his critics": still nobody named
        return any(w in ARTICLES for w in before)
    return any(w in DEFINITE or w.endswith("'s") for w in before)


def words_after(after: str) -> str:
    m = re.match(r"\s*(?:by\s+|to\s+)?((?:[\w.’'\-]+\s*){1,6})", after)
    return m.group(1).strip() if m else ""
