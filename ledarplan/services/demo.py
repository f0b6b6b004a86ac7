"""Sample data: a realistic plan for trying the program without typing one in first.

Used by `ledarplan demo` and the GUI's "try with sample data". The plan is built from the chosen
model (its items, development activities and talk questions) and written in the model's
language (English for languages without phrases here). Nothing is random: the same model, level
and day give the same plan, apart from the fresh ids.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import cache
from typing import Any

import yaml

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
)
from ledarplan.domain.errors import InvalidInputError
from ledarplan.frameworks.cards import common_themes
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.frameworks.presentation import UnknownLevelError
from ledarplan.frameworks.schema import FrameworkPack
from ledarplan.paths import resources_dir
from ledarplan.services.snapshots import snapshot_for
from ledarplan.storage.store import Store

DEMO_LANGUAGES = ("da", "sv", "en")


@cache
def phrases(language: str) -> dict[str, Any]:
    """The sample's phrases in a language (data in resources/demo/, English as fallback)."""
    chosen = language if language in DEMO_LANGUAGES else "en"
    file = resources_dir() / "demo" / f"{chosen}.yaml"
    return yaml.safe_load(file.read_text(encoding="utf-8"))


# The sample's shape, the same in every language. Goals: status, progress, target month of the
# period, check-ins as (days from today, progress). Actions: goal, 70-20-10 kind, status, due month.
_GOALS = (
    (GoalStatus.IN_PROGRESS, 45, 5, ((-30, 25), (-12, 45))),
    (GoalStatus.IN_PROGRESS, 25, 8, ((-16, 25),)),
    (GoalStatus.NOT_STARTED, 0, 11, ((-5, 0),)),
)
_ACTIONS = (
    (0, ActionKind.ON_THE_JOB, ActionStatus.DONE, 1),
    (0, ActionKind.WITH_OTHERS, ActionStatus.IN_PROGRESS, 3),
    (1, ActionKind.COURSE, ActionStatus.PLANNED, 6),
    (2, ActionKind.ON_THE_JOB, ActionStatus.PLANNED, 4),
)
_ACTIVITY_ACTION = 2  # becomes one of the model's development activities, when it has them
#: Talk questions with these ids ask for the parts of an action (Kalix): answered from the plan.
_ACTION_PARTS = ("what", "how", "why", "who", "when", "follow_up")


class SampleService:
    """Stores a sample plan, for `ledarplan demo` and the window's "try with sample data"."""

    def __init__(self, store: Store, catalog: FrameworkCatalog):
        self._store = store
        self._catalog = catalog

    def create(
        self, framework_id: str, level_id: str | None = None, today: date | None = None
    ) -> PlanBundle:
        """A new person with a complete sample plan of the model (at `level_id`, default the
        model's last level); returns what was stored."""
        pack = self._catalog.get(framework_id)
        if pack is None:
            raise InvalidInputError("framework_id", f"no model with the id '{framework_id}'")
        try:
            bundle = build_demo_bundle(pack, level_id, today or date.today())
        except UnknownLevelError as exc:
            raise InvalidInputError("level_id", str(exc)) from None
        with self._store.transaction() as repo:
            repo.save_bundle(bundle)
        return bundle


