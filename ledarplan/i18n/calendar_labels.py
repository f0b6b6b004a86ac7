"""The calendar file's event titles in a language, from the same translations as the window."""

from __future__ import annotations

from ledarplan.i18n.catalog import Translator, normalise_language
from ledarplan.services.calendar import CalendarLabels, labels_from


def calendar_labels(language: str) -> CalendarLabels:
    return labels_from(Translator(normalise_language(language)).translate)
