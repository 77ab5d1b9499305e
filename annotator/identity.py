"""Who is labelling: the reviewer name for a command, never silently the
login name (``root`` on a shared server would count as one more reviewer).

The name is ``--annotator`` (or ``--adjudicator``), else ``ANNOTATOR_NAME``,
else on PostgreSQL the reviewer tied to the session's login role
(``annotator team add``), else the name remembered for this login in this
database (the review screen asks for it once; ``annotator settings reviewer
NAME`` sets it). Without
any of them, label-writing commands refuse with one line."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from annotator.errors import UsageError
from annotator.reviewer_names import reviewer_name

if TYPE_CHECKING:  # the store loads SQLAlchemy: only commands that open one pay for it
    from annotator.api import AnnotationDatabase

ANNOTATOR_ENV = "ANNOTATOR_NAME"


def login_name() -> str | None:
    """This session's login name, or None where the system has none."""
    import getpass  # only asked when no reviewer name was given

    try:
        return getpass.getuser() or None
    except (KeyError, OSError):
        return None


def checked_name(value: str) -> str:
    """``value`` under the reviewer-name rule; ``UsageError`` saying why not."""
    try:
        return reviewer_name(value)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def given_name(given: str | None, *, option: str = "--annotator") -> str | None:
    """The name given with ``option``, else ``ANNOTATOR_NAME``, checked;
    None if neither. Needs no database, so a bad name is refused first."""
    if given is not None:
        if not given.strip():
            raise UsageError(f"{option} is empty")
        return checked_name(given)
    from_env = os.environ.get(ANNOTATOR_ENV, "")
    return checked_name(from_env) if from_env.strip() else None


def known_reviewer(database: AnnotationDatabase, given: str | None) -> str | None:
    """``given`` (from ``given_name``), else the reviewer tied to the
    session's PostgreSQL role, else the name remembered for this login in
    this database; None when there is none yet (the review screen
    then asks)."""
    if given is not None:
        return given
    # PostgreSQL: the reviewer this login role belongs to.
    tied = database.store.role_reviewer()
    if tied is not None:
        return tied
    login = login_name()
    return database.remembered_reviewer(login) if login else None


def required_reviewer(database: AnnotationDatabase, given: str | None, *, option: str = "--annotator") -> str:
    """``known_reviewer``, or a one-line ``UsageError`` saying how to give one."""
    name = known_reviewer(database, given)
    if name is None:
        raise UsageError(no_name_message(option))
    return name


def no_name_message(option: str = "--annotator") -> str:
    """What a command says when it has no reviewer name."""
    message = f"no reviewer name: give {option} NAME or set {ANNOTATOR_ENV}"
    login = login_name()
    if login:
        message += (
            f"; or remember one for login {login!r} in this database with "
            "`annotator settings reviewer NAME` (the review screen asks once)"
        )
    return message
