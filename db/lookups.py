"""Checking that the rows a command names exist, so that an unknown article,
sentence or reviewer is an error instead of an empty result."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, bindparam, text

from annotator.db.errors import NotFoundError
from annotator.db.names import SQLNames
from annotator.db.tables import annotator, article, sentence

# SQL text (names from db.tables): most commands check their ids first, and
# compiling a SQLAlchemy statement costs more than the look-up itself.
_ARTICLES, _SENTENCES, _REVIEWERS = (
    text(f"SELECT {column} FROM {table} WHERE {column} IN :wanted").bindparams(bindparam("wanted", expanding=True))
    for table, column in (
        (t, getattr(t, c))
        for t, c in ((SQLNames(article), "id"), (SQLNames(sentence), "id"), (SQLNames(annotator), "name"))
    )
)


def require(
    *, conn: Connection, articles: Iterable[int] = (), sentences: Iterable[int] = (), reviewers: Iterable[str] = ()
) -> None:
    """Raise ``NotFoundError`` (one line naming every missing one) unless
    every article id, sentence id and reviewer name given exists."""
    problems: list[str] = []
    for what, query, given in (
        ("article", _ARTICLES, articles),
        ("sentence", _SENTENCES, sentences),
        ("reviewer", _REVIEWERS, reviewers),
    ):
        wanted: list[int | str] = list(dict.fromkeys(given))
        if not wanted:
            continue
        found = set(conn.scalars(query, {"wanted": wanted}))
        missing = [value for value in wanted if value not in found]
        if missing:
            shown = ", ".join(repr(v) if isinstance(v, str) else str(v) for v in missing)
            problems.append(
                f"{what}{'s' if len(missing) > 1 else ''} {shown} {'do' if len(missing) > 1 else 'does'} not exist"
            )
    if problems:
        raise NotFoundError("; ".join(problems))
