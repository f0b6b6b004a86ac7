"""Rows are filled from entities by field name, and a field without a column is never lost."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from ledarplan.domain.entities import Action, Agreement, CheckIn, CoachingSession, Goal
from ledarplan.storage import convert
from ledarplan.storage.tables import GoalRow, SessionRow


def test_a_goal_goes_into_its_rows_and_comes_back_the_same():
    goal = Goal(
        "plan-1",
        "Lead with trust",
        item_ids=["b", "a"],
        target_date=date(2027, 6, 30),
        checkins=[CheckIn(date(2027, 1, 5), "Good start", 20)],
        actions=[Action("Ask the team"), Action("Read Kalix's handbook", who="Me")],
    )
    row = GoalRow(id=goal.id)
    convert.fill_goal_row(row, goal, position=3)
    assert row.position == 3
    assert row.status == "not-started"  # the enum's value, as the column holds it
    assert [(a.position, a.what) for a in row.actions] == [
        (0, "Ask the team"),
        (1, "Read Kalix's handbook"),
    ]
    assert [(i.position, i.item_id) for i in row.items] == [(0, "b"), (1, "a")]
    assert convert.goal_from_row(row) == goal


def test_a_sessions_agreements_and_goal_links_keep_their_order():
    session = CoachingSession(
        "plan-1",
        date(2027, 2, 1),
        goal_ids=["g2", "g1"],
        agreements=[Agreement("Call Bo"), Agreement("Book the course", done=True)],
    )
    row = SessionRow(id=session.id)
    convert.fill_session_row(row, session)
    assert [a.text for a in sorted(row.agreements, key=lambda a: a.position)] == [
        "Call Bo",
        "Book the course",
    ]
    assert convert.session_from_row(row) == session


@dataclass
class GoalWithPriority(Goal):
    """A goal with a field the database has no column for (someone forgot the migration)."""

    priority: int = 2


def test_an_entity_field_without_a_column_is_refused_not_dropped():
    with pytest.raises(
        TypeError, match=r"GoalWithPriority\.priority has no column in the table 'goal'"
    ):
        convert.fill_goal_row(GoalRow(id="g"), GoalWithPriority("p", "t"), position=0)
