"""The leader and the manager with the same plan open at once: a save never overwrites what
the other saved since it was read; it is refused, nothing is written, and after reading the
plan again the change is made."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ledarplan.services.errors import ChangedMeanwhileError

from .conftest import catalog_of_builtins

LEADER, MANAGER = "two_anna", "two_maria"


@pytest.fixture
def plan(org):
    assert org.ledarplan("org", "add-user", MANAGER, "--name", "Maria") == 0
    assert org.ledarplan("org", "add-user", LEADER, "--name", "Anna", "--manager", MANAGER) == 0
    with org.services(LEADER, catalog_of_builtins()) as anna:
        (me,) = anna.people.list()
        plan = anna.plans.create(me.id, "kalix")
        anna.goals.add(plan.id, "Lyssna mer", [], description="Början")
    return plan.id


def test_two_programs_editing_one_goal_the_second_save_is_refused_not_an_overwrite(org, plan):
    catalog = catalog_of_builtins()
    with org.services(LEADER, catalog) as anna, org.services(MANAGER, catalog) as maria:
        (annas,) = anna.goals.list(plan)
        (marias,) = maria.goals.list(plan)
        saved = anna.goals.save_fields(replace(annas, title="Lyssna mer, prata mindre"))
        with pytest.raises(ChangedMeanwhileError) as refused:
            maria.goals.save_fields(replace(marias, description="Maria skrev detta"))
        assert refused.value.fields == ["title"]
        assert "changed by someone else since it was read here (title)" in str(refused.value)
        (stored,) = anna.goals.list(plan)
        assert (stored.title, stored.description) == ("Lyssna mer, prata mindre", "Början")

        # Read again, the manager's change is made, and the leader's stays.
        (again,) = maria.goals.list(plan)
        maria.goals.save_fields(replace(again, description="Maria skrev detta"))
        (stored,) = anna.goals.list(plan)
        assert (stored.title, stored.description) == (
            "Lyssna mer, prata mindre", "Maria skrev detta",
        )  # fmt: skip

        # One program saving again what it saved itself (as the window does while typing)
        # is no conflict: it holds the stamps of its own save.
        saved = anna.goals.save_fields(replace(stored, title="Lyssna"))
        anna.goals.save_fields(replace(saved, title="Lyssna mer"))
        assert anna.goals.list(plan)[0].title == "Lyssna mer"


def test_a_check_in_written_meanwhile_is_kept(org, plan):
    """A change of a child record (the goal's check-in) since it was read is not lost either."""
    catalog = catalog_of_builtins()
    with org.services(LEADER, catalog) as anna, org.services(MANAGER, catalog) as maria:
        from datetime import date  # noqa: PLC0415

        (goal,) = anna.goals.list(plan)
        goal = anna.goals.check_in(goal.id, date(2025, 3, 1), "Första", 10)
        (marias,) = maria.goals.list(plan)
        (annas,) = anna.goals.list(plan)
        annas.checkins[0].note = "Första, ändrad av Anna"
        anna.goals.save(annas)
        marias.checkins[0].note = "Första, ändrad av Maria"
        with pytest.raises(ChangedMeanwhileError) as refused:
            maria.goals.save(marias)
        assert refused.value.fields == ["checkins"]
        assert anna.goals.list(plan)[0].checkins[0].note == "Första, ändrad av Anna"


def test_opening_a_plan_writes_nothing_and_locks_nothing(org, plan):
    """Reading a plan (what opening it in the window asks) leaves its desk row as it was: no
    lock, which on PostgreSQL is a write to the row, committed. The manager's save while the
    leader's program reads is not held up, and a save after a read still counts the change."""
    catalog = catalog_of_builtins()
    desk_row = "SELECT xmin::text, xmax::text, seen::text FROM plan_desk WHERE plan_id = %s"
    with org.services(LEADER, catalog) as anna, org.services(MANAGER, catalog) as maria:
        with org.sql("postgres") as conn:
            before = conn.execute(desk_row, [plan]).fetchone()
        anna.plans.bundle(plan)
        anna.plans.heading(plan, None)
        maria.plans.bundle(plan)
        assert (anna.plans.desk(plan).side.value, maria.plans.desk(plan).side.value) == (
            "leader", "manager",
        )  # fmt: skip
        with org.sql("postgres") as conn:
            assert conn.execute(desk_row, [plan]).fetchone() == before
        (goal,) = maria.goals.list(plan)
        maria.goals.save_fields(replace(goal, description="Maria skrev"))
        with org.sql("postgres") as conn:
            after = conn.execute(desk_row, [plan]).fetchone()
        assert after[0] != before[0] and '"manager": 1' in after[2]
        assert anna.plans.bundle(plan).goals[0].description == "Maria skrev"
