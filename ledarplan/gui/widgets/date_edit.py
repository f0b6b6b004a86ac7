"""The one date field of the program: typed in the user's own way, or picked in a calendar.

A date is typed as the locale writes it (30.06.2027, 30/06/2027, 2027-06-30), with or without
separators (30062027), or as an ISO date; it is read when the user presses Enter or leaves the
field, and shown again as the locale writes it. A text that is not a date is never turned into
another date: the field keeps it, marked, says why, and keeps its last date until the text is
corrected. An optional field may be left empty ("no date"). The calendar opens with the button,
Alt+Down or F4 at the field's date, or else at today (inside the plan's period, when it has one).
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFocusEvent,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QToolTip, QVBoxLayout, QWidget

# Years a typed date may have: a two-digit year is of this century.
FIRST_YEAR, LAST_YEAR = 1900, 2199
_INVALID_STYLE = "QLineEdit { border: 1px solid #b00020; background: #fff0f0; color: #000; }"


class NotADateError(ValueError):
    """The text cannot be read as a date; the message says why, in the user's language."""


def order_of(locale: QLocale) -> str:
    """The order of day, month and year in the locale's short dates: "dmy", "mdy" or "ymd"."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat).lower()
    found = sorted((pattern.find(letter), letter) for letter in "dmy" if letter in pattern)
    order = "".join(letter for _position, letter in found)
    return order if sorted(order) == ["d", "m", "y"] else "dmy"


def _year(text: str) -> int:
    year = int(text)
    return 2000 + year if len(text) <= 2 else year


def _make(year: int, month: int, day: int) -> date | None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _from_parts(parts: list[str], order: str) -> date | None:
    if len(parts[0]) == 4:  # a year first is always year, month, day (ISO)
        order = "ymd"
    elif len(parts[2]) == 4 and order == "ymd":  # 30/06/2027 in a year-first locale
        order = "dmy"
    values = dict(zip(order, parts, strict=True))
    return _make(_year(values["y"]), int(values["m"]), int(values["d"]))


def _from_digits(digits: str, order: str) -> date | None:
    """30062027, 300627, 20270630: the locale's order first, then the ISO one."""
    year_length = len(digits) - 4
    if year_length not in (2, 4):
        return None
    orders = [order] + [o for o in ("ymd", "dmy") if o != order]
    for each in orders:
        parts, at = {}, 0
        for letter in each:
            length = year_length if letter == "y" else 2
            parts[letter] = digits[at : at + length]
            at += length
        found = _make(_year(parts["y"]), int(parts["m"]), int(parts["d"]))
        if found is not None:
            return found
    return None


def read_date(text: str, order: str) -> date | None:
    """The date `text` stands for (None: empty); `order` is the locale's ("dmy", "ymd", …).
    Raises NotADateError (with an English message, translated by the field) otherwise."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        found = _from_digits(text, order)
    else:
        parts = [p for p in re.split(r"[\s./\-,]+", text) if p]
        ok = len(parts) == 3 and all(p.isdigit() and len(p) <= 4 for p in parts)
        found = _from_parts(parts, order) if ok else None
    if found is None:
        raise NotADateError(text)
    return found


def _calendar_icon(color: QColor, size: int = 16, ratio: float = 2.0) -> QIcon:
    """A small calendar page, drawn in the text's colour (no icon theme needed)."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 16
    painter.setPen(QPen(color, 1.2 * unit))
    painter.drawRoundedRect(QRectF(2 * unit, 3 * unit, 12 * unit, 11 * unit), unit, unit)
    painter.fillRect(QRectF(2 * unit, 3 * unit, 12 * unit, 3 * unit), color)
    for row in range(2):
        for column in range(3):
            x, y = (4 + 3.2 * column) * unit, (8 + 3 * row) * unit
            painter.fillRect(QRectF(x, y, 1.8 * unit, 1.6 * unit), color)
    painter.end()
    return QIcon(pixmap)


