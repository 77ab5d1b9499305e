"""Opinion markers in the writer's own voice: evaluative words, opinion
adverbs, speculation, recommendations, the first person and rhetorical
questions; never inside quotation marks, and not in reported speech."""

from __future__ import annotations

import re
from collections.abc import Callable

from annotator.hints.cues import Cues
from annotator.hints.lexicon import adjective, base_verb, plural_noun
from annotator.hints.model import Hint
from annotator.hints.sentence import Sentence, Token
from annotator.hints.transcript import source_speaker

_FAQ = re.compile(r"^\W*(?:Q\d*\s*[.:)]|Question\s*\d*\s*[.:])", re.IGNORECASE)
_ANSWER = re.compile(r"^\W*A\d*\s*[:)]")
# Kinds of marker a reporting verb takes over ("the minister said the
# country should act"); opinion adverbs and the first person stay the writer's.
REPORTABLE = ("evaluative", "speculation", "recommendation")
EVALUATIVE_REASON = "evaluative word in the writer's voice"
FIRST_PERSON_REASON = "first person: the writer's own view"
EXCLAMATION_REASON = "an exclamation in the writer's voice"
SWEEPING_REASON = "the writer's claim about what everyone (or nobody) thinks"
ADVERB_REASON = "opinion marker in the writer's voice"
SPECULATION_REASON = "speculation or prediction in the writer's voice"
RECOMMENDATION_REASON = "a recommendation in the writer's voice"
ADVICE_REASON = "advice in the imperative: the writer's recommendation"
QUESTION_REASON = "a question in the writer's voice (rhetorical unless it heads an answer)"
# Markers that make the whole sentence the writer's guess, aside or question: a figure in it is
# part of that view, not a claim of its own ("A single £4.1m claim would put a serious dent in
# it"); on the blind sets' first looks such figures were wrong two times in three. (After a
# first person, an evaluative word, a recommendation or advice, writers flag the figure as often
# as not, so it stays.)
VIEW_REASONS = frozenset({ADVERB_REASON, SPECULATION_REASON, QUESTION_REASON, EXCLAMATION_REASON})
# "Nobody here expects a war", "Few in the town believe him", "everyone
# suddenly cares": what a whole place thinks, told in the writer's voice.
# "We strongly recommend", "I suspect", "we disagree": the first person holding a view.
_FIRST_PERSON_VIEW = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:(?:strongly|really|do|still|firmly|certainly|would|also|[a-z]+ly)\s+){0,2}"
    r"(?:recommend|suspect|disagree|agree|doubt|fear|reckon|urge|suggest|expect|love|like\s+to|find\s+it\s+hard|"
    r"have\s+(?:little|some|a\s+lot\s+of|every|no)\s+sympathy|am\s+(?:not\s+|less\s+)?sure|are\s+(?:not\s+)?sure|"
    r"would\s+(?:rather|bet)|"
    # "I think", "we argue that", "I find it the most moving object", "I share their frustration"
    r"think|believe|feel|argue|hope|wish|admire|applaud|find\s+(?:it|this|that|them)|"
    r"share\s+(?:their|your|the|his|her)|have\s+never\s+(?:seen|known|met|heard)|understand\s+why|"
    r"point\s+out|can(?:not|['’]t)\s+help|am\s+(?:not\s+)?convinced|"
    r"understand\s+the\s+(?:fear|worry|anger|concern|frustration))\b"
    r"|\b(?:I['’]m|[Ww]e['’]re)\s+(?:not\s+)?sure\b"  # "Very reassuring, we’re sure."
    r"|\b(?:I|[Ww]e)['’]d\s+(?:gently\s+)?(?:point\s+out|argue|say)\b"  # "I'd gently point out"
)
# "That is not a health service; it is a waiting room", "… is no choice at all": the writer recasting a thing.
_IS_NOT_BUT = re.compile(
    r"\b(?:is|are|was)\s+not\s+(?:a|an|the)\b[^;.“”\"]{1,60}[;,—–]\s*(?:it|this|that|they)\s+(?:is|are|was)\b"
    r"|\b(?:are|were)\s+not\s+[^;.“”\"]{1,60};\s*they\s+(?:are|were)\b"  # "These are not talking heads; they are people …"
    r"|\b(?:is|are|was)\s+no\s+[a-z]+\s+at\s+all\b"
    r"|\b(?:is|was)\s+not\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?;\s*it\s+(?:is|was)\s+an?\b"  # "is not enforcement; it is a …"
    r"|\b(?:is|was)\s+an?\s+[a-z]+,\s+not\s+(?:an?|the)\s+[a-z]+"  # "is a setback, not a catastrophe"
)
# "…, whatever the minister says", "That is a loan, whatever the letter calls it": the writer overruling a source.
_WHATEVER_THEY_SAY = re.compile(
    r"(?<=,\s)whatever\s+(?:they|he|she|(?:the|its|their|his|her)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+)\s+"
    r"(?:says?|claims?|calls?\s+it|tells?\s+you|insists?)\b"
)
# "Those words have been heard in Ballinvane before": the writer's doubt that a promise will be kept.
_HEARD_BEFORE = re.compile(
    r"\b(?:words|promises?|pledges?|claims?|lines?|assurances?)\s+(?:have|has)\s+been\s+heard\b[^.;“”\"]{0,40}?\bbefore\b"
)
_RECAST_REASON = "the writer recasting what something really is"
# "the best electric saloon you can buy", "the worst film you will ever sit through": a reviewer's ranking.
_RANKED_WORDS = frozenset("best finest worst greatest".split())
_BEST_YOU_CAN = re.compile(
    r"\b(?:the|[Tt]he)\s+(?:best|finest|worst|greatest)\s+(?:[\w\-]+\s+){0,4}?(?:that\s+)?you\s+(?:can|could|will|are\s+likely\s+to)\s+(?:ever\s+)?[a-z]+"
)
_EVERYONE_WORDS = frozenset({"nobody", "no", "few", "everyone", "everybody"})
_WHAT_EVERYONE_THINKS = re.compile(
    r"(?<![Aa] )\b(?:[Nn]obody|[Nn]o\s+(?:one|minister|politician|government|leader|party|voter|manager)|[Ff]ew|"
    r"[Ee]veryone|[Ee]verybody)"
    r"(?:\s+[\w’'\-]+){0,6}?\s+(?:(?:really|suddenly|still|now|seriously|will|would|can|could)\s+)?"
    r"(?:can\s+(?:say|tell)|believes?|expects?|expected|cares?|cared|thinks?|thought|trusts?|"
    r"wants?|doubts?|agrees?|(?:were|was|are|is)\s+convinced|can\s+afford|"
    r"(?<=will\s|ould\s)(?:notice|mind|be\s+(?:smiling|celebrating|laughing|sorry|surprised)))\b"  # "Few voters will notice"
)


