"""What a merge found, in the user's language: parts of a plan, record kinds, fields, values,
who changed a value and when, and why a file cannot be merged.

The domain names fields and kinds by their English identifiers (`success_criterion`, `round`);
here each becomes the word the window uses for it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ledarplan.domain.desk_records import title_of
from ledarplan.domain.entities import (
    AssessorKind,
    PlanStatus,
    PrepAnswer,
    Rating,
    RecordKind,
    Side,
    Signature,
    Stamp,
)
from ledarplan.domain.errors import DomainError
from ledarplan.domain.sync import RefusedFile
from ledarplan.gui.error_text import FIELDS, describe, field_label
from ledarplan.gui.formatting import format_date
from ledarplan.gui.models.round_list import assessor_kind_label
from ledarplan.gui.views.goals.names import (
    action_kind_names,
    action_status_names,
    goal_status_names,
)
from ledarplan.services.merging import FileNotMergeableError

#: How the domain names a round, check-in, session or talk: by its date.
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})\b")


def _more_fields() -> dict[str, str]:
    """Fields a merge may name that the forms' refusal messages never needed."""
    period = QCoreApplication.translate("MergeTexts", "Period")
    scale = QCoreApplication.translate("MergeTexts", "Scale")
    return {
        "date": QCoreApplication.translate("MergeTexts", "Date"),
        "assessor_kind": QCoreApplication.translate("MergeTexts", "Kind of assessment"),
        "scale_min": scale,
        "scale_max": scale,
        "target_date": QCoreApplication.translate("MergeTexts", "Target date"),
        "kind": QCoreApplication.translate("MergeTexts", "Kind"),
        "due_date": QCoreApplication.translate("MergeTexts", "Due"),
        "done_date": QCoreApplication.translate("MergeTexts", "Done on"),
        "period_start": period,
        "period_end": period,
        "notes_private": QCoreApplication.translate("MergeTexts", "Notes shared or private"),
        "text": QCoreApplication.translate("MergeTexts", "Text"),
        "done": QCoreApplication.translate("MergeTexts", "Done"),
        "carried_from": QCoreApplication.translate("MergeTexts", "Carried over"),
    }


class Part(Enum):
    """The parts of a plan a preview lists its changes under, in this order."""

    DETAILS = "details"
    ROUNDS = "rounds"
    GOALS = "goals"
    SESSIONS = "sessions"
    TALKS = "talks"
    FEEDBACK = "feedback"


def part_name(part: Part) -> str:
    names = {
        Part.DETAILS: QCoreApplication.translate("MergeTexts", "The plan's details"),
        Part.ROUNDS: QCoreApplication.translate("MergeTexts", "Assessment rounds"),
        Part.GOALS: QCoreApplication.translate("MergeTexts", "Goals and actions"),
        Part.SESSIONS: QCoreApplication.translate("MergeTexts", "Coaching sessions and agreements"),
        Part.TALKS: QCoreApplication.translate("MergeTexts", "Development talks"),
        Part.FEEDBACK: QCoreApplication.translate("MergeTexts", "Feedback from others"),
    }
    return names[part]


def part_of(kind: RecordKind | None, record_id: str, talk_agreements: set[str]) -> Part:
    """The part a record belongs to (an agreement: its talk's, else its session's)."""
    if kind is None:
        return Part.DETAILS
    if kind is RecordKind.AGREEMENT:
        return Part.TALKS if record_id in talk_agreements else Part.SESSIONS
    return {
        RecordKind.ROUND: Part.ROUNDS,
        RecordKind.GOAL: Part.GOALS,
        RecordKind.CHECKIN: Part.GOALS,
        RecordKind.ACTION: Part.GOALS,
        RecordKind.SESSION: Part.SESSIONS,
        RecordKind.TALK: Part.TALKS,
        RecordKind.FEEDBACK: Part.FEEDBACK,
    }[kind]


def kind_name(kind: RecordKind | None) -> str:
    if kind is None:
        return QCoreApplication.translate("MergeTexts", "The plan")
    names = {
        RecordKind.ROUND: QCoreApplication.translate("MergeTexts", "Assessment round"),
        RecordKind.GOAL: QCoreApplication.translate("MergeTexts", "Goal"),
        RecordKind.CHECKIN: QCoreApplication.translate("MergeTexts", "Check-in"),
        RecordKind.ACTION: QCoreApplication.translate("MergeTexts", "Action"),
        RecordKind.SESSION: QCoreApplication.translate("MergeTexts", "Coaching session"),
        RecordKind.AGREEMENT: QCoreApplication.translate("MergeTexts", "Agreement"),
        RecordKind.TALK: QCoreApplication.translate("MergeTexts", "Development talk"),
        RecordKind.FEEDBACK: QCoreApplication.translate("MergeTexts", "Feedback round"),
    }
    return names[kind]


def record_text(kind: RecordKind | None, title: str) -> str:
    """ "Goal “Feedback every week”"; the kind alone for a record without a title."""
    if not title or kind is None:
        return kind_name(kind)
    dated = _ISO_DATE.match(title)
    if dated:  # a round, check-in, session or talk is called by its date: the user's way
        title = format_date(date.fromisoformat(dated.group(1))) + title[dated.end() :]
    return (
        QCoreApplication.translate("MergeTexts", "%1 “%2”")
        .replace("%1", kind_name(kind))
        .replace("%2", " ".join(title.split()))
    )


