"""Whose records a plan's ids are: a plan file's records keep their ids from desk to desk, and
an id is unique across the whole database, so an import or a merge first asks which of its
ids belong to another stored plan."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ledarplan.domain.desk_records import records_of
from ledarplan.domain.entities import PlanBundle
from ledarplan.storage.tables import (
    ActionRow,
    AgreementRow,
    CheckInRow,
    FeedbackRoundRow,
    GoalRow,
    RoundRow,
    SessionRow,
    TalkRow,
)


def records_elsewhere(session: Session, bundle: PlanBundle) -> list[tuple[str, str, str]]:
    """(kind, id, other plan's id) of the bundle's records whose ids belong to records of
    another stored plan."""
    ids = {record.id for record in records_of(bundle)}
    if not ids:
        return []

    def of_goal(row: Any) -> Any:  # a check-in's plan: its goal's
        return select(GoalRow.plan_id).where(GoalRow.id == row.goal_id).scalar_subquery()

    queries = [
        ("assessment round", select(RoundRow.id, RoundRow.plan_id).where(RoundRow.id.in_(ids))),
        ("goal", select(GoalRow.id, GoalRow.plan_id).where(GoalRow.id.in_(ids))),
        (
            "coaching session",
            select(SessionRow.id, SessionRow.plan_id).where(SessionRow.id.in_(ids)),
        ),
        ("development talk", select(TalkRow.id, TalkRow.plan_id).where(TalkRow.id.in_(ids))),
        (
            "feedback round",
            select(FeedbackRoundRow.id, FeedbackRoundRow.plan_id).where(
                FeedbackRoundRow.id.in_(ids)
            ),
        ),
        ("check-in", select(CheckInRow.id, of_goal(CheckInRow)).where(CheckInRow.id.in_(ids))),
        # An action names its plan (its goal's), an agreement its session's or talk's.
        ("action", select(ActionRow.id, ActionRow.plan_id).where(ActionRow.id.in_(ids))),
        (
            "agreement",
            select(AgreementRow.id, AgreementRow.plan_id).where(AgreementRow.id.in_(ids)),
        ),
    ]
    found = []
    for kind, query in queries:
        found += [
            (kind, rid, plan) for rid, plan in session.execute(query) if plan != bundle.plan.id
        ]
    return sorted(found)
