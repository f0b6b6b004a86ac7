"""The things a development plan is made of.

Every entity has a stable UUID (text) so that plans can be exported, sent to a manager and
imported again without clashing. Child objects (ratings, check-ins, actions, agreements)
belong to exactly one parent and are saved together with it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum


def new_id() -> str:
    return str(uuid.uuid4())


class PlanStatus(str, Enum):
    DRAFT = "draft"
    AGREED = "agreed"
    FOLLOWED_UP = "followed-up"


class AssessorKind(str, Enum):
    SELF = "self"
    MANAGER = "manager"
    OTHER = "other"


class GoalStatus(str, Enum):
    NOT_STARTED = "not-started"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    DROPPED = "dropped"


class ActionKind(str, Enum):
    """70-20-10: learning on the job, with and from others, and in courses."""

    ON_THE_JOB = "on-the-job"
    WITH_OTHERS = "with-others"
    COURSE = "course"


class ActionStatus(str, Enum):
    PLANNED = "planned"
    IN_PROGRESS = "in-progress"
    DONE = "done"


@dataclass
class Person:
    name: str
    job_title: str = ""
    unit: str = ""
    email: str = ""
    archived: bool = False
    id: str = field(default_factory=new_id)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class SnapshotItem:
    """A model item as it read when the plan was made (packs may change later)."""

    item_id: str
    area_id: str
    area_title: str
    label: str
    text: str = ""
    expectation: str = ""  # for the plan's level, when the model has levels


@dataclass(frozen=True)
class FrameworkSnapshot:
    framework_name: str
    source: str
    level_name: str = ""
    items: tuple[SnapshotItem, ...] = ()

    def item(self, item_id: str) -> SnapshotItem | None:
        for item in self.items:
            if item.item_id == item_id:
                return item
        return None

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(item.item_id for item in self.items)


@dataclass
class Plan:
    person_id: str
    framework_id: str
    framework_version: str
    snapshot: FrameworkSnapshot
    level_id: str | None = None
    title: str = ""
    period_start: date | None = None
    period_end: date | None = None
    status: PlanStatus = PlanStatus.DRAFT
    id: str = field(default_factory=new_id)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass
class Rating:
    item_id: str
    value: int | None = None  # None: not assessed
    comment: str = ""


@dataclass
class AssessmentRound:
    plan_id: str
    date: date
    assessor_kind: AssessorKind = AssessorKind.SELF
    assessor_name: str = ""
    scale_min: int = 1
    scale_max: int = 5
    note: str = ""
    ratings: list[Rating] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    def rating_for(self, item_id: str) -> Rating | None:
        for rating in self.ratings:
            if rating.item_id == item_id:
                return rating
        return None


@dataclass
class CheckIn:
    date: date
    note: str = ""
    progress: int | None = None
    id: str = field(default_factory=new_id)


@dataclass
class Action:
    """A step towards a goal, in the Kalix form: what, how, why, who, when, follow-up."""

    what: str
    how: str = ""
    why: str = ""
    who: str = ""
    when: str = ""
    follow_up: str = ""
    kind: ActionKind = ActionKind.ON_THE_JOB
    building_block: str | None = None  # id of an entry in the model's development activities
    due_date: date | None = None
    status: ActionStatus = ActionStatus.PLANNED
    done_date: date | None = None
    id: str = field(default_factory=new_id)


@dataclass
class Goal:
    plan_id: str
    title: str
    description: str = ""
    item_ids: list[str] = field(default_factory=list)
    success_criterion: str = ""
    target_date: date | None = None
    status: GoalStatus = GoalStatus.NOT_STARTED
    progress: int = 0
    checkins: list[CheckIn] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    id: str = field(default_factory=new_id)


@dataclass
class Agreement:
    text: str
    owner: str = ""
    due_date: date | None = None
    done: bool = False
    #: The agreement of an earlier session this one carries over, if any.
    carried_from: str | None = None
    id: str = field(default_factory=new_id)


@dataclass
class CoachingSession:
    plan_id: str
    date: date
    with_whom: str = ""
    topic: str = ""
    goal_ids: list[str] = field(default_factory=list)
    notes: str = ""
    notes_private: bool = True  # coaching notes are private unless the leader says otherwise
    experience: str = ""  # Kolb: what happened
    reflection: str = ""  # Kolb: what I noticed
    conclusion: str = ""  # Kolb: what I understand now
    experiment: str = ""  # Kolb: what I will try
    agreements: list[Agreement] = field(default_factory=list)
    next_date: date | None = None
    id: str = field(default_factory=new_id)


class TimeFrame(str, Enum):
    """Where a talk question looks: back at the past period, at now, or ahead."""

    NONE = ""
    BACK = "back"
    NOW = "now"
    AHEAD = "ahead"


@dataclass
class PrepAnswer:
    question: str
    answer: str = ""
    question_key: str = ""  # e.g. the id of a model's talk question, when it came from one
    timeframe: TimeFrame = TimeFrame.NONE
    #: Private answers are the writer's own notes: never in a PDF or exchange file unless the
    #: user explicitly includes private content. Others are "for the record".
    private: bool = False


@dataclass
class DevelopmentTalk:
    """lederudviklingssamtale / utvecklingssamtal."""

    plan_id: str
    date: date | None = None
    participants: str = ""
    leader_prep: list[PrepAnswer] = field(default_factory=list)
    manager_prep: list[PrepAnswer] = field(default_factory=list)
    summary: str = ""
    agreements: list[Agreement] = field(default_factory=list)
    follow_up_date: date | None = None
    signed_off_by: str = ""
    signed_off_at: datetime | None = None
    id: str = field(default_factory=new_id)

    @property
    def signed_off(self) -> bool:
        return self.signed_off_at is not None


@dataclass
class PlanBundle:
    """One plan with everything in it: what export writes and import reads."""

    person: Person
    plan: Plan
    rounds: list[AssessmentRound] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    sessions: list[CoachingSession] = field(default_factory=list)
    talks: list[DevelopmentTalk] = field(default_factory=list)


@dataclass(frozen=True)
class PlanSummary:
    """A plan with the few facts a list needs, without loading the whole plan.

    The counts are None in a list made without them (counting reads every goal and agreement
    of every plan, which a list of names does not need)."""

    plan: Plan
    person: Person
    goals: int | None
    open_agreements: int | None
