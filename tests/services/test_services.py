"""The use cases, without Qt: what a user does, and what ends up in the database."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import date, datetime

import pytest

from ledarplan.domain.entities import (
    Action,
    ActionKind,
    ActionStatus,
    Agreement,
    AssessorKind,
    CoachingSession,
    DevelopmentTalk,
    Goal,
    GoalStatus,
    PlanStatus,
    PrepAnswer,
    Rating,
    Side,
)
from ledarplan.domain.errors import InvalidInputError, NotFoundError

TODAY = date(2026, 11, 23)


def count(services, table: str) -> int:
    with closing(sqlite3.connect(services.maintenance.database_file)) as db:
        return db.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]


@pytest.fixture
def holstebro_plan(services):
    person = services.people.create("Åsa Ørsted", "Afdelingsleder", "Hjemmeplejen Nord")
    return services.plans.create(
        person.id,
        "holstebro",
        "leder-af-ledere",
        title="Min lederudviklingsplan",
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
    )


# --- people ----------------------------------------------------------------------------


def test_people_are_created_listed_renamed_and_archived(services):
    a = services.people.create("Zoë Åberg", "Enhetschef", "Hemtjänsten", "zoe@example.org")
    services.people.create("Anders Bæk")
    assert [p.name for p in services.people.list()] == ["Anders Bæk", "Zoë Åberg"]
    services.people.rename(a.id, "Zoë Åberg-Lind")
    services.people.set_archived(a.id, True)
    assert [p.name for p in services.people.list()] == ["Anders Bæk"]
    assert [p.name for p in services.people.list(include_archived=True)] == [
        "Anders Bæk",
        "Zoë Åberg-Lind",
    ]


@pytest.mark.parametrize(
    ("name", "email", "field"),
    [("", "", "name"), ("   ", "", "name"), ("A\x00B", "", "name"), ("Eva", "not-mail", "email")],
)
def test_bad_person_input_names_the_field(services, name, email, field):
    with pytest.raises(InvalidInputError) as info:
        services.people.create(name, email=email)
    assert info.value.field == field
    assert count(services, "person") == 0


def test_deleting_a_person_removes_all_their_data(services, holstebro_plan):
    plan = holstebro_plan
    item = plan.snapshot.item_ids[0]
    services.assessments.record(plan.id, TODAY, [Rating(item, 4, "fint")])
    goal = services.goals.add(plan.id, "Mål", [item])
    services.goals.add_action(goal.id, Action(what="Læse bogen"))
    services.goals.check_in(goal.id, TODAY, "Godt i gang", 30)
    services.coaching.save(
        CoachingSession(plan.id, TODAY, goal_ids=[goal.id], agreements=[Agreement("Ring")])
    )
    services.talks.prepare(DevelopmentTalk(plan.id, agreements=[Agreement("Følg op")]))
    other = services.people.create("Bo Berg")
    services.plans.create(other.id, "kalix")

    services.people.delete(plan.person_id)

    assert [p.name for p in services.people.list()] == ["Bo Berg"]
    for table in (
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
    ):
        assert count(services, table) == 0, table
    assert count(services, "plan") == 1


# --- plans -----------------------------------------------------------------------------


def test_a_plan_keeps_a_snapshot_of_its_models_texts(services, holstebro_plan, catalog):
    plan = services.plans.get(holstebro_plan.id)
    pack = catalog.get("holstebro")
    first = pack.areas[0].items[0]
    snap = plan.snapshot.item(first.id)
    assert snap.label == first.title
    assert snap.expectation == first.expectations["leder-af-ledere"]
    assert snap.area_title == pack.areas[0].title
    assert len(plan.snapshot.items) == 24
    assert plan.snapshot.level_name == "Leder af ledere"
    assert "Holstebro Kommune" in plan.snapshot.source
    assert plan.framework_version == pack.version


def test_a_plan_needs_a_known_model_and_level(services):
    person = services.people.create("Eva")
    with pytest.raises(InvalidInputError, match="no model with the id 'nope'"):
        services.plans.create(person.id, "nope")
    with pytest.raises(InvalidInputError, match="has no role level 'boss'"):
        services.plans.create(person.id, "holstebro", "boss")
    with pytest.raises(InvalidInputError, match="choose a role level"):
        services.plans.create(person.id, "holstebro")
    with pytest.raises(NotFoundError):
        services.plans.create("no-such-person", "kalix")
    with pytest.raises(InvalidInputError, match="ends"):
        services.plans.create(
            person.id, "kalix", period_start=date(2026, 5, 1), period_end=date(2026, 1, 1)
        )
    assert count(services, "plan") == 0


def test_the_windows_heading_reads_the_plan_its_owner_the_chosen_person_and_the_desk(
    services, holstebro_plan
):
    plan = holstebro_plan
    other = services.people.create("Bo Berg")
    heading = services.plans.heading(plan.id, plan.person_id)
    assert heading.plan.title == "Min lederudviklingsplan"
    assert heading.owner.name == "Åsa Ørsted" and heading.person is heading.owner
    assert heading.side is Side.LEADER
    services.plans.set_desk(plan.id, Side.MANAGER)
    heading = services.plans.heading(plan.id, other.id)  # another person chosen meanwhile
    assert heading.person.name == "Bo Berg" and heading.side is Side.MANAGER
    nothing = services.plans.heading(None, None)
    assert (nothing.plan, nothing.owner, nothing.person, nothing.side) == (
        None, None, None, Side.LEADER,
    )  # fmt: skip
    services.plans.delete(plan.id)  # deleted meanwhile (another window, the other login)
    services.people.delete(other.id)
    gone = services.plans.heading(plan.id, other.id)
    assert (gone.plan, gone.owner, gone.person, gone.side) == (None, None, None, Side.LEADER)


def test_plan_status_moves_forward_and_back_by_the_rules(services, holstebro_plan):
    plan_id = holstebro_plan.id
    assert services.plans.set_status(plan_id, PlanStatus.AGREED).status == PlanStatus.AGREED
    assert services.plans.set_status(plan_id, PlanStatus.FOLLOWED_UP).status == (
        PlanStatus.FOLLOWED_UP
    )
    with pytest.raises(InvalidInputError, match="cannot go from 'followed-up' to 'draft'"):
        services.plans.set_status(plan_id, PlanStatus.DRAFT)


def test_plans_list_counts_goals_and_open_agreements(services, holstebro_plan):
    plan = holstebro_plan
    services.goals.add(plan.id, "Et", [plan.snapshot.item_ids[0]])
    services.goals.add(plan.id, "To", [plan.snapshot.item_ids[1]])
    services.coaching.save(
        CoachingSession(plan.id, TODAY, agreements=[Agreement("a"), Agreement("b", done=True)])
    )
    (summary,) = services.plans.list()
    assert summary.person.name == "Åsa Ørsted"
    assert (summary.goals, summary.open_agreements) == (2, 1)
    # A carried-over agreement is no longer open; the one carrying it over is.
    (open_one,) = services.coaching.open_agreements(plan.id)
    services.coaching.save(CoachingSession(plan.id, TODAY), carry_over=[open_one.id])
    (summary,) = services.plans.list()
    assert summary.open_agreements == 1
    # A list of names alone leaves the counting out.
    (uncounted,) = services.plans.list(counts=False)
    assert (uncounted.goals, uncounted.open_agreements) == (None, None)
    assert uncounted.plan == summary.plan


def test_plans_of_one_model_and_level_share_one_snapshot_in_a_list(services, holstebro_plan):
    person = services.people.create("Bo Berg")
    services.plans.create(person.id, "holstebro", holstebro_plan.level_id)
    first, second = (s.plan for s in services.plans.list())
    assert first.snapshot == holstebro_plan.snapshot
    assert first.snapshot is second.snapshot  # read once, not once per plan


# --- assessments -----------------------------------------------------------------------


def test_a_round_rates_items_and_can_be_compared(services, holstebro_plan):
    plan = holstebro_plan
    ids = plan.snapshot.item_ids
    mine = services.assessments.record(
        plan.id, TODAY, [Rating(ids[0], 2, "usikker"), Rating(ids[1], None), Rating(ids[2], 5)]
    )
    boss = services.assessments.record(
        plan.id,
        TODAY,
        [Rating(ids[0], 4), Rating(ids[2], 3)],
        assessor_kind=AssessorKind.MANAGER,
        assessor_name="Chefen",
    )
    rounds = services.assessments.list(plan.id)
    assert [r.assessor_kind for r in rounds] == [AssessorKind.SELF, AssessorKind.MANAGER]
    assert rounds[0].ratings[0].comment == "usikker"
    assert rounds[0].rating_for(ids[1]).value is None  # "not assessed"
    diffs = {c.item_id: c.difference for c in services.assessments.compare(mine, boss)}
    assert diffs == {ids[0]: 2, ids[1]: None, ids[2]: -2}


def test_a_round_is_edited_in_place(services, holstebro_plan):
    ids = holstebro_plan.snapshot.item_ids
    round_ = services.assessments.record(holstebro_plan.id, TODAY, [Rating(ids[0], 2)])
    round_.ratings = [Rating(ids[0], 3), Rating(ids[5], 1, "nyt")]
    services.assessments.save(round_)
    (stored,) = services.assessments.list(holstebro_plan.id)
    assert [(r.item_id, r.value) for r in stored.ratings] == [(ids[0], 3), (ids[5], 1)]
    assert count(services, "rating") == 2


@pytest.mark.parametrize(
    ("rating", "message"),
    [
        (Rating("no-such-item", 3), "is not an item of the plan's model"),
        (Rating("ITEM0", 6), "6 is outside the scale 1–5"),
        (Rating("ITEM0", 0), "0 is outside the scale 1–5"),
    ],
)
def test_bad_ratings_are_refused_and_nothing_is_stored(services, holstebro_plan, rating, message):
    if rating.item_id == "ITEM0":
        rating.item_id = holstebro_plan.snapshot.item_ids[0]
    with pytest.raises(InvalidInputError, match=message):
        services.assessments.record(holstebro_plan.id, TODAY, [rating])
    assert count(services, "assessment_round") == 0


# --- goals and actions -----------------------------------------------------------------


def test_goals_with_items_check_ins_and_actions(services, holstebro_plan):
    plan = holstebro_plan
    ids = plan.snapshot.item_ids
    goal = services.goals.add(
        plan.id,
        "Skabe mening omkring forandringer",
        [ids[9], ids[10]],
        success_criterion="Medarbejderne kan forklare hvorfor",
        target_date=date(2026, 6, 30),
    )
    goal = services.goals.check_in(goal.id, TODAY, "Første møde holdt", 25)
    assert (goal.progress, goal.status) == (25, GoalStatus.IN_PROGRESS)
    goal = services.goals.add_action(
        goal.id,
        Action(
            what="Holde dialogmøde",
            how="Med hele gruppen",
            why="Skabe mening",
            who="Jeg og TR",
            when="Marts",
            follow_up="På næste personalemøde",
            kind=ActionKind.WITH_OTHERS,
        ),
    )
    action_id = goal.actions[0].id
    goal = services.goals.set_action_status(goal.id, action_id, ActionStatus.DONE, TODAY)
    (stored,) = services.goals.list(plan.id)
    assert stored.item_ids == [ids[9], ids[10]]
    assert stored.checkins[0].note == "Første møde holdt"
    assert stored.actions[0].done_date == TODAY
    assert stored.actions[0].kind == ActionKind.WITH_OTHERS
    assert stored.actions[0].follow_up == "På næste personalemøde"


def test_saving_normalises_what_is_stored_never_the_callers_objects(services, holstebro_plan):
    action = Action("Ring til Bo\r\nom kurset")
    goal = Goal(holstebro_plan.id, "Lede med tillid", actions=[action])
    session = CoachingSession(holstebro_plan.id, TODAY, agreements=[Agreement("Ring\r\nigen")])
    stored_goal = services.goals.save(goal)
    stored_session = services.coaching.save(session)
    assert stored_goal.actions[0].what == "Ring til Bo\nom kurset"
    assert stored_session.agreements[0].text == "Ring\nigen"
    # The objects the caller holds (e.g. an editor's) are as they were.
    assert action.what == "Ring til Bo\r\nom kurset"
    assert session.agreements[0].text == "Ring\r\nigen"


def test_a_goal_with_a_bad_action_is_not_saved_at_all(services, holstebro_plan):
    goal = Goal(
        plan_id=holstebro_plan.id,
        title="Mål",
        item_ids=[holstebro_plan.snapshot.item_ids[0]],
        actions=[Action(what="ok"), Action(what="  ")],
    )
    with pytest.raises(InvalidInputError, match="what: must not be empty"):
        services.goals.save(goal)
    assert count(services, "goal") == 0
    assert count(services, "action") == 0


def test_a_goal_must_link_items_of_its_model(services, holstebro_plan):
    with pytest.raises(InvalidInputError, match="'tydliggora-mal' is not an item"):
        services.goals.add(holstebro_plan.id, "Mål", ["tydliggora-mal"])
    with pytest.raises(InvalidInputError, match="progress"):
        services.goals.save(Goal(plan_id=holstebro_plan.id, title="x", progress=120))


# --- coaching --------------------------------------------------------------------------


def test_open_agreements_are_offered_and_carried_over(services, holstebro_plan):
    plan = holstebro_plan
    first = services.coaching.save(
        CoachingSession(
            plan.id,
            date(2026, 10, 1),
            topic="Svære samtaler",
            notes="Fortroligt: konflikt med X",
            agreements=[Agreement("Læse kapitel 3", "Åsa"), Agreement("Booke møde", done=True)],
        )
    )
    assert first.notes_private is True  # private unless the leader says otherwise
    offered = services.coaching.open_agreements(plan.id)
    assert [a.text for a in offered] == ["Læse kapitel 3"]

    second = services.coaching.new_session(plan.id, date(2026, 11, 1))
    second.agreements.append(Agreement("Nyt"))
    second = services.coaching.save(second, carry_over=[offered[0].id])
    assert [a.text for a in second.agreements] == ["Nyt", "Læse kapitel 3"]
    assert second.agreements[1].carried_from == offered[0].id
    # the original is no longer offered; its carried copy is
    assert [(a.text, a.id) for a in services.coaching.open_agreements(plan.id)] == [
        ("Nyt", second.agreements[0].id),
        ("Læse kapitel 3", second.agreements[1].id),
    ]
    with pytest.raises(InvalidInputError, match="is not an open agreement"):
        services.coaching.save(services.coaching.new_session(plan.id), carry_over=[offered[0].id])


def test_a_session_links_only_goals_of_its_plan(services, holstebro_plan):
    with pytest.raises(InvalidInputError, match="is not a goal of this plan"):
        services.coaching.save(CoachingSession(holstebro_plan.id, TODAY, goal_ids=["x"]))


# --- talks -----------------------------------------------------------------------------


def test_kalix_talk_preparation_offers_the_six_questions(services):
    questions = services.talks.opening_questions("kalix", [])
    assert [q.question_key for q in questions] == [
        "common:samtalsfragor/what",
        "common:samtalsfragor/how",
        "common:samtalsfragor/why",
        "common:samtalsfragor/who",
        "common:samtalsfragor/when",
        "common:samtalsfragor/follow-up",
    ]
    assert all(q.question and not q.answer for q in questions)
    assert not services.talks.model_questions("kalix")  # they are its common themes
    assert services.talks.model_questions("skr")  # SKR: the conversation topics


def test_a_talk_is_prepared_then_signed_by_both_and_frozen(services, holstebro_plan):
    talk = services.talks.prepare(
        DevelopmentTalk(
            holstebro_plan.id,
            date=date(2026, 12, 10),
            participants="Åsa Ørsted, Chefen",
            leader_prep=[PrepAnswer("Hvad er du stolt af?", "Teamet")],
            manager_prep=[PrepAnswer("Hvad ser du?", "Udvikling")],
            summary="Enige om to mål",
            agreements=[Agreement("Kursus i forandringsledelse", "HR", date(2027, 3, 1))],
            follow_up_date=date(2027, 6, 1),
        )
    )
    # Each side signs at their own desk; this copy is the leader's.
    mine = services.talks.sign(talk.id, "Åsa Ørsted", "Afdelingsleder", datetime(2026, 12, 10))
    assert mine.leader_signature.name == "Åsa Ørsted" and not mine.signed_off
    with pytest.raises(InvalidInputError, match="already signed by Åsa Ørsted"):
        services.talks.sign(talk.id, "Åsa Ørsted")
    services.plans.set_desk(holstebro_plan.id, Side.MANAGER)  # (as the manager's copy would)
    signed = services.talks.sign(talk.id, "Chefen", "Direktør", datetime(2026, 12, 10, 15, 0))
    assert signed.signed_off and signed.manager_signature.name == "Chefen"
    (stored,) = services.talks.list(holstebro_plan.id)
    assert stored.leader_prep[0].answer == "Teamet"
    assert stored.agreements[0].owner == "HR"
    stored.summary = "ændret bagefter"
    with pytest.raises(InvalidInputError, match="signed by both"):
        services.talks.prepare(stored)
    with pytest.raises(InvalidInputError, match="already signed by Chefen"):
        services.talks.sign(talk.id, "En anden")


# --- maintenance -----------------------------------------------------------------------


def test_backup_and_restore_round_trip(services, holstebro_plan, tmp_path):
    backup = services.maintenance.backup(tmp_path / "b.sqlite3")
    services.people.create("Added after the backup")
    services.people.delete(holstebro_plan.person_id)
    safety = services.maintenance.restore(backup)
    assert [p.name for p in services.people.list()] == ["Åsa Ørsted"]
    assert services.plans.get(holstebro_plan.id).title == "Min lederudviklingsplan"
    # the replaced state is kept in the safety copy
    with closing(sqlite3.connect(safety)) as db:
        assert db.execute("SELECT name FROM person").fetchall() == [("Added after the backup",)]
    assert services.maintenance.check().ok


def test_restore_refuses_a_broken_file_and_changes_nothing(services, holstebro_plan, tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all")
    with pytest.raises(Exception, match="cannot restore from it: the file is not an SQLite"):
        services.maintenance.restore(junk)
    assert [p.name for p in services.people.list()] == ["Åsa Ørsted"]


def test_check_reports_a_clean_database(services, holstebro_plan):
    report = services.maintenance.check()
    assert report.ok, report.problems
    assert report.revision


@pytest.mark.parametrize(
    ("table", "parent"), [("agreement", "its session's or talk's"), ("action", "its goal's")]
)
def test_check_names_a_row_that_names_another_plan_than_its_parents(
    services, holstebro_plan, table, parent
):
    """The team overview counts agreements and actions by the plan they name: one naming
    another plan than its parent's (a file changed by hand) is named by the check."""
    services.coaching.save(
        CoachingSession(holstebro_plan.id, TODAY, agreements=[Agreement("Boka möte")])
    )
    services.goals.save(Goal(holstebro_plan.id, "Tydligare mål", actions=[Action("Boka samtal")]))
    other = services.plans.create(services.people.create("Bo Berg").id, "kalix")
    assert services.maintenance.check().ok
    with closing(sqlite3.connect(services.maintenance.database_file)) as db:
        (row_id,) = db.execute(f"SELECT id FROM {table}").fetchone()
        db.execute(f"UPDATE {table} SET plan_id = ?", (other.id,))
        db.commit()
    report = services.maintenance.check()
    assert report.problems == [f"{table} '{row_id}' names another plan than {parent}"]