def field_name(name: str) -> str:
    if name in FIELDS:
        return field_label(name)
    return _more_fields().get(name, name)


def field_names(names: tuple[str, ...]) -> str:
    """Each field once, in order ("Period" stands for both of its ends)."""
    shown: list[str] = []
    for name in names:
        text = field_name(name)
        if text not in shown:
            shown.append(text)
    return ", ".join(shown)


def value_text(value: Any, labels: Mapping[str, str] | None = None) -> str:
    """A stored value as the user reads it; `labels` names ids (model items, goals)."""
    labels = labels or {}
    if value is None:
        return QCoreApplication.translate("MergeTexts", "(empty)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("MergeTexts", "Yes")
            if value
            else QCoreApplication.translate("MergeTexts", "No")
        )
    if isinstance(value, Enum):  # before str: the statuses are str enums
        return _enum_text(value)
    if isinstance(value, str):
        return value or QCoreApplication.translate("MergeTexts", "(empty)")
    if isinstance(value, datetime):
        return format_date(value.date())
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Signature):
        when = format_date(value.at.date()) if value.at else ""
        return ", ".join(part for part in (value.name, value.role, when) if part)
    if isinstance(value, list):
        if not value:
            return QCoreApplication.translate("MergeTexts", "(empty)")
        return "\n".join(_entry_text(entry, labels) for entry in value)
    if is_dataclass(value) and any(f.name == "versions" for f in fields(value)):
        return title_of(value) or QCoreApplication.translate("MergeTexts", "(a record)")
    return str(value)


def _entry_text(entry: Any, labels: Mapping[str, str]) -> str:
    if isinstance(entry, PrepAnswer):
        return f"{entry.question}: {entry.answer}" if entry.answer else entry.question
    if isinstance(entry, Rating):
        shown = str(entry.value) if entry.value is not None else "–"
        text = f"{labels.get(entry.item_id, entry.item_id)}: {shown}"
        return f"{text} ({entry.comment})" if entry.comment else text
    if isinstance(entry, str):  # an id: a model item or a goal
        return labels.get(entry, entry)
    return value_text(entry, labels)


def _enum_text(value: Enum) -> str:
    names: dict[Any, str] = {
        **goal_status_names(),
        **action_kind_names(),
        **action_status_names(),
        PlanStatus.DRAFT: QCoreApplication.translate("MergeTexts", "Draft"),
        PlanStatus.AGREED: QCoreApplication.translate("MergeTexts", "Agreed"),
        PlanStatus.FOLLOWED_UP: QCoreApplication.translate("MergeTexts", "Followed up"),
    }
    if isinstance(value, AssessorKind):
        return assessor_kind_label(value)
    return names.get(value, str(value.value))


def stamp_text(stamp: Stamp | None) -> str:
    """Who changed a value and when: "Changed at the leader's desk on 12/01/2027"."""
    if stamp is None:
        return QCoreApplication.translate("MergeTexts", "Unchanged since the copies last met")
    when = format_date(stamp.at.date())
    if stamp.side is Side.LEADER:
        return QCoreApplication.translate(
            "MergeTexts", "Changed at the leader's desk on %1"
        ).replace("%1", when)
    return QCoreApplication.translate("MergeTexts", "Changed at the manager's desk on %1").replace(
        "%1", when
    )


# --- files that cannot be merged -------------------------------------------------------------


def _refused_file(code: RefusedFile, side: Side | None) -> str:
    """Why a file cannot update the plan here, in the user's language."""
    if code is RefusedFile.OTHER_PLAN:
        return QCoreApplication.translate("MergeTexts", "the file holds another plan")
    if code is RefusedFile.OTHER_PERSON:
        return QCoreApplication.translate(
            "MergeTexts", "the file holds the plan of another person, with the same id as this one"
        )
    if code is RefusedFile.SAME_DESK and side is Side.LEADER:
        return QCoreApplication.translate(
            "MergeTexts",
            "the file was written at a leader's desk, as this copy is kept: a copy is updated "
            "from the other desk's file (is this a file you sent yourself?)",
        )
    if code is RefusedFile.SAME_DESK:
        return QCoreApplication.translate(
            "MergeTexts",
            "the file was written at a manager's desk, as this copy is kept: a copy is updated "
            "from the other desk's file (is this a file you sent yourself?)",
        )
    if code is RefusedFile.OLDER:
        return QCoreApplication.translate(
            "MergeTexts",
            "the file is older than what this copy has already taken in from the other desk "
            "(was it merged before?)",
        )
    return QCoreApplication.translate(
        "MergeTexts",
        "the file claims changes made at this desk that this copy never made (was it altered?)",
    )


def describe_merge_error(exc: DomainError) -> str:
    """Why a file cannot update the plan here, in the user's language (others as `describe`)."""
    if not isinstance(exc, FileNotMergeableError):
        return describe(exc)
    return (
        QCoreApplication.translate("MergeTexts", "%1 cannot update the plan here: %2.")
        .replace("%1", Path(exc.source).name)
        .replace("%2", _refused_file(exc.code, exc.side))
    )
