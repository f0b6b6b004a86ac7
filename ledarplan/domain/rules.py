"""The rules every stored object obeys, shared by the services and the importer.

`normalise_*` makes an object ready to store, in place: line ends become "\n", one-line
fields are trimmed. What the rules refuse raises `InvalidInputError` naming the field, so a
message can point at it. They change the object they are given, nested objects included, so a
service calls them on its own copy, never on the caller's.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date

from ledarplan.domain.entities import (
    SESSION_TEXTS,
    Action,
    Agreement,
    AssessmentRound,
    CoachingSession,
    DevelopmentTalk,
    FeedbackRound,
    FrameworkSnapshot,
    Goal,
    GroupFeedback,
    Person,
    Plan,
    PlanStatus,
    PrepAnswer,
    RespondentGroup,
)
from ledarplan.domain.errors import InvalidInputError

MAX_NAME = 200
MAX_TEXT = 20_000
MAX_LIST = 500  # ratings, goals, actions, agreements … per parent
SCALE_LIMIT = 10
#: Feedback from others: a group is shown only when at least this many answered (never one).
MIN_THRESHOLD = 2
MAX_THRESHOLD = 50
DEFAULT_THRESHOLD = 3
MAX_QUESTIONS = 2
MAX_QUESTION = 500  # characters of an open question
MAX_FEEDBACK_TEXT = 2_000  # characters of one comment or answer (the form's fields hold no more)
MAX_FEEDBACK_TEXTS = 5_000  # comments or answers of one group
MAX_RESPONDENTS = 100_000

# Control characters other than tab and newline corrupt prints and PDFs; never store them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Bidirectional embeddings, overrides and isolates: in a name or title they can make text
# read backwards (a PDF title reversed). One-line fields lose them; free text keeps them,
# where a right-to-left language may need them.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

#: The moves between plan states a user may make (agreeing can be undone while in draft).
PLAN_TRANSITIONS = {
    PlanStatus.DRAFT: {PlanStatus.AGREED},
    PlanStatus.AGREED: {PlanStatus.DRAFT, PlanStatus.FOLLOWED_UP},
    PlanStatus.FOLLOWED_UP: {PlanStatus.AGREED},
}


def clean_text(value: str, field: str, *, limit: int = MAX_TEXT, required: bool = False) -> str:
    """Normalises line ends, refuses control characters and over-long text."""
    if not isinstance(value, str):
        raise InvalidInputError(field, "must be text")
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(value):
        raise InvalidInputError(field, "contains control characters")
    if len(value) > limit:
        raise InvalidInputError(field, f"is too long ({len(value)} characters; at most {limit})")
    if required and not visible(value):
        raise InvalidInputError(field, "must not be empty")
    return value


def clean_line(value: str, field: str, *, required: bool = False) -> str:
    value = clean_text(value, field, limit=MAX_NAME, required=required)
    value = _BIDI_CONTROLS.sub("", value).strip()
    if "\n" in value:
        raise InvalidInputError(field, "must be a single line")
    if required and not visible(value):
        raise InvalidInputError(field, "must not be empty")
    return value


def visible(text: str) -> bool:
    """Whether a text shows anything: not only spaces and invisible characters (zero-width
    spaces, joiners, byte-order marks …, Unicode's format characters)."""
    return any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in text)


def _count(items: list, field: str) -> None:
    if len(items) > MAX_LIST:
        raise InvalidInputError(field, f"has too many entries ({len(items)}; at most {MAX_LIST})")


def _dates_in_order(start: date | None, end: date | None, field: str) -> None:
    if start is not None and end is not None and end < start:
        raise InvalidInputError(
            field, f"ends ({end.isoformat()}) before it starts ({start.isoformat()})"
        )


def normalise_person(person: Person) -> None:
    person.name = clean_line(person.name, "name", required=True)
    person.job_title = clean_line(person.job_title, "job_title")
    person.unit = clean_line(person.unit, "unit")
    person.email = clean_line(person.email, "email")
    if person.email and not _EMAIL.match(person.email):
        raise InvalidInputError("email", f"'{person.email}' is not an e-mail address")


def normalise_plan(plan: Plan) -> None:
    plan.title = clean_line(plan.title, "title")
    plan.manager_name = clean_line(plan.manager_name, "manager_name")
    plan.manager_title = clean_line(plan.manager_title, "manager_title")
    _dates_in_order(plan.period_start, plan.period_end, "period")


def check_transition(old: PlanStatus, new: PlanStatus) -> None:
    if old != new and new not in PLAN_TRANSITIONS[old]:
        raise InvalidInputError("status", f"a plan cannot go from '{old.value}' to '{new.value}'")


