"""Reading untrusted JSON: ``json.loads`` with limits, so that a hostile
file is refused with one clear reason instead of failing further on.

The standard parser recurses once per nesting level (100,000 levels raise
``RecursionError``), refuses integers of more than 4,300 digits with a bare
``ValueError``, reads ``1e999`` and ``NaN`` as floats that no JSON column
accepts, and lets ``"\\ud800"`` through as a lone surrogate that neither
the database drivers nor the terminal can encode.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

# Deeper than any real article record; shallow enough that storing the
# metadata (json.dumps) and sending it between processes (pickle) never
# meets Python's recursion limit.
MAX_DEPTH = 64
# Longer integers than any id or count; Python itself stops at 4,300.
MAX_DIGITS = 1000

_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Input text is decoded strictly, so a surrogate can only come from a JSON
# escape: where there is none, strings need no scan.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class UnsafeJSON(ValueError):
    """Valid JSON syntax that cannot be stored; the message says why."""


def loads(text: str) -> Any:
    """Parse ``text`` like ``json.loads``.

    Raises ``json.JSONDecodeError`` for malformed JSON and ``UnsafeJSON``
    for nesting deeper than ``MAX_DEPTH``, integers longer than
    ``MAX_DIGITS``, numbers too large for a float, NaN or Infinity, and
    lone surrogates (in keys or values).
    """
    try:
        data = json.loads(text, parse_int=_integer, parse_float=_float, parse_constant=_constant)
    except RecursionError:
        raise UnsafeJSON(f"JSON nested more than {MAX_DEPTH} levels deep") from None
    _check(data, strings=_SURROGATE_ESCAPE.search(text) is not None)
    return data


def _integer(digits: str) -> int:
    count = len(digits.lstrip("-"))
    if count > MAX_DIGITS:
        raise UnsafeJSON(f"a number with {count} digits (at most {MAX_DIGITS})")
    return int(digits)


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        shown = text if len(text) <= 12 else text[:12] + "…"
        raise UnsafeJSON(f"a number too large to store ({shown})")
    return value


def _constant(name: str) -> float:
    raise UnsafeJSON(f"{name} is not a JSON value")


def _check(data: Any, *, strings: bool) -> None:
    """Depth and (when escapes were seen) surrogates, without recursion."""
    pending: list[tuple[Any, int]] = [(data, 0)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, (dict, list)):
            if depth >= MAX_DEPTH:
                raise UnsafeJSON(f"JSON nested more than {MAX_DEPTH} levels deep")
            items = value.items() if isinstance(value, dict) else ((None, item) for item in value)
            for key, item in items:
                if strings and key is not None:
                    _check_string(key)
                pending.append((item, depth + 1))
        elif strings and isinstance(value, str):
            _check_string(value)


def _check_string(text: str) -> None:
    match = _SURROGATE.search(text)
    if match is not None:
        raise UnsafeJSON(f"not valid Unicode: a lone surrogate \\u{ord(match.group()):04x} in a string")
