"""Roles on PostgreSQL: the tool's two group roles (reviewer and lead) of a
database, the login roles of a team, and who the current session is.

Migration 0007 makes the group roles and the row-level security policies
(see its docstring for what each may do); ``annotator team`` makes a login
role per reviewer, ties it to the reviewer's ``annotator`` row
(``annotator.db_role``) and grants it one of the groups. The schema owner
(the role that owns the tables and runs the migrations) is the third role:
only it, or a superuser, creates roles and rewrites the label log.

PostgreSQL's roles belong to the whole server, not to one database, so the
group roles are named after the database (``<database>_reviewer``,
``<database>_lead``): a reviewer of one study is nobody in another on the
same server. SQLite has no roles: one file, trusted by whoever can open it.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from typing import Any

from annotator.db.errors import StorageError

# PostgreSQL's identifier limit, in bytes (longer names are cut silently).
MAX_ROLE_BYTES = 63
REVIEWER, LEAD, OWNER = "reviewer", "lead", "owner"
NEEDS_POSTGRESQL = (
    "database roles need PostgreSQL: a SQLite database is one trusted file, and anyone who can open it can change it"
)


def group_roles(database: str) -> tuple[str, str]:
    """The reviewer and lead group roles of the database named ``database``."""
    base = database
    if len(f"{base}_reviewer".encode()) > MAX_ROLE_BYTES:
        digest = hashlib.sha256(database.encode()).hexdigest()[:8]
        base = base.encode()[:40].decode(errors="ignore") + "_" + digest
    return f"{base}_reviewer", f"{base}_lead"


def ident(name: str) -> str:
    """``name`` as a quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def literal(value: str) -> str:
    """``value`` as a SQL string literal (standard_conforming_strings, the default since 9.1)."""
    if "\x00" in value:
        raise ValueError("a NUL character cannot be part of a SQL string")
    return "'" + value.replace("'", "''") + "'"


_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]*")


def role_name_for(reviewer: str) -> str:
    """The login role a reviewer name suggests: lower-case ASCII letters,
    digits and underscores ("Ann Lee" -> "ann_lee"); ``ValueError`` when
    nothing of the name is left."""
    slug = re.sub(r"[^a-z0-9]+", "_", reviewer.lower()).strip("_")
    if slug and slug[0].isdigit():
        slug = "r_" + slug
    if not slug:
        raise ValueError(f"cannot make a role name from reviewer name {reviewer!r}: give --role ROLE")
    return slug[:MAX_ROLE_BYTES]


def checked_role_name(role: str) -> str:
    """``role`` if it is a plain role name (lower-case letters, digits, ``_``;
    not ``pg_…``); ``ValueError`` saying why not."""
    if not _ROLE_NAME.fullmatch(role) or len(role) > MAX_ROLE_BYTES:
        raise ValueError(
            f"role name {role!r} must be lower-case letters, digits and _ (at most {MAX_ROLE_BYTES}), "
            "starting with a letter or _"
        )
    if role.startswith("pg_"):
        raise ValueError(f"role name {role!r}: names starting pg_ are PostgreSQL's own")
    return role


def new_password() -> str:
    """A password to print once: 24 URL-safe random characters."""
    return secrets.token_urlsafe(18)


@dataclass(frozen=True)
class Member:
    """One login role of the team."""

    name: str | None  # the reviewer (annotator row) tied to the role; None if none is
    role: str
    group: str  # REVIEWER or LEAD
    can_login: bool

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "group": self.group, "login": self.can_login}


@dataclass(frozen=True)
class SessionRole:
    """Who the current PostgreSQL session is, as far as the tool cares."""

    role: str  # current_user
    kind: str | None  # OWNER (owns the tables, or superuser), LEAD, REVIEWER, or None (none of these)
    reviewer: str | None  # the annotator row tied to the role


def _scalar(conn: Any, sql: str, *params: Any) -> Any:
    return conn.exec_driver_sql(sql, params).scalar()


