"""The manager's desk: one row per person, its figures the same as counting in each plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from ledarplan.domain.entities import ActionStatus, GoalStatus, PrepAnswer, Side
from ledarplan.services.calendar import CalendarLabels
from ledarplan.services.team import Due, Reminder

TODAY = date(2027, 1, 15)
MODELS = [
    ("holstebro", "chef"), ("kalix", None), ("hjo", None), ("huddinge", None),
    ("skr", None), ("holstebro", "leder-af-ledere"), ("kalix", None), ("hjo", None),
]  # fmt: skip


def expected(bundle, today):
    """The row's figures counted directly in the plan."""
    carried = {a.carried_from for s in bundle.sessions for a in s.agreements if a.carried_from}
    agreements = [a for s in bundle.sessions for a in s.agreements if a.id not in carried]
    agreements += [a for t in bundle.talks for a in t.agreements]
    open_ = [a for a in agreements if not a.done]
    actions = [a for g in bundle.goals for a in g.actions]
    goals = [g for g in bundle.goals if g.status != GoalStatus.DROPPED]
    return {
        "open_agreements": len(open_),
        "overdue_agreements": sum(1 for a in open_ if a.due_date and a.due_date < today),
        "overdue_actions": sum(
            1
            for a in actions
            if a.due_date and a.due_date < today and a.status != ActionStatus.DONE
        ),
        "goals_progress": round(sum(g.progress for g in goals) / len(goals)) if goals else None,
        "last_session": max((s.date for s in bundle.sessions), default=None),
        "next_talk": min(
            (t.date for t in bundle.talks if t.date and t.date >= today), default=None
        ),
    }


def test_a_managers_eight_plans_one_row_each_with_the_plans_own_figures(services):
    bundles = []
    for number, (model, level) in enumerate(MODELS):
        bundle = services.samples.create(model, level, TODAY - timedelta(days=40 * number))
        services.people.rename(bundle.person.id, f"Leder {number} {bundle.person.name}")
        bundles.append(services.plans.bundle(bundle.plan.id))
    archived = bundles[-1]
    services.people.set_archived(archived.person.id, True)

    rows = services.team.rows(TODAY)
    assert [r.plan_id for r in rows] == [b.plan.id for b in bundles[:-1]]  # by name, no archived
    for row, bundle in zip(rows, bundles, strict=False):
        want = expected(bundle, TODAY)
        got = {key: getattr(row, key) for key in want}
        assert got == want, row.person
        assert (row.model, row.level) == (
            bundle.plan.snapshot.framework_name,
            bundle.plan.snapshot.level_name,
        )


def test_preparation_is_done_when_every_question_of_a_side_is_answered(services):
    bundle = services.samples.create("kalix", None, TODAY)
    [talk] = services.talks.list(bundle.plan.id)
    unanswered = [replace(a, answer="") for a in talk.leader_prep]
    services.talks.prepare(replace(talk, leader_prep=unanswered))
    [row] = services.team.rows(TODAY)
    assert (row.leader_prepared, row.manager_prepared) == (
        False,
        all(a.answer for a in talk.manager_prep),
    )
    answered = [PrepAnswer(a.question, "Svar", a.question_key) for a in unanswered]
    services.talks.prepare(replace(services.talks.list(bundle.plan.id)[0], leader_prep=answered))
    assert services.team.rows(TODAY)[0].leader_prepared


def test_overdue_and_due_soon(services):
    bundle = services.samples.create("holstebro", "chef", TODAY)
    [row] = services.team.rows(TODAY)
    talk_in = (row.next_talk - TODAY).days if row.next_talk else None
    assert row.due_soon(TODAY) == (talk_in is not None and talk_in <= 14)
    [row] = services.team.rows(TODAY + timedelta(days=400))  # a year on: everything is late
    assert row.overdue(TODAY + timedelta(days=400))
    assert bundle.plan.id == row.plan_id


def test_a_leaders_year_lists_the_dates_from_today_in_order(services):
    bundle = services.samples.create("kalix", None, TODAY)
    year = services.team.year(bundle.plan.id, TODAY, CalendarLabels())
    days = [item.day for item in year]
    assert days == sorted(days) and all(d >= TODAY for d in days)
    assert any(item.uid.startswith("talk-") for item in year)


