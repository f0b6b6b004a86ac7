"""`ledarplan org import-local DIR`: a leader's local plans move into the organisation's
database through the two desks' merge. The leader's own plans become the login's; a plan the
local desk holds as a manager goes to that leader only where the login is their current
manager; moving twice changes nothing; the local folder is only read; a folder that cannot
be read is said, exit status 3, nothing written."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from psycopg import sql

from ledarplan.app import main, open_services
from ledarplan.domain.entities import (
    Action,
    AssessorKind,
    CoachingSession,
    DevelopmentTalk,
    PrepAnswer,
    Rating,
)
from ledarplan.folder_lock import LOCK_FILE
from ledarplan.paths import AppPaths
from ledarplan.services.moving_in import Fate, NotOnOrganisationDatabaseError

from .conftest import catalog_of_builtins

pytestmark = pytest.mark.postgres

ANNA, MARIA, BO = "mv_anna", "mv_maria", "mv_bo"


@pytest.fixture(scope="module")
def catalog():
    return catalog_of_builtins()


@pytest.fixture
def people(org):
    """Maria manages Anna; Bo is registered with no manager."""
    for login, name, *extra in (
        (MARIA, "Maria Berg"),
        (ANNA, "Anna Lind", "--email", "anna.lind@kommun.se", "--manager", MARIA),
        (BO, "Bo Ek"),
    ):
        assert org.ledarplan("org", "add-user", login, "--name", name, *extra) == 0
    return org


def local_desk(folder: Path, catalog):
    return open_services(AppPaths(folder), catalog, daily_backup=False)


def annas_local_plan(folder: Path, catalog) -> str:
    """Anna's own plan in her local data folder, with a private coaching note."""
    services = local_desk(folder, catalog)
    try:
        me = services.people.create("Anna Lind", email="anna.lind@kommun.se")
        plan = services.plans.create(me.id, "kalix", title="Annas plan")
        item = plan.snapshot.items[0].item_id
        services.assessments.record(plan.id, date(2025, 1, 10), [Rating(item, 3, "Mitt svar")])
        goal = services.goals.add(plan.id, "Lyssna mer", [item])
        services.goals.add_action(goal.id, Action("Fråga först"))
        services.coaching.save(
            CoachingSession(
                plan.id, date(2025, 2, 3), topic="Svåra samtal", notes="Bara för mig",
                notes_private=True,
            )
        )  # fmt: skip
        services.talks.prepare(
            DevelopmentTalk(
                plan.id, date(2025, 4, 1),
                leader_prep=[PrepAnswer("Hur går det?", "Bra"),
                             PrepAnswer("Oro?", "Privat oro", private=True)],
            )
        )  # fmt: skip
        return plan.id
    finally:
        services.close()


def kept_as_manager(
    leader_folder: Path, manager_folder: Path, name: str, title: str, catalog, *, email: str = ""
) -> str:
    """A leader's plan sent to their manager's local desk, kept there as the manager's copy."""
    leader = local_desk(leader_folder, catalog)
    person = leader.people.create(name, email=email)
    plan = leader.plans.create(person.id, "kalix", title=title)
    sent = leader.transfer.send(plan.id, leader_folder / "to-manager.ledarplan.json")
    leader.close()
    manager = local_desk(manager_folder, catalog)
    manager.transfer.import_file(sent)
    manager.close()
    return plan.id


def counts(org) -> dict[str, int]:
    """Rows in every table, as the database's superuser counts them."""
    with org.sql() as conn:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            ).fetchall()
        ]
        return {
            name: conn.execute(
                sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(name))
            ).fetchone()[0]
            for name in tables
        }


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def run(org, login: str, folder: Path, capsys) -> tuple[int, str, str]:
    capsys.readouterr()
    code = org.ledarplan("org", "import-local", str(folder), login=login)
    out, err = capsys.readouterr()
    return code, " ".join(out.split()), " ".join(err.split())


