"""Writing a plan as an exchange file: a `PlanBundle` to the file's JSON text."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from ledarplan.domain.entities import (
    Action,
    Agreement,
    AssessmentRound,
    CoachingSession,
    DevelopmentTalk,
    Goal,
    Person,
    Plan,
    PlanBundle,
    PrepAnswer,
)
from ledarplan.exchange.fields import FORMAT_NAME, FORMAT_VERSION


def bundle_to_json(
    bundle: PlanBundle, *, include_private_notes: bool, app_version: str, exported_at: datetime
) -> str:
    """The plan as an exchange file (pretty JSON, UTF-8 text without escapes).

    Without `include_private_notes`, coaching sessions whose notes are private are written
    with empty notes, and talk answers marked private with empty answers; everything else
    (and what is shared) is kept.
    """
    sessions = [
        s if include_private_notes or not s.notes_private else replace(s, notes="")
        for s in bundle.sessions
    ]
    talks = [
        t
        if include_private_notes
        else replace(
            t,
            leader_prep=_without_private(t.leader_prep),
            manager_prep=_without_private(t.manager_prep),
        )
        for t in bundle.talks
    ]
    document = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "exported_at": exported_at.isoformat(),
        "app_version": app_version,
        "includes_private_notes": include_private_notes,
        "person": _person_doc(bundle.person),
        "plan": _plan_doc(bundle.plan),
        "assessment_rounds": [_round_doc(r) for r in bundle.rounds],
        "goals": [_goal_doc(g) for g in bundle.goals],
        "coaching_sessions": [_session_doc(s) for s in sessions],
        "development_talks": [_talk_doc(t) for t in talks],
    }
    return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _person_doc(person: Person) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.name,
        "job_title": person.job_title,
        "unit": person.unit,
        "email": person.email,
        "archived": person.archived,
        "created_at": _iso(person.created_at),
        "updated_at": _iso(person.updated_at),
    }


def _plan_doc(plan: Plan) -> dict[str, Any]:
    snapshot = plan.snapshot
    return {
        "id": plan.id,
        "person_id": plan.person_id,
        "framework_id": plan.framework_id,
        "framework_version": plan.framework_version,
        "level_id": plan.level_id,
        "title": plan.title,
        "period_start": _iso(plan.period_start),
        "period_end": _iso(plan.period_end),
        "status": plan.status.value,
        "created_at": _iso(plan.created_at),
        "updated_at": _iso(plan.updated_at),
        "snapshot": {
            "framework_name": snapshot.framework_name,
            "source": snapshot.source,
            "level_name": snapshot.level_name,
            "items": [
                {
                    "item_id": item.item_id,
                    "area_id": item.area_id,
                    "area_title": item.area_title,
                    "label": item.label,
                    "text": item.text,
                    "expectation": item.expectation,
                }
                for item in snapshot.items
            ],
        },
    }


def _round_doc(round_: AssessmentRound) -> dict[str, Any]:
    return {
        "id": round_.id,
        "plan_id": round_.plan_id,
        "date": _iso(round_.date),
        "assessor_kind": round_.assessor_kind.value,
        "assessor_name": round_.assessor_name,
        "scale_min": round_.scale_min,
        "scale_max": round_.scale_max,
        "note": round_.note,
        "ratings": [
            {"item_id": r.item_id, "value": r.value, "comment": r.comment} for r in round_.ratings
        ],
    }


def _goal_doc(goal: Goal) -> dict[str, Any]:
    return {
        "id": goal.id,
        "plan_id": goal.plan_id,
        "title": goal.title,
        "description": goal.description,
        "item_ids": list(goal.item_ids),
        "success_criterion": goal.success_criterion,
        "target_date": _iso(goal.target_date),
        "status": goal.status.value,
        "progress": goal.progress,
        "checkins": [
            {"id": c.id, "date": _iso(c.date), "note": c.note, "progress": c.progress}
            for c in goal.checkins
        ],
        "actions": [_action_doc(a) for a in goal.actions],
    }


def _action_doc(action: Action) -> dict[str, Any]:
    return {
        "id": action.id,
        "what": action.what,
        "how": action.how,
        "why": action.why,
        "who": action.who,
        "when": action.when,
        "follow_up": action.follow_up,
        "kind": action.kind.value,
        "building_block": action.building_block,
        "due_date": _iso(action.due_date),
        "status": action.status.value,
        "done_date": _iso(action.done_date),
    }


def _agreement_doc(agreement: Agreement) -> dict[str, Any]:
    return {
        "id": agreement.id,
        "text": agreement.text,
        "owner": agreement.owner,
        "due_date": _iso(agreement.due_date),
        "done": agreement.done,
        "carried_from": agreement.carried_from,
    }


def _session_doc(session: CoachingSession) -> dict[str, Any]:
    return {
        "id": session.id,
        "plan_id": session.plan_id,
        "date": _iso(session.date),
        "with_whom": session.with_whom,
        "topic": session.topic,
        "goal_ids": list(session.goal_ids),
        "notes": session.notes,
        "notes_private": session.notes_private,
        "experience": session.experience,
        "reflection": session.reflection,
        "conclusion": session.conclusion,
        "experiment": session.experiment,
        "agreements": [_agreement_doc(a) for a in session.agreements],
        "next_date": _iso(session.next_date),
    }


def _without_private(answers: list[PrepAnswer]) -> list[PrepAnswer]:
    return [replace(a, answer="") if a.private else a for a in answers]


def _prep_doc(answers: list[PrepAnswer]) -> list[dict[str, Any]]:
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


def _talk_doc(talk: DevelopmentTalk) -> dict[str, Any]:
    return {
        "id": talk.id,
        "plan_id": talk.plan_id,
        "date": _iso(talk.date),
        "participants": talk.participants,
        "leader_prep": _prep_doc(talk.leader_prep),
        "manager_prep": _prep_doc(talk.manager_prep),
        "summary": talk.summary,
        "agreements": [_agreement_doc(a) for a in talk.agreements],
        "follow_up_date": _iso(talk.follow_up_date),
        "signed_off_by": talk.signed_off_by,
        "signed_off_at": _iso(talk.signed_off_at),
    }