def normalise_round(round_: AssessmentRound, known_items: tuple[str, ...]) -> None:
    if not (0 <= round_.scale_min < round_.scale_max <= SCALE_LIMIT):
        raise InvalidInputError(
            "scale", f"must run from a lower to a higher number within 0–{SCALE_LIMIT}"
        )
    round_.assessor_name = clean_line(round_.assessor_name, "assessor_name")
    round_.note = clean_text(round_.note, "note")
    _count(round_.ratings, "ratings")
    seen: set[str] = set()
    for rating in round_.ratings:
        where = f"ratings.{rating.item_id}"
        if rating.item_id not in known_items:
            raise InvalidInputError(where, "is not an item of the plan's model")
        if rating.item_id in seen:
            raise InvalidInputError(where, "is rated twice")
        seen.add(rating.item_id)
        if rating.value is not None and not (round_.scale_min <= rating.value <= round_.scale_max):
            raise InvalidInputError(
                where,
                f"{rating.value} is outside the scale {round_.scale_min}–{round_.scale_max}",
            )
        rating.comment = clean_text(rating.comment, f"{where}.comment")


def normalise_goal(goal: Goal, known_items: tuple[str, ...]) -> None:
    goal.title = clean_line(goal.title, "title", required=True)
    goal.description = clean_text(goal.description, "description")
    goal.success_criterion = clean_text(goal.success_criterion, "success_criterion")
    if not 0 <= goal.progress <= 100:
        raise InvalidInputError("progress", f"{goal.progress} % is not between 0 and 100 %")
    for item_id in goal.item_ids:
        if item_id not in known_items:
            raise InvalidInputError("item_ids", f"'{item_id}' is not an item of the plan's model")
    if len(set(goal.item_ids)) != len(goal.item_ids):
        raise InvalidInputError("item_ids", "an item is linked twice")
    _count(goal.checkins, "checkins")
    _count(goal.actions, "actions")
    for checkin in goal.checkins:
        checkin.note = clean_text(checkin.note, "checkins.note")
        if checkin.progress is not None and not 0 <= checkin.progress <= 100:
            raise InvalidInputError("checkins.progress", f"{checkin.progress} % is not 0–100 %")
    for action in goal.actions:
        normalise_action(action)


def normalise_action(action: Action) -> None:
    action.what = clean_text(action.what, "what", required=True)
    for name in ("how", "why", "who", "when", "follow_up"):
        setattr(action, name, clean_text(getattr(action, name), name))
    if action.building_block is not None:
        action.building_block = clean_line(action.building_block, "building_block") or None


def normalise_agreements(agreements: list[Agreement], field: str) -> None:
    _count(agreements, field)
    for agreement in agreements:
        agreement.text = clean_text(agreement.text, f"{field}.text", required=True)
        agreement.owner = clean_line(agreement.owner, f"{field}.owner")


def normalise_session(session: CoachingSession, goal_ids: set[str]) -> None:
    session.with_whom = clean_line(session.with_whom, "with_whom")
    session.topic = clean_line(session.topic, "topic")
    for name in SESSION_TEXTS:
        setattr(session, name, clean_text(getattr(session, name), name))
    for goal_id in session.goal_ids:
        if goal_id not in goal_ids:
            raise InvalidInputError("goal_ids", f"'{goal_id}' is not a goal of this plan")
    normalise_agreements(session.agreements, "agreements")
    if session.next_date is not None and session.next_date < session.date:
        raise InvalidInputError("next_date", "the next session cannot be before this one")


def _normalise_prep(answers: list[PrepAnswer], field: str) -> None:
    _count(answers, field)
    for answer in answers:
        answer.question = clean_text(answer.question, f"{field}.question", required=True)
        answer.answer = clean_text(answer.answer, f"{field}.answer")
        answer.question_key = clean_line(answer.question_key, f"{field}.question_key")


def normalise_talk(talk: DevelopmentTalk) -> None:
    talk.participants = clean_text(talk.participants, "participants", limit=2_000)
    _normalise_prep(talk.leader_prep, "leader_prep")
    _normalise_prep(talk.manager_prep, "manager_prep")
    talk.summary = clean_text(talk.summary, "summary")
    normalise_agreements(talk.agreements, "agreements")
    for name in ("leader_signature", "manager_signature"):
        signature = getattr(talk, name)
        if signature is not None:
            setattr(
                talk,
                name,
                replace(
                    signature,
                    name=clean_line(signature.name, f"{name}.name", required=True),
                    role=clean_line(signature.role, f"{name}.role"),
                ),
            )
    if talk.date is not None and talk.follow_up_date is not None:
        _dates_in_order(talk.date, talk.follow_up_date, "follow_up_date")


