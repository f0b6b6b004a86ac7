"""Domain objects from a checked document, and the domain rules run on them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from functools import partial

from ledarplan.domain import rules
from ledarplan.domain.entities import Agreement, AssessmentRound, PlanBundle
from ledarplan.domain.errors import InvalidInputError
from ledarplan.domain.records import build
from ledarplan.exchange.document import FILE_NAMES, PlanFileModel


def _build_bundle(doc: PlanFileModel) -> PlanBundle:
    """The document's objects have the entities' field names; only the bundle's lists are
    named for the reader of the file ("assessment_rounds" for `rounds` …)."""
    parts = {f.name: getattr(doc, FILE_NAMES.get(f.name, f.name)) for f in fields(PlanBundle)}
    return build(PlanBundle, parts)


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

    run("person", partial(rules.normalise_person, bundle.person))
    run("plan", partial(rules.normalise_plan, bundle.plan))
    item_ids = bundle.plan.snapshot.item_ids
    for i, round_ in enumerate(bundle.rounds):
        try:
            rules.normalise_round(round_, item_ids)
        except InvalidInputError as exc:
            problems.append(
                f"assessment_rounds[{i}]{_rating_path(exc.field, round_)}: {exc.reason}"
            )
    for i, goal in enumerate(bundle.goals):
        actions_ok = [
            run(f"goals[{i}].actions[{j}]", partial(rules.normalise_action, action))
            for j, action in enumerate(goal.actions)
        ]
        if all(actions_ok):
            run(f"goals[{i}]", partial(rules.normalise_goal, goal, item_ids))
    goal_ids = {goal.id for goal in bundle.goals}
    for i, session in enumerate(bundle.sessions):
        path = f"coaching_sessions[{i}]"
        if _agreements_ok(session.agreements, path, run):
            run(path, partial(rules.normalise_session, session, goal_ids))
    for i, talk in enumerate(bundle.talks):
        path = f"development_talks[{i}]"
        if _agreements_ok(talk.agreements, path, run):
            run(path, partial(rules.normalise_talk, talk))
    for i, feedback in enumerate(bundle.feedback):
        snapshot = bundle.plan.snapshot
        run(f"feedback_rounds[{i}]", partial(rules.normalise_feedback, feedback, snapshot))
    return problems


def _agreements_ok(
    agreements: list[Agreement], path: str, run: Callable[[str, Callable[[], None]], bool]
) -> bool:
    # One at a time, so that a problem names the agreement's index; all are checked.
    ok = True
    for j, agreement in enumerate(agreements):
        field = f"{path}.agreements[{j}]"
        ok = run("", partial(rules.normalise_agreements, [agreement], field)) and ok
    return ok


def _rating_path(field: str, round_: AssessmentRound) -> str:
    """'ratings.<item id>[.comment]' from normalise_round, as '.ratings[k][.comment]'."""
    if field.startswith("ratings."):
        rest = field.removeprefix("ratings.")
        for k, rating in enumerate(round_.ratings):
            for suffix in ("", ".comment"):
                if rest == f"{rating.item_id}{suffix}":
                    return f".ratings[{k}]{suffix}"
    return f".{field}"
