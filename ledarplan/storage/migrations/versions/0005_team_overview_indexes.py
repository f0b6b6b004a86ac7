"""covering indexes for the team overview: sessions by plan and date, agreements by session

The team overview counts the open and overdue agreements and finds the last and next coaching
session of every current plan at once. Through the single-column indexes on a session's plan
and an agreement's session, SQLite read every one of those sessions' and agreements' rows,
notes and all (a session's next date is stored after its texts), which was most of the
overview's time. The new indexes hold what those queries need, so the rows are not read; they
begin with the columns of the indexes they replace, which are dropped. Indexes only: no table
is copied or changed.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 10:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_coaching_session_plan_dates",
        "coaching_session",
        ["plan_id", "date", "next_date", "id"],
        unique=False,
    )
    op.drop_index("ix_coaching_session_plan_id", table_name="coaching_session")
    op.create_index(
        "ix_agreement_session_open",
        "agreement",
        ["session_id", "done", "due_date", "id"],
        unique=False,
    )
    op.drop_index("ix_agreement_session_id", table_name="agreement")


def downgrade() -> None:
    op.create_index("ix_agreement_session_id", "agreement", ["session_id"], unique=False)
    op.drop_index("ix_agreement_session_open", table_name="agreement")
    op.create_index("ix_coaching_session_plan_id", "coaching_session", ["plan_id"], unique=False)
    op.drop_index("ix_coaching_session_plan_dates", table_name="coaching_session")
