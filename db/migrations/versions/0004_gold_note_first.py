"""Gold notes before gold labels: an adjudicator's note may be saved before
the sentence's gold label is chosen, so the label may be empty.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 12:31:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("gold_label", schema=None) as batch_op:
        batch_op.alter_column("label", existing_type=sa.String(length=20), nullable=True)


def downgrade() -> None:
    op.execute("DELETE FROM gold_label WHERE label IS NULL")
    with op.batch_alter_table("gold_label", schema=None) as batch_op:
        batch_op.alter_column("label", existing_type=sa.String(length=20), nullable=False)
