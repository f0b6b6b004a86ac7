"""Dates as the user's locale writes them."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def format_date(value: date | None, empty: str = "") -> str:
    if value is None:
        return empty
    qdate = QDate(value.year, value.month, value.day)
    return QLocale().toString(qdate, QLocale.FormatType.ShortFormat)


def format_datetime(value: datetime | None, empty: str = "") -> str:
    if value is None:
        return empty
    moment = QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second)
    )
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def format_time(value: datetime) -> str:
    """The time of day, as the user's locale writes it (14:02)."""
    return QLocale().toString(
        QTime(value.hour, value.minute, value.second), QLocale.FormatType.ShortFormat
    )
