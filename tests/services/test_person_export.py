"""Everything about one person in one file: all their plans, private notes too, nobody else."""

from __future__ import annotations

import json
import stat
import sys
from dataclasses import replace
from datetime import date

import pytest

from ledarplan.domain.entities import CoachingSession, DevelopmentTalk, PrepAnswer
from ledarplan.domain.errors import NotFoundError
from ledarplan.exchange.format import bundle_from_json
from ledarplan.services.container import Services


def add_person_with_plan(
    services: Services, name: str, secret: str, framework: str = "kalix", level: str | None = None
) -> str:
    """A person (or another plan of theirs) whose private texts all contain `secret`."""
    existing = [p for p in services.people.list() if p.name == name]
    person = existing[0] if existing else services.people.create(name, unit=f"Enhet {secret}")
    plan = services.plans.create(person.id, framework, level, title=f"Plan {secret}")
    goal = services.goals.add(
        plan.id, f"Mål {secret}", list(plan.snapshot.item_ids[:1]), description=secret
    )
    services.coaching.save(
        CoachingSession(
            plan_id=plan.id,
            date=date(2025, 2, 1),
            topic=f"Samtal {secret}",
            goal_ids=[goal.id],
            notes=f"Privat anteckning {secret}",
            notes_private=True,
        )
    )
    services.talks.prepare(
        DevelopmentTalk(
            plan_id=plan.id,
            date=date(2025, 3, 1),
            leader_prep=[PrepAnswer("Hur går det?", f"Privat svar {secret}", private=True)],
        )
    )
    return plan.id


@pytest.fixture
def two_people(services):
    """Åsa with two plans (one Swedish model, one Danish with levels), Bo with one."""
    asa_plans = [
        add_person_with_plan(services, "Åsa Öster", "ÅSA-HEMLIS-1"),
        add_person_with_plan(services, "Åsa Öster", "ÅSA-HEMLIS-2", "holstebro", "chef"),
    ]
    bo_plans = [add_person_with_plan(services, "Bo Berg", "BO-HEMLIS-9")]
    people = {p.name: p for p in services.people.list()}
    return people["Åsa Öster"], asa_plans, people["Bo Berg"], bo_plans


def test_the_export_holds_all_plans_of_the_person_with_private_notes(
    services, two_people, tmp_path
):
    asa, asa_plans, _, _ = two_people
    out = tmp_path / "export" / "åsa.ledarplan-person.json"
    result = services.person_export.export(asa.id, out)

    assert (result.path, result.person_name, result.plans) == (out, "Åsa Öster", 2)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "ledarplan-person"
    assert document["format_version"] == 1
    assert document["person"]["id"] == asa.id
    assert document["person"]["name"] == "Åsa Öster"
    assert document["person"]["unit"] == "Enhet ÅSA-HEMLIS-1"
    assert sorted(p["plan"]["id"] for p in document["plans"]) == sorted(asa_plans)
    text = out.read_text(encoding="utf-8")
    for secret in ("ÅSA-HEMLIS-1", "ÅSA-HEMLIS-2"):
        assert f"Privat anteckning {secret}" in text
        assert f"Privat svar {secret}" in text
        assert f"Mål {secret}" in text
    assert all(p["includes_private_notes"] is True for p in document["plans"])


def test_nothing_of_another_person_is_in_the_export(services, two_people, tmp_path):
    asa, _, bo, bo_plans = two_people
    out = tmp_path / "åsa.json"
    services.person_export.export(asa.id, out)
    text = out.read_text(encoding="utf-8")
    assert "BO-HEMLIS-9" not in text
    assert "Bo Berg" not in text
    assert bo.id not in text
    assert bo_plans[0] not in text


def test_every_embedded_plan_is_a_complete_plan_file(services, two_people, tmp_path):
    asa, asa_plans, _, _ = two_people
    out = tmp_path / "åsa.json"
    services.person_export.export(asa.id, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    for doc in document["plans"]:
        loaded = bundle_from_json(json.dumps(doc).encode())
        stored = services.plans.bundle(loaded.plan.id)
        assert loaded.person.id == asa.id
        assert loaded.sessions == stored.sessions  # private notes and all
        assert loaded.talks == stored.talks
        assert loaded.goals == stored.goals
        assert loaded.plan == stored.plan
        assert loaded.sessions[0].notes.startswith("Privat anteckning")
    assert sorted(doc["plan"]["id"] for doc in document["plans"]) == sorted(asa_plans)


def test_a_person_without_plans_is_exported_too(services, tmp_path):
    person = services.people.create("Cecilia Ek", job_title="Rektor", email="cecilia@example.se")
    out = tmp_path / "cecilia.json"
    result = services.person_export.export(person.id, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert result.plans == 0
    assert document["plans"] == []
    assert document["person"]["email"] == "cecilia@example.se"
    assert document["person"]["job_title"] == "Rektor"
    assert document["person"]["archived"] is False
    assert document["person"]["created_at"]  # when the person was added


def test_an_archived_person_is_exported(services, two_people, tmp_path):
    _, _, bo, bo_plans = two_people
    services.people.set_archived(bo.id, True)
    out = tmp_path / "bo.json"
    services.person_export.export(bo.id, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["person"]["archived"] is True
    assert [p["plan"]["id"] for p in document["plans"]] == bo_plans


def test_an_unknown_person_writes_nothing_and_keeps_an_old_file(services, two_people, tmp_path):
    out = tmp_path / "exports" / "old.json"
    out.parent.mkdir()
    out.write_text("the earlier export", encoding="utf-8")
    with pytest.raises(NotFoundError, match="no person with the id 'nobody'"):
        services.person_export.export("nobody", out)
    assert out.read_text(encoding="utf-8") == "the earlier export"
    assert [p.name for p in out.parent.iterdir()] == ["old.json"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_export_is_readable_by_the_user_alone(services, two_people, tmp_path):
    asa, _, _, _ = two_people
    out = tmp_path / "åsa.json"
    out.write_text("{}", encoding="utf-8")
    out.chmod(0o644)  # an older file that others could read is replaced by a private one
    services.person_export.export(asa.id, out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_a_shared_note_and_a_private_one_are_both_exported(services, two_people, tmp_path):
    asa, asa_plans, _, _ = two_people
    session = services.coaching.list(asa_plans[0])[0]
    services.coaching.save(replace(session, notes="Delad anteckning", notes_private=False))
    out = tmp_path / "åsa.json"
    services.person_export.export(asa.id, out)
    text = out.read_text(encoding="utf-8")
    assert "Delad anteckning" in text
    assert "Privat anteckning ÅSA-HEMLIS-2" in text
