"""Goal and action statuses and the 70-20-10 kinds in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ledarplan.domain.entities import ActionKind, ActionStatus, GoalStatus

# Literal contexts and texts throughout, so that lupdate finds every string.


def goal_status_names() -> dict[GoalStatus, str]:
    return {
        GoalStatus.NOT_STARTED: QCoreApplication.translate("GoalNames", "Not started"),
        GoalStatus.IN_PROGRESS: QCoreApplication.translate("GoalNames", "In progress"),
        GoalStatus.DONE: QCoreApplication.translate("GoalNames", "Reached"),
        GoalStatus.DROPPED: QCoreApplication.translate("GoalNames", "Dropped"),
    }


def action_kind_names() -> dict[ActionKind, str]:
    return {
        ActionKind.ON_THE_JOB: QCoreApplication.translate("GoalNames", "On the job"),
        ActionKind.WITH_OTHERS: QCoreApplication.translate("GoalNames", "With others"),
        ActionKind.COURSE: QCoreApplication.translate("GoalNames", "Course"),
    }


def action_status_names() -> dict[ActionStatus, str]:
    return {
        ActionStatus.PLANNED: QCoreApplication.translate("GoalNames", "Planned"),
        ActionStatus.IN_PROGRESS: QCoreApplication.translate("GoalNames", "In progress"),
        ActionStatus.DONE: QCoreApplication.translate("GoalNames", "Done"),
    }


def kind_explanation() -> str:
    """The 70-20-10 idea behind the kinds, for a tooltip."""
    return QCoreApplication.translate(
        "GoalNames",
        "70-20-10: most of what leaders learn (about 70 %) comes from tasks on the job, "
        "about 20 % with and from others (feedback, mentoring, networks) and about 10 % "
        "from courses and reading. A good plan has some of each.",
    )
