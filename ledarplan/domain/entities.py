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


class Side(str, Enum):
    """The two desks a plan is kept at: the leader's own copy and their manager's copy."""

    LEADER = "leader"
    MANAGER = "manager"

    @property
    def other(self) -> Side:
        return Side.MANAGER if self is Side.LEADER else Side.LEADER


@dataclass(frozen=True)
class Stamp:
    """A change made at one desk: the desk, its running number of changes to the plan there,
    and when."""

    side: Side
    seq: int
    at: datetime


@dataclass
class Versions:
    """When a record was made and each of its fields last changed, and at which desk: what two
    copies of a plan need to be merged without a server (see `domain.sync`)."""

    created: Stamp | None = None  # None: made before copies were merged (known to both)
    fields: dict[str, Stamp] = field(default_factory=dict)
    #: Fields the other desk kept private: not received, so never taken as empty text.
    withheld: list[str] = field(default_factory=list)


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
class ScalePoint:
    """What a point of the model's rating scale means (e.g. 1 = "not yet shown")."""

    value: int
    label: str


@dataclass(frozen=True)
class FrameworkSnapshot:
    framework_name: str
    source: str
    level_name: str = ""
    items: tuple[SnapshotItem, ...] = ()
    #: The model's own scale anchors, verbatim (empty: the program's own 1–5 anchors).
    scale: tuple[ScalePoint, ...] = ()

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
    #: The leader's manager, shown on the PDF's cover and in its signature block.
    manager_name: str = ""
    manager_title: str = ""
    versions: Versions = field(default_factory=Versions)
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
    versions: Versions = field(default_factory=Versions)
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
    versions: Versions = field(default_factory=Versions)
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
    versions: Versions = field(default_factory=Versions)
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
    versions: Versions = field(default_factory=Versions)
    id: str = field(default_factory=new_id)


@dataclass
class Agreement:
    text: str
    owner: str = ""
    due_date: date | None = None
    done: bool = False
    #: The agreement of an earlier session this one carries over, if any.
    carried_from: str | None = None
    versions: Versions = field(default_factory=Versions)
    id: str = field(default_factory=new_id)


#: A session's own texts: the notes and the reflection (Kolb's four steps). `notes_private`
#: keeps all of them out of plan files and PDFs unless the user includes private content.
SESSION_TEXTS = ("notes", "experience", "reflection", "conclusion", "experiment")


@dataclass
class CoachingSession:
    plan_id: str
    date: date
    with_whom: str = ""
    topic: str = ""
    goal_ids: list[str] = field(default_factory=list)
    notes: str = ""
    #: The session's texts (SESSION_TEXTS) are private unless the leader says otherwise.
    notes_private: bool = True
    experience: str = ""  # Kolb: what happened
    reflection: str = ""  # Kolb: what I noticed
    conclusion: str = ""  # Kolb: what I understand now
    experiment: str = ""  # Kolb: what I will try
    agreements: list[Agreement] = field(default_factory=list)
    next_date: date | None = None
    versions: Versions = field(default_factory=Versions)
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


@dataclass(frozen=True)
class Signature:
    """One side's signature of a talk's record, made at its own desk."""

    name: str
    role: str = ""  # as the signer wrote it (e.g. "Områdechef")
    at: datetime | None = None


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
    leader_signature: Signature | None = None
    manager_signature: Signature | None = None
    versions: Versions = field(default_factory=Versions)
    id: str = field(default_factory=new_id)

    @property
    def signed_off(self) -> bool:
        """Signed by both: the agreed record is final at both desks."""
        return self.leader_signature is not None and self.manager_signature is not None

    def signature(self, side: Side) -> Signature | None:
        return self.leader_signature if side is Side.LEADER else self.manager_signature

    def prep(self, side: Side) -> list[PrepAnswer]:
        """One side's preparation (its own part: changed at its desk only)."""
        return self.leader_prep if side is Side.LEADER else self.manager_prep

    @property
    def signatures(self) -> list[tuple[Side, Signature]]:
        return [
            (side, signature)
            for side in (Side.LEADER, Side.MANAGER)
            if (signature := self.signature(side)) is not None
        ]


class RespondentGroup(str, Enum):
    """Who gives feedback from others (360°): the leader's staff, peers, own manager, others."""

    STAFF = "staff"
    PEERS = "peers"
    MANAGER = "manager"
    OTHER = "other"


