"""The pydantic models of the plan file's JSON document (strict, no unknown fields)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ledarplan.domain.entities import (
    ActionKind,
    ActionStatus,
    AssessorKind,
    GoalStatus,
    PlanStatus,
    RecordKind,
    RespondentGroup,
    Side,
    TimeFrame,
)
from ledarplan.domain.rules import MAX_FEEDBACK_TEXTS, MAX_QUESTIONS
from ledarplan.exchange.fields import (
    FORMAT_VERSION,
    MAX_DELETED,
    MAX_FIELDS,
    MAX_SCALE,
    MAX_SNAPSHOT_ITEMS,
    ChangeNumber,
    Count,
    Date,
    DateTime,
    FeedbackText,
    FieldName,
    Line,
    ModelId,
    ModelName,
    Participants,
    Percent,
    Question,
    RequiredLine,
    RequiredText,
    ScalePoint,
    SourceText,
    Text,
    Threshold,
    Uuid,
    _enum,
    _list,
    _map,
)

#: A plan bundle's parts by the names the file gives them; its other parts are named alike.
FILE_NAMES = {
    "rounds": "assessment_rounds",
    "sessions": "coaching_sessions",
    "talks": "development_talks",
    "feedback": "feedback_rounds",
    "desk": "sender",
}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class StampModel(_Model):
    """A change made at one desk: which, its running number of changes there, and when."""

    side: _enum(Side)
    seq: ChangeNumber
    at: DateTime


class VersionsModel(_Model):
    created: StampModel | None
    fields: _map(FieldName, StampModel)
    withheld: _list(FieldName, MAX_FIELDS)


class DeskModel(_Model):
    """The desk that wrote the file, and how far it had seen each desk's changes."""

    side: _enum(Side)
    seen: _map(_enum(Side), ChangeNumber, 2)
    met_at: DateTime | None


class TombstoneModel(_Model):
    kind: _enum(RecordKind)
    id: Uuid
    stamp: StampModel


class SnapshotItemModel(_Model):
    item_id: ModelId
    area_id: ModelId
    area_title: ModelName
    label: Text  # an item's title, or the first line of its text
    text: Text
    expectation: Text


class ScalePointModel(_Model):
    value: ScalePoint
    label: ModelName


class SnapshotModel(_Model):
    framework_name: ModelName
    source: SourceText
    level_name: ModelName
    items: _list(SnapshotItemModel, MAX_SNAPSHOT_ITEMS)
    scale: _list(ScalePointModel, MAX_SCALE + 1)


class PersonModel(_Model):
    id: Uuid
    name: RequiredLine
    job_title: Line
    unit: Line
    email: Line
    archived: bool
    created_at: DateTime | None
    updated_at: DateTime | None


class PlanModel(_Model):
    id: Uuid
    person_id: Uuid
    framework_id: ModelId
    framework_version: ModelName
    level_id: ModelId | None
    title: Line
    period_start: Date | None
    period_end: Date | None
    status: _enum(PlanStatus)
    manager_name: Line
    manager_title: Line
    created_at: DateTime | None
    updated_at: DateTime | None
    snapshot: SnapshotModel
    versions: VersionsModel


class RatingModel(_Model):
    item_id: ModelId
    value: ScalePoint | None
    comment: Text


class RoundModel(_Model):
    id: Uuid
    plan_id: Uuid
    date: Date
    assessor_kind: _enum(AssessorKind)
    assessor_name: Line
    scale_min: ScalePoint
    scale_max: ScalePoint
    note: Text
    ratings: _list(RatingModel)
    versions: VersionsModel


class CheckInModel(_Model):
    id: Uuid
    date: Date
    note: Text
    progress: Percent | None
    versions: VersionsModel


class ActionModel(_Model):
    id: Uuid
    what: RequiredText
    how: Text
    why: Text
    who: Text
    when: Text
    follow_up: Text
    kind: _enum(ActionKind)
    building_block: Line | None
    due_date: Date | None
    status: _enum(ActionStatus)
    done_date: Date | None
    versions: VersionsModel


