"""Someone else saved the same record while it was being edited here (the organisation's
database): each value both changed is shown side by side — mine, as typed here, and theirs, as
stored, with who saved it and when — to keep mine, take theirs or keep both, as in a merge's
conflicts. Nothing is written here; until the user decides, what they typed stays on screen
unsaved. Every page of a plan uses it (see `PlanPage.store_edited`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ledarplan.domain.desk_records import kind_of, title_of
from ledarplan.domain.entities import Side, Stamp
from ledarplan.domain.saved_meanwhile import Rebased
from ledarplan.domain.sync import Choice, Conflict
from ledarplan.gui.formatting import format_datetime, format_time
from ledarplan.gui.merge_texts import record_text
from ledarplan.gui.views.conflict_pane import ConflictPane
from ledarplan.gui.widgets.fitting import screen_sized, scrolling


class SavedMeanwhileDialog(QDialog):
    def __init__(
        self,
        rebased: Rebased,
        labels: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
        *,
        here: Side | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("savedMeanwhileDialog")
        self.rebased = rebased
        #: Whose desk this window is (their save is "yours, elsewhere"); None: not known.
        self._here = here
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.pane = ConflictPane(self._sides, labels, table_name="meanwhileConflicts")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        body = QWidget()  # scrolls on a short screen; the buttons stay in view
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.heading)
        body_layout.addWidget(self.intro)
        body_layout.addWidget(self.pane, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(body, "savedMeanwhileScroll"), 1)
        layout.addWidget(self.buttons)
        self.pane.decisions_changed.connect(lambda left: self.save_button.setEnabled(left == 0))
        self.retranslate()
        if self.pane.conflicts.rowCount():
            self.pane.select(0)
        self.resize(screen_sized(self, QSize(900, 560)))

    def retranslate(self) -> None:
        stored = self.rebased.stored
        self.setWindowTitle(self.tr("Saved by someone else meanwhile"))
        self.heading.setText(
            self.tr("Someone else saved %1 while you were changing it.").replace(
                "%1", record_text(kind_of(stored), title_of(stored))
            )
        )
        self.intro.setText(
            self.tr(
                "Everything else of theirs and yours is kept. For what you both changed, choose "
                "below: keep yours, take theirs, or keep both texts. Until you save, what you "
                "typed stays on your screen and nothing is written."
            )
        )
        self.pane.retranslate(
            self.rebased.conflicts,
            mine=(self.tr("Mine (typed here)"), self.tr("Mine — typed here")),
            theirs=(self.tr("Theirs (saved)"), self.tr("Theirs — saved meanwhile")),
        )
        self.save_button.setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Decide later"))
        self.save_button.setEnabled(self.pane.undecided() == 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- deciding --------------------------------------------------------------------------

    def _sides(self, conflict: Conflict) -> tuple[str, str]:
        return self.tr("Typed here, not saved"), self.saved_text(conflict.their_stamp)

    def saved_text(self, stamp: Stamp | None, now: datetime | None = None) -> str:
        """Who saved their value and when, on the database: "Saved by the manager at 14:02"
        (today), "… on 03/12/2026 14:02" (an earlier day), in the user's time zone."""
        if stamp is None:
            return self.tr("Saved by someone else meanwhile")
        at = stamp.at.astimezone() if stamp.at.tzinfo else stamp.at
        now = now or datetime.now(at.tzinfo)
        today = at.date() == now.date()
        if stamp.side is self._here:
            text = (
                self.tr("Saved by you, in another window, at %1")
                if today
                else self.tr("Saved by you, in another window, on %1")
            )
        elif stamp.side is Side.MANAGER:
            text = (
                self.tr("Saved by the manager at %1")
                if today
                else self.tr("Saved by the manager on %1")
            )
        else:
            text = (
                self.tr("Saved by the leader at %1")
                if today
                else self.tr("Saved by the leader on %1")
            )
        return text.replace("%1", format_time(at) if today else format_datetime(at))

    def choices(self) -> dict[str, Choice]:
        return self.pane.choices()

    def accept(self) -> None:
        if self.pane.undecided():
            return
        super().accept()


def run_dialog(dialog: SavedMeanwhileDialog) -> dict[str, Choice] | None:
    """The choices, or None when the user decides later."""
    return dialog.choices() if dialog.exec() == QDialog.DialogCode.Accepted else None
