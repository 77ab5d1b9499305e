"""Study-wide settings stored in the database, so every reviewer of a
shared database (and every machine) sees the same ones: blind review, and
the reviewer name remembered for each login."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlmodel import Session

from db.crud import _upsert_insert
from db.models import Setting
from db.types import utcnow

BLIND = "blind"
# One setting per login: "reviewer-for-login:root" -> "alice".
REVIEWER_FOR_LOGIN = "reviewer-for-login:"


def get_setting(*, session: Session, name: str) -> str | None:
    """The value of a setting, or None when it was never set."""
    return session.scalar(select(Setting.value).where(Setting.name == name))


def set_setting(*, session: Session, name: str, value: str | None) -> None:
    """Set a setting (``None`` removes it); race-safe (ON CONFLICT)."""
    table = Setting.__table__
    if value is None:
        session.execute(delete(table).where(table.c.name == name))
        return
    now = utcnow()
    session.execute(
        _upsert_insert(session, table).values(name=name, value=value, updated_at=now)
        .on_conflict_do_update(index_elements=["name"], set_={"value": value, "updated_at": now})
    )


def all_settings(*, session: Session) -> dict[str, str]:
    """Every setting that was set, by name."""
    return dict(session.execute(select(Setting.name, Setting.value).order_by(Setting.name)).all())


def is_blind(*, session: Session) -> bool:
    """True when review in this database is blind."""
    return get_setting(session=session, name=BLIND) == "on"


def remembered_reviewers(*, session: Session) -> dict[str, str]:
    """{login: reviewer name} for every login that has a remembered name."""
    rows = session.execute(select(Setting.name, Setting.value).where(Setting.name.startswith(REVIEWER_FOR_LOGIN)))
    return {name.removeprefix(REVIEWER_FOR_LOGIN): value for name, value in rows}