def groups_of(conn: Any) -> tuple[str, str]:
    """The group roles of the database ``conn`` is connected to."""
    return group_roles(_scalar(conn, "SELECT current_database()"))


def session_role(conn: Any) -> SessionRole:
    """The current session's role (PostgreSQL only)."""
    reviewer_group, lead_group = groups_of(conn)
    row = conn.exec_driver_sql(
        "SELECT current_user, "
        "pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = 'annotation'::regclass), 'MEMBER'), "
        "EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %(lead)s) AND pg_has_role(current_user, %(lead)s, 'MEMBER'), "
        "EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %(rev)s) AND pg_has_role(current_user, %(rev)s, 'MEMBER'), "
        "(SELECT name FROM annotator WHERE db_role = current_user)",
        {"lead": lead_group, "rev": reviewer_group},
    ).one()
    role, owner, lead, reviewer, name = row
    kind = OWNER if owner else LEAD if lead else REVIEWER if reviewer else None
    return SessionRole(role=role, kind=kind, reviewer=name)


def team(conn: Any) -> list[Member]:
    """Every member of the database's reviewer and lead groups, leads first."""
    reviewer_group, lead_group = groups_of(conn)
    rows = conn.exec_driver_sql(
        "SELECT a.name, m.rolname, g.rolname, m.rolcanlogin FROM pg_auth_members am "
        "JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member "
        "LEFT JOIN annotator a ON a.db_role = m.rolname "
        "WHERE g.rolname IN (%(rev)s, %(lead)s) ORDER BY g.rolname = %(rev)s, m.rolname",
        {"rev": reviewer_group, "lead": lead_group},
    ).all()
    return [Member(name, role, LEAD if group == lead_group else REVIEWER, login) for name, role, group, login in rows]


class RoleError(StorageError):
    """A team change refused, said in one line."""


def add_member(conn: Any, *, name: str, role: str, password: str, lead: bool, now: Any) -> Member:
    """In the caller's transaction: create login role ``role`` with
    ``password``, tie reviewer ``name``'s annotator row to it (adding the
    row if new) and grant it the reviewer or lead group."""
    reviewer_group, lead_group = groups_of(conn)
    if _scalar(conn, "SELECT count(*) FROM pg_roles WHERE rolname IN (%s, %s)", reviewer_group, lead_group) < 2:
        raise RoleError("this database has no reviewer and lead roles: upgrade it as the schema owner first")
    if _scalar(conn, "SELECT 1 FROM pg_roles WHERE rolname = %s", role):
        raise RoleError(f"role {role!r} already exists on this server: give another with --role, or remove it first")
    tied = _scalar(conn, "SELECT db_role FROM annotator WHERE name = %s", name)
    if tied is not None:
        raise RoleError(f"reviewer {name!r} already has role {tied!r}: remove it first (`annotator team remove`)")
    conn.exec_driver_sql(f"CREATE ROLE {ident(role)} LOGIN PASSWORD {literal(password)}")
    conn.exec_driver_sql(f"GRANT {ident(lead_group if lead else reviewer_group)} TO {ident(role)}")
    conn.exec_driver_sql(
        "INSERT INTO annotator (name, created_at, db_role) VALUES (%s, %s, %s) "
        "ON CONFLICT (name) DO UPDATE SET db_role = excluded.db_role",
        (name, now, role),
    )
    return Member(name, role, LEAD if lead else REVIEWER, True)


def remove_member(conn: Any, *, name: str) -> Member:
    """In the caller's transaction: untie reviewer (or role) ``name`` from its
    login role and drop the role. The reviewer's labels and log stay."""
    members = {m.name: m for m in team(conn) if m.name is not None}
    by_role = {m.role: m for m in team(conn)}
    member = members.get(name) or by_role.get(name)
    if member is None:
        raise RoleError(f"{name!r} is not on this database's team (see `annotator team list`)")
    conn.exec_driver_sql("UPDATE annotator SET db_role = NULL WHERE db_role = %s", (member.role,))
    conn.exec_driver_sql(f"DROP ROLE {ident(member.role)}")
    return member
