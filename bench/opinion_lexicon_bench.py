"""Which list of evaluative words finds the writer's opinion best: ours
(annotator/hints/vocabulary/en.json), a well-kept lexicon shipped in a pip
package (TextBlob's subjectivity lexicon, VADER's valence lexicon), or ours
with one of them added. Measured on the tuning part of the development set
and on the two studied blind sets (tests/data/hints/fresh, fresh2; the
held-out sets are not used to choose): opinion_marker precision and recall
by sentence, and implied-label accuracy.

    pip install textblob vaderSentiment   # only for this comparison
    python bench/opinion_lexicon_bench.py
"""

from __future__ import annotations

import dataclasses
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.hints import load_cues, sentence_hints  # noqa: E402
from annotator.hints.cues import PhraseSet, read_vocabulary  # noqa: E402
from annotator.hints.evaluation import score  # noqa: E402
from bench.hints_bench import STUDIED, dev_parts, gold_set  # noqa: E402


def textblob_words() -> list[str] | None:
    """Adjectives TextBlob's lexicon rates strongly subjective and strongly
    positive or negative (subjectivity >= 0.8, |polarity| >= 0.5)."""
    try:
        import textblob
    except ImportError:
        return None
    root = ET.parse(Path(textblob.__file__).parent / "en" / "en-sentiment.xml").getroot()
    return sorted(
        {w.get("form") for w in root if float(w.get("subjectivity")) >= 0.8 and abs(float(w.get("polarity"))) >= 0.5}
    )


def vader_words() -> list[str] | None:
    """Words VADER rates strongly positive or negative (|valence| >= 2)."""
    try:
        import vaderSentiment
    except ImportError:
        return None
    words = []
    for line in (Path(vaderSentiment.__file__).parent / "vader_lexicon.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) > 1 and parts[0].isalpha() and abs(float(parts[1])) >= 2.0:
            words.append(parts[0])
    return words


def main() -> None:
    tuning, _, registry = dev_parts()
    ours = read_vocabulary()["evaluative_words"]
    options = {"ours": ours}
    for name, words in (("textblob", textblob_words()), ("vader", vader_words())):
        if words is not None:
            options[name] = words
            options[f"ours+{name}"] = ours + words
    base = load_cues()
    parts = {"tuning": (tuning, registry)}
    parts.update({folder.name: found for folder in STUDIED if (found := gold_set(folder))})
    result: dict = {}
    for part_name, (articles, reg) in parts.items():
        for name, words in options.items():
            cues = dataclasses.replace(base, evaluative=PhraseSet(words))
            part = score(
                articles,
                lambda s, a, cues=cues, reg=reg: sentence_hints(
                    s.text, s.paragraph, registry=reg, published=a.published, cues=cues
                ),
            )
            opinion = part["kinds"]["opinion_marker"]
            result.setdefault(part_name, {})[name] = {
                "words": len(words),
                "opinion_precision": opinion["precision"],
                "opinion_recall": opinion["recall"],
                "implied_label_accuracy": part["implied_label_accuracy"],
            }
    print(json.dumps({"benchmark": "opinion_lexicon", "parts": result}))


if __name__ == "__main__":
    main()
