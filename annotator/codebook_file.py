"""Codebook files (TOML): reading one, with its optional ``[rename]``
table, and writing a codebook out. Everything wrong with a file is one
``CodebookError`` line; nothing is stored here (``store.set_codebook``
does, under the rules for a database with labels).

The shape::

    decision_order = ["suspicious", "sourced", "opinion", "unsourced"]
    guidelines = \"\"\"Markdown shown on the help screen\"\"\"

    [[labels]]
    value = "sourced"          # stored and exported
    name = "Sourced"           # shown (default: the value)
    key = "1"                  # a letter or digit
    alt_key = "s"              # optional
    style = "bold $text-success"
    description = "…"
    examples = ["…"]

    [rename]                   # optional: old value = "new value"
    suspicious = "fabricated"
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from annotator.db.codebook import Codebook, CodebookError, codebook_from_dict

MAX_FILE_BYTES = 5_000_000


def parse_codebook_text(text: str) -> tuple[Codebook, dict[str, str]]:
    """The codebook and the rename mapping a TOML text gives."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CodebookError(f"not valid TOML: {str(exc).splitlines()[0]}") from None
    except RecursionError:
        raise CodebookError("not valid TOML: nested too deeply") from None
    renames = data.get("rename", {})
    if not isinstance(renames, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in renames.items()):
        raise CodebookError('[rename] must map old label values to new ones (old = "new")')
    codebook = codebook_from_dict({key: value for key, value in data.items() if key != "rename"})
    return codebook, {
        old.strip().lower(): new.strip().lower()
        for old, new in renames.items()
        if old.strip().lower() != new.strip().lower()
    }


def read_codebook_file(path: Path) -> tuple[Codebook, dict[str, str]]:
    """The codebook and rename mapping in a TOML file (``-``: standard input
    is read by the caller). ``CodebookError`` (one line) if it cannot be used;
    ``OSError`` if it cannot be read."""
    data = path.read_bytes()
    if len(data) > MAX_FILE_BYTES:
        raise CodebookError(f"larger than {MAX_FILE_BYTES // 1_000_000} MB: not a codebook")
    return parse_codebook_bytes(data)


def parse_codebook_bytes(data: bytes) -> tuple[Codebook, dict[str, str]]:
    """As ``parse_codebook_text``, from UTF-8 bytes (a byte-order mark is fine)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CodebookError(f"not UTF-8 text (invalid byte at offset {exc.start})") from None
    return parse_codebook_text(text)


def codebook_toml(codebook: Codebook) -> str:
    """The codebook as a TOML file that ``read_codebook_file`` reads back
    to an equal codebook."""
    import tomli_w

    # Plain keys (the order, the guidelines) come before the [[labels]] tables, as TOML needs.
    return tomli_w.dumps(codebook.to_dict(), multiline_strings=True)