def opinion_hints(s: Sentence, cues: Cues, *, reported: list[tuple[int, int]]) -> list[Hint]:
    """Opinion markers; ``reported`` are the spans of the sentence's
    attribution cues: a marker in what they report is the source's, not the
    writer's ("the minister said the country should act"; "…, critics say")."""
    if not_the_writers(s):
        return []
    hints: list[Hint] = []
    taken: list[tuple[int, int]] = []
    in_report = _reported_region(s, reported)
    groups = (
        ("adverb", cues.opinion_adverbs, ADVERB_REASON),
        ("evaluative", cues.evaluative, EVALUATIVE_REASON),
        ("speculation", cues.speculation, SPECULATION_REASON),
        ("recommendation", cues.recommendation, RECOMMENDATION_REASON),
    )
    fixed = [m.span() for m in cues.fixed_terms.finditer(s.text)]
    for group, pattern, reason in groups:
        for m in pattern.finditer(s.text):
            start, end = m.span()
            if any(a <= start and end <= b for a, b in fixed):
                continue  # "dangerous driving", "a change of course": the name of a thing, not the writer's verdict
            if group in REPORTABLE and in_report(start):
                continue
            if (
                s.lowered[end - 1 : end] == ":"
                and s.text[end:].lstrip()[:1].isupper()
                and len(s.lowered[end:].split()) > _LONGEST_LABELLED_VERDICT
            ):
                continue  # "Verdict: The waiting list has fallen in five of the last six months": a finding, judged as written
            if (
                group == "speculation"
                and s.lowered[start:end] in _MODALS
                and (negated := _NEGATED.match(s.lowered, end))
                and not (negated.group().strip() == "never" and s.lowered[start:end] in ("may", "might"))
            ):
                continue  # "could not measure": what was possible, not a guess ("might never recover" is one)
            if group == "speculation" and _HEDGED_FIGURE.match(s.text, end):
                continue  # "with perhaps 4,000 left": an estimate's hedge; the figure is the claim
            if s.in_quote(start, end) or any(a < end and start < b for a, b in taken):
                continue
            if (
                group == "adverb"
                and s.lowered[start:end] == "naturally"
                and _OCCURS.search(s.lowered, max(0, start - 12), start)
            ):
                continue  # "Fluoride occurs naturally in most water": how it comes about, no aside
            if (
                start > 0
                and s.text[start].isupper()
                and not s.text.startswith(("I ", "I’", "I'"), start)
                and any(c.isalpha() for c in s.text[:start])  # "- Beautiful …", "1/ 🧵 What …": a line's first word
            ):
                continue  # a name or a title ("May", "Sound Transit"), but not "…, I believe,"
            if (
                group == "adverb"
                and s.lowered[start:end] == "no doubt"
                and s.lowered[max(0, start - 4) : start] in ("has ", "ave ", "had ")
            ):
                continue  # "has no doubt that": the subject's certainty, not the writer's
            if (
                group == "speculation"
                and s.lowered[start:end].split(maxsplit=1)[0] in _MODALS
                and (_UNDER_A_RULE.match(s.text) or _BEFORE_ANYONE.search(s.lowered, max(0, start - 40), start))
            ):
                continue  # "Under electoral law, an election could be held …": what a rule allows, not a guess
            if (
                group == "speculation"
                and s.lowered.startswith("could", start)
                and (
                    _ONLY_ALLOWED.match(s.lowered, end) or _HOW_MUCH_BEFORE.search(s.lowered, max(0, start - 40), start)
                )
            ):
                continue  # "Rents could go up only once a year", "no cap on how much rents could rise": a rule's reach
            if group == "speculation" and _NONE_COULD_BE_FOUND.search(s.lowered, max(0, start - 40), end + 12):
                continue  # "because no children's bed could be found": what was not to be had, no guess
            if group == "speculation" and _ABILITY.match(s.lowered, start) and _after_a_pronoun(s.lowered, start):
                continue  # "the cheapest fix we could find": what someone was able to do, not a guess
            if (
                group == "recommendation"
                and (
                    _DUTY_BEFORE.search(s.lowered, 0, start)
                    or _BEFORE_IT_MUST.search(s.lowered, max(0, start - 12), start)  # "before it must be on a shelf"
                    # "bars will have to stop serving at 1 a.m.": what a decision means, told as fact
                    or (
                        s.lowered.startswith("have to", start)
                        and s.lowered[max(0, start - 5) : start] in ("will ", "ould ")
                    )
                    or _UNDER_A_RULE.match(s.text)
                    or _UNDER_AN_ORDER.search(s.lowered, end)
                    or (s.lowered.startswith("must", start) and _DEADLINE_AFTER.match(s.lowered, end))
                    or _NEED_EXPLAINED.search(s.lowered, max(0, start - 30), start)
                    or _IF_YOU_THINK.search(s.lowered, max(0, start - 30), start)
                    or _WHETHER_BEFORE.search(s.lowered, max(0, start - 80), start)
                )
            ):
                continue  # "Landlords already have to register", "must be kept indoors … under a national housing
                # order": a duty in force, not advice; "debating whether the companies should be …": a question
            if group == "evaluative" and _VERB_NOT_ADJECTIVE.match(s.lowered, start):
                continue  # "have begun fitting new meters": a verb, not "a fitting tribute"
            if (
                group == "recommendation"
                and s.lowered.startswith("need", start)
                and _NO_NEED.search(s.lowered, max(0, start - 12), start)
            ):
                continue  # "you don't need to do anything", "would need to spend": no advice
            if group == "recommendation" and s.lowered[max(0, start - 7) : start].rstrip().endswith((" who", " which")):
                continue  # "the minister, who has to sign off any change": a duty described, not advice
            if group == "speculation" and (
                s.lowered[max(0, start - 5) : start] == "what "
                or _WHAT_IT.search(s.lowered, max(0, start - 12), start)  # "of what it could mean for insurance"
                or _INDIRECT_QUESTION.search(s.lowered, max(0, start - 30), start)
                or _PERMISSION.match(s.text)
            ):
                continue  # "what may be a cluster of stars", "worked out which contracts could be saved": no guess
                # ("Applicants may not start work until …": a rule)
            if group == "speculation" and (
                (
                    s.lowered[max(0, start - 5) : start] in ("most ", "least", "more ", " less")
                    and not _GUESSED_OUTCOME.match(s.lowered, end)  # ("the most likely outcome" is a guess)
                )
                or _TIMES_AS.search(s.lowered, max(0, start - 12), start)
                or (
                    s.lowered.startswith(("could", "can"), start)
                    and _FASTER_THAN.search(s.lowered, max(0, start - 50), start)
                )
            ):
                continue  # "most likely to", "19 per cent more likely to", "twice as likely": a measure, not a guess
            if (
                group == "speculation"
                and s.lowered.startswith("could", start)
                and (
                    _ONLY_AFTER.match(s.lowered, start + 5)
                    or _THE_ONLY_ONE.search(s.lowered, max(0, start - 60), start)
                )
            ):
                continue  # "villages could be reached only by boat", "the only party that could give …": a fact
            if (
                group == "recommendation"
                and s.lowered[start:end].endswith("afford")
                and _WHO_CANNOT.search(s.lowered, max(0, start - 12), start)
            ):
                continue  # "Many cannot afford to run their heating": what people cannot do, not advice
            taken.append((start, end))
            hints.append(Hint(start, end, "opinion_marker", s.text[start:end], reason))

    def mark(pattern: re.Pattern[str], reason: str, *, unless_reported: bool = False) -> None:
        """Each match outside quotes (and, if asked, outside reported
        words) that overlaps no marker already found."""
        for m in pattern.finditer(s.text):
            start, end = m.span()
            if s.in_quote(start, end) or (unless_reported and in_report(start)):
                continue
            if not any(a < end and start < b for a, b in taken):
                taken.append((start, end))
                hints.append(Hint(start, end, "opinion_marker", m.group(), reason))

    # Each pattern is tried only when a word it needs is in the sentence.
    if not cues.first_person.isdisjoint(s.words):
        mark(_FIRST_PERSON_VIEW, "the writer's view, in the first person")
    if "whatever" in s.words:
        mark(_WHATEVER_THEY_SAY, EVALUATIVE_REASON)
    if "heard" in s.words:
        mark(_HEARD_BEFORE, EVALUATIVE_REASON, unless_reported=True)
    if "not" in s.words or "no" in s.words:
        mark(_IS_NOT_BUT, _RECAST_REASON, unless_reported=True)
    if "you" in s.words and not _RANKED_WORDS.isdisjoint(s.words):
        mark(_BEST_YOU_CAN, EVALUATIVE_REASON)
    if "anyone" in s.words or ("who" in s.words and not _EVERYONE_WORDS.isdisjoint(s.words)):
        mark(_ANYONE_WILL_TELL, SWEEPING_REASON)
    if not _EVERYONE_WORDS.isdisjoint(s.words):
        for sweep in _WHAT_EVERYONE_THINKS.finditer(s.text):
            start, end = sweep.span()
            if s.lowered[max(0, start - 4) : start] == "not " and sweep.group().endswith("convinced"):
                continue  # "Not everyone is convinced": some doubt, reported, no sweeping claim
            if not in_report(start) and not s.in_quote(start, end) and not any(a < end and start < b for a, b in taken):
                taken.append((start, end))
                hints.append(Hint(start, end, "opinion_marker", sweep.group(), SWEEPING_REASON))
    mine = [] if cues.first_person.isdisjoint(s.words) else [i for i, w in enumerate(s.words) if w in cues.first_person]
    for i in mine:
        token = s.token(i)
        if not s.in_quote(token.start, token.end) and not (token.lower in ("us", "me") and _told(s, token, cues)):
            if token.text.isupper() and len(token.text) > 1:
                continue  # "US"
            if any(m.start() <= token.start < m.end() for m in cues.newsroom.finditer(s.text)):
                continue  # "our reporter", "a reader sent us": the newsroom at work, not a view
            if any(m.start() <= token.start < m.end() for m in _PROGRAMME_AT_WORK.finditer(s.text)):
                continue  # "Hello, I'm Ruth Alcock", "with me, Dev Kapadia", "That's all from me": hosting, not a view
            if token.lower == "i" and token.text != "I":
                continue
            if (
                token.lower != "i"
                and token.capitalised
                and token.start > 0
                and s.text[: token.start].strip()[-1:].isalpha()
            ):
                continue  # "Save Our Pier": a name's word, not the writer
            hints.append(Hint(token.start, token.end, "opinion_marker", token.text, FIRST_PERSON_REASON))
    label = _STANCE_LABEL.match(s.text) if ":" in s.text[:24] else None
    if label:
        hints.append(Hint(*label.span("label"), "opinion_marker", label.group("label"), _STANCE_REASON))
    opener = _imperative(s, cues) or _order_after_a_clause(s) or _request(s)
    reported_item = s.text.lstrip()[:1] in _LIST_BULLETS and in_report(0)  # "• Flood wardens on duty, says the council"
    if opener is not None and all(h.reason == FIRST_PERSON_REASON for h in hints) and not reported_item:
        hints.append(
            Hint(
                *opener,
                "opinion_marker",
                s.text[opener[0] : opener[1]],
                ADVICE_REASON,
            )
        )
    if _TWO_CAPITALS.search(s.text) is not None and _SHOUTED.search(s.text) is not None:
        for shout in _SHOUTED.finditer(s.text):
            start, end = shout.span()
            if start and not s.in_quote(start, end) and not any(a < end and start < b for a, b in taken):
                taken.append((start, end))
                hints.append(
                    Hint(start, end, "opinion_marker", shout.group(), "capitals for emphasis: the writer's voice")
                )
    scorn = not hints and max(s.text, default="") >= _LEAST_SCORN  # most sentences have no emoji at all
    for eye_roll in _SCORN.finditer(s.text) if scorn else ():
        if not s.in_quote(eye_roll.start()):
            hints.append(Hint(*eye_roll.span(), "opinion_marker", eye_roll.group(), "an eye-roll: the writer's scorn"))
            break
    # "Is that really too much to ask? 🚗💷": the question mark before the emoji ends it.
    stripped = _TRAILING_SYMBOLS.sub("", s.text) if s.text[-1:] > "\u2190" else s.text.rstrip()
    if len(stripped) < _LONGEST_BARE_VERDICT and _BARE_VERDICT.fullmatch(stripped):
        hints.append(
            Hint(0, len(stripped), "opinion_marker", stripped, "the writer's verdict, answering their own question")
        )
    stars = _STARS.search(s.text) if "5" in s.text or "★" in s.text or "☆" in s.text else None
    if stars:
        hints.append(Hint(*stars.span(), "opinion_marker", stars.group(), "a star rating: the writer's verdict"))
    if stripped.endswith("!") and not s.in_quote(len(stripped) - 1, len(stripped)):
        hints.append(Hint(len(stripped) - 1, len(stripped), "opinion_marker", "!", EXCLAMATION_REASON))
    if stripped.endswith("?") and not s.in_quote(len(stripped) - 1, len(stripped)) and not _faq(s):
        hints.append(
            Hint(
                len(stripped) - 1,
                len(stripped),
                "opinion_marker",
                "?",
                QUESTION_REASON,
            )
        )
    return hints


