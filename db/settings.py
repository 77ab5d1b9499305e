"""Study-wide settings stored in the database, so every reviewer of a
shared database (and every machine) sees the same ones: blind review, and
the reviewer name remembered for each login."""

from __future__ import annotations

from sqlalchemy import Connection, delete, select

from annotator.db.dialects import dialect_of
from annotator.db.tables import setting
from annotator.db.types import utcnow

BLIND = "blind"
# When on, reviewers see only the articles assigned to them.
ASSIGNED_ONLY = "assigned-only"
# One setting per login: "reviewer-for-login:root" -> "alice".
REVIEWER_FOR_LOGIN = "reviewer-for-login:"


def get_setting(*, conn: Connection, name: str) -> str | None:
    """The value of a setting, or None when it was never set."""
    return conn.scalar(select(setting.c.value).where(setting.c.name == name))


def set_setting(*, conn: Connection, name: str, value: str | None) -> None:
    """Set a setting (``None`` removes it); race-safe (ON CONFLICT)."""
    table = setting
    if value is None:
        conn.execute(delete(table).where(table.c.name == name))
        return
    now = utcnow()
    conn.execute(
        dialect_of(conn)
        .insert(table)
        .values(name=name, value=value, updated_at=now)
        .on_conflict_do_update(index_elements=["name"], set_={"value": value, "updated_at": now})
    )


def all_settings(*, conn: Connection) -> dict[str, str]:
    """Every setting that was set, by name."""
    return dict(conn.execute(select(setting.c.name, setting.c.value).order_by(setting.c.name)).all())


def is_blind(*, conn: Connection) -> bool:
    """True when review in this database is blind."""
    return get_setting(conn=conn, name=BLIND) == "on"


def remembered_reviewers(*, conn: Connection) -> dict[str, str]:
    """{login: reviewer name} for every login that has a remembered name."""
    rows = conn.execute(select(setting.c.name, setting.c.value).where(setting.c.name.startswith(REVIEWER_FOR_LOGIN)))
    return {name.removeprefix(REVIEWER_FOR_LOGIN): value for name, value in rows}
