"""Hostile JSON and file names on `import`: each bad file (or record) is one
clear line naming it, the rest of the folder is still imported, and nothing
reaches the user as a traceback (on both engines: PostgreSQL's JSON column
is stricter than SQLite's text)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.conftest import write

DEEP = "[" * 100_000 + "]" * 100_000
DIGITS = "9" * 5_000


def hostile_json(folder: Path) -> dict[str, str]:
    """file name -> the reason it is rejected (the whole file, or its only record)."""
    cases = {
        "deep.json": (DEEP, "JSON nested more than 64 levels deep"),
        "deep_meta.json": ('{"text": "Deep\\nMeta.", "extra": ' + DEEP + "}", "JSON nested more than 64 levels deep"),
        "deep_65.json": (
            '{"text": "Deep\\nMeta.", "extra": ' + "[" * 65 + "]" * 65 + "}",
            "JSON nested more than 64 levels deep",
        ),
        "digits.json": ('{"text": "Digits\\nHere.", "n": ' + DIGITS + "}", "a number with 5000 digits (at most 1000)"),
        "float_digits.json": (
            '{"text": "Digits\\nHere.", "n": ' + DIGITS + ".5}",
            "a number too large to store (" + DIGITS[:12] + "…)",
        ),
        "huge_exponent.json": ('{"text": "Huge\\nHere.", "n": 1e999}', "a number too large to store (1e999)"),
        "nan.json": ('{"text": "NaN\\nHere.", "n": NaN}', "NaN is not a JSON value"),
        "surrogate_text.json": (
            '{"text": "Lone \\ud800 here.\\nMore."}',
            "not valid Unicode: a lone surrogate \\ud800 in a string",
        ),
        "surrogate_meta.json": (
            '{"text": "Meta\\nHere.", "author": "\\udfff"}',
            "not valid Unicode: a lone surrogate \\udfff in a string",
        ),
        "surrogate_key.json": (
            '{"text": "Key\\nHere.", "\\ud800": 1}',
            "not valid Unicode: a lone surrogate \\ud800 in a string",
        ),
    }
    for name, (content, _reason) in cases.items():
        write(folder / name, content)
    jsonl = [
        json.dumps({"text": "Feed one\nFine."}),
        '{"text": "Feed deep", "x": ' + DEEP + "}",
        '{"text": "Feed digits", "x": ' + DIGITS + "}",
        '{"text": "Feed \\ud800 surrogate"}',
        '{"title": "\\udc00", "text": "Feed title\\nSurrogate."}',
        json.dumps({"text": "Feed two\nFine, with a real pair \U0001f600."}, ensure_ascii=True),
    ]
    write(folder / "feed.jsonl", "\n".join(jsonl) + "\n")
    return {name: reason for name, (_content, reason) in cases.items()}


def test_hostile_json_is_one_line_each_and_the_rest_imports(cli, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    expected = hostile_json(folder)
    write(folder / "zz_last.txt", "The last story\nIt is imported.")
    write(
        folder / "ok.json",
        json.dumps(
            {
                "text": "Fine numbers\nAll good.",
                "n": 12345678901234567890,
                "f": 0.5,
                "nested": [[[{"a": 1}]]],
                "emoji": "\U0001f600",
            },
            ensure_ascii=True,
        ),
    )
    result = cli("import", folder, "--json")
    assert result.code == 1, result.stderr
    assert "Traceback" not in result.stderr
    doc = result.json()
    reasons = [(Path(r["path"]).name, r["reason"]) for r in doc["rejected"]]
    assert sorted(reasons) == sorted(
        [(name, reason) for name, reason in expected.items()]
        + [
            ("feed.jsonl", "line 2: JSON nested more than 64 levels deep"),
            ("feed.jsonl", "line 3: a number with 5000 digits (at most 1000)"),
            ("feed.jsonl", "line 4: not valid Unicode: a lone surrogate \\ud800 in a string"),
            ("feed.jsonl", "line 5: not valid Unicode: a lone surrogate \\udc00 in a string"),
        ]
    )
    assert len(result.stderr.strip().splitlines()) == len(doc["rejected"])
    titles = sorted(a["title"] for a in doc["imported"])
    assert titles == ["Feed one", "Feed two", "Fine numbers", "The last story"]
    [feed_two] = [a for a in doc["imported"] if a["title"] == "Feed two"]
    sentences = cli("sentences", str(feed_two["id"]), "--json").json()
    assert "\U0001f600" in json.dumps(sentences, ensure_ascii=False)  # a valid surrogate pair is one character


def test_a_file_name_that_is_not_utf8_is_rejected_and_the_folder_goes_on(cli, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write(folder / "a_first.txt", "The first story\nFine.")
    bad = os.fsdecode(os.fsencode(folder) + b"/b_bad\xff name.txt")
    with open(os.fsencode(bad), "wb") as handle:
        handle.write(b"Bad name story\nThe text itself is fine.")
    write(folder / "c_last.txt", "The last story\nFine too.")
    os.mkdir(os.fsencode(folder) + b"/d_folder\xfe")
    in_bad_folder = os.fsdecode(os.fsencode(folder) + b"/d_folder\xfe/story.txt")
    with open(os.fsencode(in_bad_folder), "wb") as handle:
        handle.write(b"In a badly named folder\nFine text.")
    result = cli("import", folder, "--json")
    assert result.code == 1 and "Traceback" not in result.stderr
    doc = result.json()
    assert doc["rejected"] == [
        {"path": bad, "reason": "file name is not valid UTF-8 (b_bad\\xff name.txt): rename it to import it"},
        {
            "path": in_bad_folder,
            "reason": f"folder name is not valid UTF-8 ({folder}/d_folder\\xfe): rename it to import it",
        },
    ]
    assert [a["title"] for a in doc["imported"]] == ["The first story", "The last story"]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith("error: ") and "b_bad\\xff name.txt" in lines[0]
