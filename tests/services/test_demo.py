"""The sample plan: valid, complete and in the model's language, for every built-in model."""

from __future__ import annotations

import copy
import dataclasses
import re
from datetime import date, timedelta

import pytest

from ledarplan.domain.entities import ActionKind, AssessorKind, PlanBundle, PlanStatus
from ledarplan.domain.rules import (
    normalise_goal,
    normalise_person,
    normalise_plan,
    normalise_round,
    normalise_session,
    normalise_talk,
)
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.frameworks.presentation import UnknownLevelError
from ledarplan.paths import builtin_frameworks_dir
from ledarplan.services.demo import build_demo_bundle
from ledarplan.services.snapshots import snapshot_for

TODAY = date(2025, 9, 17)
PACKS = {pack.id: pack for pack in FrameworkCatalog.load(builtin_frameworks_dir()).packs}
SWEDISH = ("huddinge", "hjo", "kalix", "skr")
CASES = [("holstebro", level.id) for level in PACKS["holstebro"].levels] + [
    (pack_id, None) for pack_id in ("holstebro", *SWEDISH)
]
ALL = pytest.mark.parametrize(("pack_id", "level_id"), CASES)
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_ID_FIELDS = {"id", "plan_id", "person_id", "carried_from", "goal_ids", "item_ids", "snapshot"}


def _bundle(pack_id: str, level_id: str | None = None, today: date = TODAY) -> PlanBundle:
    return build_demo_bundle(PACKS[pack_id], level_id, today)


def _validate(bundle: PlanBundle) -> None:
    normalise_person(bundle.person)
    normalise_plan(bundle.plan)
    item_ids = bundle.plan.snapshot.item_ids
    for round_ in bundle.rounds:
        normalise_round(round_, item_ids)
    for goal in bundle.goals:
        normalise_goal(goal, item_ids)
    goal_ids = {goal.id for goal in bundle.goals}
    for session in bundle.sessions:
        normalise_session(session, goal_ids)
    for talk in bundle.talks:
        normalise_talk(talk)


def _texts(value: object) -> str:
    """Every text of the sample, leaving out ids and the model's own texts (the snapshot)."""
    if isinstance(value, str):
        return value
    if dataclasses.is_dataclass(value):
        fields = [f.name for f in dataclasses.fields(value) if f.name not in _ID_FIELDS]
        return "\n".join(_texts(getattr(value, name)) for name in fields)
    if isinstance(value, list | tuple):
        return "\n".join(_texts(v) for v in value)
    return ""


def _shape(bundle: PlanBundle) -> object:
    """The bundle as plain data with its (fresh) ids numbered in order of appearance."""
    names: dict[str, str] = {}

    def plain(value: object) -> object:
        if isinstance(value, dict):
            return {key: plain(v) for key, v in value.items()}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        if isinstance(value, str) and _UUID.match(value):
            return names.setdefault(value, f"id-{len(names)}")
        return value

    return plain(dataclasses.asdict(bundle))


def _pack_item_ids(pack_id: str) -> dict[str, str]:
    """item id -> area id, read from the pack itself."""
    return {item.id: area.id for area in PACKS[pack_id].areas for item in area.items}


@ALL
def test_every_object_passes_the_rules_unchanged(pack_id, level_id):
    bundle = _bundle(pack_id, level_id)
    before = copy.deepcopy(bundle)
    _validate(bundle)
    assert bundle == before  # nothing needed cleaning


@ALL
def test_the_plan_is_a_draft_for_a_year_against_the_model(pack_id, level_id):
    pack = PACKS[pack_id]
    bundle = _bundle(pack_id, level_id)
    plan = bundle.plan
    level = level_id or (pack.levels[-1].id if pack.levels else None)
    assert plan.person_id == bundle.person.id
    assert (plan.framework_id, plan.framework_version, plan.level_id) == (
        pack.id,
        pack.version,
        level,
    )
    assert plan.snapshot == snapshot_for(pack, level)
    assert (plan.period_start, plan.period_end) == (date(2025, 9, 1), date(2026, 8, 31))
    assert plan.status is PlanStatus.DRAFT
    assert plan.title.strip()


def test_holstebro_defaults_to_its_last_level():
    assert _bundle("holstebro").plan.level_id == "leder-af-medarbejdere"
    assert _bundle("holstebro").person.job_title == "Afdelingsleder"