# "…, the researchers urged.": a trailing attribution after a comma or a quote.
# (Not a clause of time or condition: "…, when temperatures are forecast to climb" reports nothing before it.)
_SHORT_SUBJECT_AFTER_COMMA = re.compile(
    r"[,”\"’]\s*(?!(?:when|if|as|while|because|before|after|until|unless|where|although|though|since)\s)"
    r"(?:[\w’'.\-]+\s+){0,4}$"
)


_ABILITY = re.compile(
    r"could\s+(?:not\s+|n't\s+)?(?:find|see|hear|get|buy|afford|trace|confirm|count|remember|tell|reach)\b"
)


# "what they're NOT telling you", "that's a LOT of money", "Boil ALL water": a common word
# in capitals between words in lower case, for emphasis (not a heading or an acronym).
# "Nobody reads that. 🙄", "Ninety-six percent, sure. 😏": scorn in an emoji.
_SCORN = re.compile("[\U0001f644\U0001f60f\U0001f643\U0001f612\U0001f926\U0001f602\U0001f923]")  # 🙄😏🙃😒🤦😂🤣
_LEAST_SCORN = min(_SCORN.pattern.strip("[]"))  # no character below it can be one
_TWO_CAPITALS = re.compile(r"[A-Z][A-Z]")  # a quick test first: most sentences have no word in capitals
_SHOUTED = re.compile(
    r"(?<=[a-z,’'] )(?:NOT|ALL|NOW|LOT|ALWAYS|NEVER|NOBODY|EVERY|EVERYONE|ONLY|REALLY|VERY|MUST|STOP|NO|NONE|"
    r"NOTHING|EVERYTHING|ANYONE|HUGE|TOTALLY|ABSOLUTELY|SAFE|CANNOT|WON'T|DON'T|ISN'T)(?= [a-z])"
)
# "It is not.", "Hardly.", "Probably not.": the writer answering the question just put.
_BARE_VERDICT = re.compile(
    r"(?:(?:It|That|This)\s+(?:is|was|would|will|does|did|could|can|has)(?:\s+not|n[’']t)"
    r"|(?:They|These|Those|We)\s+(?:are|were|do|did|will|would|can|could|have)(?:\s+not|n[’']t)"
    r"|Hardly|(?:Probably|Almost\s+certainly|Certainly|Surely)\s+not|Not\s+(?:quite|really|likely)|Well,\s+no"
    r"|Full\s+stop|End\s+of\s+story|Good|Convenient|Typical|Fair\s+enough|Shameful|Disgraceful)\s*[.!]"
)
_LONGEST_BARE_VERDICT = 32
_TRAILING_SYMBOLS = re.compile(r"[\s\u2190-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]+$")  # symbols and emoji


