"""The checks pydantic cannot make: unique ids and the links between the file's objects."""

from __future__ import annotations

from typing import Any

from ledarplan.exchange.document import PlanFileModel


def _check_references(doc: PlanFileModel) -> list[str]:
    """What pydantic cannot see: unique ids and links between the file's objects."""
    return [*_check_ids(doc), *_check_owners(doc), *_check_links(doc)]


def _check_ids(doc: PlanFileModel) -> list[str]:
    # Every object keeps its id in the database, so no two may share one.
    ids = [("person.id", doc.person.id), ("plan.id", doc.plan.id)]
    for i, round_ in enumerate(doc.assessment_rounds):
        ids.append((f"assessment_rounds[{i}].id", round_.id))
    for i, feedback in enumerate(doc.feedback_rounds):
        ids.append((f"feedback_rounds[{i}].id", feedback.id))
    for i, goal in enumerate(doc.goals):
        ids.append((f"goals[{i}].id", goal.id))
        ids += [(f"goals[{i}].checkins[{j}].id", c.id) for j, c in enumerate(goal.checkins)]
        ids += [(f"goals[{i}].actions[{j}].id", a.id) for j, a in enumerate(goal.actions)]
    for kind, parents in (
        ("coaching_sessions", doc.coaching_sessions),
        ("development_talks", doc.development_talks),
    ):
        for i, parent in enumerate(parents):
            ids.append((f"{kind}[{i}].id", parent.id))
            ids += [
                (f"{kind}[{i}].agreements[{j}].id", a.id) for j, a in enumerate(parent.agreements)
            ]
    problems: list[str] = []
    seen: dict[str, str] = {}
    for path, ident in ids:
        if ident in seen:
            problems.append(f"{path}: the id '{ident}' is used twice (also at {seen[ident]})")
        else:
            seen[ident] = path
    return problems


def _check_owners(doc: PlanFileModel) -> list[str]:
    problems: list[str] = []
    plan = doc.plan
    if plan.person_id != doc.person.id:
        problems.append(
            f"plan.person_id: '{plan.person_id}' is not the person in this file "
            f"(person.id is '{doc.person.id}')"
        )
    children: list[tuple[str, list[Any]]] = [
        ("assessment_rounds", doc.assessment_rounds),
        ("goals", doc.goals),
        ("coaching_sessions", doc.coaching_sessions),
        ("development_talks", doc.development_talks),
        ("feedback_rounds", doc.feedback_rounds),
    ]
    for kind, objects in children:
        for i, child in enumerate(objects):
            if child.plan_id != plan.id:
                problems.append(
                    f"{kind}[{i}].plan_id: '{child.plan_id}' is not the plan in this file "
                    f"(plan.id is '{plan.id}')"
                )
    return problems


def _check_links(doc: PlanFileModel) -> list[str]:
    problems: list[str] = []
    items: dict[str, int] = {}
    for k, item in enumerate(doc.plan.snapshot.items):
        if item.item_id in items:
            problems.append(
                f"plan.snapshot.items[{k}].item_id: the item '{item.item_id}' is listed twice "
                f"(also at plan.snapshot.items[{items[item.item_id]}])"
            )
        else:
            items[item.item_id] = k

    def links(paths_and_ids: list[tuple[str, str]], known: Any, what: str, twice: str) -> None:
        linked: set[str] = set()
        for path, ident in paths_and_ids:
            if ident not in known:
                problems.append(f"{path}: '{ident}' is not {what}")
            elif ident in linked:
                problems.append(f"{path}: '{ident}' {twice}")
            linked.add(ident)

    model_item = "an item of the plan's model (plan.snapshot.items)"
    for i, round_ in enumerate(doc.assessment_rounds):
        rated = [
            (f"assessment_rounds[{i}].ratings[{k}].item_id", rating.item_id)
            for k, rating in enumerate(round_.ratings)
        ]
        links(rated, items, model_item, "is rated twice")
    for i, goal in enumerate(doc.goals):
        linked = [(f"goals[{i}].item_ids[{k}]", ident) for k, ident in enumerate(goal.item_ids)]
        links(linked, items, model_item, "is linked twice")
    for i, feedback in enumerate(doc.feedback_rounds):
        asked = [
            (f"feedback_rounds[{i}].item_ids[{k}]", ident)
            for k, ident in enumerate(feedback.item_ids)
        ]
        links(asked, items, model_item, "is asked about twice")
    goal_ids = {goal.id for goal in doc.goals}
    for i, session in enumerate(doc.coaching_sessions):
        linked = [
            (f"coaching_sessions[{i}].goal_ids[{k}]", ident)
            for k, ident in enumerate(session.goal_ids)
        ]
        links(linked, goal_ids, "a goal in this file", "is linked twice")
    return problems