def build_demo_bundle(pack: FrameworkPack, level_id: str | None, today: date) -> PlanBundle:
    """A sample plan for `pack` at `level_id` (default: the model's last level).

    Raises UnknownLevelError when the level is not one of the model's.
    """
    if level_id is None and pack.levels:
        level_id = pack.levels[-1].id
    snapshot = snapshot_for(pack, level_id)
    words = phrases(pack.language)
    personas = words["personas"]
    persona = personas.get(level_id or "") or personas.get(pack.id) or personas["default"]
    job_title, unit, team, meeting, boss = persona.split(" | ")
    values = {"team": team, "Team": team[:1].upper() + team[1:], "meeting": meeting, "boss": boss}

    def fill(text: str, **extra: str) -> str:
        return text.format(model=pack.name, **values, **extra)

    def day(offset: int) -> date:
        return today + timedelta(days=offset)

    person = Person(words["name"], job_title=job_title, unit=unit, email=words["email"])
    start = today.replace(day=1)
    end = _month_end(start, 12)
    years = str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    plan = Plan(
        person_id=person.id,
        framework_id=pack.id,
        framework_version=pack.version,
        snapshot=snapshot,
        level_id=level_id,
        title=fill(words["title"], years=years),
        period_start=start,
        period_end=end,
        status=PlanStatus.DRAFT,
        manager_name=words["manager"],
        manager_title=boss[:1].upper() + boss[1:],
    )
    focus, extra = _focus_items(snapshot)
    goals = []
    for number, texts in enumerate(words["goals"]):
        status, progress, month, checkins = _GOALS[number]
        item = snapshot.item(focus[number])
        label = item.label.strip().rstrip(".") if item else ""
        goals.append(
            Goal(
                plan_id=plan.id,
                title=fill(texts["title"]),
                description=f"{fill(texts['description'])} {fill(words['link'], item=label)}",
                item_ids=[focus[number]] + ([extra] if number == 0 and extra else []),
                success_criterion=fill(texts["success_criterion"]),
                target_date=_month_end(start, month),
                status=status,
                progress=progress,
                checkins=[
                    CheckIn(day(offset), fill(note), done)
                    for (offset, done), note in zip(checkins, texts["checkins"], strict=True)
                ],
            )
        )
    activity = _activity(pack)
    for number, texts in enumerate(words["actions"]):
        goal, kind, status, month = _ACTIONS[number]
        action = Action(**{part: fill(text) for part, text in texts.items()})
        action.kind, action.status, action.due_date = kind, status, _month_end(start, month)
        action.done_date = day(-35) if status is ActionStatus.DONE else None
        if number == _ACTIVITY_ACTION and activity is not None:
            section, action.building_block, title = activity
            action.what = fill(words["activity"], activity=title, section=section)
        goals[goal].actions.append(action)
    participants = f"{person.name}, {job_title.lower()}; {words['manager']}, {boss}"
    return PlanBundle(
        person=person,
        plan=plan,
        rounds=_rounds(plan, focus, words, day),
        goals=goals,
        sessions=_sessions(plan, goals, words, fill, day),
        talks=[_talk(pack, plan, goals, words, participants, fill=fill, day=day)],
    )


def _month_end(start: date, months: int) -> date:
    """The last day of the `months`-th month of a period that starts on `start` (a 1st)."""
    year, month = divmod(start.month - 1 + months, 12)
    return date(start.year + year, month + 1, 1) - timedelta(days=1)


def _focus_items(snapshot: FrameworkSnapshot) -> tuple[list[str], str | None]:
    """The items of the three goals (the first items of different areas, as far as there are
    areas) and a second item for the first goal from its own area."""
    areas: dict[str, list[str]] = {}
    for item in snapshot.items:
        areas.setdefault(item.area_id, []).append(item.item_id)
    columns = list(areas.values())
    ordered = [c[row] for row in range(max(map(len, columns))) for c in columns if row < len(c)]
    focus = (ordered * 3)[:3]  # a model with fewer than three items: goals share them
    return focus, next((i for i in columns[0] if i not in focus), None)


def _activity(pack: FrameworkPack) -> tuple[str, str, str] | None:
    """(section title, entry id, entry title) of the model's first development activity."""
    for section in pack.context:
        if section.kind == "development-activities":
            for entry in section.entries:
                if entry.id:
                    return section.title, entry.id, entry.title or entry.id
    return None