# "already have to", "are still legally required": a duty in force, described.
_DUTY_BEFORE = re.compile(r"\b(?:already|still|legally|currently|now)\s+$")
# "Under Calder's 2019 Industrial Relations Act, unions must give …": what a law requires, described.
_UNDER_A_RULE = re.compile(
    r"\W*Under\s+[^,]{0,80}\b(?:Act|[Ll]aw|Code|[Rr]ules|[Rr]egulations|[Tt]reaty|[Cc]onvention|[Cc]onstitution|"
    r"[Ss]tanding\s+[Oo]rders|[Bb]ylaws|[Ss]tatutes)\b"
    r"|.{0,20}\b(?:By|by)\s+law\b"  # "✅ Fact: By law, every penny raised must be spent on …"
    # "Under the draft bill, any council could charge …": what a proposal would allow, no guess
    r"|\W*Under\s+(?:the|a|this|that|his|her|their|its)\s+[^,]{0,50}\b(?:bill|plans?|proposals?|scheme|reforms?|deal|"
    r"agreement|policy|settlement)\b"
)
_OCCURS = re.compile(r"\b(?:occurs?|occurring|found|present|forms?|formed)\s+$")
_ONLY_ALLOWED = re.compile(r"\s+(?:[\w’'\-]+\s+){1,4}only\s+(?:once|twice|if|when|after|by|up\s+to|with)\b")
_HOW_MUCH_BEFORE = re.compile(r"\bhow\s+(?:much|many|far|often|high|fast)\s+(?:[\w’'\-]+\s+){0,3}$")
# "If you think you should have been paid": the reader's belief, not the writer's advice.
_IF_YOU_THINK = re.compile(r"\bif\s+you\s+(?:think|believe|feel)\s+(?:that\s+)?(?:you|they|it|he|she)\s+$")
# "Verdict: Mostly true", "Verdict: 🔴 Off track.": a label's verdict is a few words; after it, a sentence.
_LONGEST_LABELLED_VERDICT = 5
# "The board must file the final ballot language … by Aug. 7": a deadline to meet, not advice.
_DEADLINE_AFTER = re.compile(
    r"[^.;]{0,60}\bby\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|the\s+end\b|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|midnight\b|noon\b)"
)
# "because they must keep out air and moisture": a need explained, not advice.
_NEED_EXPLAINED = re.compile(r"\b(?:because|as|since)\s+(?:they|it|the\s+\w+)\s+$")
_LABEL_IN_BRACKETS = re.compile(r"\W*(?:[\w’'\-]+\s+){0,3}[\w’'\-]+\s*\([^)]{1,40}\)\s*:\s")
_NO_NEED = re.compile(r"(?:n['’]t|\bnot|\bwould|\bnever)\s+$")
_UNDER_AN_ORDER = re.compile(
    r"\bunder\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}(?:order|law|act|rules?|regulations?|ban|notice|directive)\b"
)
_NONE_COULD_BE_FOUND = re.compile(r"\bno\s+[^,.;]{1,30}\bcould\s+be\s+(?:found|traced|located|reached|seen)\b")
_BEFORE_IT_MUST = re.compile(r"\bbefore\s+(?:it|they|he|she)\s+$")
_WHAT_IT = re.compile(r"\bwhat\s+(?:it|they|this|that)\s+$")
_WHETHER_BEFORE = re.compile(r"\bwhether\s+(?:[\w’'\-]+\s+){1,10}$")
_GUESSED_OUTCOME = re.compile(r"\s+(?:outcome|result|scenario|explanation|winner|successor|candidate)\b")
_ONLY_AFTER = re.compile(r"\s+(?:only\b|be\s+[a-z]+ed\s+only\b)")  # "could only …", "could be reached only …"
_THE_ONLY_ONE = re.compile(r"\bthe\s+only\s+(?:[\w’'\-]+\s+){1,3}(?:that|who|which)\s+$")
# "losing balance faster than the control room could correct it": a race lost, no guess
# ("better than anyone could have hoped" is the writer's).
_FASTER_THAN = re.compile(
    r"\b[a-z]+er\s+than\s+(?:the|a|an|its|their|his|her|crews|engineers|staff)\s+(?:[\w’'\-]+\s+){0,3}$"
)
# "before any museum could bid": what nobody managed in time, no guess.
_BEFORE_ANYONE = re.compile(r"\bbefore\s+(?:[\w’'\-]+\s+){1,3}$")
# An evaluative word in "-ing" before what a verb takes: "fitting new meters", "striking the deal".
_VERB_NOT_ADJECTIVE = re.compile(r"\w+ing\s+(?:a|an|the|new|their|its|his|her|our|your|them|it|out|up)\b")


