"""index agreements by the agreement they carry over

An agreement is open until it is done or carried over to a later session: "is some agreement
carried over from this one?" is asked for every agreement whenever a coaching log or the plan
list is shown. Without this index each question read the whole agreement table, so opening
one plan grew slower with every other plan in the database.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 17:10:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_carried_from"), ["carried_from"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_carried_from"))
