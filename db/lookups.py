"""Checking that the rows a command names exist, so that an unknown article,
sentence or reviewer is an error instead of an empty result."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, select

from db.errors import NotFoundError
from db.tables import annotator, article, sentence


def require(*, conn: Connection, articles: Iterable[int] = (), sentences: Iterable[int] = (),
            reviewers: Iterable[str] = ()) -> None:
    """Raise ``NotFoundError`` (one line naming every missing one) unless
    every article id, sentence id and reviewer name given exists."""
    problems = []
    for what, column, wanted in (("article", article.c.id, articles), ("sentence", sentence.c.id, sentences),
                                 ("reviewer", annotator.c.name, reviewers)):
        wanted = list(dict.fromkeys(wanted))
        if not wanted:
            continue
        found = set(conn.scalars(select(column).where(column.in_(wanted))))
        missing = [value for value in wanted if value not in found]
        if missing:
            shown = ", ".join(repr(v) if isinstance(v, str) else str(v) for v in missing)
            problems.append(f"{what}{'s' if len(missing) > 1 else ''} {shown} "
                            f"{'do' if len(missing) > 1 else 'does'} not exist")
    if problems:
        raise NotFoundError("; ".join(problems))
