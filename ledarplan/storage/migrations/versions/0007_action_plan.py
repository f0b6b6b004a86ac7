"""an action names its plan: the plan of its goal

As for agreements (0006): on the organisation's database an action's read policy looked its
goal up, one index probe per action, and the team overview's count of overdue actions went
through the plans' goals. With the plan on the action, its policy is its plan's and the count
reads one index by plan (status and due date in it).

Added in place (ADD COLUMN), filled from each action's goal; no foreign key of its own (the
action goes with its goal, which goes with its plan), nullable as SQLite's ADD COLUMN makes it.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("action", sa.Column("plan_id", sa.String(length=36), nullable=True))
    op.execute(
        "UPDATE action SET plan_id = (SELECT g.plan_id FROM goal g WHERE g.id = action.goal_id)"
    )
    op.create_index(
        "ix_action_plan_open", "action", ["plan_id", "status", "due_date"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_action_plan_open", table_name="action")
    op.drop_column("action", "plan_id")
