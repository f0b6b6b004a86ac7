"""A date field that may be empty ("no date"), shown in the user's locale."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget

_EMPTY = QDate(1900, 1, 1)  # the minimum stands for "no date", shown as blank text


class OptionalDateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(_EMPTY)
        self.setSpecialValueText(" ")
        self.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.setDate(_EMPTY)

    def value(self) -> date | None:
        current = self.date()
        if current == _EMPTY:
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else _EMPTY)

    def clear_value(self) -> None:
        self.setDate(_EMPTY)
