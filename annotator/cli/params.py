"""How the command line reads and shows its parameters.

Typer 0.29 converts every value through a pydantic ``TypeAdapter``, and
importing pydantic for it costs about a tenth of a second on every command.
The values here are plain — text, whole numbers, paths, flags and lists of
them — so they are converted directly; anything else is left to Typer.

Help shows a value by its human metavar (``ID``, ``NAME``, ``FILE``) and a
flag by its name alone, instead of Typer's ``<int>``, ``<bool>`` and
``<list[str]>``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args, get_origin

from typer._click.exceptions import BadParameter
from typer._coercion import RuntimeParam
from typer._param_types import coerce_cli_path
from typer.core import TyperArgument, TyperOption, _TyperParameter

from annotator.errors import quoted

# ASCII digits only: int() would also take "1_000" and other scripts' digits.
_WHOLE_NUMBER = re.compile(r"\s*[+-]?[0-9]+\s*")
_NUMBER = re.compile(r"\s*[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\s*")


class HumanArgument(TyperArgument):
    """An argument shown by its metavar alone (``SENTENCE_ID``), without a type."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None


class HumanOption(TyperOption):
    """An option shown with its metavar (``--annotator NAME``); a flag
    (``--json``) with nothing after it."""

    def display_type_rich(self, ctx: Any) -> str | None:
        if self.is_flag:
            return None
        return self.metavar or (self.name or "").upper()


@dataclass(frozen=True)
class PlainRuntimeParam(RuntimeParam):
    """Converts a plain value (or each value of a repeated one) without pydantic."""

    convert: Callable[[Any, _TyperParameter, Any], Any]  # (value, param, ctx) -> the value
    repeated: bool = False

    def _coerce_value(self, value: Any, param: _TyperParameter, ctx: Any) -> Any:
        if self.repeated:
            items = value if isinstance(value, (list, tuple)) else [value]
            return [self.convert(item, param, ctx) for item in items]
        return self.convert(value, param, ctx)


def _text(value: Any, param: _TyperParameter, ctx: Any) -> str:
    if isinstance(value, bytes):  # decoded as the OS decodes file names
        return os.fsdecode(value)
    return value if isinstance(value, str) else str(value)


def _whole_number(value: Any, param: _TyperParameter, ctx: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and _WHOLE_NUMBER.fullmatch(value):
        return int(value)
    raise BadParameter(f"{quoted(value)} is not a whole number", ctx=ctx, param=param)


def _number(value: Any, param: _TyperParameter, ctx: Any) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str) and _NUMBER.fullmatch(value):
        return float(value)
    raise BadParameter(f"{quoted(value)} is not a number", ctx=ctx, param=param)


def _flag(value: Any, param: _TyperParameter, ctx: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise BadParameter(f"{quoted(value)} is not on or off", ctx=ctx, param=param)


def _path(value: Any, param: _TyperParameter, ctx: Any) -> Any:
    # A Path already made is not given to pydantic again; any exists=/dir_okay= checks still run.
    path = value if isinstance(value, Path) else Path(_text(value, param, ctx))
    return coerce_cli_path(path, param.type_descriptor.parameter_info, path_type=Path, param=param, ctx=ctx)


_CONVERTERS: dict[Any, Callable[[Any, _TyperParameter, Any], Any]] = {
    str: _text,
    int: _whole_number,
    float: _number,
    bool: _flag,
    Path: _path,
}


def plain_runtime_param(param: _TyperParameter) -> RuntimeParam | None:
    """The direct conversion for ``param``, or None when Typer should do it
    (a parser, choices, ranges, dates, files: anything beyond plain values)."""
    descriptor = param.type_descriptor
    info = descriptor.parameter_info
    if info.parser is not None or info.min is not None or info.max is not None or descriptor.is_file:
        return None
    annotation: object = descriptor.annotation
    repeated = False
    if get_origin(annotation) is list:
        (annotation,), repeated = get_args(annotation), True
    convert = _CONVERTERS.get(annotation)
    if convert is None:
        return None
    return PlainRuntimeParam(parameter_info=info, annotation=descriptor.annotation, convert=convert, repeated=repeated)


def humanise(command: Any) -> None:
    """Give every parameter of ``command`` and its subcommands the direct
    conversion and the human help display."""
    for param in command.params:
        _humanise_param(param)
    # Click makes the help option on first use (its names depend on the
    # context): it gets the same treatment then.
    make_help_option = command.get_help_option

    def human_help_option(ctx: Any) -> Any:
        option = make_help_option(ctx)
        if option is not None:
            _humanise_param(option)
        return option

    command.get_help_option = human_help_option
    for sub in getattr(command, "commands", {}).values():
        humanise(sub)


def _humanise_param(param: Any) -> None:
    if type(param) is TyperArgument:
        param.__class__ = HumanArgument
    elif type(param) is TyperOption:
        param.__class__ = HumanOption
    if isinstance(param, _TyperParameter) and param._runtime_param is None:
        # Typer builds its own (with pydantic) on first use only while this is None.
        param._runtime_param = plain_runtime_param(param)