def test_daily_backups_rotate(services, holstebro_plan):
    for day in range(1, 21):
        services.maintenance.rotate_daily(keep=5, today=date(2026, 3, day))
    # a second call the same day makes nothing new
    assert services.maintenance.rotate_daily(keep=5, today=date(2026, 3, 20)) is None
    dailies = [b for b in services.maintenance.list_backups() if b.kind == "daily"]
    assert sorted(b.path.name for b in dailies) == [
        f"daily-202603{d:02d}.sqlite3" for d in range(16, 21)
    ]
    with closing(sqlite3.connect(dailies[0].path)) as db:
        assert db.execute("SELECT name FROM person").fetchall() == [("Åsa Ørsted",)]


def test_deleted_notes_do_not_stay_readable_in_the_file(services, holstebro_plan):
    secret = "Fortroligt-XQZ-hemmelighed " * 40
    services.coaching.save(CoachingSession(holstebro_plan.id, TODAY, notes=secret))
    # someone else's sessions keep the same database pages in use
    other = services.people.create("Bo Berg")
    other_plan = services.plans.create(other.id, "kalix")
    for day in range(1, 6):
        services.coaching.save(
            CoachingSession(other_plan.id, date(2026, 1, day), notes="Bo's own notes " * 20)
        )
    services.people.delete(holstebro_plan.person_id)
    for file in services.maintenance.database_file.parent.glob(
        services.maintenance.database_file.name + "*"
    ):
        assert b"XQZ" not in file.read_bytes(), file


def test_saving_a_goals_own_fields_leaves_its_check_ins_and_actions_as_stored(
    services, holstebro_plan
):
    goal = services.goals.save(
        Goal(holstebro_plan.id, "Lede med tillid", actions=[Action("Ring til Bo")])
    )
    services.goals.check_in(goal.id, TODAY, "En god start", 10)
    # An editor holding the goal as it was before the check-in, with only the title changed:
    stale = replace(goal, title="Lede med tydelighed", actions=[Action("Forgotten row")])
    stored = services.goals.save_fields(stale)
    assert stored.title == "Lede med tydelighed"
    assert [a.what for a in stored.actions] == ["Ring til Bo"]
    assert [c.note for c in stored.checkins] == ["En god start"]
    assert services.goals.list(holstebro_plan.id) == [stored]