def _rounds(
    plan: Plan, focus: list[str], words: dict, day: Callable[[int], date]
) -> list[AssessmentRound]:
    """Self-assessment of every item; the manager rates every other item and the goals' ones."""
    own = AssessmentRound(plan.id, day(-21), AssessorKind.SELF, words["name"])
    other = AssessmentRound(plan.id, day(-17), AssessorKind.MANAGER, words["manager"])
    own.note, other.note = words["self_note"], words["manager_note"]
    strength, manager_comments = words["strength"], words["manager_comments"]
    for index, item_id in enumerate(plan.snapshot.item_ids):
        goal = focus.index(item_id) if item_id in focus else None
        if goal is not None:  # what the goals are about is where the leader sees most to gain
            own.ratings.append(Rating(item_id, 2, words["self_comments"][goal]))
            comment = manager_comments[goal] if goal < len(manager_comments) else ""
            other.ratings.append(Rating(item_id, 3, comment))
            continue
        value = 2 + (index * 3 + 1) % 4
        own.ratings.append(Rating(item_id, value, strength if value == 5 else ""))
        strength = "" if value == 5 else strength  # one comment on a strength is enough
        if index % 2 == 0:
            other.ratings.append(Rating(item_id, max(1, min(5, value + index % 3 - 1))))
    return [own, other]


def _sessions(
    plan: Plan, goals: list[Goal], words: dict, fill: Callable, day: Callable[[int], date]
) -> list[CoachingSession]:
    """Two coaching sessions; the second carries the first one's open agreement over."""
    done, still_open, new = (fill(text) for text in words["agreements"])
    name = words["name"]
    kept = Agreement(still_open, owner=name, due_date=day(-28))
    first, second = ({k: fill(t) for k, t in texts.items()} for texts in words["sessions"])
    return [
        CoachingSession(
            plan_id=plan.id,
            date=day(-42),
            with_whom=words["coach"],
            goal_ids=[goals[0].id],
            notes_private=True,
            agreements=[Agreement(done, owner=name, due_date=day(-35), done=True), kept],
            next_date=day(-14),
            **first,
        ),
        CoachingSession(
            plan_id=plan.id,
            date=day(-14),
            with_whom=words["coach"],
            goal_ids=[goals[1].id, goals[0].id],
            notes_private=True,
            agreements=[
                Agreement(still_open, owner=name, due_date=day(7), carried_from=kept.id),
                Agreement(new, owner=name, due_date=day(10)),
            ],
            next_date=day(14),
            **second,
        ),
    ]


def _talk(
    pack: FrameworkPack,
    plan: Plan,
    goals: list[Goal],
    words: dict,
    participants: str,
    *,
    fill: Callable,
    day: Callable[[int], date],
) -> DevelopmentTalk:
    """The coming development talk, prepared by both: the model's common themes (Kalix: the
    questions every talk must answer) and conversation topics, else general questions."""
    rows: list[tuple[str, str, str, str]] = []  # question, key, leader's and manager's answer
    for card in common_themes(pack):
        entry_id = card.id.rpartition("/")[2]
        part = entry_id.replace("-", "_")
        if part in _ACTION_PARTS:  # both answer from the first goal's first two actions
            mine, theirs = (getattr(action, part) for action in goals[0].actions[:2])
        else:
            mine, theirs = (fill(t) for t in words["answers"].get(entry_id, words["fallback"]))
        rows.append((card.question, card.key, mine, theirs))
    sections = [s for s in pack.context if s.kind == "conversation-topics" and s.entries]
    topics = sections[0].entries if sections else []
    for entry in topics:
        key = entry.id or ""
        mine, theirs = (fill(t) for t in words["answers"].get(key, words["fallback"]))
        rows.append((entry.text or entry.title or key, key, mine, theirs))
    if not topics and not any(s.kind == "talk-questions" and s.entries for s in pack.context):
        rows += [(fill(q), "", fill(mine), fill(theirs)) for q, mine, theirs in words["questions"]]
    return DevelopmentTalk(
        plan_id=plan.id,
        date=day(21),
        participants=participants,
        leader_prep=[PrepAnswer(question, mine, key) for question, key, mine, _ in rows],
        manager_prep=[PrepAnswer(question, theirs, key) for question, key, _, theirs in rows],
    )