class _CalendarPopup(QFrame):
    """The calendar under the field; a day clicked or Enter chooses it, Escape closes."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("datePopupCalendar")
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self._choose)
        self.calendar.activated.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)

    def _choose(self, day: QDate) -> None:
        self.hide()
        self.chosen.emit(date(day.year(), day.month(), day.day()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape or (
            event.key() == Qt.Key.Key_Up and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self.hide()
            return
        super().keyPressEvent(event)


class DateEdit(QLineEdit):
    """A date, typed or picked. `required`: the field always holds a date (a round's, a
    session's); otherwise empty means "no date"."""

    # The date changed (a `date`, or None for no date): typed, picked, or set by the program.
    date_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, required: bool = False):
        super().__init__(parent)
        self._required = required
        self._value: date | None = None
        self._shown = ""  # the text of the last date read or set (unchanged text: nothing to read)
        self._problem: str | None = None
        self._period: tuple[date | None, date | None] = (None, None)
        self._popup: _CalendarPopup | None = None
        self.calendar_action = QAction(self)
        self.calendar_action.setObjectName("openCalendar")
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.editingFinished.connect(self.commit)
        self._retranslate()

    # --- the value ---------------------------------------------------------------------

    def value(self) -> date | None:
        """The field's date as last read (a text still being typed is read with `commit`)."""
        return self._value

    def set_value(self, value: date | None) -> None:
        """Shows `value` (the program's own, e.g. loaded): never refused, never asked about."""
        self._set_problem(None)
        self._show(value)
        self._store(value)

    def clear_value(self) -> None:
        self.set_value(None)

    def problem(self) -> str | None:
        """Why the typed text is not taken (None: the field shows its date)."""
        return self._problem

    def has_pending_text(self) -> bool:
        """Text typed since the last date was read."""
        return self.text() != self._shown

    def commit(self) -> bool:
        """Reads the typed text (on Enter, on leaving the field, before a save); False when it
        is not a date, which then stays on screen, marked, with the reason."""
        if not self.has_pending_text() and self._problem is None:
            return True
        text = self.text()
        try:
            value = read_date(text, order_of(QLocale()))
        except NotADateError:
            self._set_problem(
                self.tr("“%1” is not a date. Type it as %2, or pick it in the calendar (Alt+Down).")
                .replace("%1", text.strip())
                .replace("%2", self._example())
            )
            return False
        if value is None and self._required:
            self._set_problem(self.tr("A date is needed here: type one, or pick it (Alt+Down)."))
            return False
        self._set_problem(None)
        self._show(value)
        self._store(value)
        return True

    def _store(self, value: date | None) -> None:
        if value != self._value:
            self._value = value
            self.date_changed.emit(value)

    def _show(self, value: date | None) -> None:
        self._shown = format_for_field(value)
        if self.text() != self._shown:
            self.setText(self._shown)

    # --- the calendar ------------------------------------------------------------------

    def set_period(self, start: date | None, end: date | None) -> None:
        """The plan's period: an empty field's calendar opens inside it."""
        self._period = (start, end)

    def reference_date(self, today: date | None = None) -> date:
        """Where the calendar opens: the field's date, else today within the plan's period."""
        if self._value is not None:
            return self._value
        day = today or date.today()
        start, end = self._period
        if start is not None and day < start:
            return start
        if end is not None and day > end:
            return end
        return day

    def open_calendar(self) -> None:
        if self.isReadOnly() or not self.isEnabled():
            return
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.chosen.connect(self._picked)
        shown = self.reference_date()
        calendar = self._popup.calendar
        calendar.setLocale(QLocale())
        calendar.setFirstDayOfWeek(QLocale().firstDayOfWeek())
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        popup = self._popup
        popup.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry()
        x = min(max(screen.left(), below.x()), screen.right() - popup.width())
        y = below.y()
        if y + popup.height() > screen.bottom():
            y = max(screen.top(), self.mapToGlobal(QPoint(0, 0)).y() - popup.height())
        popup.move(x, y)
        popup.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def calendar_popup(self) -> QCalendarWidget | None:
        """The calendar while it is open."""
        return self._popup.calendar if self._popup is not None and self._popup.isVisible() else None

    def _picked(self, value: date) -> None:
        self._set_problem(None)
        self._show(value)
        self._store(value)
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    # --- keys, focus, looks --------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and alt):
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.selectAll()

    def setReadOnly(self, read_only: bool) -> None:
        super().setReadOnly(read_only)
        self.calendar_action.setEnabled(not read_only)

    @classmethod
    def width_for(cls, metrics: QFontMetrics) -> int:
        """The field's width for a date in the locale's way, with its calendar button."""
        return metrics.horizontalAdvance(cls._example() + "0") + 48

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.width_for(self.fontMetrics()), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), super().minimumSizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self._problem is None:
                self._show(self._value)  # the new language's way of writing dates
        elif event.type() == QEvent.Type.PaletteChange:
            self._paint_icon()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setPlaceholderText(self._pattern())
        self.calendar_action.setText(self.tr("Open the calendar"))
        self.calendar_action.setToolTip(self.tr("Pick the date in a calendar (Alt+Down)"))
        self._paint_icon()
        self._set_problem(self._problem)

    def _paint_icon(self) -> None:
        self.calendar_action.setIcon(_calendar_icon(self.palette().color(QPalette.ColorRole.Text)))

    def _pattern(self) -> str:
        """The locale's pattern in the user's letters, e.g. dd.mm.åååå."""
        parts = {
            "d": self.tr("dd", "the day in a date pattern"),
            "m": self.tr("mm", "the month in a date pattern"),
            "y": self.tr("yyyy", "the year in a date pattern"),
        }
        example = format_for_field(date(2027, 6, 30))
        separator = next((c for c in example if not c.isdigit()), "-")
        return separator.join(parts[letter] for letter in order_of(QLocale()))

    @staticmethod
    def _example() -> str:
        return format_for_field(date(2027, 6, 30))

    def _set_problem(self, problem: str | None) -> None:
        self._problem = problem
        self.setStyleSheet(_INVALID_STYLE if problem else "")
        self.setToolTip(problem or self.tr("Type a date or pick it in the calendar (Alt+Down)"))
        self.setAccessibleDescription(problem or "")
        if problem and self.isVisible():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), problem, self)


def format_for_field(value: date | None) -> str:
    """A date as the field shows it: the locale's short format with a four-digit year."""
    if value is None:
        return ""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return QLocale().toString(QDate(value.year, value.month, value.day), pattern)
