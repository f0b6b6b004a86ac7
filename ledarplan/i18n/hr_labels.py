"""The summary preview's and HR report's words in a language, from the window's translations."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ledarplan.i18n.catalog import Translator, normalise_language
from ledarplan.i18n.pdf_labels import LOCALES, strftime_pattern
from ledarplan.summary.labels import HrLabels, labels_from


def hr_labels(language: str) -> HrLabels:
    language = normalise_language(language)
    locale = QLocale(LOCALES[language])
    translator = Translator(language)
    return labels_from(
        translator.translate,
        language,
        plural_forms=translator.forms,
        decimal_point=locale.decimalPoint(),
        date_format=strftime_pattern(locale.dateFormat(QLocale.FormatType.ShortFormat)),
    )
