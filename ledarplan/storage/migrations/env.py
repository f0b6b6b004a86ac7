"""Alembic environment: always run in code by ledarplan.storage.database, on its connection."""

from __future__ import annotations

from alembic import context

from ledarplan.storage.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by a bare `alembic` command
    raise RuntimeError("ledarplan migrations run from the program, not the alembic command")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
    # All steps in one transaction, which storage.database begins for real on SQLite: a
    # program killed half-way leaves the schema as it was (Alembic's SQLite default is off).
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
