"""Opening the database: migrations from nothing, and refusing what is not ours or too new."""

from __future__ import annotations

import shutil
import sqlite3
import stat
import sys
import textwrap
from contextlib import closing

import pytest

from ledarplan.storage.database import open_database
from ledarplan.storage.errors import NewerDatabaseError, NotOurDatabaseError
from ledarplan.storage.schema import MIGRATIONS, head_revision, is_known_revision
from tests.storage.old_schemas import columns, migrations_up_to

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def tables(path) -> set[str]:
    with closing(sqlite3.connect(path)) as db:
        return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def revision(path) -> str:
    with closing(sqlite3.connect(path)) as db:
        return db.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_an_empty_data_dir_gets_a_migrated_database(tmp_path):
    path = tmp_path / "new dir åäö" / "ledarplan.sqlite3"
    open_database(path, tmp_path / "backups").dispose()
    assert revision(path) == head_revision()
    assert {
        "person",
        "plan",
        "assessment_round",
        "rating",
        "goal",
        "goal_item",
        "checkin",
        "action",
        "coaching_session",
        "session_goal",
        "development_talk",
        "agreement",
    } <= tables(path)
    # a fresh database needs no backup before its first migration
    assert not (tmp_path / "backups").exists()


def test_opening_twice_does_not_migrate_again(tmp_path):
    path = tmp_path / "db.sqlite3"
    open_database(path, tmp_path / "backups").dispose()
    open_database(path, tmp_path / "backups").dispose()
    assert not (tmp_path / "backups").exists()


def test_pragmas_foreign_keys_and_wal(tmp_path):
    database = open_database(tmp_path / "db.sqlite3")
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        # NORMAL (1): in WAL mode a commit needs no disk flush of its own, and the file
        # stays whole through a crash or power cut.
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == -16 * 1024
    database.dispose()


@posix_only
def test_the_database_file_is_private(tmp_path):
    path = tmp_path / "db.sqlite3"
    open_database(path).dispose()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "db.sqlite3"
    open_database(path).dispose()
    with closing(sqlite3.connect(path)) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999_future'")
        db.commit()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError) as info:
        open_database(path, tmp_path / "backups")
    assert "newer version of ledarplan" in str(info.value)
    assert "9999_future" in str(info.value)
    assert path.read_bytes() == before


def test_a_foreign_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE recipes (name TEXT)")
        db.commit()
    before = path.read_bytes()
    with pytest.raises(NotOurDatabaseError) as info:
        open_database(path)
    assert "not a ledarplan database" in str(info.value)
    assert "recipes" in str(info.value)
    assert path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"Dear diary, " * 100)
    with pytest.raises(NotOurDatabaseError) as info:
        open_database(path)
    assert "not an SQLite database" in str(info.value)
    assert path.read_bytes() == b"Dear diary, " * 100


def test_an_upgrade_backs_up_first_then_migrates_keeping_the_data(tmp_path):
    """A newer program (one more migration) opens a database of this one."""
    path = tmp_path / "db.sqlite3"
    database = open_database(path)
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO person VALUES ('p1', 'Åsa Ørsted', 'Chef', '', '', 0, "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    database.dispose()
    newer = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, newer, ignore=shutil.ignore_patterns("__pycache__"))
    following = f"{int(head_revision()) + 1:04d}"  # the next program's revision
    (newer / "versions" / f"{following}_test_nickname.py").write_text(
        textwrap.dedent(
            f"""\
            import sqlalchemy as sa
            from alembic import op

            revision = "{following}"
            down_revision = "{head_revision()}"
            branch_labels = None
            depends_on = None


            def upgrade():
                with op.batch_alter_table("person") as batch:
                    batch.add_column(sa.Column("nickname", sa.String(50), nullable=True))


            def downgrade():
                with op.batch_alter_table("person") as batch:
                    batch.drop_column("nickname")
            """
        ),
        encoding="utf-8",
    )
    open_database(path, tmp_path / "backups", migrations=newer).dispose()
    assert revision(path) == following
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("SELECT name, nickname FROM person").fetchall() == [("Åsa Ørsted", None)]
    (backup,) = (tmp_path / "backups").iterdir()
    assert backup.name.startswith(f"before-migration-{head_revision()}-")
    assert revision(backup) == head_revision()
    with closing(sqlite3.connect(backup)) as db:
        assert db.execute("SELECT name FROM person").fetchall() == [("Åsa Ørsted",)]
    # and this program now refuses the upgraded database as newer, untouched
    with pytest.raises(NewerDatabaseError):
        open_database(path)


