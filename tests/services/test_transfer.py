"""Export a plan, import it elsewhere: equal in every field, refused when it would clash."""

from __future__ import annotations

import json
import sqlite3
import sys
from contextlib import closing
from datetime import date

import pytest

from ledarplan.domain.entities import Side
from ledarplan.domain.errors import ConflictError
from ledarplan.exchange.format import ExchangeError
from ledarplan.paths import AppPaths
from ledarplan.services.container import Services
from ledarplan.storage.database import open_database
from ledarplan.storage.store import Store


@pytest.fixture
def other_services(tmp_path, catalog):
    """A second installation: the manager's PC."""
    paths = AppPaths(tmp_path / "manager's data")
    paths.ensure()
    database = open_database(paths.database_file, paths.backups_dir)
    yield Services.over(Store(database), catalog, paths.backups_dir)
    database.dispose()


@pytest.fixture
def stored_demo(services, catalog):
    return services.samples.create("holstebro", "chef", date(2026, 11, 23))


def test_export_then_import_elsewhere_is_equal_in_every_field(
    services, other_services, stored_demo, tmp_path
):
    out = tmp_path / "Mette Kjær.ledarplan.json"
    services.transfer.export_plan(stored_demo.plan.id, out, include_private_notes=True)
    result = other_services.transfer.import_file(out)
    assert result.plan_id == stored_demo.plan.id
    assert not result.replaced
    original = services.plans.bundle(stored_demo.plan.id)
    imported = other_services.plans.bundle(stored_demo.plan.id)
    # A plan first imported from someone else is held at their manager's desk.
    assert (original.desk.side, imported.desk.side) == (Side.LEADER, Side.MANAGER)
    # timestamps of the rows differ by design (when each copy was written), and whose desk
    # each copy is on; all else is equal
    for bundle in (original, imported):
        bundle.person.created_at = bundle.person.updated_at = None
        bundle.plan.created_at = bundle.plan.updated_at = None
        bundle.desk = None
    assert imported == original


@pytest.mark.parametrize("kind", ["agreement", "action", "goal"])
def test_a_file_whose_record_has_the_id_of_another_plans_record_is_refused(
    services, stored_demo, tmp_path, kind
):
    """Ids are unique across the database: a file (another plan) holding a record with the
    id of one of a stored plan's records is refused, naming the record, and nothing is
    written."""
    out = tmp_path / "plan.ledarplan.json"
    services.transfer.export_plan(stored_demo.plan.id, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    taken = {
        "agreement": stored_demo.sessions[0].agreements[0].id,
        "action": stored_demo.goals[0].actions[0].id,
        "goal": stored_demo.goals[0].id,
    }[kind]
    text = out.read_text(encoding="utf-8")
    # The same plan as another one: every id new but the record's taken one.
    for old_id in {*_ids(data)} - {taken}:
        text = text.replace(old_id, old_id[:-12] + "0000feedbeef")
    other = tmp_path / "other.ledarplan.json"
    other.write_text(text, encoding="utf-8")
    people = [p.name for p in services.people.list()]
    with pytest.raises(ConflictError, match=f"the file's {kind} {taken} has the id of a record"):
        services.transfer.import_file(other)
    assert [p.name for p in services.people.list()] == people  # nothing written


def _ids(document: object) -> list[str]:
    """Every id in a plan file (the values of its "id" fields, at any depth)."""
    found: list[str] = []
    if isinstance(document, dict):
        for key, value in document.items():
            if key == "id" and isinstance(value, str):
                found.append(value)
            else:
                found += _ids(value)
    elif isinstance(document, list):
        for value in document:
            found += _ids(value)
    return found


def test_private_notes_stay_home_unless_asked_for(services, stored_demo, tmp_path):
    out = tmp_path / "plan.ledarplan.json"
    services.transfer.export_plan(stored_demo.plan.id, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    private = [s for s in stored_demo.sessions if s.notes_private and s.notes]
    assert private, "the demo has private notes"
    for session in data["coaching_sessions"]:
        assert session["notes"] == ""
    text = out.read_text(encoding="utf-8")
    for session in private:
        assert session.notes not in text
    assert data["includes_private_notes"] is False


def test_importing_a_plan_that_is_already_here_needs_replace(services, stored_demo, tmp_path):
    out = tmp_path / "plan.ledarplan.json"
    services.transfer.export_plan(stored_demo.plan.id, out)
    with pytest.raises(ConflictError, match="--replace"):
        services.transfer.import_file(out)
    result = services.transfer.import_file(out, replace=True)
    assert result.replaced
    assert result.backup is not None and result.backup.is_file()
    with closing(sqlite3.connect(result.backup)) as db:
        assert db.execute("SELECT COUNT(*) FROM plan").fetchone()[0] == 1
    assert len(services.plans.list()) == 1


def test_a_plan_of_a_model_not_installed_is_refused_with_nothing_written(
    services, other_services, stored_demo, tmp_path
):
    out = tmp_path / "plan.ledarplan.json"
    services.transfer.export_plan(stored_demo.plan.id, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    data["plan"]["framework_id"] = "vejle"
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ExchangeError, match="model 'vejle', which is not installed here"):
        other_services.transfer.import_file(out)
    assert other_services.plans.list() == []
    assert other_services.people.list() == []


def test_a_plan_with_an_unknown_level_is_refused(services, other_services, stored_demo, tmp_path):
    out = tmp_path / "plan.ledarplan.json"
    services.transfer.export_plan(stored_demo.plan.id, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    data["plan"]["level_id"] = "borgmester"
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ExchangeError, match=r"plan\.level_id: model 'holstebro' has no role level"):
        other_services.transfer.import_file(out)
    assert other_services.plans.list() == []


def test_a_broken_file_writes_nothing(other_services, tmp_path):
    out = tmp_path / "plan.ledarplan.json"
    out.write_text('{"format": "ledarplan-plan", "format_version": 1}', encoding="utf-8")
    with pytest.raises(ExchangeError):
        other_services.transfer.import_file(out)
    assert other_services.people.list() == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_exported_file_is_private(services, stored_demo, tmp_path):
    out = tmp_path / "plan.ledarplan.json"
    services.transfer.export_plan(stored_demo.plan.id, out)
    assert out.stat().st_mode & 0o077 == 0


def test_private_talk_answers_stay_home_unless_asked_for(services, stored_demo, tmp_path):
    talk = services.talks.list(stored_demo.plan.id)[0]
    talk.leader_prep[0].answer = "Mit eget notat: jeg overvejer at søge andet job"
    talk.leader_prep[0].private = True
    services.talks.prepare(talk)
    shared = talk.leader_prep[1].answer
    out = tmp_path / "plan.ledarplan.json"
    services.transfer.export_plan(stored_demo.plan.id, out)
    text = out.read_text(encoding="utf-8")
    assert "søge andet job" not in text
    assert shared in text
    services.transfer.export_plan(stored_demo.plan.id, out, include_private_notes=True)
    assert "søge andet job" in out.read_text(encoding="utf-8")