def _after_a_pronoun(lowered: str, start: int) -> bool:
    return lowered[:start].rstrip().rsplit(maxsplit=1)[-1:] in (["we"], ["i"], ["you"], ["they"], ["he"], ["she"])


def _nowhere(offset: int) -> bool:
    """No offset is reported: the sentence has no attribution cue."""
    return False


def _reported_region(s: Sentence, cues_at: list[tuple[int, int]]) -> Callable[[int], bool]:
    """A test for "is this offset inside reported content": after an
    attribution cue, or before one that ends the sentence ("…, she said.")."""
    if not cues_at:
        return _nowhere
    text = s.text
    after = min((a for a, _ in cues_at), default=None)
    trailing = max(
        (
            a
            for a, b in cues_at
            if len(text[b:].strip(' .,;:!?”"’')) <= 45 and _SHORT_SUBJECT_AFTER_COMMA.search(text[:a])
        ),
        default=None,
    )

    def inside(offset: int) -> bool:
        return (after is not None and offset > after) or (trailing is not None and offset < trailing)

    return inside


def _imperative(s: Sentence, cues: Cues) -> tuple[int, int] | None:
    """The opening verb of advice ("Use loose-leaf tea.", "Never reheat …"),
    after a bullet or list number, in a sentence of three words or more: a
    verb of the vocabulary's list, or any verb in its base form followed by
    what an order takes ("Give the regions a say", "Think about that")."""
    # The first two words, read from the folded words before any token is
    # built: most sentences are ruled out here.
    alnum = (i for i, w in enumerate(s.words) if w[0].isalnum())
    i, j = next(alnum, None), next(alnum, None)
    if i is None or j is None:
        return None
    first, second = s.words[i], s.words[j]
    if first in _SEQUENCE_WORDS and s.words[i + 1 : i + 2] == [","]:
        return _order_after_a_step(s, j, cues)  # "First, look up your address …"
    if not (first.isdigit() or s.text[s.spans[i][0]].isupper()):
        return None
    bulleted = s.text.lstrip()[:1] in _LIST_BULLETS
    if (
        not first.isdigit()
        and not bulleted
        and first not in cues.imperatives.first_words
        and second not in _ORDER_TAKES
        and not second.endswith("ly")
    ):
        return None
    at = [k for k, w in enumerate(s.words) if w[0].isalnum()]
    numbered = s.words[at[0]].isdigit() and _LIST_NUMBER.match(s.text)
    if numbered:
        at = at[1:]
    if len(at) < 3 or s.text.rstrip().endswith("?"):
        return None
    lead, nxt = s.token(at[0]), s.token(at[1])
    if not lead.capitalised:
        return None
    if lead.lower in cues.imperatives.first_words and not s.in_quote(lead.start, lead.end):
        for m in cues.imperatives.finditer(s.text):
            if m.start() == lead.start and m.end() > lead.end:
                return m.span()  # "Ask for …", "Make sure …": the vocabulary's own orders of two words or more
    if nxt.lower.endswith("ly") and s.words[at[2]].endswith("s") and not s.words[at[2]].endswith("ss"):
        return None  # "Demand usually peaks in December": a noun, an adverb, its verb
    if nxt.text[:1].isdigit() or _AND_YOU.search(s.lowered):
        return None  # "• Ward 44 (…): rates up to …": a name and its number; "Break the rule and you can lose …": a warning
    if (
        nxt.lower in _NOT_AFTER_IMPERATIVE
        or (
            nxt.capitalised and not (nxt.text.isupper() and (nxt.lower in _ORDER_TAKES or bulleted))
        )  # "Boil ALL water"
        or s.in_quote(lead.start, lead.end)
        or s.text[lead.end : lead.end + 1] == ","
        or s.text.lstrip().startswith("[")
        or s.words[at[2]] in _VERB_OF_A_SUBJECT
    ):
        return None  # "Never before has…", "Use of force", "Save Our Pier, the group", "Unite, the union,",
        # "Heat pumps are", "[Add a quote here]": a name, a subject, a placeholder
    if lead.lower in cues.imperatives.first_words:
        for m in cues.imperatives.finditer(s.text):
            if m.start() == lead.start:
                return m.span()
    # "Listen carefully to …", "Drive slowly past …": an adverb, then what an order takes
    adverb_then = nxt.lower.endswith("ly") and s.words[at[2]] in _AFTER_AN_ADVERB
    # "• Invest in data before …", "✅ Fight to bring back …": a list item opened by a verb, with no verb of a subject after it.
    listed = (
        bulleted
        and ", which " not in s.text  # "• Build more prison places, which takes five years": an option described
        and _VERB_OF_A_SUBJECT.isdisjoint(_first_clause(s.words, at[1]))  # (not "…, so that parents can see")
        and ":" not in s.words[: at[1] + 3]  # "• Average payout: 661 crowns": a label, then its figure
        and not _LABEL_IN_BRACKETS.match(s.text)  # "• Black bin (general waste): every three weeks"
        and not (adjective(lead.lower) and plural_noun(s.words[at[1]]))  # "• Warm rooms opening in …": a noun phrase
        # "• Smoke alarms cost about £10": a noun, its plural, then their verb
        and not (
            plural_noun(s.words[at[1]])
            and s.words[at[1] + 1 : at[1] + 2] == [s.words[at[2]]]
            and base_verb(s.words[at[2]])
        )
        and not _FIGURE_OF.match(s.text)  # "• Order book of £530 million": a figure's label
        and not _past_verb_of_a_subject(s.words, at[1])  # "- Call bells went unanswered"
    )
    if (
        (numbered or listed or nxt.lower in _ORDER_TAKES or adverb_then)
        and base_verb(lead.lower)
        and lead.lower not in _RARELY_ORDERS
        and not _VERB_AFTER_A_RELATIVE.search(s.text)
    ):
        return lead.start, lead.end
    return None


