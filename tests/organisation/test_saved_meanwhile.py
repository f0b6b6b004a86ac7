"""A save made from an older reading of a goal, through the services, on both engines: what the
other saved since the reading is kept where this save changed nothing (an action they added,
a title they changed), and a value both changed is refused with both sides to choose from."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

import pytest

from ledarplan.domain.entities import Action, Agreement, DevelopmentTalk, Rating
from ledarplan.domain.saved_meanwhile import decided
from ledarplan.domain.sync import Choice
from ledarplan.services.container import Services
from ledarplan.services.errors import ChangedMeanwhileError

from .conftest import catalog_of_builtins

LEADER, MANAGER = "meanwhile_anna", "meanwhile_maria"


@dataclass
class TwoDesks:
    """The leader's services, and how to open a second writer's (the manager's on the
    organisation's database; a second program on the same local file)."""

    anna: Services
    other: object  # () -> context manager of Services
    plan_id: str
    #: A second program of the leader's own (another terminal server; the same file).
    again: object = None


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def desks(request, private_data_dir) -> Iterator[TwoDesks]:
    catalog = catalog_of_builtins()
    if request.param == "sqlite":
        from ledarplan.app import open_services  # noqa: PLC0415
        from ledarplan.paths import AppPaths  # noqa: PLC0415

        def local() -> Services:
            return open_services(AppPaths(private_data_dir), catalog, daily_backup=False)

        @contextmanager
        def other() -> Iterator[Services]:
            services = local()
            try:
                yield services
            finally:
                services.close()

        anna = local()
        me = anna.people.create("Anna Lind")
        plan = anna.plans.create(me.id, "kalix")
        anna.goals.add(plan.id, "Lyssna mer", [], description="Början")
        yield TwoDesks(anna, other, plan.id, other)
        anna.close()
        return
    org = request.getfixturevalue("org")
    assert org.ledarplan("org", "add-user", MANAGER, "--name", "Maria") == 0
    assert org.ledarplan("org", "add-user", LEADER, "--name", "Anna", "--manager", MANAGER) == 0
    with org.services(LEADER, catalog) as anna:
        (me,) = anna.people.list()
        plan = anna.plans.create(me.id, "kalix")
        anna.goals.add(plan.id, "Lyssna mer", [], description="Början")
        yield TwoDesks(
            anna,
            lambda: org.services(MANAGER, catalog),
            plan.id,
            lambda: org.services(LEADER, catalog),
        )


def test_an_action_the_other_added_is_kept_when_this_side_deletes_one_from_its_older_reading(
    desks,
):
    anna = desks.anna
    (goal,) = anna.goals.list(desks.plan_id)
    goal = anna.goals.add_action(goal.id, Action("Boka samtal"))
    read = copy.deepcopy(goal)  # what Anna's window shows
    with desks.other() as other:
        (theirs,) = other.goals.list(desks.plan_id)
        other.goals.add_action(theirs.id, Action("Läsa boken om feedback"))
    # Anna deletes her action from what she read (the other's action is not in it).
    edited = copy.deepcopy(read)
    edited.actions = []
    stored = anna.goals.save(edited, read=read)
    assert [a.what for a in stored.actions] == ["Läsa boken om feedback"]
    (again,) = anna.goals.list(desks.plan_id)
    assert [a.what for a in again.actions] == ["Läsa boken om feedback"]


def test_a_field_only_the_other_changed_is_taken_and_mine_is_saved(desks):
    anna = desks.anna
    (read,) = anna.goals.list(desks.plan_id)
    with desks.other() as other:
        (theirs,) = other.goals.list(desks.plan_id)
        theirs.title = "Lyssna mer, prata mindre"
        other.goals.save_fields(theirs)
    edited = copy.deepcopy(read)
    edited.description = "Anna skrev detta"
    stored = anna.goals.save_fields(edited, read=read)
    assert (stored.title, stored.description) == ("Lyssna mer, prata mindre", "Anna skrev detta")


def test_a_value_both_changed_is_refused_with_both_sides_and_saved_as_decided(desks):
    anna = desks.anna
    (read,) = anna.goals.list(desks.plan_id)
    with desks.other() as other:
        (theirs,) = other.goals.list(desks.plan_id)
        theirs.description = "Maria skrev detta"
        other.goals.save_fields(theirs)
    edited = copy.deepcopy(read)
    edited.description = "Anna skrev detta"
    with pytest.raises(ChangedMeanwhileError) as refused:
        anna.goals.save_fields(edited, read=read)
    rebased = refused.value.rebased
    assert refused.value.fields == ["description"]
    ((conflict),) = rebased.conflicts
    assert (conflict.field, conflict.mine, conflict.theirs) == (
        "description", "Anna skrev detta", "Maria skrev detta",
    )  # fmt: skip
    (unchanged,) = anna.goals.list(desks.plan_id)
    assert unchanged.description == "Maria skrev detta"  # nothing written

    both = decided(rebased, {conflict.key: Choice.BOTH})
    stored = anna.goals.save_fields(both, read=rebased.stored)
    assert stored.description.startswith("Anna skrev detta\n\n[")
    assert stored.description.endswith("]\nMaria skrev detta")


def test_a_change_made_elsewhere_is_noticed_and_this_programs_own_changes_are_not(desks):
    anna, plan_id = desks.anna, desks.plan_id
    assert anna.plans.changed_elsewhere(plan_id) is False  # watched from now on
    (goal,) = anna.goals.list(plan_id)
    goal.title = "Anna ändrade"
    anna.goals.save_fields(goal)
    assert anna.plans.changed_elsewhere(plan_id) is False  # her own save
    with desks.other() as other:
        (theirs,) = other.goals.list(plan_id)
        theirs.description = "Den andra ändrade"
        other.goals.save_fields(theirs)
        assert anna.plans.changed_elsewhere(plan_id) is True
        assert anna.plans.changed_elsewhere(plan_id) is False  # told once
        # Someone else's change under one of her own is still news.
        other.goals.add_action(theirs.id, Action("Den andras åtgärd"))
    anna.goals.add_action(goal.id, Action("Annas åtgärd"))
    assert anna.plans.changed_elsewhere(plan_id) is True
    assert anna.plans.changed_elsewhere(plan_id) is False


def test_a_version_read_aside_tells_the_others_change_and_her_saves_are_counted(desks):
    """The window reads the plan's version on a worker thread and compares it where it saves;
    a version read while she saved is out of date, which the count of her saves shows."""
    anna, plan_id = desks.anna, desks.plan_id
    assert anna.plans.changed_elsewhere(plan_id, anna.plans.version(plan_id)) is False
    saves = anna.plans.saves_made
    anna.goals.list(plan_id)
    anna.plans.version(plan_id)
    assert anna.plans.saves_made == saves  # reading is no save
    (goal,) = anna.goals.list(plan_id)
    before_hers = anna.plans.version(plan_id)
    goal.title = "Anna ändrade"
    anna.goals.save_fields(goal)
    assert anna.plans.saves_made == saves + 1
    assert anna.plans.version(plan_id) != before_hers
    assert anna.plans.changed_elsewhere(plan_id, anna.plans.version(plan_id)) is False
    with desks.other() as other:
        (theirs,) = other.goals.list(plan_id)
        theirs.description = "Den andra ändrade"
        other.goals.save_fields(theirs)
    assert anna.plans.saves_made == saves + 1  # the other's save is not hers
    assert anna.plans.changed_elsewhere(plan_id, anna.plans.version(plan_id)) is True


# --- the other pages: a round's ratings, a coaching session, a talk ----------------------------


def test_a_rounds_note_both_changed_is_a_choice_and_a_note_only_the_other_changed_is_taken(
    desks,
):
    anna, plan_id = desks.anna, desks.plan_id
    item_id = anna.plans.get(plan_id).snapshot.item_ids[0]
    read = anna.assessments.record(plan_id, date(2026, 3, 1), [Rating(item_id, 3)], note="Första")
    with desks.again() as again:
        (theirs,) = again.assessments.list(plan_id)
        theirs.note = "Skrivet i andra fönstret"
        again.assessments.save(theirs)
    mine = copy.deepcopy(read)
    mine.ratings = [Rating(item_id, 4, "Bättre nu")]
    stored = anna.assessments.save(mine, read=read)  # only the ratings were mine
    assert stored.note == "Skrivet i andra fönstret"
    assert [(r.value, r.comment) for r in stored.ratings] == [(4, "Bättre nu")]

    mine = copy.deepcopy(stored)
    mine.note = "Annas anteckning"
    with desks.again() as again:
        (theirs,) = again.assessments.list(plan_id)
        theirs.note = "Den andras anteckning"
        again.assessments.save(theirs)
    with pytest.raises(ChangedMeanwhileError) as refused:
        anna.assessments.save(mine, read=stored)
    assert refused.value.fields == ["note"]
    (kept,) = anna.assessments.list(plan_id)
    assert kept.note == "Den andras anteckning"  # nothing written
    rebased = refused.value.rebased
    (conflict,) = rebased.conflicts
    chosen = decided(rebased, {conflict.key: Choice.MINE})
    assert anna.assessments.save(chosen, read=rebased.stored).note == "Annas anteckning"


def test_an_agreement_added_elsewhere_stays_and_a_reflection_both_changed_is_a_choice(desks):
    anna, plan_id = desks.anna, desks.plan_id
    session = anna.coaching.new_session(plan_id, date(2026, 3, 2))
    session.topic = "Svåra samtal"
    read = anna.coaching.save(session)
    with desks.again() as again:
        (theirs,) = again.coaching.list(plan_id)
        theirs.agreements.append(Agreement("Boka uppföljning"))
        theirs.reflection = "Reflektion där"
        again.coaching.save(theirs)
    mine = copy.deepcopy(read)
    mine.experience = "Upplevt här"
    stored = anna.coaching.save(mine, read=read)
    assert (stored.experience, stored.reflection) == ("Upplevt här", "Reflektion där")
    assert [a.text for a in stored.agreements] == ["Boka uppföljning"]

    mine = copy.deepcopy(stored)
    mine.reflection = "Reflektion här"
    with desks.again() as again:
        (theirs,) = again.coaching.list(plan_id)
        theirs.reflection = "Reflektion där, igen"
        again.coaching.save(theirs)
    with pytest.raises(ChangedMeanwhileError) as refused:
        anna.coaching.save(mine, read=stored)
    rebased = refused.value.rebased
    (conflict,) = rebased.conflicts
    both = anna.coaching.save(decided(rebased, {conflict.key: Choice.BOTH}), read=rebased.stored)
    assert both.reflection.startswith("Reflektion här\n\n[")
    assert both.reflection.endswith("]\nReflektion där, igen")


def test_a_talks_summary_both_changed_is_a_choice_and_the_others_agreement_stays(desks):
    anna, plan_id = desks.anna, desks.plan_id
    read = anna.talks.prepare(DevelopmentTalk(plan_id, date(2026, 4, 1), summary="Utkast"))
    with desks.other() as other:  # the talk's agreed part is shared with the manager
        (theirs,) = other.talks.list(plan_id)
        theirs.agreements.append(Agreement("Gå en kurs i coachning"))
        theirs.summary = "Chefens sammanfattning"
        other.talks.prepare(theirs)
    mine = copy.deepcopy(read)
    mine.summary = "Ledarens sammanfattning"
    with pytest.raises(ChangedMeanwhileError) as refused:
        anna.talks.prepare(mine, read=read)
    assert refused.value.fields == ["summary"]
    rebased = refused.value.rebased
    (conflict,) = rebased.conflicts
    assert (conflict.mine, conflict.theirs) == ("Ledarens sammanfattning", "Chefens sammanfattning")
    stored = anna.talks.prepare(
        decided(rebased, {conflict.key: Choice.THEIRS}), read=rebased.stored
    )
    assert stored.summary == "Chefens sammanfattning"
    assert [a.text for a in stored.agreements] == ["Gå en kurs i coachning"]
    (again,) = anna.talks.list(plan_id)
    assert [a.text for a in again.agreements] == ["Gå en kurs i coachning"]
