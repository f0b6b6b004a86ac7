"""A leader's use cases on both engines, from one parametrised fixture: the local SQLite file
and the organisation's PostgreSQL database (as the leader's own login) store and give back the
same plan, private texts included."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import pytest

from ledarplan.domain.entities import (
    Action,
    ActionStatus,
    Agreement,
    CoachingSession,
    DevelopmentTalk,
    Person,
    PrepAnswer,
    Rating,
    RecordKind,
)
from ledarplan.services.container import Services
from ledarplan.summary.document import read_summary

from .conftest import catalog_of_builtins

LOGIN = "both_anna"


@dataclass
class Desk:
    services: Services
    me: Person
    engine: str


@pytest.fixture(scope="module")
def catalog():
    return catalog_of_builtins()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def desk(request, catalog, private_data_dir):
    """The leader's services on one engine, and the leader as a person there."""
    if request.param == "sqlite":
        from ledarplan.app import open_services  # noqa: PLC0415
        from ledarplan.paths import AppPaths  # noqa: PLC0415

        services = open_services(AppPaths(private_data_dir), catalog, daily_backup=False)
        me = services.people.create("Anna Lind", unit="Skola Norr")
        yield Desk(services, me, "sqlite")
        services.close()
        return
    org = request.getfixturevalue("org")
    assert (
        org.ledarplan("org", "add-user", LOGIN, "--name", "Anna Lind", "--unit", "Skola Norr") == 0
    )
    with org.services(LOGIN, catalog) as services:
        (me,) = services.people.list()
        yield Desk(services, me, "postgres")


def a_whole_plan(services: Services, me: Person) -> str:
    plan = services.plans.create(me.id, "kalix", title="Min plan", period_start=date(2025, 1, 1))
    items = [item.item_id for item in plan.snapshot.items[:2]]
    services.assessments.record(
        plan.id, date(2025, 1, 10), [Rating(items[0], 2, "Svårt"), Rating(items[1], 4)]
    )
    goal = services.goals.add(plan.id, "Lyssna mer", items, success_criterion="Färre möten")
    services.goals.add_action(goal.id, Action("Fråga först", how="I varje möte"))
    services.goals.check_in(goal.id, date(2025, 2, 1), "Bättre", 30)
    services.coaching.save(
        CoachingSession(
            plan.id, date(2025, 2, 3), topic="Svåra samtal", notes="Privat: jag var rädd",
            reflection="Jag märkte", notes_private=True, goal_ids=[goal.id],
            agreements=[Agreement("Boka uppföljning", owner="Anna")],
        )
    )  # fmt: skip
    services.talks.prepare(
        DevelopmentTalk(
            plan.id, date(2025, 4, 1),
            leader_prep=[
                PrepAnswer("Hur går det?", "Bra"),
                PrepAnswer("Vad oroar dig?", "Min chef", private=True),
                PrepAnswer("Vad vill du?", "Leda fler"),
            ],
        )
    )  # fmt: skip
    services.feedback.create(plan.id, questions=["Vad ska jag fortsätta med?"])
    return plan.id


def test_a_whole_plan_comes_back_as_it_was_stored(desk):
    plan_id = a_whole_plan(desk.services, desk.me)
    bundle = desk.services.plans.bundle(plan_id)
    (session,) = bundle.sessions
    assert (session.notes, session.reflection) == ("Privat: jag var rädd", "Jag märkte")
    assert session.versions.withheld == []
    assert [a.text for a in session.agreements] == ["Boka uppföljning"]
    (talk,) = bundle.talks
    assert [(a.answer, a.private) for a in talk.leader_prep] == [
        ("Bra", False), ("Min chef", True), ("Leda fler", False),
    ]  # fmt: skip
    (goal,) = bundle.goals
    assert [a.what for a in goal.actions] == ["Fråga först"]
    assert [(c.note, c.progress) for c in goal.checkins] == [("Bättre", 30)]
    assert goal.progress == 30
    assert [r.comment for r in bundle.rounds[0].ratings] == ["Svårt", ""]
    assert bundle.feedback[0].questions == ["Vad ska jag fortsätta med?"]
    assert bundle.desk is not None and bundle.desk.side.value == "leader"
    (summary,) = desk.services.plans.list()
    assert (summary.goals, summary.open_agreements, summary.person.name) == (1, 1, "Anna Lind")


