"""an agreement names its plan: the plan of its session or talk

The team overview counts the open and overdue agreements of every current plan; on the
organisation's database each agreement's read policy looked its session up, one index probe per
agreement, on top of the query's own way through the sessions. With the plan on the agreement,
its policy is its plan's (as for a session or a talk) and the count reads one index by plan.

The column is added in place (ADD COLUMN), never by copying the table (see 0003), filled from
each agreement's session or talk, and indexed like the agreements' index by session. It has
no foreign key of its own: the agreement goes with its session or talk, which go with their
plan; and it is nullable, as SQLite's ADD COLUMN makes it (every agreement has one).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 16:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("agreement", sa.Column("plan_id", sa.String(length=36), nullable=True))
    for parent, link in (("coaching_session", "session_id"), ("development_talk", "talk_id")):
        op.execute(
            f"UPDATE agreement SET plan_id = (SELECT p.plan_id FROM {parent} p "
            f"WHERE p.id = agreement.{link}) WHERE {link} IS NOT NULL"
        )
    op.create_index(
        "ix_agreement_plan_open",
        "agreement",
        ["plan_id", "done", "due_date", "id", "carried_from"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_agreement_plan_open", table_name="agreement")
    op.drop_column("agreement", "plan_id")