class GoalModel(_Model):
    id: Uuid
    plan_id: Uuid
    title: RequiredLine
    description: Text
    item_ids: _list(ModelId)
    success_criterion: Text
    target_date: Date | None
    status: _enum(GoalStatus)
    progress: Percent
    checkins: _list(CheckInModel)
    actions: _list(ActionModel)
    versions: VersionsModel


class AgreementModel(_Model):
    id: Uuid
    text: RequiredText
    owner: Line
    due_date: Date | None
    done: bool
    carried_from: Uuid | None
    versions: VersionsModel


class SessionModel(_Model):
    id: Uuid
    plan_id: Uuid
    date: Date
    with_whom: Line
    topic: Line
    goal_ids: _list(Uuid)
    notes: Text
    notes_private: bool
    experience: Text
    reflection: Text
    conclusion: Text
    experiment: Text
    agreements: _list(AgreementModel)
    next_date: Date | None
    versions: VersionsModel


class PrepAnswerModel(_Model):
    question: RequiredText
    answer: Text
    question_key: Line
    timeframe: _enum(TimeFrame)
    private: bool


class SignatureModel(_Model):
    name: RequiredLine
    role: Line
    at: DateTime | None


class TalkModel(_Model):
    id: Uuid
    plan_id: Uuid
    date: Date | None
    participants: Participants
    leader_prep: _list(PrepAnswerModel)
    manager_prep: _list(PrepAnswerModel)
    summary: Text
    agreements: _list(AgreementModel)
    follow_up_date: Date | None
    leader_signature: SignatureModel | None
    manager_signature: SignatureModel | None
    versions: VersionsModel


class ItemFeedbackModel(_Model):
    item_id: ModelId
    counts: _list(Count, MAX_SCALE + 1)
    cannot_say: Count


class FeedbackCommentModel(_Model):
    area_id: ModelId
    text: FeedbackText


class FeedbackAnswerModel(_Model):
    question: Annotated[int, Field(ge=0, lt=MAX_QUESTIONS)]
    text: FeedbackText


class GroupFeedbackModel(_Model):
    group: _enum(RespondentGroup)
    respondents: Count
    items: _list(ItemFeedbackModel)
    comments: _list(FeedbackCommentModel, MAX_FEEDBACK_TEXTS)
    answers: _list(FeedbackAnswerModel, MAX_FEEDBACK_TEXTS)
    folded: _list(_enum(RespondentGroup), len(RespondentGroup))


class FeedbackRoundModel(_Model):
    id: Uuid
    plan_id: Uuid
    date: Date
    item_ids: _list(ModelId)
    scale_min: ScalePoint
    scale_max: ScalePoint
    questions: _list(Question, MAX_QUESTIONS)
    groups: _list(_enum(RespondentGroup), len(RespondentGroup))
    threshold: Threshold
    results: _list(GroupFeedbackModel, len(RespondentGroup))
    left_out: _list(_enum(RespondentGroup), len(RespondentGroup))
    summaries: _list(Uuid)
    versions: VersionsModel


class PlanFileModel(_Model):
    format: Literal["ledarplan-plan"]
    format_version: Literal[FORMAT_VERSION]
    exported_at: DateTime
    app_version: Line
    includes_private_notes: bool
    #: The desk the file was written for (None: not said, as in format 1).
    for_desk: _enum(Side) | None
    person: PersonModel
    plan: PlanModel
    assessment_rounds: _list(RoundModel)
    goals: _list(GoalModel)
    coaching_sessions: _list(SessionModel)
    development_talks: _list(TalkModel)
    feedback_rounds: _list(FeedbackRoundModel)
    sender: DeskModel | None  # None: read from a file of format 1, which did not say
    deleted: _list(TombstoneModel, MAX_DELETED)
