"""The default codebook: the four labels of the guidelines (from the
``Label`` enum), their keys, styles, descriptions and examples, the order
the guidelines check them in, and the guidelines text. A database that
stores no codebook uses this one."""

from __future__ import annotations

from typing import TypedDict

from annotator.db.codebook import Codebook, LabelSpec
from annotator.db.labels import Label

GUIDELINES = """\
Labels describe **how the article presents support** for the sentence's main
content, not whether the content is true. Read each sentence in the context
of its paragraph; headings, bullet items and FAQ lines count too.
Apply the **first** rule that fits, in this order:
suspicious → sourced → opinion → unsourced
(the order of checking, not of the keys).

**First, suspicious** — a red flag about the support itself:

- a named person whose name or role does not fit (right surname, wrong first
  name; two real people blended into one; someone else's title);
- an "expert" with a title, university or think tank who cannot be traced;
- a direct quote nobody can be found to have said;
- leftovers of machine generation (chatbot asides, invented references).

A missing source alone is never suspicious: that is unsourced. Say why in a note.

**Then, sourced** — the main content is attributed to an identifiable source (a
named person, organisation, office, document or data set) through a cue: said,
told, wrote, "according to", or quotation marks tied to a speaker. A named
person's quoted opinion is sourced, not opinion.

**Then, opinion** — the writer's or outlet's own judgement, speculation,
prediction, recommendation, rhetorical question, sarcasm or loaded label:
nothing that could be shown true or false.

**Otherwise, unsourced** — a checkable statement (numbers, events, claims about
people or institutions) with no identifiable source in the sentence or its
paragraph, or only a vague one: "analysts note", "experts believe", "critics
say", "according to reports".

**Edge cases**

- Loaded verbs ("claimed", "admitted") keep a sentence sourced.
- A fact with an evaluative word ("the disastrous plan cut 3,000 jobs"): label
  the checkable core (here unsourced).
- Attribution later in the same paragraph: sourced.
- An anonymous but described source ("a senior official who spoke on
  condition of anonymity"): sourced, with a note.
- A prediction in the writer's voice ("will likely"): opinion; the same
  prediction from a named forecaster: sourced.

**Examples**

- "Water Commissioner Daniel Reyes said the authority had negotiated a fixed
  price." → sourced
- "Critics say the plant will double household water bills." → unsourced
- "Of course it is nothing of the sort." → opinion
- "Daniel Okafor, the city's water commissioner …", when the commissioner is
  Daniel Reyes and the mayor Helena Okafor → suspicious
"""


class _LabelFields(TypedDict):
    """A default label's fields besides its value and name."""

    key: str
    alt_key: str
    style: str
    description: str
    examples: tuple[str, ...]


_LABELS: dict[Label, _LabelFields] = {
    Label.SOURCED: dict(
        key="1",
        alt_key="s",
        style="bold $text-success",
        description="The main content is attributed to an identifiable source (a named person, organisation, "
        'office, document or data set) through a cue: said, told, wrote, "according to", or '
        "quotation marks tied to a speaker.",
        examples=("Water Commissioner Daniel Reyes said the authority had negotiated a fixed price.",),
    ),
    Label.UNSOURCED: dict(
        key="2",
        alt_key="u",
        style="bold $text-warning",
        description="A checkable statement with no identifiable source in the sentence or its paragraph, or "
        'only a vague one ("analysts note", "critics say").',
        examples=("Critics say the plant will double household water bills.",),
    ),
    Label.OPINION: dict(
        key="3",
        alt_key="o",
        style="bold $text-primary",
        description="The writer's or outlet's own judgement, speculation, prediction, recommendation, "
        "rhetorical question, sarcasm or loaded label: nothing that could be shown true or false.",
        examples=("Of course it is nothing of the sort.",),
    ),
    Label.SUSPICIOUS: dict(
        key="4",
        alt_key="x",
        style="bold reverse $error",
        description="A red flag about the support itself: a name or role that does not fit, an untraceable "
        "expert, a quote nobody said, leftovers of machine generation. Say why in a note.",
        examples=("Daniel Okafor, the city's water commissioner …, when the commissioner is Daniel Reyes",),
    ),
}

DEFAULT_CODEBOOK = Codebook(
    labels=tuple(LabelSpec(value=label.value, name=label.value, **spec) for label, spec in _LABELS.items()),
    decision_order=(Label.SUSPICIOUS.value, Label.SOURCED.value, Label.OPINION.value, Label.UNSOURCED.value),
    guidelines=GUIDELINES,
)
