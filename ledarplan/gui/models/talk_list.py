"""A plan's development talks for the chooser, the latest first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from ledarplan.domain.entities import DevelopmentTalk
from ledarplan.gui.models.row_table import RowListModel

TalkIdRole = Qt.ItemDataRole.UserRole + 1
SignedOffRole = Qt.ItemDataRole.UserRole + 2


def _plain_label(talk: DevelopmentTalk) -> str:
    return talk.date.isoformat() if talk.date else "-"


class TalkListModel(RowListModel[DevelopmentTalk]):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._describe: Callable[[DevelopmentTalk], str] = _plain_label

    def set_describer(self, describe: Callable[[DevelopmentTalk], str]) -> None:
        """How a talk reads in the list (the view words it in the UI language)."""
        self._describe = describe
        self._all_changed()

    def set_talks(self, talks: list[DevelopmentTalk]) -> None:
        """Talks in the order they were held (as the service lists them); shown latest first."""
        self.set_rows(reversed(talks))

    def update_talk(self, talk: DevelopmentTalk) -> None:
        self.replace_row(talk)

    def talk_at(self, row: int) -> DevelopmentTalk | None:
        return self.row_at(row)

    def _row_data(self, talk: DevelopmentTalk, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._describe(talk)
        if role == TalkIdRole:
            return talk.id
        if role == SignedOffRole:
            return talk.signed_off
        return None
