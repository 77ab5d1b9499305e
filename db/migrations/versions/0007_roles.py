"""Roles and row-level security (PostgreSQL; on SQLite only the two columns).

Every engine: ``annotator.db_role``, the PostgreSQL login role a reviewer
works as (unique; ``annotator team add`` sets it), and ``label_event.db_role``,
the database role that made each change.

PostgreSQL: two group roles per database (``db.roles.group_roles``),
privileges and policies, enforced by the server whatever client is used:

- reviewer: reads articles, sentences, the registry, the codebook, the
  settings and the reviewers' names; writes only their own labels, notes
  and label events (rows whose annotator is tied to ``current_user``); while
  review is blind (the ``blind`` setting) sees no other reviewer's labels,
  events, notes, assignments or gold; never writes gold labels,
  assignments, settings, the codebook or the registry.
- lead: reads everything, writes labels, gold, assignments, settings, the
  codebook, the registry and articles; adds label events (never changes them).
- the schema owner (owns the tables, runs migrations) bypasses the policies
  and alone may update or delete label events: a trigger refuses it to every
  other session (even through a cascade), and a trigger stamps each new
  event's ``db_role`` with ``current_user`` (so it cannot be forged).

A later migration that adds a table grants it to the two groups itself (and
enables row-level security where it holds reviewers' data); dropping or
recreating a table here would drop its policies. Downgrading removes the
privileges, policies and triggers, and keeps the group roles (they may have
members).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 12:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Copied here (not imported) so this migration stays what it was if db.roles changes.
_MAX_ROLE_BYTES = 63


def _group_roles(database: str) -> tuple[str, str]:
    import hashlib

    base = database
    if len(f"{base}_reviewer".encode()) > _MAX_ROLE_BYTES:
        digest = hashlib.sha256(database.encode()).hexdigest()[:8]
        base = base.encode()[:40].decode(errors="ignore") + "_" + digest
    return f"{base}_reviewer", f"{base}_lead"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


# The tables reviewers read in full, and the ones leads may write in full.
_READ_ALL = (
    "article",
    "sentence",
    "annotator",
    "setting",
    "person",
    "person_role",
    "codebook",
    "codebook_label",
    "alembic_version",
)
_LEAD_WRITES = (
    "article",
    "sentence",
    "annotation",
    "gold_label",
    "assignment",
    "setting",
    "person",
    "person_role",
    "codebook",
    "codebook_label",
)
# Tables with row-level security, and their policies (name, command, group, USING, WITH CHECK).
_RLS = ("annotator", "annotation", "label_event", "gold_label", "assignment")


def _policies(s: str) -> list[tuple[str, str, str, str, str | None, str | None]]:
    own = f"annotator_id IN (SELECT id FROM {s}.annotator WHERE db_role = current_user)"
    open_study = f"NOT EXISTS (SELECT 1 FROM {s}.setting WHERE name = 'blind' AND value = 'on')"
    return [
        ("annotator", "reviewer_read", "SELECT", "reviewer", "true", None),
        # The tool adds its reviewer's row ON CONFLICT DO NOTHING, and the check applies to the proposed row
        # even when it conflicts: the reviewer's own name may be proposed (it is there already), no other.
        (
            "annotator",
            "reviewer_add_self",
            "INSERT",
            "reviewer",
            None,
            f"db_role = current_user OR (db_role IS NULL AND name IN "
            f"(SELECT name FROM {s}.annotator WHERE db_role = current_user))",
        ),
        ("annotator", "lead_read", "SELECT", "lead", "true", None),
        ("annotator", "lead_add", "INSERT", "lead", None, "true"),
        ("annotation", "reviewer_read", "SELECT", "reviewer", f"{own} OR {open_study}", None),
        ("annotation", "reviewer_add", "INSERT", "reviewer", None, own),
        # USING true: another reviewer's row (when visible) reaches the trigger, which says no out loud.
        ("annotation", "reviewer_change", "UPDATE", "reviewer", "true", own),
        ("annotation", "reviewer_remove", "DELETE", "reviewer", "true", None),
        ("annotation", "lead_all", "ALL", "lead", "true", "true"),
        ("label_event", "reviewer_read", "SELECT", "reviewer", f"{own} OR {open_study}", None),
        ("label_event", "reviewer_add", "INSERT", "reviewer", None, own),
        ("label_event", "lead_read", "SELECT", "lead", "true", None),
        ("label_event", "lead_add", "INSERT", "lead", None, "true"),
        ("gold_label", "reviewer_read", "SELECT", "reviewer", open_study, None),
        ("gold_label", "lead_all", "ALL", "lead", "true", "true"),
        ("assignment", "reviewer_read", "SELECT", "reviewer", f"{own} OR {open_study}", None),
        ("assignment", "lead_all", "ALL", "lead", "true", "true"),
    ]


def upgrade() -> None:
    op.add_column("annotator", sa.Column("db_role", sa.String(length=63), nullable=True))
    op.create_index(op.f("ix_annotator_db_role"), "annotator", ["db_role"], unique=True)
    op.add_column("label_event", sa.Column("db_role", sa.String(length=63), nullable=True))
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return  # SQLite: one trusted file, no roles
    database, schema = bind.exec_driver_sql("SELECT current_database(), current_schema()").one()
    reviewer, lead = _group_roles(database)
    s, groups = _q(schema), {"reviewer": _q(reviewer), "lead": _q(lead)}
    r, l = groups["reviewer"], groups["lead"]
    run = op.execute
    for name in (reviewer, lead):
        run(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {_lit(name)}) "
            f"THEN CREATE ROLE {_q(name)} NOLOGIN; END IF; END $$"
        )
    run(f"GRANT USAGE ON SCHEMA {s} TO {r}, {l}")
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {r}, {l}")
    run(f"GRANT SELECT ON {', '.join(f'{s}.{t}' for t in _READ_ALL)} TO {r}, {l}")
    run(f"GRANT SELECT ON {s}.annotation, {s}.label_event, {s}.gold_label, {s}.assignment TO {r}, {l}")
    run(f"GRANT INSERT ON {s}.annotator, {s}.label_event TO {r}, {l}")
    run(f"GRANT INSERT, UPDATE, DELETE ON {s}.annotation TO {r}")
    run(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(f'{s}.{t}' for t in _LEAD_WRITES)} TO {l}")
    run(f"REVOKE UPDATE, DELETE, TRUNCATE ON {s}.label_event FROM PUBLIC, {r}, {l}")

    # Only the schema owner (or a superuser) changes the log, even through a cascade.
    run(f"""CREATE OR REPLACE FUNCTION {s}.annotator_log_is_append_only() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          IF NOT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
            RAISE EXCEPTION 'the label log is append-only: only the schema owner may change or delete its rows'
              USING ERRCODE = 'insufficient_privilege';
          END IF;
          RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END $$""")
    run(f"""CREATE OR REPLACE FUNCTION {s}.annotator_stamp_role() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          NEW.db_role := current_user;
          RETURN NEW;
        END $$""")
    run(f"""CREATE OR REPLACE FUNCTION {s}.annotator_own_labels_only() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          IF NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER')
             AND NOT pg_has_role(current_user, {_lit(lead)}, 'MEMBER')
             AND OLD.annotator_id NOT IN (SELECT id FROM {s}.annotator WHERE db_role = current_user) THEN
            RAISE EXCEPTION 'only a lead can change another reviewer''s labels'
              USING ERRCODE = 'insufficient_privilege';
          END IF;
          RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END $$""")
    run(f"ALTER TABLE {s}.label_event ALTER COLUMN db_role SET DEFAULT current_user")
    run(
        f"CREATE TRIGGER annotator_log_append_only BEFORE UPDATE OR DELETE ON {s}.label_event "
        f"FOR EACH ROW EXECUTE FUNCTION {s}.annotator_log_is_append_only()"
    )
    run(
        f"CREATE TRIGGER annotator_log_no_truncate BEFORE TRUNCATE ON {s}.label_event "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {s}.annotator_log_is_append_only()"
    )
    run(
        f"CREATE TRIGGER annotator_log_stamp_role BEFORE INSERT ON {s}.label_event "
        f"FOR EACH ROW EXECUTE FUNCTION {s}.annotator_stamp_role()"
    )
    run(
        f"CREATE TRIGGER annotator_own_labels BEFORE UPDATE OR DELETE ON {s}.annotation "
        f"FOR EACH ROW EXECUTE FUNCTION {s}.annotator_own_labels_only()"
    )

    for table in _RLS:
        run(f"ALTER TABLE {s}.{table} ENABLE ROW LEVEL SECURITY")
    for table, name, command, group, using, check in _policies(s):
        sql = f"CREATE POLICY {name} ON {s}.{table} FOR {command} TO {groups[group]}"
        if using is not None:
            sql += f" USING ({using})"
        if check is not None:
            sql += f" WITH CHECK ({check})"
        run(sql)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        database, schema = bind.exec_driver_sql("SELECT current_database(), current_schema()").one()
        reviewer, lead = _group_roles(database)
        s, r, l = _q(schema), _q(reviewer), _q(lead)
        run = op.execute
        for table, name, *_rest in _policies(s):
            run(f"DROP POLICY IF EXISTS {name} ON {s}.{table}")
        for table in _RLS:
            run(f"ALTER TABLE {s}.{table} DISABLE ROW LEVEL SECURITY")
        for trigger, table in (
            ("annotator_log_append_only", "label_event"),
            ("annotator_log_no_truncate", "label_event"),
            ("annotator_log_stamp_role", "label_event"),
            ("annotator_own_labels", "annotation"),
        ):
            run(f"DROP TRIGGER IF EXISTS {trigger} ON {s}.{table}")
        for function in ("annotator_log_is_append_only", "annotator_stamp_role", "annotator_own_labels_only"):
            run(f"DROP FUNCTION IF EXISTS {s}.{function}()")
        run(f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM {r}, {l}")
        run(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {s} FROM {r}, {l}")
        run(f"REVOKE ALL ON SCHEMA {s} FROM {r}, {l}")
    with op.batch_alter_table("label_event", schema=None) as batch_op:
        batch_op.drop_column("db_role")
    with op.batch_alter_table("annotator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_annotator_db_role"))
        batch_op.drop_column("db_role")
