"""Choosing conversation cards for the talk from the model's deck (Choose themes…).

The deck is the model's own texts, verbatim, with the source named; the cards ticked here
become questions of this side's preparation. Cards picked before stay where they are in the
preparation; newly ticked ones come after them, in the deck's order. The model's common themes,
discussed in every talk, are listed first: ticked, and not to be unticked.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ledarplan.frameworks.cards import Card, title_and_text
from ledarplan.gui.models.checkable_list import CheckableEntry, CheckableListModel


class CardPickerDialog(QDialog):
    def __init__(
        self,
        deck: list[Card],
        picked: list[str],
        source: str,
        parent: QWidget | None = None,
        *,
        common: Sequence[Card] = (),
    ):
        super().__init__(parent)
        self.setObjectName("cardPickerDialog")
        self._deck = {card.id: card for card in deck}
        self._common = list(common)
        self._shown = {card.key: card for card in (*self._common, *deck)}
        self._picked = [card for card in picked if card in self._deck]
        self._source = source
        self.model = CheckableListModel(self)
        self.model.set_rows(
            [
                CheckableEntry(card.key, card.title or card.text, card.question, card.common)
                for card in (*self._common, *deck)
            ],
            [self._deck[card].key for card in self._picked],
        )
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setMinimumHeight(220)
        self.list_view.selectionModel().currentChanged.connect(self._show_card)
        self.card_text = QTextBrowser()
        self.card_text.setObjectName("cardText")
        self.card_text.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.count_label = QLabel()
        self.model.dataChanged.connect(self._count)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.card_text)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        self.resize(560, 520)
        self.retranslate()
        if deck:
            self.list_view.setCurrentIndex(self.model.index(0))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Choose themes for the talk"))
        intro = self.tr(
            "Tick the themes you want to talk about; two or three is usual. They become "
            "questions of your preparation, and you can put them in the order you agree "
            "on. The texts are the model's own: %1."
        ).replace("%1", self._source)
        if self._common:
            intro += " " + self.tr(
                "The common themes, in italics at the top, are discussed in every talk: they "
                "are in both preparations already."
            )
        self.intro.setText(intro)
        self.list_view.setAccessibleName(self.tr("The model's conversation cards"))
        self.card_text.setAccessibleName(self.tr("The card's text"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose"))
        self._count()

    def set_checked(self, card_id: str, checked: bool) -> bool:
        """Ticks or unticks a card (by its id); False when it cannot be (a common theme)."""
        row = self.model.row_of(self._deck[card_id].key if card_id in self._deck else card_id)
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        return self.model.setData(
            self.model.index(row), state.value, Qt.ItemDataRole.CheckStateRole
        )

    def chosen(self) -> list[str]:
        """The ticked cards' ids: those picked before in their order, then the new ones."""
        ticked = [self._shown[key].id for key in self.model.checked_ids()]
        kept = [card for card in self._picked if card in ticked]
        return kept + [card for card in ticked if card not in kept]

    def dropped(self) -> list[Card]:
        """Cards picked before and no longer ticked."""
        ticked = set(self.chosen())
        return [self._deck[card] for card in self._picked if card not in ticked]

    def _show_card(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        entry = self.model.row_at(current.row())
        card = self._shown.get(entry.id) if entry else None
        if card is None:
            self.card_text.clear()
            return
        title, text = (escape(part) for part in title_and_text(card.question))
        self.card_text.setHtml(f"<b>{title}</b><br>{text}" if text else f"<b>{title}</b>")

    def _count(self, *_args: object) -> None:
        count = len(self.model.checked_ids())
        self.count_label.setText(self.tr("%n theme(s) chosen", "", count))