def test_the_leaders_own_plans_become_the_logins_and_moving_twice_changes_nothing(
    people, catalog, tmp_path, capsys
):
    folder = tmp_path / "anna local"
    plan_id = annas_local_plan(folder, catalog)
    before = fingerprint(folder)

    code, out, err = run(people, ANNA, folder, capsys)
    assert (code, err) == (0, ""), out
    assert "moved in: “Annas plan” (Anna Lind)" in out
    assert "1 plan(s) moved, 0 in the database already, 0 skipped" in out
    assert fingerprint(folder) == before  # read only: not a byte changed, nothing added

    with people.services(ANNA, catalog) as anna:
        (summary,) = anna.plans.list()
        assert summary.plan.id == plan_id
        assert summary.person.name == "Anna Lind"
        (session,) = anna.coaching.list(plan_id)
        assert session.notes == "Bara för mig"  # her private note came along, hers to read
        (talk,) = anna.talks.list(plan_id)
        assert [a.answer for a in talk.leader_prep] == ["Bra", "Privat oro"]
        (goal,) = anna.goals.list(plan_id)
        assert [a.what for a in goal.actions] == ["Fråga först"]
    with people.services(MARIA, catalog) as maria:  # her manager sees the plan, not the note
        (session,) = maria.coaching.list(plan_id)
        assert session.notes == ""
    with people.sql() as conn:
        owner = conn.execute(
            "SELECT m.login FROM plan p JOIN org_member m ON m.person_id = p.person_id"
        ).fetchall()
        assert owner == [(ANNA,)]
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 3  # none added

    rows = counts(people)
    code, out, err = run(people, ANNA, folder, capsys)
    assert (code, err) == (0, "")
    assert "in the database already, nothing new: “Annas plan”" in out
    assert "Nothing new: every plan of it is in the database already." in out
    assert counts(people) == rows
    assert fingerprint(folder) == before


def test_a_managers_copy_merges_into_the_plan_the_leader_moved_in(
    people, catalog, tmp_path, capsys
):
    anna_folder, maria_folder = tmp_path / "anna", tmp_path / "maria"
    plan_id = annas_local_plan(anna_folder, catalog)
    anna = local_desk(anna_folder, catalog)
    anna.transfer.send(plan_id, tmp_path / "till-maria.json")
    anna.close()
    maria = local_desk(maria_folder, catalog)
    maria.merging.merge(tmp_path / "till-maria.json")  # now Maria's copy, at her desk
    item = maria.plans.get(plan_id).snapshot.items[0].item_id
    maria.assessments.record(
        plan_id, date(2025, 1, 12), [Rating(item, 4, "Marias bedömning")],
        assessor_kind=AssessorKind.MANAGER,
    )  # fmt: skip
    maria.goals.add(plan_id, "Marias gemensamma mål", [item])
    maria.close()
    # A plan Maria keeps as the manager of someone not registered as hers: skipped.
    kept_as_manager(tmp_path / "carl", maria_folder, "Carl Okänd", "Carls plan", catalog)

    assert run(people, ANNA, anna_folder, capsys)[0] == 0
    code, out, err = run(people, MARIA, maria_folder, capsys)
    assert code == 1, err  # one plan was skipped
    assert "merged: “Annas plan” (Anna Lind), 2 change(s)" in out
    assert (
        "skipped: “Carls plan” (Carl Okänd): Carl Okänd is not registered in the "
        f"organisation's database '{people.name}'" in out
    )
    assert f"as someone you ({MARIA}) manage" in out
    with people.services(ANNA, catalog) as anna_db:
        rounds = anna_db.assessments.list(plan_id)
        assert sorted(r.assessor_kind for r in rounds) == [
            AssessorKind.MANAGER, AssessorKind.SELF
        ]  # fmt: skip
        assert [g.title for g in anna_db.goals.list(plan_id)] == [
            "Lyssna mer", "Marias gemensamma mål"
        ]  # fmt: skip
        (session,) = anna_db.coaching.list(plan_id)
        assert session.notes == "Bara för mig"  # Anna's private note untouched by the merge
    with people.sql() as conn:
        plans = conn.execute("SELECT title FROM plan ORDER BY title").fetchall()
    assert plans == [("Annas plan",)]  # Carl's plan did not go anywhere

    rows = counts(people)
    for login, folder in ((MARIA, maria_folder), (ANNA, anna_folder)):
        code, out, _err = run(people, login, folder, capsys)
        assert "in the database already, nothing new: “Annas plan”" in out
        assert "merged" not in out and "moved in" not in out
    assert counts(people) == rows


