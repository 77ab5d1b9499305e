"""Layer rules: the headless modules never load Textual (so scripts and
`annotator export` start fast), db/exports never import the app, and
nothing imports them by a bare top-level name."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_headless_modules_do_not_load_textual() -> None:
    code = (
        "import sys, annotator.db, annotator.db.crud, annotator.db.database, annotator.db.bulk, annotator.exports,"
        " annotator.exports.writer, annotator.exports.source, annotator.exports.agreement,"
        " annotator.exports.agreement_report, annotator.exports.manifest, annotator.exports.target,"
        " annotator.termination, annotator.ingest,"
        " annotator.store, annotator.api, annotator.cli, annotator.cli.common, annotator.cli.labels,"
        " annotator.exporting, annotator.label_import, annotator.label_writer, annotator.review_session,"
        " annotator.sentence_search, annotator.next_article, annotator.tui.list_columns;"
        "print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


def _imports(package: str) -> set[str]:
    """The packages a folder's modules import: top-level names, and the
    project's own layers by their full name (``annotator.db``,
    ``annotator.exports``, ``annotator`` for the rest of the application)."""
    found: set[str] = set()
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else ([node.module] if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 else [])
            )
            found.update(_layer(name) for name in names)
    return found


def _layer(module: str) -> str:
    for layer in ("annotator.db", "annotator.exports"):
        if module == layer or module.startswith(layer + "."):
            return layer
    return module.split(".")[0]


# The command line's own modules, and the package's entry points into it.
_CLI = ("annotator/cli", "annotator/cli_process.py", "annotator/__main__.py")


def _module_imports(path: Path) -> set[str]:
    """Every module ``path`` imports, at its top or inside a function, by full name."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _core_modules() -> list[Path]:
    """The annotator core: everything in annotator/ but the UI and the command line."""
    return sorted(
        p
        for p in (ROOT / "annotator").rglob("*.py")
        if not p.relative_to(ROOT).as_posix().startswith(("annotator/tui/", *_CLI))
    )


def test_the_core_never_imports_the_ui_or_the_command_line() -> None:
    """Direction: db <- exports <- annotator core <- annotator.tui <- annotator.cli."""
    found = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in _core_modules()
        for name in sorted(_module_imports(path))
        if name.startswith(("annotator.tui", "annotator.cli", "textual", "typer"))
    ]
    assert found == []
    assert ROOT / "annotator" / "api.py" in _core_modules() and ROOT / "annotator" / "store.py" in _core_modules()


def test_the_ui_never_imports_the_command_line() -> None:
    found = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in sorted((ROOT / "annotator" / "tui").rglob("*.py"))
        for name in sorted(_module_imports(path))
        if name.startswith(("annotator.cli", "typer"))
    ]
    assert found == []


def test_the_api_imports_neither_rich_nor_typer() -> None:
    """Checked in a fresh interpreter: what ``import annotator.api`` loads, all the way down."""
    code = (
        "import sys, annotator.api, annotator;"
        "print(sorted(m for m in ('rich', 'typer', 'click', 'textual', 'annotator.cli', 'annotator.tui')"
        " if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
    assert not {name.split(".")[0] for name in _module_imports(ROOT / "annotator" / "api.py")} & {"rich", "typer"}


def test_the_check_finds_a_lazy_import_of_the_ui(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from annotator.tui.app import make_app\n    import annotator.cli.common\n")
    assert {"annotator.tui.app", "annotator.cli.common"} <= _module_imports(module)


def test_db_imports_no_other_project_package() -> None:
    assert not _imports("db") & {"annotator", "annotator.exports", "db", "exports", "textual", "typer", "rich"}


def test_exports_never_imports_the_app_or_ui() -> None:
    assert not _imports("exports") & {"annotator", "db", "exports", "textual", "typer"}


def test_no_top_level_db_or_exports_imports_anywhere() -> None:
    """The folders install as annotator.db and annotator.exports: a bare
    ``import db`` would clash with other distributions' packages."""
    found = [
        f"{path.relative_to(ROOT)}: {name}"
        for folder in ("annotator", "db", "exports", "tests", "bench")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for name in sorted(_module_imports(path))
        if name.split(".")[0] in ("db", "exports")
    ]
    # Code run in a subprocess is written in strings: those too.
    found += [
        f"{path.relative_to(ROOT)}:{line}"
        for folder in ("annotator", "db", "exports", "tests", "bench")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for line, text in _strings(path)
        if _BARE_IMPORT.search(text)
    ]
    assert found == []


_BARE_IMPORT = re.compile(r"(?:^|[\s;])(?:from\s+(?:db|exports)[\s.]|import\s+(?:[\w.]+\s*,\s*)*(?:db|exports)\b)")


# --- one data-access layer: db/ owns the engine and the table names ---------------------------

_TABLES = (
    "article",
    "sentence",
    "annotator",
    "annotation",
    "label_event",
    "gold_label",
    "setting",
    "person",
    "person_role",
    "codebook",
    "codebook_label",
)
_SQL_NAMING_A_TABLE = re.compile(
    r"\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+\"?(?:" + "|".join(_TABLES) + r")\"?(?:\s|$|\(|,|;)"
)  # SQL as written here
# db/ modules that send SQL text (for speed) and build it from db.tables through db.names.
_RAW_SQL_MODULES = (
    "bulk.py",
    "batch_labels.py",
    "crud.py",
    "label_merge.py",
    "label_writes.py",
    "lookups.py",
    "raw_connection.py",
    "settings.py",
    "gold_merge.py",
    "codebook_store.py",
    "dialects.py",
)


def _strings(path: Path) -> list[tuple[int, str]]:
    return [
        (node.lineno, node.value)
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


def _outside_db() -> list[Path]:
    return sorted(p for package in ("annotator", "exports") for p in (ROOT / package).rglob("*.py"))


def test_nothing_outside_db_touches_the_engine() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in _outside_db()
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Attribute) and node.attr in ("engine", "raw_connection")
    ]
    assert found == []


def test_nothing_outside_db_writes_table_names_in_sql() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}: {text!r}"
        for path in _outside_db()
        for line, text in _strings(path)
        if _SQL_NAMING_A_TABLE.search(text)
    ]
    assert found == []


def test_db_sql_text_takes_its_names_from_the_tables() -> None:
    found = [
        f"db/{name}:{line}: {text!r}"
        for name in _RAW_SQL_MODULES
        for line, text in _strings(ROOT / "db" / name)
        if _SQL_NAMING_A_TABLE.search(text)
    ]
    assert found == []


def test_the_check_finds_a_table_name_in_sql() -> None:
    assert _SQL_NAMING_A_TABLE.search("SELECT id FROM annotation n WHERE")
    assert _SQL_NAMING_A_TABLE.search("INSERT INTO label_event (a) VALUES")
    assert not _SQL_NAMING_A_TABLE.search("turn files into article drafts")
