"""The respondent groups' names in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ledarplan.domain.entities import GroupFeedback, RespondentGroup


def group_name(group: RespondentGroup) -> str:
    return {
        RespondentGroup.STAFF: QCoreApplication.translate("Feedback", "Staff"),
        RespondentGroup.PEERS: QCoreApplication.translate("Feedback", "Peers"),
        RespondentGroup.MANAGER: QCoreApplication.translate("Feedback", "Own manager"),
        RespondentGroup.OTHER: QCoreApplication.translate("Feedback", "Others"),
    }[group]


def group_title(result: GroupFeedback) -> str:
    """'Staff (6)': the group and how many answered."""
    return f"{group_name(result.group)} ({result.respondents})"


def group_names(groups: list[RespondentGroup]) -> str:
    return ", ".join(group_name(g) for g in dict.fromkeys(groups))
