"""Hints: each cue kind, opinion markers only in the writer's voice, the name
checks against a registry, the cue file users extend, and the commands."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from annotator.hints import KINDS, Person, Registry, Role, load_cues, sentence_hints
from annotator.hints.evaluation import implied_label
from tests.conftest import SAMPLES, write

DATA = Path(__file__).parent / "data" / "hints"
REGISTRY = Registry(
    [
        Person("Helena Okafor", roles=(Role("Mayor", "Harrow Bay", "2022-05-01"),)),
        Person("Daniel Reyes", roles=(Role("Water Commissioner", "Harrow Bay Water Authority", "2023-01-01"),)),
        Person("Scott Bessent", roles=(Role("Secretary of the Treasury", "U.S. Treasury", "2025-01-28"),)),
        Person("Howard Lutnick", roles=(Role("Secretary of Commerce", "U.S. Department of Commerce", "2025-02-21"),)),
        Person("Marco Rubio", roles=(Role("Secretary of State", "U.S. Department of State", "2025-01-21"),)),
        Person("Shinzo Abe", roles=(Role("Prime Minister", "Japan", "2012-12-26", "2020-09-16"),)),
    ]
)


def kinds(text: str, paragraph: str | None = None, **kwargs) -> list[tuple[str, str]]:
    return [(h.kind, h.cue) for h in sentence_hints(text, paragraph, registry=REGISTRY, **kwargs)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Water Commissioner Daniel Reyes said the price was fixed.",
            {("attribution", "said"), ("name_verified", "Daniel Reyes")},
        ),
        (
            "Critics say the plant will double bills.",
            {("vague_attribution", "Critics say"), ("unsourced_figure", "will double")},
        ),
        ("It is widely believed that prices will rise.", {("vague_attribution", "It is widely believed")}),
        ("According to reports, Japan will buy more.", {("vague_attribution", "According to reports")}),
        ("In reality, the council chose an easy answer.", {("opinion_marker", "In reality")}),
        ("We should be asking why.", {("opinion_marker", "We"), ("opinion_marker", "should")}),
        ("China accounts for about 70 per cent of mining.", {("unsourced_figure", "70 per cent")}),
        ("The plant costs $1.2 billion.", {("unsourced_figure", "$1.2 billion")}),
        (
            "“Nobody will ever pay for water again, not this year.”",
            {("quote_without_speaker", "“Nobody will ever pay for water again, not this year.”")},
        ),
        (
            "It was praised by a senior fellow at the Institute.",
            {("attribution", "praised"), ("authority_frame", "senior fellow")},
        ),
    ],
)
def test_cue_kinds(text: str, expected: set) -> None:
    assert set(kinds(text)) == expected


def test_a_question_in_the_writers_voice() -> None:
    paragraph = "The council spent nothing on pipes. Who decided that pipes were boring?"
    assert kinds("Who decided that pipes were boring?", paragraph) == [("opinion_marker", "?")]


def test_opinion_words_inside_quotes_are_not_the_writers() -> None:
    text = "“We must clearly act,” the mayor said."
    assert not any(k == "opinion_marker" for k, _ in kinds(text))


def test_a_quote_whose_speaker_is_in_the_paragraph_is_fine() -> None:
    paragraph = "“This plant secures our water,” Mayor Helena Okafor told reporters. “We will not be rationing again.”"
    assert kinds("“We will not be rationing again.”", paragraph) == []


def test_offsets_point_at_the_cue() -> None:
    text = "Experts believe the pact has motives, Mayor Helena Okafor said."
    for hint in sentence_hints(text, registry=REGISTRY):
        assert text[hint.start : hint.end] == hint.cue
        assert hint.kind in KINDS and hint.reason


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("Mayor Helena Okafor said so.", "name_verified", "Mayor (Harrow Bay)"),
        ("Marco Lutnick – Trump’s commerce secretary and architect of the deal.", "possible_blend", "Marco Rubio"),
        ("Daniel Okafor, the city’s water commissioner, negotiated it.", "possible_blend", "Daniel Reyes"),
        ("Paul Lutnick, the secretary, said it.", "name_mismatch", "surname of Howard Lutnick"),
        ("Scot Besent said it was fine.", "possible_misspelling", "close to Scott Bessent"),
        (
            "“It changes everything,” said Dr. Emily Hartwell, an Asia policy expert at a university.",
            "unverified_expert",
            "not in the registry",
        ),
        ("Commerce Secretary Scott Bessent said so.", "role_mismatch", "Secretary of the Treasury"),
    ],
)
def test_name_checks(text: str, kind: str, words: str) -> None:
    found = [h for h in sentence_hints(text, registry=REGISTRY) if h.kind == kind]
    assert found and words in found[0].reason, sentence_hints(text, registry=REGISTRY)


def test_roles_follow_the_article_date() -> None:
    text = "Prime Minister Shinzo Abe said the talks went well."
    assert [
        h.kind
        for h in sentence_hints(text, registry=REGISTRY, published=date(2019, 5, 1))
        if "name" in h.kind or "role" in h.kind
    ] == ["name_verified"]
    later = sentence_hints(text, registry=REGISTRY, published=date(2025, 10, 28))
    mismatch = [h for h in later if h.kind == "role_mismatch"]
    assert mismatch and "no role on the article's date" in mismatch[0].reason  # a past role no longer counts
    former = sentence_hints(
        "Former Prime Minister Shinzo Abe said so.", registry=REGISTRY, published=date(2025, 10, 28)
    )
    assert "name_verified" in {h.kind for h in former}


def test_unknown_names_outside_an_authority_frame_are_not_flagged() -> None:
    assert kinds("Councillor Tomás Ferreira said it was wrong.") == [("attribution", "said")]


def test_users_extend_the_cue_file(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "annotator" / "cues"
    folder.mkdir(parents=True)
    (folder / "en.json").write_text(json.dumps({"vague_sources": ["pundits"], "opinion_adverbs": ["shockingly"]}))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    load_cues.cache_clear()
    try:
        text = "Pundits say it is shockingly late."
        found = {(h.kind, h.cue) for h in sentence_hints(text, cues=load_cues())}
        assert ("vague_attribution", "Pundits say") in found and ("opinion_marker", "shockingly") in found
    finally:
        load_cues.cache_clear()


def test_implied_labels_follow_the_decision_order() -> None:
    text = "“It works,” said Dr. Emily Hartwell, an expert at a university."
    assert implied_label(sentence_hints(text, registry=REGISTRY)) == "suspicious"
    assert implied_label(sentence_hints("Mayor Helena Okafor said so.", registry=REGISTRY)) == "sourced"
    assert implied_label(sentence_hints("Critics say it is bad.", registry=REGISTRY)) == "unsourced"


def test_seed_corpus_flags(seeds: Path) -> None:
    """The misnamed secretary, the untraceable expert and the vague analysts
    are flagged; Bessent's sourced sentence is not a problem."""
    from bench.hints_bench import seed_flags

    assert seed_flags() == {
        "misnamed commerce secretary": True,
        "untraceable expert": True,
        "vague analysts": True,
        "Bessent not a problem": True,
    }