def test_private_texts_follow_the_private_mark_both_ways(desk):
    plan_id = a_whole_plan(desk.services, desk.me)
    coaching, talks = desk.services.coaching, desk.services.talks
    (session,) = coaching.list(plan_id)
    coaching.save(replace(session, notes_private=False, notes="Nu får chefen läsa"))
    (session,) = coaching.list(plan_id)
    assert (session.notes_private, session.notes, session.reflection) == (
        False, "Nu får chefen läsa", "Jag märkte",
    )  # fmt: skip
    coaching.save(replace(session, notes_private=True))
    assert coaching.list(plan_id)[0].notes == "Nu får chefen läsa"

    (talk,) = talks.list(plan_id)
    talk.leader_prep = [
        replace(talk.leader_prep[1], answer="Min chef, fortfarande"),
        talk.leader_prep[0],
        PrepAnswer("Något mer?", "Nej", private=True),
    ]
    talks.prepare(talk)
    assert [a.answer for a in talks.list(plan_id)[0].leader_prep] == [
        "Min chef, fortfarande", "Bra", "Nej",
    ]  # fmt: skip
    talks.sign(talk.id, "Anna Lind", "Rektor")
    assert talks.list(plan_id)[0].leader_signature.name == "Anna Lind"


def test_deleting_keeps_tombstones_and_removes_the_rows(desk):
    plan_id = a_whole_plan(desk.services, desk.me)
    goals, coaching = desk.services.goals, desk.services.coaching
    (goal,) = goals.list(plan_id)
    goal = goals.set_action_status(goal.id, goal.actions[0].id, ActionStatus.DONE, date.today())
    assert goal.actions[0].status is ActionStatus.DONE
    goals.delete(goal.id)
    (session,) = coaching.list(plan_id)
    coaching.delete(session.id)
    bundle = desk.services.plans.bundle(plan_id)
    assert (bundle.goals, bundle.sessions) == ([], [])
    kinds = sorted(t.kind for t in bundle.deleted)
    assert kinds == sorted(
        [RecordKind.GOAL, RecordKind.ACTION, RecordKind.CHECKIN, RecordKind.SESSION,
         RecordKind.AGREEMENT]
    )  # fmt: skip
    desk.services.plans.delete(plan_id)
    assert desk.services.plans.list() == []


def test_a_plan_file_written_on_one_engine_reads_the_same(desk, tmp_path):
    plan_id = a_whole_plan(desk.services, desk.me)
    out = desk.services.transfer.export_plan(
        plan_id, tmp_path / "plan.ledarplan.json", include_private_notes=True
    )
    read = desk.services.transfer.read(out)
    stored = desk.services.plans.bundle(plan_id)
    assert read.plan == stored.plan
    assert (read.goals, read.sessions, read.talks) == (stored.goals, stored.sessions, stored.talks)


def test_the_team_overviews_figures_are_the_same_on_both_engines(desk):
    """The overview's grouped queries (covering indexes, the plans' ids as one parameter, the
    day made where a plan has no period) give the plan's own figures on either engine."""
    plan_id = a_whole_plan(desk.services, desk.me)
    undated = desk.services.plans.create(desk.me.id, "hjo", title="Utan period")
    today = date(2025, 6, 1)
    (row,) = desk.services.team.rows(today)
    assert (row.plan_id, row.person, row.model) == (undated.id, "Anna Lind", "Ledarmodellen")
    desk.services.plans.delete(undated.id)
    (row,) = desk.services.team.rows(today)
    assert (row.plan_id, row.plan_title, row.model) == (plan_id, "Min plan", "Kalixmodellen")
    # The session's agreement has no due date: open, not late; the talk passed unsigned.
    assert (row.open_agreements, row.overdue_agreements) == (1, 0)
    assert (row.last_session, row.unsigned_talk, row.goals_progress) == (
        date(2025, 2, 3), date(2025, 4, 1), 30,
    )  # fmt: skip
    assert row.latest_self == date(2025, 1, 10)


