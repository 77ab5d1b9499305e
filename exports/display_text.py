"""Data to display text: anything that comes from the data (titles,
sentences, notes, reviewer and registry names, file paths, filter strings,
error details) is shown as the literal text it is.

Rich and Textual read ``[...]`` in a plain string as markup: ``[/]`` raises,
``[link=…]`` hides a hyperlink, ``[sic]`` and ``[i]`` vanish, ``:warning:``
becomes an emoji. Neither removes escape sequences, so ``\\x1b]0;…`` in a
name would set the terminal's title. Everything from the data goes through
here first and comes out as a ``rich.text.Text`` (never parsed as markup) or
a string whose control characters are made visible.

Each unsafe character is replaced by exactly one visible character, so
offsets into the text (hint spans) still point at the same characters.

This lives in ``exports`` because the agreement report draws its tables
here and may not import ``annotator``; the CLI and the UI use it too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Rich loads when a Text is made: a plain ``visible`` line needs none of it
    from rich.style import Style
    from rich.text import Text

# C0 controls as their Control Pictures (U+2400 + code: ESC shows as ␛),
# DEL as ␡; C1 controls and lone surrogates (a file name that is not UTF-8)
# have no picture and could not even be encoded for the terminal: �.
_PICTURES = {code: chr(0x2400 + code) for code in range(0x20)} | {0x7F: "\u2421"}
_PICTURES |= {code: "\ufffd" for code in range(0x80, 0xA0)}
_MULTILINE = {code: picture for code, picture in _PICTURES.items() if code not in (0x09, 0x0A)}
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_UNSAFE_MULTILINE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def visible(value: object, *, multiline: bool = False) -> str:
    """``value`` as a string that is safe to print: control characters shown
    as Control Pictures (``\\x1b`` as ``␛``), lone surrogates as ``�``.

    With ``multiline`` (a sentence, a note), line breaks and tabs stay.
    The result has the same length as ``str(value)``."""
    text = value if isinstance(value, str) else str(value)
    if (_UNSAFE_MULTILINE if multiline else _UNSAFE).search(text) is None:
        return text  # the common case: nothing to replace
    text = text.translate(_MULTILINE if multiline else _PICTURES)
    return _SURROGATE.sub("\ufffd", text)


def as_text(value: object, style: str | Style = "", *, multiline: bool = False, **options: Any) -> Text:
    """``value`` as a Rich ``Text``: shown literally, never read as markup.
    ``options`` go to ``Text`` (``no_wrap``, ``overflow``, ``justify``…)."""
    return _text_class()(visible(value, multiline=multiline), style=style, **options)


def assemble(*parts: str | tuple[str, str | Style] | Text, multiline: bool = False, **options: Any) -> Text:
    """Like ``Text.assemble``, with every string part made safe by ``visible``:
    labels and data can be mixed freely, none of it is read as markup."""
    safe: list[str | tuple[str, str | Style] | Text] = []
    for part in parts:
        if isinstance(part, str):
            safe.append(visible(part, multiline=multiline))
        elif isinstance(part, tuple):
            safe.append((visible(part[0], multiline=multiline), part[1]))
        else:
            safe.append(part)
    return _text_class().assemble(*safe, **options)


_TEXT: type[Text] | None = None


def _text_class() -> type[Text]:
    """``rich.text.Text``, imported on first use (kept: the screens call this per cell)."""
    global _TEXT
    if _TEXT is None:
        from rich.text import Text

        _TEXT = Text
    return _TEXT