def _first_clause(words: list[str], start: int) -> list[str]:
    """The words from ``start`` up to a purpose clause (", so that …")."""
    rest = words[start:]
    for k in range(len(rest) - 1):
        if rest[k] == "," and rest[k + 1] == "so":
            return rest[:k]
    return rest


def _order_after_a_step(s: Sentence, k: int, cues: Cues) -> tuple[int, int] | None:
    """The verb after "First," or "Finally," when it opens an order: a verb
    of the vocabulary's list or one in its base form followed by what an
    order takes ("First, look up your address"; not "Then, after a pause")."""
    verb = s.words[k]
    after = s.words[k + 1] if k + 1 < len(s.words) else ""
    if verb in cues.imperatives.first_words or (
        after in _ORDER_TAKES | _AFTER_AN_ADVERB | _PARTICLES and base_verb(verb) and verb not in _RARELY_ORDERS
    ):
        return s.spans[k]
    return None


_SEQUENCE_WORDS = frozenset("first next finally then lastly second third".split())
_PARTICLES = frozenset("up out down in off over back".split())


def _past_verb_of_a_subject(words: list[str], first: int) -> bool:
    """Whether a past verb follows a list item's first word ("- Call bells
    went unanswered"), which makes that word a noun; a participle placing a
    plural noun ("out of tractors left in fields") is no such verb."""
    for k in range(first, len(words)):
        w = words[k]
        if w.endswith("ed") or w in _PAST_TENSE:
            placed = k > first + 1 and plural_noun(words[k - 1]) and k + 1 < len(words) and words[k + 1] in _WHERE_LEFT
            if not placed:
                return True
    return False


