"""Layer rules: the headless modules never load Textual (so scripts and
`annotator export` start fast), and db/exports never import the app."""

from __future__ import annotations

import ast
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