def test_the_overview_shows_the_last_sessions_date_and_the_next_it_planned(desk):
    """The last session is the latest by date; its next date is the latest one planned on
    that day (two sessions on one day, one planning none), not an older session's later one."""
    plan = desk.services.plans.create(desk.me.id, "kalix", title="Coachning")
    coaching = desk.services.coaching
    for on, next_date in (
        (date(2025, 1, 10), date(2025, 9, 1)),  # older, planned further ahead
        (date(2025, 3, 4), None),
        (date(2025, 3, 4), date(2025, 4, 8)),
        (date(2025, 3, 4), date(2025, 3, 20)),
        (date(2025, 2, 1), None),
    ):
        coaching.save(replace(coaching.new_session(plan.id, on), next_date=next_date))
    (row,) = desk.services.team.rows(date(2025, 3, 10))
    assert (row.last_session, row.next_session) == (date(2025, 3, 4), date(2025, 4, 8))
    # The latest session planned nothing: no next date, though an older one planned one.
    coaching.save(coaching.new_session(plan.id, date(2025, 3, 6)))
    (row,) = desk.services.team.rows(date(2025, 3, 10))
    assert (row.last_session, row.next_session) == (date(2025, 3, 6), None)


def test_a_summary_for_hr_is_written_the_same_on_both_engines(desk, tmp_path):
    """`ledarplan summary` and the contribute dialog work through `services.summaries`: on the
    organisation's database as on the local file, the plan's facts reach the file and its
    names and texts do not."""
    plan_id = a_whole_plan(desk.services, desk.me)
    summaries = desk.services.summaries
    (choice,) = summaries.choices()
    assert (choice.plan_id, choice.person, choice.year) == (plan_id, "Anna Lind", 2025)
    document = summaries.document([plan_id], today=date(2025, 11, 3))
    (facts,) = document.plans
    bundle = desk.services.plans.bundle(plan_id)
    items = [item.item_id for item in bundle.plan.snapshot.items[:2]]
    assert (facts.model, facts.year, document.written) == ("kalix", 2025, "2025-11")
    assert facts.self_assessment is not None
    assert facts.self_assessment.ratings == {items[0]: 2, items[1]: 4}
    assert [(g.items, g.progress) for g in facts.goals] == [(items, 30)]
    assert (facts.sessions, facts.agreements.open, facts.agreements.done) == (1, 1, 0)
    assert facts.talk.held  # on 1 April, before 3 November
    out = summaries.write(document, tmp_path / "summary-2025.ledarplan-summary.json")
    written = out.read_bytes()
    assert read_summary(written).document == document
    for private in ("Anna", "Lind", "Skola Norr", "Min plan", "Lyssna mer", "Svårt", "rädd",
                    "Min chef", "Boka", plan_id):  # fmt: skip
        assert private.encode() not in written, private


def test_a_save_writes_only_the_rows_that_changed_on_both_engines(desk):
    """On the organisation's database each row written is a round trip with its policies:
    a session's topic saved at a pause in typing writes the session, not its agreements."""
    from tests.services.test_saves_write_what_changed import writes  # noqa: PLC0415

    services = desk.services
    plan = services.plans.create(desk.me.id, "kalix")
    session = services.coaching.new_session(plan.id, date(2027, 2, 1))
    session.agreements = [Agreement("Ring Bo"), Agreement("Boka kursen")]
    session = services.coaching.save(session)
    with writes(services) as seen:
        services.coaching.save(replace(session, topic="Svåra samtal"), read=session)
    assert seen["UPDATE coaching_session"] == 1
    assert not [key for key in seen if key.endswith(" agreement")]
    (stored,) = services.coaching.list(plan.id)
    assert stored.topic == "Svåra samtal" and len(stored.agreements) == 2


def test_a_plan_read_whole_asks_the_database_for_the_login_s_side_once(desk):
    """Reading a plan whole needs this login's side of it twice (for its sessions' private
    texts and for its desk); on the organisation's database that is a question to the
    database, asked once per reading. The local file has the side on the plan's desk."""
    from sqlalchemy import event  # noqa: PLC0415

    plan_id = a_whole_plan(desk.services, desk.me)
    asked: list[str] = []
    engine = desk.services.plans._store.database.engine

    def record(_conn, _cursor, statement, *_rest) -> None:
        if "FROM org_access" in statement:
            asked.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        bundle = desk.services.plans.bundle(plan_id)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert bundle.desk.side.value == "leader" and bundle.sessions
    assert len(asked) == (1 if desk.engine == "postgres" else 0)