@ALL
def test_the_person_is_a_believable_leader_with_a_reserved_address(pack_id, level_id):
    person = _bundle(pack_id, level_id).person
    assert len(person.name.split()) >= 2
    assert person.job_title and person.unit
    assert person.email.endswith("@example.org")


def test_the_holstebro_person_fits_the_level():
    titles = {
        level.id: _bundle("holstebro", level.id).person for level in PACKS["holstebro"].levels
    }
    assert titles["direktor"].job_title == "Direktør"
    assert titles["leder-af-medarbejdere"].unit == "Hjemmeplejen Nord"
    assert len({person.job_title for person in titles.values()}) == len(titles)


@ALL
def test_self_and_manager_rounds_can_be_compared(pack_id, level_id):
    bundle = _bundle(pack_id, level_id)
    item_ids = bundle.plan.snapshot.item_ids
    own, other = bundle.rounds
    assert (own.assessor_kind, other.assessor_kind) == (AssessorKind.SELF, AssessorKind.MANAGER)
    assert [r.item_id for r in own.ratings] == list(item_ids)
    assert all(1 <= r.value <= 5 for r in own.ratings + other.ratings)
    assert 3 <= sum(bool(r.comment) for r in own.ratings) < max(len(item_ids), 5)
    rated_by_manager = {r.item_id for r in other.ratings}
    assert rated_by_manager <= set(item_ids)
    assert 3 <= len(rated_by_manager) < len(item_ids)
    assert any(own.rating_for(i).value != other.rating_for(i).value for i in rated_by_manager)
    assert own.date < TODAY and other.date < TODAY
    assert TODAY - own.date >= timedelta(weeks=2)


@ALL
def test_three_goals_on_real_items_with_actions_and_check_ins(pack_id, level_id):
    bundle = _bundle(pack_id, level_id)
    plan, goals = bundle.plan, bundle.goals
    areas = _pack_item_ids(pack_id)
    assert len(goals) >= 3
    for goal in goals:
        assert 1 <= len(goal.item_ids) <= 2
        assert set(goal.item_ids) <= set(areas)
        assert goal.description and goal.success_criterion
        assert plan.period_start <= goal.target_date <= plan.period_end
        assert 0 <= goal.progress <= 100
        assert 1 <= len(goal.checkins) <= 2
        assert all(checkin.date <= TODAY and checkin.note for checkin in goal.checkins)
        assert 1 <= len(goal.actions) <= 3
        for action in goal.actions:
            parts = (action.what, action.how, action.why, action.who, action.when)
            assert all(parts) and action.follow_up
            assert plan.period_start <= action.due_date <= plan.period_end
    first_items = [goal.item_ids[0] for goal in goals]
    assert len({areas[i] for i in first_items}) == min(3, len(PACKS[pack_id].areas))
    assert len(set(first_items)) == len(first_items)
    kinds = {action.kind for goal in goals for action in goal.actions}
    assert kinds == set(ActionKind)


@pytest.mark.parametrize("pack_id", ["holstebro", *SWEDISH])
def test_an_action_uses_a_development_activity_of_the_model(pack_id):
    activities = {
        entry.id
        for section in PACKS[pack_id].context
        if section.kind == "development-activities"
        for entry in section.entries
        if entry.id
    }
    blocks = {a.building_block for g in _bundle(pack_id).goals for a in g.actions}
    if activities:
        assert blocks & activities
        assert blocks <= activities | {None}
    else:
        assert blocks == {None}
    assert pack_id != "kalix" or "coachande-ledarskap" in blocks


@ALL
def test_two_coaching_sessions_carry_the_open_agreement_over(pack_id, level_id):
    bundle = _bundle(pack_id, level_id)
    first, second = bundle.sessions
    goal_ids = {goal.id for goal in bundle.goals}
    assert (first.date, second.date) == (TODAY - timedelta(weeks=6), TODAY - timedelta(weeks=2))
    for session in (first, second):
        assert session.notes_private and session.notes and session.topic and session.with_whom
        kolb = (session.experience, session.reflection, session.conclusion, session.experiment)
        assert all(kolb)
        assert session.goal_ids and set(session.goal_ids) <= goal_ids
        assert all(a.owner and a.due_date for a in session.agreements)
    assert first.next_date == second.date and second.next_date > TODAY
    assert sorted(a.done for a in first.agreements) == [False, True]
    still_open = next(a for a in first.agreements if not a.done)
    carried = [a for a in second.agreements if a.carried_from is not None]
    assert [(a.carried_from, a.text, a.done) for a in carried] == [
        (still_open.id, still_open.text, False)
    ]
    assert any(a.carried_from is None for a in second.agreements)


