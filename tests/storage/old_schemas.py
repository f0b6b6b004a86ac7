"""Databases of an earlier schema, with today's records in them, for the migrations' tests.

Today's storage code writes today's columns, so a record is stored in a database at the head
and its rows are copied into one made by the migrations up to an earlier revision: the columns
both have, the others as that revision had them.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from ledarplan.storage.database import open_database
from ledarplan.storage.schema import MIGRATIONS


def migrations_up_to(folder: Path, last: str) -> Path:
    """A copy of the migrations without those after revision `last` ("0004")."""
    older = folder / f"migrations-{last}"
    shutil.copytree(MIGRATIONS, older, ignore=shutil.ignore_patterns("__pycache__"))
    for script in (older / "versions").glob("*.py"):
        if script.name[:4] > last:
            script.unlink()
    return older


def database_of(revision: str, path: Path, rows_from: Path) -> None:
    """A database at `path` of schema `revision` holding the rows of the database `rows_from`
    (one of the head's)."""
    open_database(path, migrations=migrations_up_to(path.parent, revision)).dispose()
    with closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("ATTACH DATABASE ? AS head", (str(rows_from),))
        tables = db.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' "
            "AND name NOT IN ('alembic_version') AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        for (table,) in tables:
            info = db.execute(f'PRAGMA main.table_info("{table}")').fetchall()
            columns = ", ".join(f'"{column[1]}"' for column in info)
            db.execute(
                f'INSERT INTO main."{table}" ({columns}) SELECT {columns} FROM head."{table}"'
            )
        db.commit()


def columns(path: Path, table: str) -> list[tuple]:
    """SQLite's description of each column of `table` in the database file at `path`."""
    with closing(sqlite3.connect(path)) as db:
        return db.execute(f'PRAGMA table_info("{table}")').fetchall()