_WHERE_LEFT = frozenset("in on at by from outside inside near under overnight unattended".split())


# Words that are verbs only rarely at the start of a sentence ("Even the…", "Still, …").
_RARELY_ORDERS = frozenset(
    "even still just last right further well better open close round like mind near people "
    "less more most lower top second third over under after before down up out off back "
    "about above across behind below beyond past through zero".split()
)
# "2. Design changes, which engineers say ran into the hundreds, had to be approved": the
# opening words are the subject of the verb after the relative clause, no order.
_VERB_AFTER_A_RELATIVE = re.compile(
    r",\s*(?:which|who)\b[^,]*,\s*(?:had|has|have|was|were|is|are|will|would|could|must|did)\b"
    # "Fruit that leaves the plantation green has about three weeks": a noun, its relative clause, its verb
    r"|^\W*[A-Z][a-z]+\s+that\s+[a-z]+s\s+[^,;:]{1,60}?\s(?:has|is|was|had|needs|takes|must)\s"
)
_AND_YOU = re.compile(r"\band\s+you\s+(?:can|could|will|may|might|risk|face)\b")
_FIGURE_OF = re.compile(r"\W*[A-Z][a-z]+\s+[a-z]+\s+of\s+(?:about\s+|around\s+|some\s+)?[$€£¥\d]")
_LIST_NUMBER = re.compile(r"^\W*\d+[.)]\s")
# What follows a verb given as an order: its object or a particle ("Give the", "Think about", "Order today").
_ORDER_TAKES = frozenset(
    "the a an your our their this that these those it them us me him her yourself yourselves "
    "about today now up out down back away more less every each any all someone somebody".split()
)
_AFTER_AN_ADVERB = frozenset("to at in on for with past through into from before after".split())
_VERB_OF_A_SUBJECT = frozenset("is are was were has have had can will would".split())
_LIST_BULLETS = frozenset("•-*▪►✅✔☐")
_PAST_TENSE = frozenset(
    "went came rose fell grew said told made took gave got saw began ran won lost left kept held paid "
    "broke struck sank caught fought flew drove threw wrote spoke stood sold sent built brought bought "
    "found became chose froze shook swept tore blew".split()
)
_NOT_AFTER_IMPERATIVE = frozenset(
    "before has have had was were is are did does of and or for from can will would".split()
)
_STARS = re.compile(
    r"[★☆]{3,}|\b[0-5](?:\.5)?\s*/\s*5\s+stars?\b|\b[0-5]\s+out\s+of\s+5\s+stars\b"
    r"|^\W*(?:[Oo]ur\s+)?(?:[Ss]core|[Rr]ating|[Vv]erdict)\s*:\s*\d+(?:\.5)?\s*(?:/|out\s+of)\s*(?:5|10)\b"
)
# "If you own one, check the label tonight", "…, so wrap up warm": advice
# after a condition or a reason, opened by a verb's base form.
_ORDER_AFTER = re.compile(
    r"(?:^\W*(?:\d+[.)]\s+)?(?:[Ii]f|[Ww]hen|[Uu]nless|[Bb]efore|[Ww]hile)\s[^,;]{3,90},|,\s+so|;)\s+(?P<verb>[a-z]+)\s+(?P<next>[a-z]+)"
)


_ORDER_OPENERS = frozenset("if when unless before while".split())


def _order_after_a_clause(s: Sentence) -> tuple[int, int] | None:
    """Where advice opens after a condition or a reason ("If you bought one,
    check …"; "…, so wrap up warm"), if it does."""
    if ";" not in s.text and "so" not in s.words and _ORDER_OPENERS.isdisjoint(s.words):
        return None  # none of the pattern's openings: no search through the sentence
    m = _ORDER_AFTER.search(s.text)
    if m is None or s.in_quote(m.start("verb")):
        return None
    verb, nxt = m.group("verb"), m.group("next")
    if verb in _RARELY_ORDERS or nxt in _NOT_AFTER_IMPERATIVE or nxt not in _ORDER_TAKES or not base_verb(verb):
        return None
    return m.span("verb")


_INDIRECT_QUESTION = re.compile(
    r"\b(?:out|know|knows|decide|decided|decides|see|ask|asked|unclear|wonder|wondered)\s+(?:which|whether)\s+"
    r"(?:[\w’'\-]+\s+){0,2}$"
)
_PERMISSION = re.compile(r"\W*[A-Z][a-z]+s\s+may\s+(?:not\s+)?(?!be\b|have\b|well\b|prove\b|need\b)[a-z]+")
# "Reality check: …", "The bottom line: …": a news site's labels for its own analysis
# ("Driving the news:", "What's next:" label the facts, and "Yes, but:" often a source's reply: not here).
_STANCE_LABEL = re.compile(
    r"\W*(?P<label>Reality\s+check|(?:The\s+|Our\s+)?[Bb]ottom\s+line|Between\s+the\s+lines|The\s+short\s+version|Translation|"
    r"(?:Our\s+|My\s+)?[Tt]hought\s+bubble)\s*:"
)
_STANCE_REASON = "a label for the writer's own analysis"
# "anyone who has tried … will tell you": common experience, the writer's appeal
# ("Nobody who has waited in that corridor will be surprised": the same appeal, turned round.)
_ANYONE_WILL_TELL = re.compile(
    r"\b[Aa]nyone\s+who\b[^.;“”\"]{3,120}?\bwill\s+(?:tell\s+you|have\s+(?:seen|noticed|heard)|know|recogni[sz]e|"
    r"understand\s+why)\b"
    r"|\b(?:[Nn]obody|[Nn]o\s+one|[Aa]nyone)\s+who\s+has\b[^.;“”\"]{3,120}?\b(?:will|would)\s+(?:not\s+)?be\s+"
    r"(?:surprised|shocked|astonished)\b"
)
_TIMES_AS = re.compile(r"(?:twice|times|half)\s+as\s+$")
_WHO_CANNOT = re.compile(r"\b(?:many|some|most|few|who|they|others|thousands|millions|households|families|people)\s+$")
_MODALS = frozenset("could may might would can will should must".split())  # "probably not" stays a guess
_NEGATED = re.compile(r"\s+(?:not|n't|never)\b")
_HEDGED_FIGURE = re.compile(r"\s+(?:(?:about|around|some|as\s+many\s+as|up\s+to)\s+)?[$€£¥]?\d")


