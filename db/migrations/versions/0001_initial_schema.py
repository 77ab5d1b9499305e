"""Initial schema: articles, sentences, annotators, annotations, events, gold labels.

Migrations are frozen: they spell out plain SQLAlchemy types so later
changes to the models never change what an old migration does.

Revision ID: 0001
Revises:
Create Date: 2026-11-21 10:20:58.272429
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "annotator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_annotator")),
        sa.UniqueConstraint("name", name=op.f("uq_annotator_name")),
    )
    op.create_table(
        "article",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("published", sa.String(length=40), nullable=True),
        sa.Column("meta", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article")),
        sa.UniqueConstraint("uid", name=op.f("uq_article_uid")),
    )
    op.create_table(
        "sentence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("paragraph", sa.Integer(), nullable=False),
        sa.Column("char_start", sa.Integer(), nullable=False),
        sa.Column("char_end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["article.id"], name=op.f("fk_sentence_article_id_article"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sentence")),
        sa.UniqueConstraint("article_id", "position", name=op.f("uq_sentence_article_id")),
    )
    op.create_table(
        "annotation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sentence_id", sa.Integer(), nullable=False),
        sa.Column("annotator_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=20), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(label IS NULL OR label IN ('sourced', 'unsourced', 'opinion', 'suspicious'))",
            name=op.f("ck_annotation_label"),
        ),
        sa.ForeignKeyConstraint(
            ["annotator_id"], ["annotator.id"], name=op.f("fk_annotation_annotator_id_annotator"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["sentence_id"], ["sentence.id"], name=op.f("fk_annotation_sentence_id_sentence"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_annotation")),
        sa.UniqueConstraint("sentence_id", "annotator_id", name=op.f("uq_annotation_sentence_id")),
    )
    with op.batch_alter_table("annotation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_annotation_annotator_id"), ["annotator_id"], unique=False)

    op.create_table(
        "gold_label",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sentence_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=20), nullable=False),
        sa.Column("adjudicator", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(label IS NULL OR label IN ('sourced', 'unsourced', 'opinion', 'suspicious'))",
            name=op.f("ck_gold_label_label"),
        ),
        sa.ForeignKeyConstraint(
            ["sentence_id"], ["sentence.id"], name=op.f("fk_gold_label_sentence_id_sentence"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gold_label")),
        sa.UniqueConstraint("sentence_id", name=op.f("uq_gold_label_sentence_id")),
    )
    op.create_table(
        "label_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sentence_id", sa.Integer(), nullable=False),
        sa.Column("annotator_id", sa.Integer(), nullable=False),
        sa.Column("old_label", sa.String(length=20), nullable=True),
        sa.Column("new_label", sa.String(length=20), nullable=True),
        sa.Column("old_note", sa.Text(), nullable=True),
        sa.Column("new_note", sa.Text(), nullable=True),
        sa.Column("seconds_spent", sa.Float(), nullable=True),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(new_label IS NULL OR new_label IN ('sourced', 'unsourced', 'opinion', 'suspicious'))",
            name=op.f("ck_label_event_new_label"),
        ),
        sa.CheckConstraint(
            "(old_label IS NULL OR old_label IN ('sourced', 'unsourced', 'opinion', 'suspicious'))",
            name=op.f("ck_label_event_old_label"),
        ),
        sa.ForeignKeyConstraint(
            ["annotator_id"], ["annotator.id"], name=op.f("fk_label_event_annotator_id_annotator"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["sentence_id"], ["sentence.id"], name=op.f("fk_label_event_sentence_id_sentence"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_label_event")),
    )
    with op.batch_alter_table("label_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_label_event_annotator_id"), ["annotator_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_label_event_sentence_id"), ["sentence_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("label_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_label_event_sentence_id"))
        batch_op.drop_index(batch_op.f("ix_label_event_annotator_id"))

    op.drop_table("label_event")
    op.drop_table("gold_label")
    with op.batch_alter_table("annotation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_annotation_annotator_id"))

    op.drop_table("annotation")
    op.drop_table("sentence")
    op.drop_table("article")
    op.drop_table("annotator")
