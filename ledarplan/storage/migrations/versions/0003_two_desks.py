"""two desks: change stamps on every record, the plan's desk, and deleted records

A plan is kept at two desks (the leader's and the manager's) whose copies are merged by file.
Every record gets `versions` (when it and each field last changed, at which desk); each plan a
`plan_desk` row (whose desk this copy is on, what it has seen of each desk's changes); and
records deleted at one desk are kept as tombstones until the other copy has heard of it.

A talk is signed by both, each at their own desk: `leader_signature` and `manager_signature`
({"name", "role", "at"}) replace the one `signed_off_by`/`signed_off_at`, which a talk signed
before was signed with for both (so it stays final). The old columns are dropped in place
(SQLite 3.35's DROP COLUMN), never by copying the table, which would delete its agreements.

Existing plans: the plans of the person stored first are taken as this user's own (the leader's
desk); the plans of everyone else as plans of people the user manages (the manager's desk).
A user can change it in the plan's properties.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 23:30:00
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

VERSIONED = (
    "plan",
    "assessment_round",
    "goal",
    "checkin",
    "action",
    "coaching_session",
    "agreement",
    "development_talk",
)


def upgrade() -> None:
    # A plain ADD COLUMN, never batch mode's copy of the table: copying a parent table drops
    # the old one, and with foreign keys on that deletes its children (actions, check-ins …).
    for table in VERSIONED:
        op.add_column(
            table,
            sa.Column("versions", sa.JSON(), nullable=False, server_default=sa.text("'{}'")),
        )
    op.create_table(
        "plan_desk",
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("side", sa.String(length=20), nullable=False),
        sa.Column("seen", sa.JSON(), nullable=False),
        sa.Column("met_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_plan_desk_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("plan_id", name=op.f("pk_plan_desk")),
    )
    op.create_table(
        "tombstone",
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("stamp", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_tombstone_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("plan_id", "id", name=op.f("pk_tombstone")),
    )
    # The leader's manager, on the PDF's cover and in its signature block.
    for column in ("manager_name", "manager_title"):
        op.add_column(
            "plan",
            sa.Column(column, sa.String(200), nullable=False, server_default=sa.text("''")),
        )
    op.add_column("development_talk", sa.Column("leader_signature", sa.JSON(), nullable=True))
    op.add_column("development_talk", sa.Column("manager_signature", sa.JSON(), nullable=True))
    bind = op.get_bind()
    signed = bind.execute(
        sa.text(
            "SELECT id, signed_off_by, signed_off_at FROM development_talk "
            "WHERE signed_off_at IS NOT NULL"
        )
    ).fetchall()
    for talk_id, name, at in signed:
        signature = json.dumps({"name": name, "role": "", "at": str(at).replace(" ", "T")})
        bind.execute(
            sa.text(
                "UPDATE development_talk SET leader_signature = :s, manager_signature = :s "
                "WHERE id = :id"
            ),
            {"s": signature, "id": talk_id},
        )
    op.execute("ALTER TABLE development_talk DROP COLUMN signed_off_by")
    op.execute("ALTER TABLE development_talk DROP COLUMN signed_off_at")
    # The first person stored is the user; their plans are on the leader's desk. (SQLite's
    # rowid breaks a tie in the order of storing; PostgreSQL has none, and an organisation's
    # database is made empty by `ledarplan org init`, so any stable order does.)
    tie = "rowid" if bind.dialect.name == "sqlite" else "id"
    op.execute(
        f"""
        INSERT INTO plan_desk (plan_id, side, seen, met_at)
        SELECT plan.id,
               CASE WHEN plan.person_id = (
                   SELECT id FROM person ORDER BY created_at, {tie} LIMIT 1
               ) THEN 'leader' ELSE 'manager' END,
               '{{}}', NULL
        FROM plan
        """
    )


def downgrade() -> None:
    op.add_column(
        "development_talk",
        sa.Column("signed_off_by", sa.String(200), nullable=False, server_default=""),
    )
    op.add_column("development_talk", sa.Column("signed_off_at", sa.DateTime(), nullable=True))
    op.execute("ALTER TABLE development_talk DROP COLUMN manager_signature")
    op.execute("ALTER TABLE development_talk DROP COLUMN leader_signature")
    op.drop_table("tombstone")
    op.drop_table("plan_desk")
    op.execute("ALTER TABLE plan DROP COLUMN manager_title")
    op.execute("ALTER TABLE plan DROP COLUMN manager_name")
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("versions")
