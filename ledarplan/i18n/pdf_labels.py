"""The PDF's labels in a language, from the same translations as the window."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

from ledarplan.i18n.catalog import Translator, normalise_language
from ledarplan.pdf.form.labels import FormLabels, form_labels_from
from ledarplan.pdf.labels import PdfLabels, labels_from

#: The locale whose date and number formats go with each language (as in the window).
LOCALES = {"en": "en_GB", "sv": "sv_SE", "da": "da_DK"}
_QT_TO_STRFTIME = {"yyyy": "%Y", "yy": "%y", "MM": "%m", "M": "%m", "dd": "%d", "d": "%d"}


def strftime_pattern(qt_format: str) -> str:
    """'dd.MM.yyyy' → '%d.%m.%Y' (numbers only: month names would depend on the machine)."""
    return re.sub(r"yyyy|yy|MM|M|dd|d", lambda m: _QT_TO_STRFTIME[m.group(0)], qt_format)


def pdf_labels(language: str) -> PdfLabels:
    language = normalise_language(language)
    translator = Translator(language)
    locale = QLocale(LOCALES[language])
    return labels_from(
        translator.translate,
        language,
        date_format=strftime_pattern(locale.dateFormat(QLocale.FormatType.ShortFormat)),
        decimal_point=locale.decimalPoint(),
    )


def feedback_form_labels(language: str) -> FormLabels:
    """The feedback form's words in a language (the leader's)."""
    language = normalise_language(language)
    locale = QLocale(LOCALES[language])
    return form_labels_from(
        Translator(language).translate,
        language,
        date_format=strftime_pattern(locale.dateFormat(QLocale.FormatType.ShortFormat)),
    )