# --- commands --------------------------------------------------------------------------------


def test_hints_json(cli) -> None:
    cli("import", SAMPLES)
    cli("registry", "import", SAMPLES.parent / "registry.csv")
    doc = cli("hints", "3", "--json").json()
    assert doc and set(doc[0]) == {"sentence_id", "sentence_index", "start", "end", "kind", "cue", "reason"}
    by_kind = {(h["sentence_index"], h["kind"]) for h in doc}
    assert (5, "possible_blend") in by_kind  # "Daniel Okafor"
    assert (3, "unverified_expert") in by_kind  # "Dr. Miriam Castellane"
    assert (18, "vague_attribution") in by_kind  # "Analysts note"
    assert "possible_blend" in cli("hints", "3").stdout


def test_registry_commands(cli, tmp_path: Path) -> None:
    added = cli(
        "registry",
        "add",
        "Howard Lutnick",
        "--title",
        "Secretary of Commerce",
        "--org",
        "US Commerce",
        "--from",
        "2025-02-21",
        "--alias",
        "Howard W. Lutnick",
        "--annotator",
        "dana",
    )
    assert added.code == 0 and "Added Howard Lutnick." in added.stdout
    assert "Updated" in cli("registry", "add", "Howard Lutnick", "--note", "checked the agency site").stdout
    bad_csv = tmp_path / "people.csv"
    bad_csv.write_text(
        "name,aliases,title,organisation,from,to,note\n"
        "Marco Rubio,Rubio,Secretary of State,US State,2025-01-21,,\n"
        ",,,,,,\n"
        "Nobody Known,,Adviser,,last year,,\n",
        encoding="utf-8",
    )
    imported = cli("registry", "import", bad_csv)
    assert imported.code == 1 and "1 added, 0 updated, 1 skipped." in imported.stdout
    assert imported.stderr.strip() == f"error: {bad_csv}:4: 'last year' is not a date (YYYY-MM-DD)"
    people = cli("registry", "list", "--json").json()
    assert [p["name"] for p in people] == ["Howard Lutnick", "Marco Rubio"]
    assert people[0]["aliases"] == ["Howard W. Lutnick"] and people[0]["note"] == "checked the agency site"
    assert people[0]["roles"] == [
        {"title": "Secretary of Commerce", "organisation": "US Commerce", "from": "2025-02-21", "to": None}
    ]
    assert cli("registry", "remove", "Marco Rubio").code == 0
    missing = cli("registry", "remove", "Marco Rubio")
    assert missing.code == 1 and "no person called 'Marco Rubio'" in missing.stderr
    assert cli("registry", "add", "X", "--from", "2025-13-40").code == 2
    assert cli("registry", "add", "X", "--org", "Y").code == 2


