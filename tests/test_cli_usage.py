"""Usage errors are one line with a pointer to --help (exit code 2), help
shows human metavars, and values are read without Typer's pydantic layer
(which costs start-up time) but exactly as Typer would read them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from annotator.cli import app

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str):
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "80"})
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ["sentences", "abc"],
            "error: invalid value for 'ARTICLE_ID': 'abc' is not a whole number (see 'annotator sentences --help')",
        ),
        (["label", "3", "--zzz"], "error: no such option: --zzz (see 'annotator label --help')"),
        (["sentences"], "error: missing argument 'ARTICLE_ID' (see 'annotator sentences --help')"),
        (["label", "3"], "error: give SENTENCE_ID and LABEL, or --from FILE (see 'annotator label --help')"),
        (["frobnicate"], "error: no such command 'frobnicate' (see 'annotator --help')"),
        (["articles", "extra"], "error: got unexpected extra argument(s) (extra) (see 'annotator articles --help')"),
        (
            ["export", "out.csv", "--article", "1.5"],
            "error: invalid value for '--article': '1.5' is not a whole number (see 'annotator export --help')",
        ),
        (["--db"], "error: option '--db' requires an argument (see 'annotator --help')"),
        (["registry", "add"], "error: missing argument 'NAME' (see 'annotator registry add --help')"),
    ],
)
def test_usage_errors_are_one_line_exit_2(args: list[str], line: str) -> None:
    code, out, err = run(*args)
    assert code == 2
    assert err.splitlines() == [line]
    assert out == ""


def test_a_value_from_the_data_is_shown_literally() -> None:
    code, _, err = run("sentences", "[bold]\x1b]0;x\x07")
    assert code == 2 and len(err.splitlines()) == 1
    assert "\x1b" not in err and "[bold]" in err


def test_the_installed_command_prints_one_line_too(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "annotator", "label", "7", "--zzz"], capture_output=True, text=True, cwd=tmp_path
    )
    assert done.returncode == 2
    assert done.stderr == "error: no such option: --zzz (see 'annotator label --help')\n"


def _commands(command, path=()):
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*path, name))


@pytest.mark.parametrize("path", [p for p, _ in _commands(typer.main.get_command(app))], ids=" ".join)
def test_help_uses_human_metavars(path: tuple[str, ...]) -> None:
    code, out, _ = run(*path, "--help")
    assert code == 0
    for typed in ("<bool>", "<str>", "<int>", "<list", "<path", "<Path"):
        assert typed not in out, f"{typed} in help of {' '.join(path)}"


def test_flags_show_no_type_and_values_their_metavar() -> None:
    _, out, _ = run("export", "--help")
    rows = {line.split()[1]: line for line in out.splitlines() if line.startswith("│ --")}
    assert rows["--manifest"].split()[2] == "Also"
    assert rows["--annotator"].split()[3] == "NAME"
    assert rows["--article"].split()[2] == "ID"
    _, out, _ = run("label", "--help")
    assert "SENTENCE_ID        The sentence's id" in out


def _params():
    group = typer.main.get_command(app)
    for path, command in _commands(group):
        for param in command.params:
            yield " ".join((*path, param.name)), param


@pytest.mark.parametrize(("name", "param"), list(_params()), ids=[n for n, _ in _params()])
def test_values_read_as_typer_reads_them(name: str, param) -> None:
    from typer._coercion import build_runtime_param

    from annotator.cli.params import PlainRuntimeParam

    ours = param.get_runtime_param()
    assert isinstance(ours, PlainRuntimeParam), f"{name} would load pydantic"
    typers = build_runtime_param(param.type_descriptor)
    annotation = param.type_descriptor.annotation
    samples = {bool: [True, False], int: ["7", "-3", " 12 ", 5], float: ["0.2", "1", " .5 ", "-3e-1", 2]}.get(
        annotation, ["x", "a b", "", "-", "[b]"]
    )
    if str(annotation).startswith("list[int]"):
        samples = [("1", "22"), ()]
    elif str(annotation).startswith("list"):
        samples = [("a", "b c"), ()]
    for value in samples:
        mine = ours._coerce_value(value, param=param, ctx=None)
        theirs = typers._coerce_value(value, param=param, ctx=None)
        assert mine == theirs and type(mine) is type(theirs), (name, value)
