"""Domain objects from a checked document, and the domain rules run on them."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from ledarplan.domain import rules
from ledarplan.domain.entities import (
    Action,
    Agreement,
    AssessmentRound,
    CheckIn,
    CoachingSession,
    DevelopmentTalk,
    FrameworkSnapshot,
    Goal,
    Person,
    Plan,
    PlanBundle,
    PrepAnswer,
    Rating,
    SnapshotItem,
)
from ledarplan.domain.errors import InvalidInputError
from ledarplan.exchange.document import (
    AgreementModel,
    GoalModel,
    PlanFileModel,
    PrepAnswerModel,
    RoundModel,
    SessionModel,
    TalkModel,
)


def _build_bundle(doc: PlanFileModel) -> PlanBundle:
    p, pl = doc.person, doc.plan
    person = Person(
        name=p.name,
        job_title=p.job_title,
        unit=p.unit,
        email=p.email,
        archived=p.archived,
        id=p.id,
        created_at=p.created_at,
        updated_at=p.updated_at,
    )
    snapshot = FrameworkSnapshot(
        framework_name=pl.snapshot.framework_name,
        source=pl.snapshot.source,
        level_name=pl.snapshot.level_name,
        items=tuple(
            SnapshotItem(
                item_id=i.item_id,
                area_id=i.area_id,
                area_title=i.area_title,
                label=i.label,
                text=i.text,
                expectation=i.expectation,
            )
            for i in pl.snapshot.items
        ),
    )
    plan = Plan(
        person_id=pl.person_id,
        framework_id=pl.framework_id,
        framework_version=pl.framework_version,
        snapshot=snapshot,
        level_id=pl.level_id,
        title=pl.title,
        period_start=pl.period_start,
        period_end=pl.period_end,
        status=pl.status,
        id=pl.id,
        created_at=pl.created_at,
        updated_at=pl.updated_at,
    )
    return PlanBundle(
        person=person,
        plan=plan,
        rounds=[_round(r) for r in doc.assessment_rounds],
        goals=[_goal(g) for g in doc.goals],
        sessions=[_session(s) for s in doc.coaching_sessions],
        talks=[_talk(t) for t in doc.development_talks],
    )


def _round(r: RoundModel) -> AssessmentRound:
    return AssessmentRound(
        plan_id=r.plan_id,
        date=r.date,
        assessor_kind=r.assessor_kind,
        assessor_name=r.assessor_name,
        scale_min=r.scale_min,
        scale_max=r.scale_max,
        note=r.note,
        ratings=[Rating(item_id=x.item_id, value=x.value, comment=x.comment) for x in r.ratings],
        id=r.id,
    )


def _goal(g: GoalModel) -> Goal:
    return Goal(
        plan_id=g.plan_id,
        title=g.title,
        description=g.description,
        item_ids=list(g.item_ids),
        success_criterion=g.success_criterion,
        target_date=g.target_date,
        status=g.status,
        progress=g.progress,
        checkins=[
            CheckIn(date=c.date, note=c.note, progress=c.progress, id=c.id) for c in g.checkins
        ],
        actions=[
            Action(
                what=a.what,
                how=a.how,
                why=a.why,
                who=a.who,
                when=a.when,
                follow_up=a.follow_up,
                kind=a.kind,
                building_block=a.building_block,
                due_date=a.due_date,
                status=a.status,
                done_date=a.done_date,
                id=a.id,
            )
            for a in g.actions
        ],
        id=g.id,
    )


def _agreements(agreements: list[AgreementModel]) -> list[Agreement]:
    return [
        Agreement(
            text=a.text,
            owner=a.owner,
            due_date=a.due_date,
            done=a.done,
            carried_from=a.carried_from,
            id=a.id,
        )
        for a in agreements
    ]


def _session(s: SessionModel) -> CoachingSession:
    return CoachingSession(
        plan_id=s.plan_id,
        date=s.date,
        with_whom=s.with_whom,
        topic=s.topic,
        goal_ids=list(s.goal_ids),
        notes=s.notes,
        notes_private=s.notes_private,
        experience=s.experience,
        reflection=s.reflection,
        conclusion=s.conclusion,
        experiment=s.experiment,
        agreements=_agreements(s.agreements),
        next_date=s.next_date,
        id=s.id,
    )


def _prep(answers: list[PrepAnswerModel]) -> list[PrepAnswer]:
    return [
        PrepAnswer(
            question=a.question,
            answer=a.answer,
            question_key=a.question_key,
            timeframe=a.timeframe,
            private=a.private,
        )
        for a in answers
    ]


def _talk(t: TalkModel) -> DevelopmentTalk:
    return DevelopmentTalk(
        plan_id=t.plan_id,
        date=t.date,
        participants=t.participants,
        leader_prep=_prep(t.leader_prep),
        manager_prep=_prep(t.manager_prep),
        summary=t.summary,
        agreements=_agreements(t.agreements),
        follow_up_date=t.follow_up_date,
        signed_off_by=t.signed_off_by,
        signed_off_at=t.signed_off_at,
        id=t.id,
    )


def _check_domain_rules(bundle: PlanBundle) -> list[str]:
    """The rules every stored object obeys (they also normalise, e.g. trim names)."""
    problems: list[str] = []

    def run(prefix: str, check: Callable[[], None]) -> bool:
        try:
            check()
        except InvalidInputError as exc:
            field = exc.field
            if not prefix:  # the validator was given the whole path as its field name
                problems.append(f"{field}: {exc.reason}")
            else:
                problems.append(f"{prefix}.{field}: {exc.reason}")
            return False
        return True

    run("person", partial(rules.validate_person, bundle.person))
    run("plan", partial(rules.validate_plan, bundle.plan))
    item_ids = bundle.plan.snapshot.item_ids
    for i, round_ in enumerate(bundle.rounds):
        try:
            rules.validate_round(round_, item_ids)
        except InvalidInputError as exc:
            problems.append(
                f"assessment_rounds[{i}]{_rating_path(exc.field, round_)}: {exc.reason}"
            )
    for i, goal in enumerate(bundle.goals):
        actions_ok = [
            run(f"goals[{i}].actions[{j}]", partial(rules.validate_action, action))
            for j, action in enumerate(goal.actions)
        ]
        if all(actions_ok):
            run(f"goals[{i}]", partial(rules.validate_goal, goal, item_ids))
    goal_ids = {goal.id for goal in bundle.goals}
    for i, session in enumerate(bundle.sessions):
        path = f"coaching_sessions[{i}]"
        if _agreements_ok(session.agreements, path, run):
            run(path, partial(rules.validate_session, session, goal_ids))
    for i, talk in enumerate(bundle.talks):
        path = f"development_talks[{i}]"
        if _agreements_ok(talk.agreements, path, run):
            run(path, partial(rules.validate_talk, talk))
    return problems


def _agreements_ok(
    agreements: list[Agreement], path: str, run: Callable[[str, Callable[[], None]], bool]
) -> bool:
    # One at a time, so that a problem names the agreement's index; all are checked.
    ok = True
    for j, agreement in enumerate(agreements):
        field = f"{path}.agreements[{j}]"
        ok = run("", partial(rules.validate_agreements, [agreement], field)) and ok
    return ok


def _rating_path(field: str, round_: AssessmentRound) -> str:
    """'ratings.<item id>[.comment]' from validate_round, as '.ratings[k][.comment]'."""
    if field.startswith("ratings."):
        rest = field.removeprefix("ratings.")
        for k, rating in enumerate(round_.ratings):
            for suffix in ("", ".comment"):
                if rest == f"{rating.item_id}{suffix}":
                    return f".ratings[{k}]{suffix}"
    return f".{field}"
