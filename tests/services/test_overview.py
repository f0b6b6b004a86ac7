"""The dashboard's facts, computed without Qt."""

from __future__ import annotations

from datetime import date, timedelta

from ledarplan.domain.entities import ActionStatus, GoalStatus, Signature
from ledarplan.services.demo import build_demo_bundle
from ledarplan.services.overview import overview_of

TODAY = date(2026, 11, 23)


def test_overview_of_the_demo_plan(catalog):
    bundle = build_demo_bundle(catalog.get("holstebro"), "chef", TODAY)
    view = overview_of(bundle, TODAY)
    assert [g.title for g in view.goals] == [g.title for g in bundle.goals]
    assert view.rounds == len(bundle.rounds)
    # the demo's second session carries one agreement over and adds one: two open
    assert len(view.open_agreements) == 2
    assert view.next_talk == bundle.talks[0].date
    assert view.next_session is not None and view.next_session >= TODAY
    assert view.overdue == []


def test_overdue_goals_actions_and_agreements(catalog):
    bundle = build_demo_bundle(catalog.get("kalix"), None, TODAY)
    goal = bundle.goals[0]
    goal.target_date = TODAY - timedelta(days=1)
    goal.status = GoalStatus.IN_PROGRESS
    goal.actions[0].due_date = TODAY - timedelta(days=10)
    goal.actions[0].status = ActionStatus.PLANNED
    open_agreement = overview_of(bundle, TODAY).open_agreements[0]
    open_agreement.due_date = TODAY - timedelta(days=5)
    view = overview_of(bundle, TODAY)
    kinds = [(o.kind, o.due) for o in view.overdue]
    assert ("action", TODAY - timedelta(days=10)) in kinds
    assert ("agreement", TODAY - timedelta(days=5)) in kinds
    assert ("goal", TODAY - timedelta(days=1)) in kinds
    assert [o.due for o in view.overdue] == sorted(o.due for o in view.overdue)
    # done and dropped goals are never overdue
    goal.status = GoalStatus.DONE
    assert "goal" not in [o.kind for o in overview_of(bundle, TODAY).overdue]


def test_average_progress_ignores_dropped_goals(catalog):
    bundle = build_demo_bundle(catalog.get("hjo"), None, TODAY)
    for goal, (progress, status) in zip(
        bundle.goals,
        [(100, GoalStatus.DONE), (50, GoalStatus.IN_PROGRESS), (0, GoalStatus.DROPPED)],
        strict=False,
    ):
        goal.progress, goal.status = progress, status
    assert overview_of(bundle, TODAY).average_progress == 75


def test_a_session_logged_today_is_not_the_next_one_and_a_signed_talk_is_held(catalog):
    today = date(2027, 3, 10)
    bundle = build_demo_bundle(catalog.get("kalix"), None, date(2027, 1, 1))
    bundle.sessions = bundle.sessions[:1]
    bundle.sessions[0].date, bundle.sessions[0].next_date = today, date(2027, 4, 7)
    talk = bundle.talks[0]
    talk.date = date(2027, 3, 1)
    talk.leader_signature = talk.manager_signature = Signature("Åsa", "", None)
    overview = overview_of(bundle, today)
    assert overview.next_session == date(2027, 4, 7)
    assert (overview.next_talk, overview.held_talk) == (None, date(2027, 3, 1))
