"""A new feedback round: which items to ask about (by area, as in the model), which groups,
the anonymity threshold and up to two open questions."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.entities import FrameworkSnapshot, RespondentGroup
from ledarplan.domain.rules import (
    DEFAULT_THRESHOLD,
    MAX_QUESTION,
    MAX_THRESHOLD,
    MIN_THRESHOLD,
)
from ledarplan.gui.views.feedback.names import group_name

ItemRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class NewRound:
    item_ids: list[str]
    groups: list[RespondentGroup]
    threshold: int
    questions: list[str]


class NewRoundDialog(QDialog):
    def __init__(
        self, snapshot: FrameworkSnapshot, questions: list[str], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("newFeedbackRound")
        self.items_label = QLabel()
        self.items = QTreeWidget()
        self.items.setObjectName("feedbackItems")
        self.items.setHeaderHidden(True)
        self.items_label.setBuddy(self.items)
        self._fill_items(snapshot)

        self.groups_box = QGroupBox()
        groups = QHBoxLayout(self.groups_box)
        self.group_boxes: dict[RespondentGroup, QCheckBox] = {}
        for group in RespondentGroup:
            box = QCheckBox()
            box.setChecked(True)
            box.setObjectName(f"group-{group.value}")
            self.group_boxes[group] = box
            groups.addWidget(box)

        self.threshold = QSpinBox()
        self.threshold.setObjectName("threshold")
        self.threshold.setRange(MIN_THRESHOLD, MAX_THRESHOLD)
        self.threshold.setValue(DEFAULT_THRESHOLD)
        self.threshold_label = QLabel()
        self.threshold_label.setBuddy(self.threshold)
        self.threshold_note = QLabel()
        self.threshold_note.setWordWrap(True)
        self.question_edits = [QLineEdit(q) for q in (*questions, "", "")[:2]]
        self.question_labels = [QLabel() for _ in self.question_edits]
        pairs = zip(self.question_edits, self.question_labels, strict=True)
        for number, (edit, label) in enumerate(pairs):
            edit.setObjectName(f"question{number + 1}")
            edit.setMaxLength(MAX_QUESTION)
            label.setBuddy(edit)

        form = QFormLayout()
        form.addRow(self.threshold_label, self.threshold)
        form.addRow("", self.threshold_note)
        for label, edit in zip(self.question_labels, self.question_edits, strict=True):
            form.addRow(label, edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.items.itemChanged.connect(lambda *_: self._check())
        for box in self.group_boxes.values():
            box.toggled.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.items_label)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.groups_box)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(620, 620)
        self.retranslate()

    def _fill_items(self, snapshot: FrameworkSnapshot) -> None:
        """Every item of the plan, ticked, under its area as in the model."""
        areas: dict[str, QTreeWidgetItem] = {}
        for item in snapshot.items:
            parent_row = areas.get(item.area_id)
            if parent_row is None:
                parent_row = QTreeWidgetItem(self.items, [item.area_title])
                parent_row.setFlags(
                    parent_row.flags()
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsAutoTristate
                )
                areas[item.area_id] = parent_row
            row = QTreeWidgetItem(parent_row, [item.label])
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(0, Qt.CheckState.Checked)
            row.setData(0, ItemRole, item.item_id)
        self.items.expandAll()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New feedback round"))
        self.items_label.setText(self.tr("&Items to ask about (the model's texts at your level)"))
        self.groups_box.setTitle(self.tr("Who is asked"))
        for group, box in self.group_boxes.items():
            box.setText(group_name(group))
        self.threshold_label.setText(self.tr("Anonymity &threshold"))
        self.threshold_note.setText(
            self.tr(
                "A group's answers are shown only when at least this many have answered; "
                "smaller groups are counted with “Others”, or left out, and you are told which."
            )
        )
        for number, label in enumerate(self.question_labels, 1):
            label.setText(self.tr("Open question &%1 (optional)").replace("%1", str(number)))

    def chosen(self) -> NewRound:
        items = []
        root = self.items.invisibleRootItem()
        for a in range(root.childCount()):
            area = root.child(a)
            for i in range(area.childCount()):
                row = area.child(i)
                if row.checkState(0) == Qt.CheckState.Checked:
                    items.append(row.data(0, ItemRole))
        return NewRound(
            items,
            [g for g, box in self.group_boxes.items() if box.isChecked()],
            self.threshold.value(),
            [e.text().strip() for e in self.question_edits if e.text().strip()],
        )

    def _check(self) -> None:
        chosen = self.chosen()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(chosen.item_ids and chosen.groups))
