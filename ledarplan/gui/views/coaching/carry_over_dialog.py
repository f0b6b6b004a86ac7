"""Before a new session: which of the earlier sessions' open agreements to bring along."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.entities import Agreement
from ledarplan.gui.formatting import format_date
from ledarplan.gui.models.checkable_list import CheckableEntry, CheckableListModel


class CarryOverDialog(QDialog):
    """A checkable list of open agreements, all ticked; OK creates the session with the ticked.

    `origins` maps an agreement id to the date of the session it was made in (for the label).
    """

    def __init__(
        self,
        agreements: list[Agreement],
        origins: dict[str, date] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("carryOverDialog")
        self._agreements = list(agreements)
        self._origins = dict(origins or {})
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = CheckableListModel(self)
        self.list_view = QListView()
        self.list_view.setObjectName("carryOverList")
        self.list_view.setModel(self.model)
        self.list_view.setWordWrap(True)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.intro.setBuddy(self.list_view)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.model.set_rows(self._entries(), [a.id for a in self._agreements])
        if self._agreements:
            self.list_view.setCurrentIndex(self.model.index(0))
        self.list_view.setFocus()

    def sizeHint(self) -> QSize:
        return QSize(520, 340)

    def chosen_ids(self) -> list[str]:
        return self.model.checked_ids()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Carry over open agreements"))
        self.intro.setText(
            self.tr(
                "These &agreements from earlier sessions are still open. The ticked ones are "
                "carried over to the new session; untick those you no longer want to follow up."
            )
        )
        self.list_view.setAccessibleName(self.tr("Open agreements to carry over"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create session"))

    def _entries(self) -> list[CheckableEntry]:
        return [CheckableEntry(a.id, self._label(a), a.text) for a in self._agreements]

    def _label(self, agreement: Agreement) -> str:
        details = []
        if agreement.owner:
            details.append(agreement.owner)
        if agreement.due_date:
            details.append(self.tr("due %1").replace("%1", format_date(agreement.due_date)))
        origin = self._origins.get(agreement.id)
        if origin:
            details.append(self.tr("from %1").replace("%1", format_date(origin)))
        text = " ".join(agreement.text.split())
        return f"{text}  ({', '.join(details)})" if details else text