@ALL
def test_the_coming_development_talk_is_prepared_by_both(pack_id, level_id):
    bundle = _bundle(pack_id, level_id)
    (talk,) = bundle.talks
    assert talk.date == TODAY + timedelta(weeks=3)
    assert bundle.person.name in talk.participants
    assert bundle.rounds[1].assessor_name in talk.participants
    assert talk.summary == "" and not talk.signed_off and not talk.agreements
    assert [a.question for a in talk.leader_prep] == [a.question for a in talk.manager_prep]
    assert all(a.answer for a in talk.leader_prep + talk.manager_prep)


def _section_entries(pack_id: str, kind: str) -> list[tuple[str, str]]:
    section = next(s for s in PACKS[pack_id].context if s.kind == kind)
    return [(entry.text, entry.id) for entry in section.entries]


def test_kalix_talk_asks_the_models_talk_questions_as_its_common_themes():
    (talk,) = _bundle("kalix").talks
    expected = [
        (text, f"common:samtalsfragor/{key}")
        for text, key in _section_entries("kalix", "talk-questions")
    ]
    assert [(a.question, a.question_key) for a in talk.leader_prep] == expected
    assert [(a.question, a.question_key) for a in talk.manager_prep] == expected
    assert talk.leader_prep[0].question == "Vad ska göras?"


def test_skr_talk_asks_the_models_conversation_topics():
    (talk,) = _bundle("skr").talks
    expected = _section_entries("skr", "conversation-topics")
    assert [(a.question, a.question_key) for a in talk.leader_prep] == expected


@pytest.mark.parametrize("pack_id", ["holstebro", "huddinge", "hjo"])
def test_without_questions_in_the_model_the_talk_has_standard_ones(pack_id):
    (talk,) = _bundle(pack_id).talks
    assert 3 <= len(talk.leader_prep) <= 4
    assert all(a.question.endswith("?") and not a.question_key for a in talk.leader_prep)


@pytest.mark.parametrize("level_id", [level.id for level in PACKS["holstebro"].levels])
def test_holstebro_is_in_danish(level_id):
    text = _texts(_bundle("holstebro", level_id))
    assert "medarbejdere" in text and "lederudviklingssamtale" in text
    assert "utvecklingssamtal" not in text and "medarbetare" not in text


@pytest.mark.parametrize("pack_id", SWEDISH)
def test_the_swedish_models_are_in_swedish(pack_id):
    text = _texts(_bundle(pack_id))
    assert "utvecklingssamtal" in text and "medarbetare" in text
    assert "lederudviklingssamtale" not in text and "medarbejdere" not in text


def test_other_languages_get_english():
    pack = PACKS["hjo"].model_copy(update={"language": "nb"})
    bundle = build_demo_bundle(pack, None, TODAY)
    _validate(bundle)
    text = _texts(bundle)
    assert "development talk" in text and "utvecklingssamtal" not in text


@ALL
def test_the_same_day_gives_the_same_sample(pack_id, level_id):
    assert _shape(_bundle(pack_id, level_id)) == _shape(_bundle(pack_id, level_id))
    later = _bundle(pack_id, level_id, TODAY + timedelta(days=1))
    assert _shape(later) != _shape(_bundle(pack_id, level_id))


@pytest.mark.parametrize("today", [date(2024, 2, 29), date(2025, 1, 1), date(2025, 12, 31)])
@pytest.mark.parametrize("pack_id", ["holstebro", "kalix"])
def test_any_day_of_the_year_gives_a_valid_sample(pack_id, today):
    bundle = _bundle(pack_id, today=today)
    _validate(bundle)
    start = today.replace(day=1)
    assert bundle.plan.period_start == start
    assert bundle.plan.period_end == start.replace(year=start.year + 1) - timedelta(days=1)
    for goal in bundle.goals:
        assert start <= goal.target_date <= bundle.plan.period_end
        assert all(start <= a.due_date <= bundle.plan.period_end for a in goal.actions)


@pytest.mark.parametrize(("pack_id", "level_id"), [("holstebro", "nope"), ("huddinge", "chef")])
def test_an_unknown_level_is_refused(pack_id, level_id):
    with pytest.raises(UnknownLevelError, match="has no role level"):
        build_demo_bundle(PACKS[pack_id], level_id, TODAY)