def test_a_migration_that_fails_half_way_leaves_the_database_as_it_was(tmp_path):
    """Each step of a migration is in one transaction with the rest: no half schema, ever
    (the crash test once found a first start killed after some tables were made)."""
    path = tmp_path / "db.sqlite3"
    open_database(path).dispose()
    newer = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, newer, ignore=shutil.ignore_patterns("__pycache__"))
    (newer / "versions" / "9999_test_half.py").write_text(
        textwrap.dedent(
            f"""\
            import sqlalchemy as sa
            from alembic import op

            revision = "9999"
            down_revision = "{head_revision()}"
            branch_labels = None
            depends_on = None


            def upgrade():
                op.create_table("half", sa.Column("id", sa.Integer, primary_key=True))
                op.create_index("ix_person_name_half", "person", ["name"])
                raise RuntimeError("the power went")


            def downgrade():
                pass
            """
        ),
        encoding="utf-8",
    )
    with pytest.raises(RuntimeError, match="the power went"):
        open_database(path, tmp_path / "backups", migrations=newer)
    assert revision(path) == head_revision()
    assert "half" not in tables(path)
    with closing(sqlite3.connect(path)) as db:
        indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "ix_person_name_half" not in indexes
    open_database(path).dispose()  # this program still opens it as before


def test_a_first_start_that_fails_half_way_leaves_no_half_schema(tmp_path, monkeypatch):
    path = tmp_path / "db.sqlite3"
    newer = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, newer, ignore=shutil.ignore_patterns("__pycache__"))
    first = next((newer / "versions").glob("0001_*.py"))
    text = first.read_text(encoding="utf-8")
    # the first table is made, then the "power goes"
    marker = "op.create_table("
    at = text.index(marker, text.index(marker) + 1)
    first.write_text(text[:at] + 'raise RuntimeError("the power went")\n    ' + text[at:])
    with pytest.raises(RuntimeError, match="the power went"):
        open_database(path, tmp_path / "backups", migrations=newer)
    assert tables(path) == set()
    open_database(path).dispose()  # the next start makes the whole schema
    assert revision(path) == head_revision()


def _corrupt(path, where=4096, length=4096):
    data = bytearray(path.read_bytes())
    data[where : where + length] = b"\xde\xad\xbe\xef" * (length // 4)
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_refused_untouched(tmp_path):
    from ledarplan.storage.errors import DamagedDatabaseError  # noqa: PLC0415

    path = tmp_path / "db.sqlite3"
    database = open_database(path)
    with database.engine.begin() as connection:
        for n in range(300):
            connection.exec_driver_sql(
                "INSERT INTO person VALUES (?, 'Navn', '', '', '', 0, "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00')",
                (f"p{n}",),
            )
    database.dispose()
    _corrupt(path)
    before = path.read_bytes()
    with pytest.raises(DamagedDatabaseError) as info:
        open_database(path, tmp_path / "backups")
    assert "the database is damaged" in str(info.value)
    assert path.read_bytes() == before


def test_a_truncated_database_gets_its_own_message(tmp_path):
    from ledarplan.storage.errors import DamagedDatabaseError  # noqa: PLC0415

    path = tmp_path / "db.sqlite3"
    open_database(path).dispose()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedDatabaseError, match="cut short"):
        open_database(path)


def test_an_empty_file_with_backups_is_not_overwritten(tmp_path):
    from ledarplan.storage.errors import EmptyDatabaseError  # noqa: PLC0415

    path = tmp_path / "db.sqlite3"
    (tmp_path / "backups").mkdir()
    (tmp_path / "backups" / "daily-20261122.sqlite3").write_bytes(b"x")
    path.write_bytes(b"")
    with pytest.raises(EmptyDatabaseError, match="empty"):
        open_database(path, tmp_path / "backups")
    assert path.read_bytes() == b""


def _indexes(path) -> set[str]:
    with closing(sqlite3.connect(path)) as db:
        return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}


def test_a_database_of_the_first_schema_is_upgraded_with_the_agreement_index(tmp_path):
    """0002 indexes agreements by what they carry over; 0001 databases get it, after a backup."""
    first = migrations_up_to(tmp_path, "0001")
    path = tmp_path / "db.sqlite3"
    database = open_database(path, migrations=first)
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO person VALUES ('p1', 'Åsa Ørsted', 'Chef', '', '', 0, "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    database.dispose()
    assert revision(path) == "0001"
    assert "ix_agreement_carried_from" not in _indexes(path)

    open_database(path, tmp_path / "backups").dispose()
    assert revision(path) == head_revision()
    assert "ix_agreement_carried_from" in _indexes(path)
    (backup,) = (tmp_path / "backups").iterdir()
    assert backup.name.startswith("before-migration-0001-")
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("SELECT name FROM person").fetchall() == [("Åsa Ørsted",)]


def test_open_agreements_are_found_through_the_index(tmp_path):
    from sqlalchemy import select  # noqa: PLC0415

    from ledarplan.storage.tables import AgreementRow, not_carried_over  # noqa: PLC0415

    database = open_database(tmp_path / "db.sqlite3")
    query = select(AgreementRow.id).where(not_carried_over())
    with database.engine.connect() as connection:
        sql = str(query.compile(database.engine))
        plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}").fetchall()
    database.dispose()
    details = " | ".join(row[-1] for row in plan)
    assert "INDEX ix_agreement_carried_from (carried_from=?)" in details


