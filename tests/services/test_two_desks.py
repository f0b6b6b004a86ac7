"""A whole year of one plan at two desks, through the services: files sent both ways, merged,
signed by both, handed over to a new manager; nothing typed at either desk is lost."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from ledarplan.domain.entities import (
    AssessorKind,
    CoachingSession,
    DevelopmentTalk,
    PrepAnswer,
    Rating,
    Side,
)
from ledarplan.domain.errors import ConflictError, InvalidInputError
from ledarplan.domain.sync import Choice
from ledarplan.exchange.errors import ExchangeError
from ledarplan.services.container import Services
from ledarplan.services.merging import UndecidedConflictsError


def exported(services: Services, plan_id: str, out: Path) -> dict:
    """The plan's file without what differs by design between copies (when and where each
    was written)."""
    services.transfer.export_plan(plan_id, out, include_private_notes=True)
    document = json.loads(out.read_text(encoding="utf-8"))
    for key in ("exported_at", "sender", "for_desk"):
        document.pop(key)
    for part in (document["person"], document["plan"]):
        part.pop("created_at")
        part.pop("updated_at")
    return document


def test_a_year_of_one_plan_at_two_desks(desks, tmp_path):
    leader, manager, new_manager = desks("leader"), desks("manager"), desks("new manager")
    files = tmp_path / "mail"

    # The leader creates the plan, rates herself, sets a goal and sends it.
    asa = leader.people.create("Åsa Ørsted", "Afdelingsleder", "Hjemmeplejen Nord")
    plan = leader.plans.create(asa.id, "holstebro", "leder-af-ledere", title="Min plan 2027")
    items = plan.snapshot.item_ids
    leader.assessments.record(plan.id, date(2027, 1, 10), [Rating(items[0], 3)])
    goal = leader.goals.add(plan.id, "Tydelig feedback", [items[0]])
    assert leader.plans.desk(plan.id).side is Side.LEADER
    leader.transfer.send(plan.id, files / "1.json")

    # The manager takes it in, rates her, prepares the talk and sends it back.
    first = manager.merging.merge(files / "1.json")
    assert first.imported is not None
    assert manager.plans.desk(plan.id).side is Side.MANAGER
    manager.assessments.record(
        plan.id, date(2027, 1, 20), [Rating(items[0], 4)], assessor_kind=AssessorKind.MANAGER
    )
    talk = manager.talks.prepare(
        DevelopmentTalk(
            plan.id,
            date=date(2027, 2, 1),
            manager_prep=[PrepAnswer("Styrker?", "Ro i svære situationer")],
        )
    )
    manager.transfer.send(plan.id, files / "2.json")

    # Meanwhile the leader logs two sessions and edits her goal.
    for day, topic in ((12, "Konflikt i teamet"), (26, "Feedback til Bo")):
        leader.coaching.save(
            CoachingSession(plan.id, date(2027, 1, day), topic=topic, notes=f"Privat {day}")
        )
    leader.goals.save_fields(replace(goal, description="Hver uge, kort og konkret"))

    # The leader merges: the manager's rating and talk arrive, her own work stays.
    second = leader.merging.merge(files / "2.json")
    assert second.outcome is not None and second.outcome.conflicts == []
    assert {r.assessor_kind for r in leader.assessments.list(plan.id)} == {
        AssessorKind.SELF,
        AssessorKind.MANAGER,
    }
    assert [s.topic for s in leader.coaching.list(plan.id)] == [
        "Konflikt i teamet",
        "Feedback til Bo",
    ]
    # She prepares her side of the talk; the manager's side stays the manager's.
    [her_talk] = leader.talks.list(plan.id)
    with pytest.raises(InvalidInputError, match="manager's own part"):
        leader.talks.prepare(replace(her_talk, manager_prep=[PrepAnswer("Styrker?", "Nej")]))
    leader.talks.prepare(
        replace(her_talk, leader_prep=[PrepAnswer("Hvad lykkedes?", "Teamet taler sammen")])
    )
    leader.transfer.send(plan.id, files / "3.json")
    assert manager.merging.merge(files / "3.json").outcome.conflicts == []

    # The talk: the agreed summary is written at the manager's desk, and both sign.
    [talk] = manager.talks.list(plan.id)
    manager.talks.prepare(replace(talk, summary="Vi aftalte et kursus i maj"))
    manager.talks.sign(talk.id, "Bo Berg", "Områdechef")
    manager.transfer.send(plan.id, files / "4.json")
    leader.merging.merge(files / "4.json")
    leader.talks.sign(talk.id, "Åsa Ørsted", "Afdelingsleder")
    [signed] = leader.talks.list(plan.id)
    assert signed.signed_off
    with pytest.raises(InvalidInputError, match="signed"):
        leader.talks.prepare(replace(signed, summary="Noget andet"))

    # The leader keeps logging; the manager merges again and sees both signatures.
    leader.coaching.save(CoachingSession(plan.id, date(2027, 3, 3), topic="Kurset"))
    leader.transfer.send(plan.id, files / "5.json")
    manager.merging.merge(files / "5.json")
    [talk_there] = manager.talks.list(plan.id)
    assert talk_there.signed_off
    assert (talk_there.leader_signature.name, talk_there.manager_signature.role) == (
        "Åsa Ørsted",
        "Områdechef",
    )

    # A new manager takes over: the plan with its history, without the old manager's notes.
    manager.transfer.hand_over(plan.id, files / "6.json")
    new_manager.merging.merge(files / "6.json")
    assert new_manager.plans.desk(plan.id).side is Side.MANAGER
    leader.goals.save_fields(
        replace(leader.goals.list(plan.id)[0], progress=60, description="Hver uge")
    )
    leader.transfer.send(plan.id, files / "7.json")
    assert new_manager.merging.merge(files / "7.json").outcome.conflicts == []
    new_manager.transfer.send(plan.id, files / "8.json")
    leader.merging.merge(files / "8.json")

    # Both copies are the same plan, with everything typed at either desk in it.
    mine = exported(leader, plan.id, tmp_path / "leader.json")
    theirs = exported(new_manager, plan.id, tmp_path / "new manager.json")
    for document in (mine, theirs):  # the leader's private notes stayed at her desk
        for session in document["coaching_sessions"]:
            session["notes"] = ""
            session["versions"]["withheld"] = []
    assert mine == theirs
    assert [s["topic"] for s in mine["coaching_sessions"]] == [
        "Konflikt i teamet",
        "Feedback til Bo",
        "Kurset",
    ]
    assert [g["progress"] for g in mine["goals"]] == [60]
    assert mine["development_talks"][0]["summary"] == "Vi aftalte et kursus i maj"
    assert [s.notes for s in leader.coaching.list(plan.id)] == ["Privat 12", "Privat 26", ""]


def test_conflicts_stop_a_merge_until_decided(desks, tmp_path):
    leader, manager = desks("leader"), desks("manager")
    person = leader.people.create("Åsa Ørsted")
    plan = leader.plans.create(person.id, "kalix", title="Plan")
    goal = leader.goals.add(plan.id, "Feedback", [])
    leader.transfer.send(plan.id, tmp_path / "1.json")
    manager.merging.merge(tmp_path / "1.json")
    leader.goals.save_fields(replace(goal, title="Leders titel"))
    manager.goals.save_fields(replace(goal, title="Chefens titel"))
    manager.transfer.send(plan.id, tmp_path / "2.json")

    preview = leader.merging.preview(tmp_path / "2.json")
    [conflict] = preview.conflicts
    assert (conflict.mine, conflict.theirs) == ("Leders titel", "Chefens titel")
    with pytest.raises(UndecidedConflictsError, match="Nothing was written"):
        leader.merging.merge(tmp_path / "2.json")
    assert leader.goals.list(plan.id)[0].title == "Leders titel"
    leader.merging.merge(tmp_path / "2.json", choices={conflict.key: Choice.THEIRS})
    assert leader.goals.list(plan.id)[0].title == "Chefens titel"


def test_files_that_cannot_be_merged_are_refused_with_nothing_written(desks, tmp_path):
    leader, manager = desks("leader"), desks("manager")
    person = leader.people.create("Åsa Ørsted")
    plan = leader.plans.create(person.id, "kalix", title="Plan")
    leader.transfer.send(plan.id, tmp_path / "old.json")
    leader.goals.add(plan.id, "Nyt mål", [])
    leader.transfer.send(plan.id, tmp_path / "new.json")
    manager.merging.merge(tmp_path / "new.json")
    with pytest.raises(ExchangeError, match="older than what this copy has already merged"):
        manager.merging.merge(tmp_path / "old.json")
    with pytest.raises(ExchangeError, match="written at a leader's desk"):
        leader.merging.merge(tmp_path / "new.json")
    with pytest.raises(ConflictError, match="ledarplan merge"):
        manager.transfer.import_file(tmp_path / "new.json")


def test_a_new_plan_never_changes_a_stored_persons_details(desks, tmp_path):
    leader, manager = desks("leader"), desks("manager")
    person = leader.people.create("Åsa Ørsted", unit="Hjemmeplejen Nord")
    first = leader.plans.create(person.id, "kalix", title="2026")
    second = leader.plans.create(person.id, "hjo", title="2027")
    leader.transfer.send(first.id, tmp_path / "2026.json")
    manager.merging.merge(tmp_path / "2026.json")
    leader.people.update(replace(leader.people.get(person.id), unit="Hjemmeplejen Syd"))
    leader.transfer.send(second.id, tmp_path / "2027.json")
    result = manager.transfer.import_file(tmp_path / "2027.json")
    assert result.person_differs == {"unit": ("Hjemmeplejen Nord", "Hjemmeplejen Syd")}
    assert manager.people.get(person.id).unit == "Hjemmeplejen Nord"
    manager.merging.merge(tmp_path / "2027.json", take_person=True)
    assert manager.people.get(person.id).unit == "Hjemmeplejen Syd"
