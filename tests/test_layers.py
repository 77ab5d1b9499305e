"""Layer rules: the headless modules never load Textual (so scripts and
`annotator export` start fast), and db/exports never import the app."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_headless_modules_do_not_load_textual() -> None:
    code = (
        "import sys, db, db.crud, db.database, db.bulk, exports, exports.writer, exports.source, exports.agreement,"
        " exports.agreement_report, exports.manifest, exports.target, annotator.termination, annotator.ingest,"
        " annotator.store, annotator.cli,"
        " annotator.exporting, annotator.label_import, annotator.label_writer, annotator.review_session,"
        " annotator.sentence_search, annotator.next_article, annotator.tui.list_columns;"
        "print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


def _imports(package: str) -> set[str]:
    found: set[str] = set()
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module.split(".")[0])
    return found


def test_db_imports_no_other_project_package() -> None:
    assert not _imports("db") & {"annotator", "exports", "textual", "typer", "rich"}


def test_exports_never_imports_the_app_or_ui() -> None:
    assert not _imports("exports") & {"annotator", "textual", "typer"}


# --- one data-access layer: db/ owns the engine and the table names ---------------------------

_TABLES = ("article", "sentence", "annotator", "annotation", "label_event", "gold_label", "setting", "person",
           "person_role", "codebook", "codebook_label")
_SQL_NAMING_A_TABLE = re.compile(
    r"\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+\"?(?:" + "|".join(_TABLES) + r")\"?(?:\s|$|\(|,|;)")  # SQL as written here
# db/ modules that send SQL text (for speed) and build it from db.tables through db.names.
_RAW_SQL_MODULES = ("bulk.py", "batch_labels.py", "crud.py", "label_merge.py", "label_writes.py", "lookups.py",
                    "raw_connection.py", "settings.py", "gold_merge.py")


def _strings(path: Path) -> list[tuple[int, str]]:
    return [(node.lineno, node.value) for node in ast.walk(ast.parse(path.read_text()))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def _outside_db() -> list[Path]:
    return sorted(p for package in ("annotator", "exports") for p in (ROOT / package).rglob("*.py"))


def test_nothing_outside_db_touches_the_engine() -> None:
    found = [f"{path.relative_to(ROOT)}:{node.lineno}" for path in _outside_db()
             for node in ast.walk(ast.parse(path.read_text()))
             if isinstance(node, ast.Attribute) and node.attr in ("engine", "raw_connection")]
    assert found == []


def test_nothing_outside_db_writes_table_names_in_sql() -> None:
    found = [f"{path.relative_to(ROOT)}:{line}: {text!r}" for path in _outside_db()
             for line, text in _strings(path) if _SQL_NAMING_A_TABLE.search(text)]
    assert found == []


def test_db_sql_text_takes_its_names_from_the_tables() -> None:
    found = [f"db/{name}:{line}: {text!r}" for name in _RAW_SQL_MODULES
             for line, text in _strings(ROOT / "db" / name) if _SQL_NAMING_A_TABLE.search(text)]
    assert found == []


def test_the_check_finds_a_table_name_in_sql() -> None:
    assert _SQL_NAMING_A_TABLE.search("SELECT id FROM annotation n WHERE")
    assert _SQL_NAMING_A_TABLE.search('INSERT INTO label_event (a) VALUES')
    assert not _SQL_NAMING_A_TABLE.search("turn files into article drafts")
