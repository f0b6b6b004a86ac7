"""The plan exchange file (format "ledarplan-plan", version 2; version 1 is still read and can
be written): writing and reading.

A file holds one `PlanBundle` as JSON (UTF-8). Reading trusts nothing: the size is
checked before parsing, the JSON is parsed without duplicate keys or NaN, the document is
checked against the pydantic models (every field required, no unknown fields, size
limits, no control characters), the references between objects are checked, and finally
the domain rules run on every object. Every failure is an `ExchangeError` whose problems
name the path in the document, e.g. ``goals[2].actions[0].what: must not be empty``.

Whether the plan's model (and level) is installed is for the import service to decide.
docs/exchange-format.md describes the format for HR and integrators; keep the two in step.

This module is the public face of the format; the work is done in its neighbours:
`fields` (name, version, limits and field types), `document` (the pydantic models),
`writer`, `reader`, `messages` (problem wording), `references` (ids and links between
objects), `building` (domain objects and rules) and `errors`.
"""

from __future__ import annotations

from ledarplan.exchange.document import (
    ActionModel,
    AgreementModel,
    CheckInModel,
    DeskModel,
    FeedbackAnswerModel,
    FeedbackCommentModel,
    FeedbackRoundModel,
    GoalModel,
    GroupFeedbackModel,
    ItemFeedbackModel,
    PersonModel,
    PlanFileModel,
    PlanModel,
    PrepAnswerModel,
    RatingModel,
    RoundModel,
    SessionModel,
    SnapshotItemModel,
    SnapshotModel,
    StampModel,
    TalkModel,
    TombstoneModel,
    VersionsModel,
)
from ledarplan.exchange.errors import ExchangeError, PlanFile
from ledarplan.exchange.fields import MAX_FILE_BYTES, MAX_PROBLEMS
from ledarplan.exchange.reader import bundle_from_json, read_plan_file
from ledarplan.exchange.writer import bundle_to_json

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_PROBLEMS",
    "ActionModel",
    "AgreementModel",
    "CheckInModel",
    "DeskModel",
    "ExchangeError",
    "FeedbackAnswerModel",
    "FeedbackCommentModel",
    "FeedbackRoundModel",
    "GoalModel",
    "GroupFeedbackModel",
    "ItemFeedbackModel",
    "PersonModel",
    "PlanFile",
    "PlanFileModel",
    "PlanModel",
    "PrepAnswerModel",
    "RatingModel",
    "RoundModel",
    "SessionModel",
    "SnapshotItemModel",
    "SnapshotModel",
    "StampModel",
    "TalkModel",
    "TombstoneModel",
    "VersionsModel",
    "bundle_from_json",
    "bundle_to_json",
    "read_plan_file",
]
