"""A save made from an older reading of a goal, through the services, on both engines: what the
other saved since the reading is kept where this save changed nothing (an action they added,
a title they changed), and a value both changed is refused with both sides to choose from."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest

from ledarplan.domain.entities import Action
from ledarplan.domain.sync import Choice, decided
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
        yield TwoDesks(anna, other, plan.id)
        anna.close()
        return
    org = request.getfixturevalue("org")
    assert org.ledarplan("org", "add-user", MANAGER, "--name", "Maria") == 0
    assert org.ledarplan("org", "add-user", LEADER, "--name", "Anna", "--manager", MANAGER) == 0
    with org.services(LEADER, catalog) as anna:
        (me,) = anna.people.list()
        plan = anna.plans.create(me.id, "kalix")
        anna.goals.add(plan.id, "Lyssna mer", [], description="Början")
        yield TwoDesks(anna, lambda: org.services(MANAGER, catalog), plan.id)


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