@dataclass
class ItemFeedback:
    """How one group rated one item: how many answered each point of the scale."""

    item_id: str
    #: Answers per point of the round's scale, lowest point first.
    counts: list[int] = field(default_factory=list)
    cannot_say: int = 0

    @property
    def answered(self) -> int:
        return sum(self.counts)

    def mean(self, scale_min: int) -> float | None:
        """The average rating (None: nobody rated the item)."""
        if not self.answered:
            return None
        return sum((scale_min + n) * count for n, count in enumerate(self.counts)) / self.answered


@dataclass
class FeedbackComment:
    """A respondent's comment on an area of the model, kept without any link to who wrote it."""

    area_id: str
    text: str


@dataclass
class FeedbackAnswer:
    """An answer to one of the round's open questions (0: the first), kept without a name."""

    question: int
    text: str


@dataclass
class GroupFeedback:
    """What one respondent group answered, as an aggregate only: never one person's answers."""

    group: RespondentGroup
    respondents: int
    items: list[ItemFeedback] = field(default_factory=list)
    #: Sorted, so that their order says nothing of whose form they came from.
    comments: list[FeedbackComment] = field(default_factory=list)
    answers: list[FeedbackAnswer] = field(default_factory=list)
    #: Groups too small to be shown on their own whose answers are counted here ("other").
    folded: list[RespondentGroup] = field(default_factory=list)

    def item(self, item_id: str) -> ItemFeedback | None:
        return next((i for i in self.items if i.item_id == item_id), None)


@dataclass
class FeedbackRound:
    """Feedback from others (360°) on the plan's model items, gathered with PDF forms.

    Only aggregates are kept: per group shown, the number of respondents and per item the
    distribution of ratings. A group with fewer than `threshold` answers in an import is
    folded into "other" or left out before anything is stored (domain.feedback)."""

    plan_id: str
    date: date
    #: The items asked about, in the model's order.
    item_ids: list[str] = field(default_factory=list)
    scale_min: int = 1
    scale_max: int = 5
    #: Open questions (none, one or two), in the leader's words.
    questions: list[str] = field(default_factory=list)
    groups: list[RespondentGroup] = field(default_factory=list)
    threshold: int = 3
    results: list[GroupFeedback] = field(default_factory=list)
    #: Groups some of whose answers were too few to show, even folded into "other".
    left_out: list[RespondentGroup] = field(default_factory=list)
    #: Ids of the collectors' summaries taken in (a summary is counted once).
    summaries: list[str] = field(default_factory=list)
    versions: Versions = field(default_factory=Versions)
    id: str = field(default_factory=new_id)

    def result(self, group: RespondentGroup) -> GroupFeedback | None:
        return next((r for r in self.results if r.group is group), None)

    @property
    def respondents(self) -> int:
        return sum(r.respondents for r in self.results)


class RecordKind(str, Enum):
    """The parts of a plan that are merged record by record (and deleted as such)."""

    ROUND = "round"
    GOAL = "goal"
    CHECKIN = "checkin"
    ACTION = "action"
    SESSION = "session"
    AGREEMENT = "agreement"
    TALK = "talk"
    FEEDBACK = "feedback"


@dataclass(frozen=True)
class Tombstone:
    """A record deleted at one desk, kept so that the deletion reaches the other copy."""

    kind: RecordKind
    id: str
    stamp: Stamp


@dataclass
class Desk:
    """Whose desk a copy of a plan is on, and how far it has seen each desk's changes: the
    point at which the two copies last met."""

    side: Side = Side.LEADER
    #: The highest change number seen from each desk; this desk's own is its last change.
    seen: dict[Side, int] = field(default_factory=dict)
    #: When this copy last merged a file from the other desk.
    met_at: datetime | None = None

    def last(self, side: Side) -> int:
        return self.seen.get(side, 0)


@dataclass
class PlanBundle:
    """One plan with everything in it: what export writes and import reads."""

    person: Person
    plan: Plan
    rounds: list[AssessmentRound] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    sessions: list[CoachingSession] = field(default_factory=list)
    talks: list[DevelopmentTalk] = field(default_factory=list)
    feedback: list[FeedbackRound] = field(default_factory=list)
    #: Where this copy stands (None: a plan read from a file of the first format).
    desk: Desk | None = None
    deleted: list[Tombstone] = field(default_factory=list)


@dataclass(frozen=True)
class PlanSummary:
    """A plan with the few facts a list needs, without loading the whole plan.

    The counts are None in a list made without them (counting reads every goal and agreement
    of every plan, which a list of names does not need)."""

    plan: Plan
    person: Person
    goals: int | None
    open_agreements: int | None