def test_the_migrated_schema_is_what_the_tables_declare(tmp_path):
    """Every table, column and index of tables.py is made by the migrations, and no other."""
    from alembic.autogenerate import compare_metadata  # noqa: PLC0415
    from alembic.migration import MigrationContext  # noqa: PLC0415

    from ledarplan.storage.tables import Base  # noqa: PLC0415

    database = open_database(tmp_path / "db.sqlite3")
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    database.dispose()
    alembic_own = ("remove_table", "alembic_version")
    assert [d for d in differences if (d[0], getattr(d[1], "name", None)) != alembic_own] == []


def test_the_revisions_read_from_the_scripts_are_alembics(tmp_path):
    """The program reads the migration scripts' revision ids itself (to start without
    importing Alembic); they must be what Alembic reads."""
    from alembic.config import Config  # noqa: PLC0415
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    scripts = ScriptDirectory.from_config(config)
    assert head_revision() == scripts.get_current_head()
    known = {script.revision for script in scripts.walk_revisions()}
    assert all(is_known_revision(revision) for revision in known)
    assert not is_known_revision("9999")
    assert not is_known_revision("")


def test_a_database_of_schema_0002_gets_two_desks_keeping_every_record(tmp_path):
    """0003 adds change stamps, desks and both sides' signatures in place: no table is copied
    (a copied parent table would take its children with it), a talk signed before is signed
    by both, and the first person's plans are the user's own (the leader's desk)."""
    from ledarplan.domain.entities import Side  # noqa: PLC0415
    from ledarplan.storage.store import Store  # noqa: PLC0415

    older = migrations_up_to(tmp_path, "0002")
    path = tmp_path / "db.sqlite3"
    database = open_database(path, migrations=older)
    snapshot = (
        '{"framework_name": "Kalix", "source": "Kalix kommun", "level_name": "", "items": []}'
    )
    with database.engine.begin() as connection:
        run = connection.exec_driver_sql
        for person, day in (("me", "01"), ("bo", "02")):
            run(f"INSERT INTO person VALUES ('{person}', '{person}', '', '', '', 0, "
                f"'2026-01-{day} 00:00:00', '2026-01-{day} 00:00:00')")  # fmt: skip
            run(f"INSERT INTO plan VALUES ('plan-{person}', '{person}', 'kalix', '1', NULL, "
                f"'Plan', NULL, NULL, 'draft', '{snapshot}', '2026-01-03 00:00:00', "
                "'2026-01-03 00:00:00')")  # fmt: skip
        run("INSERT INTO goal VALUES ('g1', 'plan-me', 0, 'Mål', '', '', NULL, 'in-progress', 10)")
        run("INSERT INTO action VALUES ('a1', 'g1', 0, 'Ring', '', '', '', '', '', 'course', "
            "NULL, NULL, 'planned', NULL)")  # fmt: skip
        run("INSERT INTO checkin VALUES ('c1', 'g1', 0, '2026-02-01', 'Bra', 20)")
        run("INSERT INTO development_talk VALUES ('t1', 'plan-me', 0, '2026-03-01', 'Åsa, Bo', "
            "'[]', '[]', 'Enige', NULL, 'Bo Chef', '2026-03-01 15:00:00.000000')")  # fmt: skip
        run("INSERT INTO agreement VALUES ('ag1', NULL, 't1', 0, 'Kursus', 'Bo', NULL, 0, NULL)")
    database.dispose()

    database = open_database(path, tmp_path / "backups")
    try:
        with Store(database).transaction() as repo:
            mine, theirs = repo.load_bundle("plan-me"), repo.load_bundle("plan-bo")
    finally:
        database.dispose()
    assert (mine.desk.side, theirs.desk.side) == (Side.LEADER, Side.MANAGER)
    [goal] = mine.goals
    assert ([a.what for a in goal.actions], [c.note for c in goal.checkins]) == (["Ring"], ["Bra"])
    [talk] = mine.talks
    assert [a.text for a in talk.agreements] == ["Kursus"]
    assert talk.signed_off  # signed before: by one name for both, so final as it was
    assert talk.leader_signature == talk.manager_signature
    assert talk.manager_signature.name == "Bo Chef"
    assert "signed_off_by" not in {c[1] for c in columns(path, "development_talk")}
