"""Remake ``vocabulary/<language>.verb_forms.json``, the table of verb forms
(see ``annotator.hints.verb_forms``), from lemminflect:

    python -m annotator.hints.make_verb_forms [LANGUAGE]
"""

from __future__ import annotations

import json
import sys
from typing import Any

from annotator.hints.verb_forms import VOCABULARY, inflections, lemminflect_forms, table_path

# The vocabulary lists whose entries are verb lemmas.
VERB_LISTS = ("reporting_verbs", "vague_verbs")


def build_table(vocabulary: dict[str, Any]) -> dict[str, list[str]]:
    """The table for a vocabulary: the forms lemminflect gives each head
    verb of its verb lists (and their "-ize" spellings)."""
    table: dict[str, list[str]] = {}

    def recorded(verb: str) -> list[str]:
        table[verb] = lemminflect_forms(verb)
        return table[verb]

    inflections([lemma for key in VERB_LISTS for lemma in vocabulary[key]], recorded)
    return dict(sorted(table.items()))


def main(language: str = "en") -> None:
    """Remake the table from the package's vocabulary (not the user's)."""
    vocabulary = json.loads((VOCABULARY / f"{language}.json").read_text(encoding="utf-8"))
    table = build_table(vocabulary)
    # One verb a line, so a change to the vocabulary is a readable diff.
    lines = ",\n".join(f"{json.dumps(verb)}: {json.dumps(forms)}" for verb, forms in table.items())
    table_path(language).write_text("{\n" + lines + "\n}\n", encoding="utf-8")
    print(f"wrote {table_path(language)}")


if __name__ == "__main__":
    main(*sys.argv[1:])