# "Please leave us a review", "Do stay for the curtain call", "Do not feed the gulls".
_REQUEST = re.compile(r"\W*(?:So\s+|And\s+)?(?P<cue>Please|Do)\b,?\s+(?:please,?\s+)?(?:not\s+)?(?P<verb>[a-z]+)\b")
_REQUEST_AFTER = re.compile(r"[,:;]\s+(?P<cue>please)\s+(?:do\s+not\s+|don['’]t\s+)?(?P<verb>[a-z]+)\b")
_NOT_AFTER_DO = frozenset("you we they it he she so not".split())


def _request(s: Sentence) -> tuple[int, int] | None:
    """A request or an emphatic order opening the sentence: "Please" and
    a verb, or "Do" and a verb's base form (not a question: "Do you …?")."""
    m = _REQUEST.match(s.text)
    if m is None and "please" in s.words:
        later = _REQUEST_AFTER.search(s.text)  # "Reminder: please don't post …", "In the meantime, please stay away"
        if later is not None and base_verb(later.group("verb")) and not s.in_quote(later.start("cue")):
            return later.span("cue")
    if m is None or s.text.rstrip().endswith("?"):
        return None
    if m.group("cue") == "Do" and (m.group("verb") in _NOT_AFTER_DO or not base_verb(m.group("verb"))):
        return None
    return m.span("cue")


def not_the_writers(s: Sentence) -> bool:
    """An FAQ question (it heads its answer) or an interview answer ("A:",
    "Wynn: …"): the interviewee's words. (The lines after a speaker's tag are
    judged as written: a presenter's "Hard to argue with, isn't it?")"""
    return _faq(s) or _ANSWER.match(s.paragraph) is not None or source_speaker(s.text, s.voices) is not None


def _faq(s: Sentence) -> bool:
    """A question that heads an answer: an FAQ line or a question standing
    alone as its paragraph."""
    return bool(_FAQ.match(s.text) or _FAQ.match(s.paragraph)) or (
        s.paragraph.strip() == s.text.strip()
        and s.text.rstrip().endswith("?")
        and not _GOES_ON.match(s.text)  # "So who gains, and who pays?": the argument goes on, no heading
    )


# "What, then, is …?", "Is that what a modern health service looks like?"
_GOES_ON = re.compile(
    r"\W*(?:(?:So|Or|And|But|Yet|Then)\b|\w+,\s+(?:then|exactly),|(?:Is|Are|Was|Does|Do|Can|Should)\s+that\b"
    r"|How\s+(?:many\s+more|much\s+longer|long\s+before)\b|Is\s+it\s+(?:really\s+)?too\s+much\b"
    # "Surely a county that found two million can find …?", "Would they?": a jibe, never an FAQ heading
    r"|Surely\b|(?:Would|Will|Could|Did|Does|Do|Is|Was|Are|Were|Has|Have|Can|Should)(?:n[’']t)?\s+"
    r"(?:they|it|he|she|we|you|that|this)\s*\?\s*$"
    # a statement, then its question: "The question they are asking is a fair one: why …?"
    r"|[^?:]{12,}:\s+(?:why|how|what|who|where|when)\b[^?]*\?\s*$"
    # a tag question: "Hard to argue with, isn't it?"
    r"|[^?]*,\s+(?:is|are|was|does|do|did|has|have|can|will|would|should)(?:n[’']t)?\s+(?:it|they|he|she|that|there|we|you)\s*\?\s*$)"
)


# A host introducing themselves or the outlet's own people, or signing off.
_PROGRAMME_AT_WORK = re.compile(
    r"\b(?:I[’']m|I\s+am)\s+(?=[A-Z][a-z]+\s+[A-Z])"  # "Hello, I'm Nell Garvie, and this is Check-Up"
    r"|\b[Ww]ith\s+me,?\s+(?=[A-Z])|\b[Ww]ith\s+me\s+(?:is|are|now|here)\b"  # "with me, Dev Kapadia", "With me is …"
    r"|\bLet[’']s\s+(?:turn|go|head|cross)\s+(?:now\s+)?to\b"  # "Let's turn to our press panel"
    r"|\b(?:all|it)\s+from\s+(?:me|us)\b"  # "That's all from me this week"
    r"|\b[Oo]ur\s+(?:[a-z\-]+\s+){0,2}(?:correspondent|editor|reporter|presenter|producer|panel|guests?)\b"  # "Our media correspondent, …"
)


def _told(s: Sentence, token: Token, cues: Cues) -> bool:
    """ "a source told us": the newsroom as the one told, not the writer's
    view (the first person of the cue definitions is "I", "my", "we", "our")."""
    before = s.lowered[: token.start].split()
    if before and before[-1] == "to":
        before = before[:-1]  # "described to me", "forwarded to us"
    return bool(before) and (before[-1] in cues.verb_lemma or before[-1] in _HANDED_OVER)


# Verbs by which something reached the writer: "a council worker sent me", "forwarded to us".
_HANDED_OVER = frozenset("sent showed shown gave given forwarded passed leaked handed emailed texted".split())
