"""Naming a database: the ``--db``/``ANNOTATOR_DB`` text in, a SQLAlchemy URL
out, and that URL as it may be shown (no password, in any of its forms).

A path means SQLite. To be created, it must look like a database file: a
folder part (``./notes``, ``data/notes``) or a ``.db``/``.sqlite``/``.sqlite3``
suffix; ``-`` and a bare word are refused instead of quietly creating a file
of that name (an existing file may have any name). In-memory SQLite is
refused: the data would vanish when the command ends. A SQLite URL may say
``?mode=ro`` (open read-only) or ``?mode=rw`` (never create); no other option.

A server URL may hold its password after the user name (``@`` in it is
fine: the host starts after the last ``@``) or as a ``password=`` query
parameter; every message shows it as ``***``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from annotator.db.errors import DatabaseOpenError

DEFAULT_DB_FILE = "annotations.db"
DB_ENV_VAR = "ANNOTATOR_DB"
DB_SUFFIXES = (".db", ".sqlite", ".sqlite3")
MASK = "***"
# libpq's connection parameters that carry a secret.
SECRET_PARAMETERS = frozenset({"password", "sslpassword"})
READ_ONLY = "ro"
_SQLITE_MODES = ("ro", "rw", "rwc")
_QUERY_SECRET = re.compile(r"(?i)([?&](?:ssl)?password=)[^&#]*")
_HOST_END = re.compile(r"[/?]")


def resolve_url(target: str | os.PathLike[str] | None) -> URL:
    """Turn ``--db``/``ANNOTATOR_DB`` into a URL: a path means SQLite.

    A target that cannot name a database raises ``DatabaseOpenError`` with one
    line that names it (with any password masked) and says why."""
    named = "--db"
    if target is None or str(target).strip() == "":
        target, named = os.environ.get(DB_ENV_VAR, ""), DB_ENV_VAR
        if not target.strip():
            target, named = DEFAULT_DB_FILE, "the default database"
    text = str(target)
    if "://" in text:
        return _from_url(text, named)
    return _sqlite_file(text, named)


def display_url(url: URL) -> str:
    """The URL as it may be shown to a user: the password masked, whether it
    is given after the user name or as a query parameter."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    shown = url.set(query={}).render_as_string(hide_password=True)
    pairs = [
        (key, MASK if key.lower() in SECRET_PARAMETERS else value)
        for key, values in url.query.items()
        for value in (values if isinstance(values, tuple) else (values,))
    ]
    # Written out here: SQLAlchemy would percent-encode the mask.
    return shown + ("?" + "&".join(f"{key}={value}" for key, value in pairs) if pairs else "")


def mask_url_text(text: str) -> str:
    """A URL as typed, with every password in it masked: for messages about
    a URL that could not be read (it is never shown unmasked)."""
    scheme, sep, rest = text.partition("://")
    if not sep:
        return text
    end = _user_part_end(rest)
    if end is not None and ":" in rest[:end]:
        rest = f"{rest[:end].split(':', 1)[0]}:{MASK}{rest[end:]}"
    return f"{scheme}://{_QUERY_SECRET.sub(lambda m: m.group(1) + MASK, rest)}"


def is_read_only(url: URL) -> bool:
    """Whether the URL asks for a read-only SQLite database (``?mode=ro``)."""
    return url.get_backend_name() == "sqlite" and url.query.get("mode") == READ_ONLY


# --- server URLs -------------------------------------------------------------------------------
def _user_part_end(rest: str) -> int | None:
    """Where the user name and password end in the URL after ``scheme://``:
    the last ``@`` before the host (a host has no ``@``, a password may)."""
    first = rest.find("@")
    if first < 0:
        return None
    host_end = _HOST_END.search(rest, first + 1)
    return rest.rfind("@", 0, host_end.start() if host_end else len(rest))


def _from_url(text: str, named: str) -> URL:
    scheme, _, rest = text.partition("://")
    end = _user_part_end(rest)
    if end is not None and "@" in rest[:end]:
        # An @ in the password (or the user name) would end it early and
        # make the rest of it the host: it is written %40 in a URL.
        text = f"{scheme}://{rest[:end].replace('@', '%40')}{rest[end:]}"
    try:
        url = make_url(text)
    except ArgumentError:
        raise DatabaseOpenError(f"{named}: {mask_url_text(text)!r} is not a valid database URL") from None
    except ValueError:  # SQLAlchemy reads the port with int()
        raise DatabaseOpenError(f"{named}: {mask_url_text(text)!r}: the port is not a number") from None
    if url.get_backend_name() == "sqlite":
        return _sqlite_from_url(url, named, text)
    return url


# --- SQLite --------------------------------------------------------------------------------------
def _in_memory(named: str, shown: str) -> DatabaseOpenError:
    return DatabaseOpenError(
        f"{named} {shown!r}: an in-memory database vanishes when the command ends; give a file path or a server URL"
    )


def _sqlite_from_url(url: URL, named: str, text: str) -> URL:
    query = dict(url.query)
    query.pop("uri", None)  # a "file:" name below is read either way
    mode = query.pop("mode", None)
    database = url.database or ""
    if database.startswith("file:"):
        database = unquote(urlsplit(database).path)
    if database in ("", ":memory:") or mode == "memory":
        raise _in_memory(named, text)
    if isinstance(mode, tuple) or mode not in (None, *_SQLITE_MODES):
        raise DatabaseOpenError(f"{named} {text!r}: mode must be ro (read-only) or rw (never create)")
    if query:
        raise DatabaseOpenError(
            f"{named} {text!r}: a SQLite URL takes no option {', '.join(sorted(query))} (only mode=ro or mode=rw)"
        )
    path = _checked_path(Path(database).expanduser())
    if mode in ("ro", "rw") and not path.exists():
        raise DatabaseOpenError(f"{path}: no such database (mode={mode} opens an existing one)")
    return URL.create(url.drivername, database=str(path.resolve()), query={"mode": READ_ONLY} if mode == "ro" else {})


def _sqlite_file(text: str, named: str) -> URL:
    if text.strip() == "-":
        raise DatabaseOpenError(
            f"{named} -: a database is a file, not standard input or output (give a path such as ./annotations.db)"
        )
    if text.strip() == ":memory:":
        raise _in_memory(named, text)
    path = Path(text).expanduser()
    try:
        exists = path.exists() or path.is_symlink()
    except (OSError, ValueError) as exc:  # a NUL byte, a name too long for the system
        raise DatabaseOpenError(f"{named} {text!r}: not a usable file name ({exc})") from None
    if not exists and not _looks_like_a_file(text):
        raise DatabaseOpenError(
            f"{named} {text!r}: not a database file name; to create one, end it in .db, .sqlite or .sqlite3, "
            f"give a folder (./{text}) or a server URL"
        )
    return URL.create("sqlite+pysqlite", database=str(_checked_path(path).resolve()))


def _looks_like_a_file(text: str) -> bool:
    """A folder part or a database suffix: a name nobody types by accident."""
    separators = [os.sep, os.altsep] if os.altsep else [os.sep]
    return any(s in text for s in separators) or text.startswith("~") or Path(text).suffix.lower() in DB_SUFFIXES


def _checked_path(path: Path) -> Path:
    if path.is_dir():
        raise DatabaseOpenError(f"{path}: is a folder, not a database file")
    if not path.parent.exists():
        raise DatabaseOpenError(f"{path}: folder {path.parent} does not exist")
    return path
