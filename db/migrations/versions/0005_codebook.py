"""Codebook: the labels, their decision order and the guidelines stored in
the database (one row per version, its labels beside it). The CHECK
constraints that allowed only the first four labels are dropped: the
codebook says which labels are valid.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 10:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_FOUR = "('sourced', 'unsourced', 'opinion', 'suspicious')"
# (table, constraint name, column) of every label check made by 0001.
_CHECKS = [
    ("annotation", "ck_annotation_label", "label"),
    ("gold_label", "ck_gold_label_label", "label"),
    ("label_event", "ck_label_event_old_label", "old_label"),
    ("label_event", "ck_label_event_new_label", "new_label"),
]


def upgrade() -> None:
    op.create_table(
        "codebook",
        sa.Column("version", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("guidelines", sa.Text(), nullable=False),
        sa.Column("decision_order", sa.JSON(), nullable=False),
        sa.Column("renamed", sa.JSON(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_codebook")),
    )
    op.create_table(
        "codebook_label",
        sa.Column("codebook_version", sa.Integer(), nullable=False),
        sa.Column("value", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("key", sa.String(length=20), nullable=False),
        sa.Column("alt_key", sa.String(length=20), nullable=True),
        sa.Column("style", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("examples", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["codebook_version"],
            ["codebook.version"],
            name=op.f("fk_codebook_label_codebook_version_codebook"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("codebook_version", "value", name=op.f("pk_codebook_label")),
    )
    # SQLite cannot drop a constraint in place: batch mode copies each table
    # without it (the named checks are reflected, so they can be named here).
    for table in ("annotation", "gold_label", "label_event"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for owner, name, _column in _CHECKS:
                if owner == table:
                    batch_op.drop_constraint(op.f(name), type_="check")


def downgrade() -> None:
    for table in ("annotation", "gold_label", "label_event"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for owner, name, column in _CHECKS:
                if owner == table:
                    batch_op.create_check_constraint(op.f(name), f"({column} IS NULL OR {column} IN {_FOUR})")
    op.drop_table("codebook_label")
    op.drop_table("codebook")
