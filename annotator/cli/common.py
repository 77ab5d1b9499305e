"""What every command shares: the global options, known errors as one line
and the contract's exit code, JSON output, the open database (through
``annotator.api``) and the parameters several commands take."""

# No `from __future__ import annotations` here: Typer reads every command's
# parameters at start-up, and evaluating them from strings took about a
# third of that time.
import functools
import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from annotator.cli.console import print_error
from annotator.db.errors import StorageError, is_disk_full, permission_denied_line
from annotator.errors import DISK_FULL, AnnotatorError, UsageError
from annotator.identity import ANNOTATOR_ENV

if TYPE_CHECKING:  # the API loads the store and SQLAlchemy: only commands that open a database pay for it
    from annotator.api import AnnotationDatabase


@dataclass
class Options:
    """Global options, shared by every command."""

    db: str | None = None
    debug: bool = False


F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(command: F) -> F:
    """Turn known errors into one line on stderr and the contract's exit code."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        ctx = kwargs.get("ctx")
        try:
            return command(*args, **kwargs)
        except (AnnotatorError, StorageError) as exc:
            if options(ctx).debug:
                raise
            code = exc.exit_code if isinstance(exc, AnnotatorError) else 1
            error(str(exc))
            raise typer.Exit(code) from None
        except Exception as exc:
            line = None if options(ctx).debug else one_line(exc)
            if line is None:
                raise
            error(line)
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


def one_line(exc: Exception) -> str | None:
    """The line for a file or database error; None for anything else (a bug,
    which keeps its traceback)."""
    where = f"{exc.filename}: " if isinstance(exc, OSError) and exc.filename else ""
    if is_disk_full(exc):
        # Said plainly: the driver's words (SQLite: "cannot rollback - no transaction is active") hide it.
        return f"{where}{DISK_FULL}"
    if isinstance(exc, OSError):
        return f"{where}{(exc.strerror or str(exc)).lower()}"
    refused = permission_denied_line(exc)  # PostgreSQL refused the role: whose job it is, in one line
    if refused is not None:
        return refused
    from sqlalchemy.exc import SQLAlchemyError

    if isinstance(exc, SQLAlchemyError):
        # Database errors (a dropped connection, a lock held too long) are one line too.
        orig = getattr(exc, "orig", None) or exc
        return f"database error: {str(orig).strip().splitlines()[0]}"
    return None


def options(ctx: typer.Context | None) -> Options:
    """The global options of this run."""
    obj = ctx.find_object(Options) if ctx is not None else None
    return obj or Options()


def error(message: str) -> None:
    """One ``error: …`` line on stderr."""
    print_error(message)


def positive(value: int, name: str) -> None:
    """A usage error unless ``value`` can be an id."""
    if value < 1:
        raise UsageError(f"{name} must be a positive id (got {value})")


# json.dumps escapes C0 controls but writes DEL, C1 controls (0x9b is a CSI
# to some terminals), line separators and lone surrogates (which cannot even
# be encoded) as they are. They only occur inside strings: escape them there
# too, and the document still reads back exactly.
_JSON_RAW = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def print_json(data: Any) -> None:
    """``data`` as one JSON document on stdout."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    sys.stdout.write(_JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


@contextmanager
def open_database(ctx: typer.Context, target: str | None = None) -> "Iterator[AnnotationDatabase]":
    """The database of this command (``--db``, else ``target``, else the
    default), opened through the Python API and closed when it is done."""
    from annotator import api

    database = api.open(options(ctx).db or target)
    try:
        yield database
    finally:
        database.close()


def annotator_version() -> str:
    """This release's version."""
    import annotator

    return annotator.__version__


JsonOption = Annotated[bool, typer.Option("--json", help="Print the result as one JSON document (keys in the README).")]
ArticleIdArgument = Annotated[
    int, typer.Argument(metavar="ARTICLE_ID", help="The article's id (see `annotator articles`).")
]
AnnotatorOption = Annotated[
    str | None,
    typer.Option(
        "--annotator",
        "-a",
        metavar="NAME",
        help=f"Reviewer name. Default: ${ANNOTATOR_ENV}, then the name remembered "
        "for your login in this database (see `annotator settings`).",
    ),
]
OverlapOption = Annotated[
    bool,
    typer.Option(
        "--overlap",
        help="Only the study's overlap: articles assigned to two or more reviewers (see `annotator assign`).",
    ),
]


def with_overlap(db: "AnnotationDatabase", articles: list[int] | None, overlap: bool) -> list[int]:
    """The article filter, narrowed to the study's overlap when asked; one
    line when the study has none."""
    if not overlap:
        return list(articles or ())
    shared = db.study.overlap_articles()
    if not shared:
        raise AnnotatorError("no article is assigned to two or more reviewers yet: see `annotator assign`")
    chosen = [a for a in shared if not articles or a in articles]
    if not chosen:
        raise AnnotatorError("none of the articles given is in the study's overlap")
    return chosen


ArticleFilter = Annotated[
    list[int] | None, typer.Option("--article", metavar="ID", help="Only this article (repeatable).")
]
AnnotatorFilter = Annotated[
    list[str] | None,
    typer.Option("--annotator", "-a", metavar="NAME", help="Only this reviewer's labels (repeatable)."),
]
