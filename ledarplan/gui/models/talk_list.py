"""A plan's development talks for the chooser, the latest first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ledarplan.domain.entities import DevelopmentTalk

_Index = QModelIndex | QPersistentModelIndex

TalkIdRole = Qt.ItemDataRole.UserRole + 1
SignedOffRole = Qt.ItemDataRole.UserRole + 2


def _plain_label(talk: DevelopmentTalk) -> str:
    return talk.date.isoformat() if talk.date else "-"


class TalkListModel(QAbstractListModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._talks: list[DevelopmentTalk] = []
        self._describe: Callable[[DevelopmentTalk], str] = _plain_label

    def set_describer(self, describe: Callable[[DevelopmentTalk], str]) -> None:
        """How a talk reads in the list (the view words it in the UI language)."""
        self._describe = describe
        if self._talks:
            self.dataChanged.emit(self.index(0), self.index(len(self._talks) - 1))

    def set_talks(self, talks: list[DevelopmentTalk]) -> None:
        """Talks in the order they were held (as the service lists them); shown latest first."""
        self.beginResetModel()
        self._talks = list(reversed(talks))
        self.endResetModel()

    def update_talk(self, talk: DevelopmentTalk) -> None:
        row = self.row_of(talk.id)
        if row >= 0:
            self._talks[row] = talk
            self.dataChanged.emit(self.index(row), self.index(row))

    def row_of(self, talk_id: str | None) -> int:
        return next((n for n, t in enumerate(self._talks) if t.id == talk_id), -1)

    def talk_at(self, row: int) -> DevelopmentTalk | None:
        return self._talks[row] if 0 <= row < len(self._talks) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._talks)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._talks):
            return None
        talk = self._talks[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._describe(talk)
        if role == TalkIdRole:
            return talk.id
        if role == SignedOffRole:
            return talk.signed_off
        return None