def test_what_is_overdue_and_due_soon_is_named_with_its_date_or_count(services):
    """The sample's talk is 21 days after the day it is made, unsigned; its last session's two
    agreements fall due 7 and 10 days after that session (2 days before the plan is made)."""
    made = TODAY - timedelta(days=40)  # the talk was 19 days ago
    bundle = services.samples.create("hjo", None, made)
    [talk] = services.talks.list(bundle.plan.id)
    [row] = services.team.rows(TODAY)
    counts = expected(services.plans.bundle(bundle.plan.id), TODAY)
    late = [(r.what, r.day, r.count) for r in row.reminders(TODAY) if r.overdue]
    assert late[0] == (Due.TALK, talk.date, 0)
    assert counts["overdue_agreements"] == 2
    assert (Due.AGREEMENTS, None, 2) in late
    assert row.overdue(TODAY) and not row.due_soon(TODAY)

    # Signed off by both, the talk is no longer late; a follow-up in 10 days is due soon.
    services.talks.prepare(replace(talk, follow_up_date=TODAY + timedelta(days=10)))
    services.talks.sign(talk.id, "Anna Leder")
    services.plans.set_desk(bundle.plan.id, Side.MANAGER)
    services.talks.sign(talk.id, "Bo Chef")
    [row] = services.team.rows(TODAY)
    assert row.unsigned_talk is None
    assert Reminder(Due.FOLLOW_UP, False, TODAY + timedelta(days=10)) in row.reminders(TODAY)
    assert Due.TALK not in {r.what for r in row.reminders(TODAY)}
    # Eleven days on, the follow-up's date has passed: it is overdue, and no longer due soon.
    later = TODAY + timedelta(days=11)
    [row] = services.team.rows(later)
    follow_ups = [r for r in row.reminders(later) if r.what is Due.FOLLOW_UP]
    assert follow_ups == [Reminder(Due.FOLLOW_UP, True, TODAY + timedelta(days=10))]
    assert row.open_agreements == counts["open_agreements"]


def test_a_talk_to_come_is_due_soon_within_14_days_and_not_before(services):
    bundle = services.samples.create("kalix", None, TODAY)  # the talk in 21 days
    talk_day = TODAY + timedelta(days=21)
    for today, soon in (
        (talk_day - timedelta(days=15), False),
        (talk_day - timedelta(days=14), True),
        (talk_day, True),
    ):
        [row] = services.team.rows(today)
        assert (Reminder(Due.TALK, False, talk_day) in row.reminders(today)) is soon, today
    assert bundle.plan.id == row.plan_id


def test_the_current_plan_is_the_one_started_last_or_made_last_without_a_period(services):
    person = services.people.create("Ida Holm")
    older = services.plans.create(
        person.id, "hjo", title="2025", period_start=date(2025, 1, 1), period_end=date(2025, 12, 31)
    )
    undated = services.plans.create(person.id, "kalix", title="Utan period")  # made today
    [row] = services.team.rows(TODAY)
    assert row.plan_id == undated.id and row.plan_title == "Utan period"
    assert row.model == "Kalixmodellen"
    services.plans.create(
        person.id, "skr", title="2099", period_start=date(2099, 1, 1), period_end=None
    )
    [row] = services.team.rows(TODAY)
    assert row.plan_title == "2099" and row.plan_id != older.id


def test_the_models_names_are_read_from_a_plans_snapshot_once(services):
    """The names of a plan's model and level never change for its model's version and level:
    a listing reads them out of the snapshots of the plans it has not named before only."""
    from sqlalchemy import event  # noqa: PLC0415

    read: list[str] = []
    engine = services.plans._store.database.engine

    def record(_conn, _cursor, statement, *_rest) -> None:
        if "snapshot" in statement:
            read.append(statement)

    first = services.samples.create("holstebro", "chef", TODAY - timedelta(days=30))
    event.listen(engine, "before_cursor_execute", record)
    try:
        services.team.rows(TODAY)
        services.team.rows(TODAY)
        assert len(read) == 1
        second = services.samples.create("kalix", None, TODAY - timedelta(days=60))
        read.clear()
        rows = {row.plan_id: row for row in services.team.rows(TODAY)}
        [statement] = read
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert statement.rstrip().endswith("IN (?)")  # the new plan's names only
    for bundle in (first, second):
        snapshot = services.plans.bundle(bundle.plan.id).plan.snapshot
        row = rows[bundle.plan.id]
        assert (row.model, row.level) == (snapshot.framework_name, snapshot.level_name)
    assert rows[first.plan.id].level  # Holstebro's role level, named as the snapshot has it