def normalise_feedback(round_: FeedbackRound, snapshot: FrameworkSnapshot) -> None:
    """A feedback round's settings and aggregates. Every group stored has at least `threshold`
    respondents (the anonymity rule holds in the database and in plan files alike), and
    comments and answers are sorted, so their order says nothing of whose form they came from.
    """
    if not (0 <= round_.scale_min < round_.scale_max <= SCALE_LIMIT):
        raise InvalidInputError(
            "scale", f"must run from a lower to a higher number within 0–{SCALE_LIMIT}"
        )
    if not MIN_THRESHOLD <= round_.threshold <= MAX_THRESHOLD:
        raise InvalidInputError(
            "threshold", f"{round_.threshold} is not within {MIN_THRESHOLD}–{MAX_THRESHOLD}"
        )
    known = snapshot.item_ids
    if not round_.item_ids:
        raise InvalidInputError("item_ids", "no item is asked about")
    _count(round_.item_ids, "item_ids")
    for item_id in round_.item_ids:
        if item_id not in known:
            raise InvalidInputError("item_ids", f"'{item_id}' is not an item of the plan's model")
    if len(set(round_.item_ids)) != len(round_.item_ids):
        raise InvalidInputError("item_ids", "an item is asked about twice")
    if len(round_.questions) > MAX_QUESTIONS:
        raise InvalidInputError("questions", f"at most {MAX_QUESTIONS} open questions")
    round_.questions = [
        clean_text(q, "questions", limit=MAX_QUESTION, required=True).strip()
        for q in round_.questions
    ]
    if not round_.groups or len(set(round_.groups)) != len(round_.groups):
        raise InvalidInputError("groups", "name each respondent group once, at least one")
    for name in ("left_out", "summaries"):
        if len(set(getattr(round_, name))) != len(getattr(round_, name)):
            raise InvalidInputError(name, "lists a value twice")
    order = list(RespondentGroup)
    round_.results.sort(key=lambda r: order.index(r.group))
    if len({r.group for r in round_.results}) != len(round_.results):
        raise InvalidInputError("results", "a group is listed twice")
    areas = {snapshot.item(i).area_id for i in round_.item_ids}  # type: ignore[union-attr]
    for result in round_.results:
        _normalise_group(round_, result, areas)


def _normalise_group(round_: FeedbackRound, result: GroupFeedback, areas: set[str]) -> None:
    where = f"results.{result.group.value}"
    if not round_.threshold <= result.respondents <= MAX_RESPONDENTS:
        raise InvalidInputError(
            f"{where}.respondents",
            f"{result.respondents} respondents: a group is kept only with at least "
            f"{round_.threshold} (the round's anonymity threshold)",
        )
    if result.folded and (
        result.group is not RespondentGroup.OTHER or RespondentGroup.OTHER in result.folded
    ):
        raise InvalidInputError(f"{where}.folded", "only smaller groups fold into 'other'")
    _check_item_counts(round_, result, where)
    for name, texts in (("comments", result.comments), ("answers", result.answers)):
        if len(texts) > MAX_FEEDBACK_TEXTS:
            raise InvalidInputError(f"{where}.{name}", f"at most {MAX_FEEDBACK_TEXTS}")
        for text in texts:
            text.text = clean_text(
                text.text, f"{where}.{name}", limit=MAX_FEEDBACK_TEXT, required=True
            ).strip()
    for comment in result.comments:
        if comment.area_id not in areas:
            raise InvalidInputError(f"{where}.comments", f"'{comment.area_id}' was not asked about")
    for answer in result.answers:
        if not 0 <= answer.question < len(round_.questions):
            raise InvalidInputError(f"{where}.answers", f"there is no question {answer.question}")
    # Any fixed order unlinks a text from the form it came from.
    result.comments.sort(key=lambda c: (c.area_id, c.text))
    result.answers.sort(key=lambda a: (a.question, a.text))


def _check_item_counts(round_: FeedbackRound, result: GroupFeedback, where: str) -> None:
    points = round_.scale_max - round_.scale_min + 1
    if len({i.item_id for i in result.items}) != len(result.items):
        raise InvalidInputError(f"{where}.items", "an item is listed twice")
    for item in result.items:
        if item.item_id not in round_.item_ids:
            raise InvalidInputError(f"{where}.items", f"'{item.item_id}' was not asked about")
        if len(item.counts) != points or min(item.counts, default=0) < 0 or item.cannot_say < 0:
            raise InvalidInputError(
                f"{where}.items.{item.item_id}",
                f"needs a count of answers for each of the {points} points of the scale",
            )
        if item.answered + item.cannot_say > result.respondents:
            raise InvalidInputError(
                f"{where}.items.{item.item_id}", "has more answers than the group respondents"
            )