def test_hints_command_shows_each_sentence_above_its_hints(cli) -> None:
    cli("import", SAMPLES)
    before = cli("hints", "3")
    assert before.code == 0 and "name checks off: the registry is empty" in before.stdout
    cli("registry", "import", SAMPLES.parent / "registry.csv")
    out = cli("hints", "3").stdout
    assert "name checks off" not in out
    lines = out.splitlines()
    heading = next(i for i, line in enumerate(lines) if line.startswith("#2 Deputy Mayor Tomás Ferreira says"))
    below = "\n".join(lines[heading + 1 : heading + 4])
    assert "role_mismatch  Tomás Ferreira" in below
    assert any(line.startswith("#7 “Nobody will ever pay for water again.”") for line in lines)


def test_a_scripts_own_reporter_needs_sources_but_its_guests_are_sources(cli, tmp_path: Path) -> None:
    script = write(
        tmp_path / "arts_tonight.txt",
        "Arts Tonight: the Lyceum's grant\n\n"
        "PRESENTER: Our arts correspondent, Nell Quarrie, has been to the Lyceum.\n\n"
        "QUARRIE: The theatre sold 41,000 tickets last year, more than ever before.\n\n"
        "DARIUS HOLT: We will have to close the studio space if the grant goes.\n",
    )
    cli("import", script)
    doc = cli("hints", "1", "--json").json()
    by_sentence: dict[int, set[str]] = {}
    for h in doc:
        by_sentence.setdefault(h["sentence_index"], set()).add(h["kind"])
    texts = {s["index"]: s["text"] for s in cli("sentences", "1", "--json").json()}
    reporter = next(i for i, t in texts.items() if t.startswith("QUARRIE:"))
    guest = next(i for i, t in texts.items() if t.startswith("DARIUS HOLT:"))
    assert "attribution" not in by_sentence.get(reporter, set()) and "unsourced_figure" in by_sentence[reporter]
    assert "attribution" in by_sentence[guest]


def test_hints_command_rejects_a_missing_article(cli) -> None:
    result = cli("hints", "99")
    assert result.code == 1 and "99" in result.stderr and "Traceback" not in result.stderr


def test_a_bad_registry_row_with_markup_is_reported_as_text(cli, tmp_path: Path) -> None:
    people = tmp_path / "people.csv"
    people.write_text(
        "name,aliases,title,organisation,from,to,note\n[/]Nobody,,Adviser,,[b]soon[/b],,\n", encoding="utf-8"
    )
    result = cli("registry", "import", people)
    assert result.code == 1 and "Traceback" not in result.stderr
    assert "'[b]soon[/b]' is not a date" in result.stderr


def test_labelled_articles_numbered_past_99_are_loaded_in_number_order(tmp_path):
    from annotator.hints.evaluation import load_gold_articles

    article = {
        "title": "T",
        "published": "2025-01-02",
        "paragraphs": [[{"text": "It rained.", "label": "unsourced", "cues": []}]],
    }
    for name in ("101_late.json", "99_early.json", "100_middle.json", "notes.json"):
        (tmp_path / name).write_text(json.dumps(article), encoding="utf-8")
    loaded = load_gold_articles(tmp_path)
    assert [a.name for a in loaded] == ["99_early", "100_middle", "101_late"]
    assert [a.number for a in loaded] == [99, 100, 101]
    assert loaded[2].sentences[0].label == "unsourced"


def test_preloaded_hint_machinery_is_kept_out_of_full_collections() -> None:
    """The review screen preloads the vocabulary, the lexicon and the fuzzy
    matcher; a full garbage collection must not walk them every time."""
    import gc

    from annotator.hints.preload import preload

    cues = preload()
    tracked = {id(o) for o in gc.get_objects()}
    assert id(cues) not in tracked and id(cues.verb_lemma) not in tracked
    assert sentence_hints("Officials said 4,000 jobs were lost.", cues=cues)  # and hints still work
    frozen = gc.get_freeze_count()
    assert preload() is cues and gc.get_freeze_count() == frozen  # each article opened does not freeze again
