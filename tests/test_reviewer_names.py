"""One rule for reviewer names wherever a name enters: the command line,
the defaults, and label files being merged."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import select

from annotator.db.models import Annotator
from annotator.exports.columns import LONG_COLUMNS
from annotator.reviewer_names import MAX_REVIEWER_NAME, reviewer_name
from annotator.store import AnnotationStore
from tests.conftest import SAMPLES, write

ACCEPTED = {
    "alice": "alice",
    "  Alice   Smith ": "Alice Smith",
    "Jose\u0301": "José",  # NFC: one name however it was typed
    "Müller-Lüdenscheidt": "Müller-Lüdenscheidt",
    "田中 太郎": "田中 太郎",
    "Ἀθηνᾶ": "Ἀθηνᾶ",
    "محمد": "محمد",
    "Ваня": "Ваня",
    "o'brien [/]": "o'brien [/]",  # markup is shown as text everywhere; the name is fine
    "x" * MAX_REVIEWER_NAME: "x" * MAX_REVIEWER_NAME,
}

REFUSED = {
    "": "reviewer name is empty",
    "   ": "reviewer name is empty",
    "x" * (MAX_REVIEWER_NAME + 1): "reviewer name is longer than 64 characters",
    "n" * 10_000: "reviewer name is longer than 64 characters",
    "a\x00b": "reviewer name 'a\\x00b' has a control character (U+0000)",
    "tab\there": "reviewer name 'tab\\there' has a control character (U+0009)",
    "\x1b]0;pwned\x07": "reviewer name '\\x1b]0;pwned\\x07' has a control character (U+001B)",
    "c1\x9b31m": "reviewer name 'c1\\x9b31m' has a control character (U+009B)",
    "zero\u200bwidth": "reviewer name 'zero\\u200bwidth' has an invisible formatting character (U+200B)",
    "join\u200dme": "reviewer name 'join\\u200dme' has an invisible formatting character (U+200D)",
    "\ufeffbom": "reviewer name '\\ufeffbom' has an invisible formatting character (U+FEFF)",
    "\u202eevil": "reviewer name '\\u202eevil' has an invisible formatting character (U+202E)",
    "soft\u00adhyphen": "reviewer name 'soft\\xadhyphen' has an invisible formatting character (U+00AD)",
    "line\u2028sep": "reviewer name 'line\\u2028sep' has a line separator (U+2028)",
    "para\u2029sep": "reviewer name 'para\\u2029sep' has a paragraph separator (U+2029)",
    "no\u00a0break": "reviewer name 'no\\xa0break' has a space other than the plain space (U+00A0)",
    "\u3164": "reviewer name '\\u3164' has an invisible character (U+3164)",
    "var\ufe0f": "reviewer name 'var\\ufe0f' has an invisible character (U+FE0F)",
    "\ud800": "reviewer name '\\ud800' has a lone surrogate (U+D800)",
    "ａｌｉｃｅ": "reviewer name 'ａｌｉｃｅ' has 'ａ' (U+FF41 FULLWIDTH LATIN SMALL LETTER A), a look-alike of 'a'",
    "𝐚𝐥𝐢𝐜𝐞": "reviewer name '𝐚𝐥𝐢𝐜𝐞' has '𝐚' (U+1D41A MATHEMATICAL BOLD SMALL A), a look-alike of 'a'",
    "ﬁona": "reviewer name 'ﬁona' has 'ﬁ' (U+FB01 LATIN SMALL LIGATURE FI), a look-alike of 'fi'",
    "\u0430lice": "reviewer name 'аlice' mixes Latin and Cyrillic letters, which look alike",
    "\u03bfscar": "reviewer name 'οscar' mixes Latin and Greek letters, which look alike",
}


@pytest.mark.parametrize(("given", "name"), ACCEPTED.items(), ids=range(len(ACCEPTED)))
def test_accepted_names_are_normalised(given: str, name: str) -> None:
    assert reviewer_name(given) == name


@pytest.mark.parametrize(("given", "reason"), REFUSED.items(), ids=range(len(REFUSED)))
def test_refused_names_say_why_in_one_line(given: str, reason: str) -> None:
    with pytest.raises(ValueError) as refused:
        reviewer_name(given)
    assert str(refused.value) == reason and "\n" not in reason


def test_label_applies_the_rule_to_every_way_a_name_is_given(cli, db_target: str, monkeypatch) -> None:
    cli("import", SAMPLES)
    refused = cli("label", "1", "sourced", "--annotator", "zero\u200bwidth")
    assert refused.code == 2
    assert (
        refused.stderr.strip() == "error: reviewer name 'zero\\u200bwidth' has an invisible formatting character "
        "(U+200B)"
    )
    assert cli("label", "1", "sourced", "--annotator", "x" * 201).code == 2
    assert cli("label", "1", "sourced", env={"ANNOTATOR_NAME": "\u0430lice"}).code == 2
    assert cli("adjudicate", "--adjudicator", "a\x1bb").code == 2
    assert cli("label", "1", "sourced", "--annotator", "Jose\u0301").code == 0
    assert cli("label", "2", "opinion", "--annotator", "José").code == 0
    store = AnnotationStore.open(db_target)
    with store.database.read() as session:
        assert session.scalars(select(Annotator.name)).all() == ["José"]
    store.close()


def test_import_labels_applies_the_rule_and_reports_each_offender(cli, db_target: str, tmp_path: Path) -> None:
    cli("import", SAMPLES)
    store = AnnotationStore.open(db_target)
    article = store.articles()[0]
    sentences = store.sentences(article.id)
    store.close()
    # (a NUL in the first 8 KB would make it a binary file, refused as a whole)
    names = ["Jose\u0301", "n" * 10_000, "a\x00b", "zero\u200bwidth", "\u0430lice", " José "]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(LONG_COLUMNS))
    writer.writeheader()
    for i, name in enumerate(names):
        writer.writerow(
            {
                "article_uid": article.uid,
                "sentence_index": i,
                "sentence": sentences[i].text,
                "annotator": name,
                "label": "sourced",
                "labelled_at": "2026-01-01T00:00:00Z",
            }
        )
    path = write(tmp_path / "names.csv", out.getvalue())
    result = cli("import-labels", path)
    assert result.code == 1
    assert result.stderr.splitlines() == [
        f"error: {path}:3: reviewer name is longer than 64 characters",
        f"error: {path}:4: reviewer name 'a\\x00b' has a control character (U+0000)",
        f"error: {path}:5: reviewer name 'zero\\u200bwidth' has an invisible formatting character (U+200B)",
        f"error: {path}:6: reviewer name 'аlice' mixes Latin and Cyrillic letters, which look alike",
    ]
    assert "2 imported, 0 updated, 0 unchanged, 4 skipped." in result.stdout
    store = AnnotationStore.open(db_target)
    with store.database.read() as session:
        assert session.scalars(select(Annotator.name)).all() == ["José"]
    store.close()
