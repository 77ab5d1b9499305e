"""The export-format registry is what the writer, the command line and the
manifest agree on."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from annotator.exports.formats import FORMATS, GOLD_LABELS, REVIEWER_LABELS, export_format
from tests.conftest import SAMPLES


@pytest.mark.parametrize("name", list(FORMATS))
def test_every_registered_format_writes_the_columns_the_registry_names(cli, tmp_path: Path, name: str) -> None:
    cli("import", SAMPLES)
    cli("label", "2", "sourced", "--annotator", "alice")
    cli("label", "2", "opinion", "--annotator", "bob")
    out = tmp_path / f"out.{name}"
    result = cli("export", out, "--format", name)
    assert result.code == 0, result.stderr
    form = FORMATS[name]
    text = out.read_text(encoding="utf-8")
    if form.json_lines:
        header = tuple(json.loads(text.splitlines()[0]))
    else:
        header = tuple(next(csv.reader(text.splitlines())))
    assert header == form.columns(["alice", "bob"])


def test_an_unknown_format_names_the_registered_ones(cli, tmp_path: Path) -> None:
    result = cli("export", tmp_path / "x.csv", "--format", "xlsx")
    assert result.code == 2
    assert "unknown format 'xlsx'" in result.stderr and "long|wide|dataset|jsonl" in result.stderr
    with pytest.raises(ValueError, match="expected long"):
        export_format("xlsx")


def test_help_lists_every_format(cli) -> None:
    shown = " ".join(cli("export", "--help").stdout.split())
    assert " | ".join(FORMATS) in shown


def test_each_format_says_what_import_labels_takes_back() -> None:
    assert {n for n, f in FORMATS.items() if f.reimports == REVIEWER_LABELS} == {"long", "jsonl"}
    assert {n for n, f in FORMATS.items() if f.reimports == GOLD_LABELS} == {"wide", "dataset"}
