"""Blind spots: the items where the leader's self-assessment and others' feedback differ most
(services.feedback.blind_spots), each of which can become a goal."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.feedback import BlindSpot


class BlindSpotsBox(QWidget):
    #: "Make it a goal": a goal for this item (its id).
    develop_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.list = QListWidget()
        self.list.setObjectName("blindSpots")
        self.list.setMaximumHeight(120)
        self.label.setBuddy(self.list)
        self.goal_button = QPushButton()
        self.goal_button.setObjectName("blindSpotGoal")
        self.goal_button.setEnabled(False)
        self.goal_button.clicked.connect(self._develop)
        self.list.itemActivated.connect(lambda _item: self._develop())
        self.list.currentRowChanged.connect(lambda row: self.goal_button.setEnabled(row >= 0))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.goal_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(
            self.tr("&Blind spots: where your self-assessment and others' feedback differ most")
        )
        self.goal_button.setText(self.tr("Make it a &goal"))
        self.goal_button.setToolTip(self.tr("A new goal for the chosen item"))

    def set_spots(self, spots: list[BlindSpot], labels: dict[str, str]) -> None:
        """The spots, largest difference first; hidden when there are none."""
        self.list.clear()
        for spot in spots:
            text = (
                self.tr("%1: you %2, others %3")
                .replace("%1", labels.get(spot.item_id, spot.item_id))
                .replace("%2", str(spot.own))
                .replace("%3", QLocale().toString(spot.others, "f", 1))
            )
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, spot.item_id)
            self.list.addItem(entry)
        self.goal_button.setEnabled(False)
        self.setVisible(bool(spots))

    def item_ids(self) -> list[str]:
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())]

    def _develop(self) -> None:
        entry = self.list.currentItem()
        if entry is not None:
            self.develop_requested.emit(entry.data(Qt.ItemDataRole.UserRole))