def test_a_managers_plan_of_someone_they_do_not_manage_is_skipped_and_said(
    people, catalog, tmp_path
):
    folder = tmp_path / "bo"
    kept_as_manager(
        tmp_path / "anna", folder, "Anna Lind", "Annas plan hos Bo", catalog,
        email="ANNA.LIND@kommun.se",
    )  # fmt: skip
    with people.services(BO, catalog) as bo:
        preview = bo.moving_in.preview(folder)
        (move,) = preview.plans
        assert move.fate is Fate.SKIPPED
        assert "Anna Lind is not registered" in move.reason
        assert f"--manager {BO}" in move.reason
    with people.services(MARIA, catalog) as maria:  # her manager: found by e-mail
        preview = maria.moving_in.preview(folder)
        assert [m.fate for m in preview.plans] == [Fate.NEW]
        assert not preview.written
        moved = maria.moving_in.move(folder)
        assert moved.written and [m.fate for m in moved.plans] == [Fate.NEW]
    with people.services(ANNA, catalog) as anna_db:
        assert [s.plan.title for s in anna_db.plans.list()] == ["Annas plan hos Bo"]


# --- bad input: exit status 3, the folder named, nothing written ---------------------------


def refused(people, folder: Path, capsys) -> str:
    rows = counts(people)
    code, out, err = run(people, ANNA, folder, capsys)
    assert code == 3, (out, err)
    assert out == ""
    assert err.startswith(f"ledarplan: cannot move the plans of {folder}: ")
    assert err.endswith("Nothing was moved")
    assert counts(people) == rows
    return err


def test_a_missing_folder(people, tmp_path, capsys):
    assert "there is no such folder" in refused(people, tmp_path / "gone", capsys)


def test_a_file_instead_of_a_folder(people, tmp_path, capsys):
    file = tmp_path / "ledarplan.sqlite3"
    file.write_bytes(b"")
    assert "this is a file, not a data folder" in refused(people, file, capsys)


def test_a_folder_without_a_local_database(people, tmp_path, capsys):
    (tmp_path / "documents").mkdir()
    err = refused(people, tmp_path / "documents", capsys)
    assert "not a ledarplan data folder: there is no ledarplan.sqlite3 in it" in err


def test_a_folder_open_in_the_window_on_another_computer(people, catalog, tmp_path, capsys):
    folder = tmp_path / "anna"
    annas_local_plan(folder, catalog)
    (folder / LOCK_FILE).write_text("4242\nledarplan\nts-farm-07\n", encoding="utf-8")
    err = refused(people, folder, capsys)
    assert "ledarplan has these plans open (on ts-farm-07); close it there first" in err


def test_a_folder_of_a_newer_version(people, catalog, tmp_path, capsys):
    folder = tmp_path / "anna"
    annas_local_plan(folder, catalog)
    with closing(sqlite3.connect(folder / "ledarplan.sqlite3")) as db:
        db.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
        db.commit()
    before = fingerprint(folder)
    err = refused(people, folder, capsys)
    assert "written by a newer version of ledarplan (schema ffff_from_the_future)" in err
    assert fingerprint(folder) == before


def test_an_encrypted_local_file(people, tmp_path, capsys):
    folder = tmp_path / "anna"
    folder.mkdir()
    (folder / "ledarplan.sqlite3").write_bytes(b"\x8f\x12SQLCipher?" + bytes(range(256)) * 8)
    err = refused(people, folder, capsys)
    assert "its ledarplan.sqlite3 is not a readable SQLite database: it is encrypted" in err


def test_without_the_organisations_database_it_says_what_it_needs(
    private_data_dir, tmp_path, capsys
):
    code = main(["org", "import-local", str(tmp_path)])
    err = " ".join(capsys.readouterr().err.split())
    assert code == 1
    assert "this needs the organisation's database: give its URL with --database-url" in err
    assert not (private_data_dir / "ledarplan.sqlite3").exists()


def test_the_service_refuses_the_local_file(catalog, private_data_dir, tmp_path):
    services = local_desk(private_data_dir, catalog)
    try:
        with pytest.raises(NotOnOrganisationDatabaseError, match="needs the organisation's"):
            services.moving_in.preview(tmp_path / "anything")
    finally:
        services.close()
