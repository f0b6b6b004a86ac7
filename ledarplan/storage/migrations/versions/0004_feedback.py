"""feedback from others: a plan's feedback rounds with their aggregates

A feedback round (360°) keeps its settings (items asked about, scale, open questions,
respondent groups, anonymity threshold) and only the aggregate of the answers per group shown,
as JSON. A new table, created in place: no existing table is copied or changed.

Revision ID: 0004
Revises: 0003
Create Date: 2027-01-12 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feedback_round",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("item_ids", sa.JSON(), nullable=False),
        sa.Column("scale_min", sa.Integer(), nullable=False),
        sa.Column("scale_max", sa.Integer(), nullable=False),
        sa.Column("questions", sa.JSON(), nullable=False),
        sa.Column("groups", sa.JSON(), nullable=False),
        sa.Column("threshold", sa.Integer(), nullable=False),
        sa.Column("results", sa.JSON(), nullable=False),
        sa.Column("left_out", sa.JSON(), nullable=False),
        sa.Column("summaries", sa.JSON(), nullable=False),
        sa.Column("versions", sa.JSON(), nullable=False),
        sa.CheckConstraint("threshold >= 2", name=op.f("ck_feedback_round_threshold_range")),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plan.id"],
            name=op.f("fk_feedback_round_plan_id_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_round")),
    )
    op.create_index(op.f("ix_feedback_round_plan_id"), "feedback_round", ["plan_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_feedback_round_plan_id"), table_name="feedback_round")
    op.drop_table("feedback_round")
