"""ORM rows ⇄ domain objects. Nothing outside storage ever sees a row."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime
from functools import lru_cache
from typing import Any

from ledarplan.domain.entities import (
    Action,
    ActionKind,
    ActionStatus,
    Agreement,
    AssessmentRound,
    AssessorKind,
    CheckIn,
    CoachingSession,
    DevelopmentTalk,
    FrameworkSnapshot,
    Goal,
    GoalStatus,
    Person,
    Plan,
    PlanBundle,
    PlanStatus,
    PrepAnswer,
    Rating,
    SnapshotItem,
    TimeFrame,
)
from ledarplan.storage.tables import (
    ActionRow,
    AgreementRow,
    CheckInRow,
    GoalItemRow,
    GoalRow,
    PersonRow,
    PlanRow,
    RatingRow,
    RoundRow,
    SessionGoalRow,
    SessionRow,
    TalkRow,
)


def snapshot_to_json(snapshot: FrameworkSnapshot) -> dict[str, Any]:
    return {
        "framework_name": snapshot.framework_name,
        "source": snapshot.source,
        "level_name": snapshot.level_name,
        "items": [asdict(item) for item in snapshot.items],
    }


def snapshot_from_json(data: dict[str, Any]) -> FrameworkSnapshot:
    return FrameworkSnapshot(
        framework_name=data.get("framework_name", ""),
        source=data.get("source", ""),
        level_name=data.get("level_name", ""),
        items=tuple(SnapshotItem(**item) for item in data.get("items", [])),
    )


@lru_cache(maxsize=64)
def snapshot_from_text(text: str) -> FrameworkSnapshot:
    """A snapshot from its stored JSON text. Plans of one model and level store the same text,
    and a snapshot is immutable, so each distinct text is read once and then shared: listing
    thousands of plans reads a handful of snapshots, not thousands."""
    return snapshot_from_json(json.loads(text))


def person_from_row(row: PersonRow) -> Person:
    return Person(
        id=row.id,
        name=row.name,
        job_title=row.job_title,
        unit=row.unit,
        email=row.email,
        archived=row.archived,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def fill_person_row(row: PersonRow, person: Person) -> None:
    row.name = person.name
    row.job_title = person.job_title
    row.unit = person.unit
    row.email = person.email
    row.archived = person.archived


def plan_from_row(row: PlanRow, snapshot: FrameworkSnapshot | None = None) -> Plan:
    """`snapshot` when the caller read it already (then `row.snapshot` is not touched)."""
    return Plan(
        id=row.id,
        person_id=row.person_id,
        framework_id=row.framework_id,
        framework_version=row.framework_version,
        level_id=row.level_id,
        title=row.title,
        period_start=row.period_start,
        period_end=row.period_end,
        status=PlanStatus(row.status),
        snapshot=snapshot if snapshot is not None else snapshot_from_json(row.snapshot),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def fill_plan_row(row: PlanRow, plan: Plan) -> None:
    row.person_id = plan.person_id
    row.framework_id = plan.framework_id
    row.framework_version = plan.framework_version
    row.level_id = plan.level_id
    row.title = plan.title
    row.period_start = plan.period_start
    row.period_end = plan.period_end
    row.status = plan.status.value
    row.snapshot = snapshot_to_json(plan.snapshot)


def round_from_row(row: RoundRow) -> AssessmentRound:
    return AssessmentRound(
        id=row.id,
        plan_id=row.plan_id,
        date=row.date,
        assessor_kind=AssessorKind(row.assessor_kind),
        assessor_name=row.assessor_name,
        scale_min=row.scale_min,
        scale_max=row.scale_max,
        note=row.note,
        ratings=[Rating(r.item_id, r.value, r.comment) for r in row.ratings],
    )


def fill_round_row(row: RoundRow, round_: AssessmentRound) -> None:
    row.plan_id = round_.plan_id
    row.date = round_.date
    row.assessor_kind = round_.assessor_kind.value
    row.assessor_name = round_.assessor_name
    row.scale_min = round_.scale_min
    row.scale_max = round_.scale_max
    row.note = round_.note
    row.ratings = [
        RatingRow(item_id=r.item_id, position=i, value=r.value, comment=r.comment)
        for i, r in enumerate(round_.ratings)
    ]


def goal_from_row(row: GoalRow) -> Goal:
    return Goal(
        id=row.id,
        plan_id=row.plan_id,
        title=row.title,
        description=row.description,
        item_ids=[link.item_id for link in row.items],
        success_criterion=row.success_criterion,
        target_date=row.target_date,
        status=GoalStatus(row.status),
        progress=row.progress,
        checkins=[CheckIn(c.date, c.note, c.progress, id=c.id) for c in row.checkins],
        actions=[
            Action(
                id=a.id,
                what=a.what,
                how=a.how,
                why=a.why,
                who=a.who,
                when=a.when,
                follow_up=a.follow_up,
                kind=ActionKind(a.kind),
                building_block=a.building_block,
                due_date=a.due_date,
                status=ActionStatus(a.status),
                done_date=a.done_date,
            )
            for a in row.actions
        ],
    )


def fill_goal_row(row: GoalRow, goal: Goal, position: int) -> None:
    row.plan_id = goal.plan_id
    row.position = position
    row.title = goal.title
    row.description = goal.description
    row.success_criterion = goal.success_criterion
    row.target_date = goal.target_date
    row.status = goal.status.value
    row.progress = goal.progress
    row.items = [GoalItemRow(item_id=i, position=n) for n, i in enumerate(goal.item_ids)]
    row.checkins = [
        CheckInRow(id=c.id, position=n, date=c.date, note=c.note, progress=c.progress)
        for n, c in enumerate(goal.checkins)
    ]
    row.actions = [
        ActionRow(
            id=a.id,
            position=n,
            what=a.what,
            how=a.how,
            why=a.why,
            who=a.who,
            when=a.when,
            follow_up=a.follow_up,
            kind=a.kind.value,
            building_block=a.building_block,
            due_date=a.due_date,
            status=a.status.value,
            done_date=a.done_date,
        )
        for n, a in enumerate(goal.actions)
    ]


def agreement_from_row(row: AgreementRow) -> Agreement:
    return Agreement(
        id=row.id,
        text=row.text,
        owner=row.owner,
        due_date=row.due_date,
        done=row.done,
        carried_from=row.carried_from,
    )


def agreement_rows(agreements: list[Agreement]) -> list[AgreementRow]:
    return [
        AgreementRow(
            id=a.id,
            position=n,
            text=a.text,
            owner=a.owner,
            due_date=a.due_date,
            done=a.done,
            carried_from=a.carried_from,
        )
        for n, a in enumerate(agreements)
    ]


def session_from_row(row: SessionRow) -> CoachingSession:
    return CoachingSession(
        id=row.id,
        plan_id=row.plan_id,
        date=row.date,
        with_whom=row.with_whom,
        topic=row.topic,
        goal_ids=[link.goal_id for link in row.goal_links],
        notes=row.notes,
        notes_private=row.notes_private,
        experience=row.experience,
        reflection=row.reflection,
        conclusion=row.conclusion,
        experiment=row.experiment,
        agreements=[agreement_from_row(a) for a in row.agreements],
        next_date=row.next_date,
    )


def fill_session_row(row: SessionRow, session: CoachingSession) -> None:
    row.plan_id = session.plan_id
    row.date = session.date
    row.with_whom = session.with_whom
    row.topic = session.topic
    row.notes = session.notes
    row.notes_private = session.notes_private
    row.experience = session.experience
    row.reflection = session.reflection
    row.conclusion = session.conclusion
    row.experiment = session.experiment
    row.next_date = session.next_date
    row.goal_links = [SessionGoalRow(goal_id=g, position=n) for n, g in enumerate(session.goal_ids)]
    row.agreements = agreement_rows(session.agreements)


def _prep_to_json(answers: list[PrepAnswer]) -> list[dict[str, Any]]:
    return [
        {
            "question": a.question,
            "answer": a.answer,
            "question_key": a.question_key,
            "timeframe": a.timeframe.value,
            "private": a.private,
        }
        for a in answers
    ]


def _prep_from_json(data: list[dict[str, Any]]) -> list[PrepAnswer]:
    # Keys added later default, so rows written by an earlier version still read.
    return [
        PrepAnswer(
            question=a["question"],
            answer=a.get("answer", ""),
            question_key=a.get("question_key", ""),
            timeframe=TimeFrame(a.get("timeframe", "")),
            private=bool(a.get("private", False)),
        )
        for a in data
    ]


def talk_from_row(row: TalkRow) -> DevelopmentTalk:
    return DevelopmentTalk(
        id=row.id,
        plan_id=row.plan_id,
        date=row.date,
        participants=row.participants,
        leader_prep=_prep_from_json(row.leader_prep),
        manager_prep=_prep_from_json(row.manager_prep),
        summary=row.summary,
        agreements=[agreement_from_row(a) for a in row.agreements],
        follow_up_date=row.follow_up_date,
        signed_off_by=row.signed_off_by,
        signed_off_at=row.signed_off_at,
    )


def fill_talk_row(row: TalkRow, talk: DevelopmentTalk, position: int) -> None:
    row.plan_id = talk.plan_id
    row.position = position
    row.date = talk.date
    row.participants = talk.participants
    row.leader_prep = _prep_to_json(talk.leader_prep)
    row.manager_prep = _prep_to_json(talk.manager_prep)
    row.summary = talk.summary
    row.follow_up_date = talk.follow_up_date
    row.signed_off_by = talk.signed_off_by
    row.signed_off_at = talk.signed_off_at
    row.agreements = agreement_rows(talk.agreements)


def plan_rows(bundle: PlanBundle, updated_at: datetime) -> list[object]:
    """A plan's rows and its children's (rounds, goals, sessions, talks), parents first, ready
    to be added in one flush; the person's row is the caller's."""
    plan = bundle.plan
    plan_row = PlanRow(id=plan.id, created_at=plan.created_at or updated_at, updated_at=updated_at)
    fill_plan_row(plan_row, plan)
    rows: list[object] = [plan_row]
    for round_ in bundle.rounds:
        round_row = RoundRow(id=round_.id)
        fill_round_row(round_row, round_)
        rows.append(round_row)
    for position, goal in enumerate(bundle.goals):
        goal_row = GoalRow(id=goal.id)
        fill_goal_row(goal_row, goal, position)
        rows.append(goal_row)
    for session in bundle.sessions:
        session_row = SessionRow(id=session.id)
        fill_session_row(session_row, session)
        rows.append(session_row)
    for position, talk in enumerate(bundle.talks):
        talk_row = TalkRow(id=talk.id)
        fill_talk_row(talk_row, talk, position)
        rows.append(talk_row)
    return rows
