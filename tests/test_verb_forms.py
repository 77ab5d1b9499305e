"""The shipped table of verb forms is what lemminflect gives, the cues built
from it are the ones lemminflect would build, and a verb not in it (a
user's own) is still inflected."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from annotator.hints.cues import VOCABULARY, load_cues, read_vocabulary
from annotator.hints.make_verb_forms import build_table
from annotator.hints.verb_forms import inflections, lemminflect_forms, table_path, verb_forms

ROOT = Path(__file__).resolve().parents[1]


def test_the_table_is_what_lemminflect_gives() -> None:
    vocabulary = json.loads((VOCABULARY / "en.json").read_text(encoding="utf-8"))
    shipped = json.loads(table_path("en").read_text(encoding="utf-8"))
    assert shipped == build_table(vocabulary), "run python -m annotator.hints.make_verb_forms"


def test_cues_are_the_ones_lemminflect_would_build() -> None:
    vocabulary = read_vocabulary()
    cues = load_cues()
    assert cues.verb_lemma == inflections(vocabulary["reporting_verbs"], lemminflect_forms)
    assert cues.vague_verb_forms == frozenset(
        inflections(vocabulary["vague_verbs"] + vocabulary["reporting_verbs"], lemminflect_forms)
    )
    assert cues.verb_lemma["told"] == "tell" and cues.verb_lemma["pointed out"] == "point out"


def test_a_verb_not_in_the_table_is_inflected() -> None:
    assert "livestreamed" in verb_forms("livestream")
    assert {"criticised", "criticized"} <= set(inflections(["criticise"]))


def test_hints_need_no_lemminflect_for_the_vocabulary() -> None:
    code = (
        "import sys; from annotator.hints import sentence_hints;"
        "print(sentence_hints('Officials told reporters the plan would probably fail.'));"
        "print('lemminflect' in sys.modules, 'numpy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "told" in done.stdout.splitlines()[0]
    assert done.stdout.splitlines()[-1] == "False False"
