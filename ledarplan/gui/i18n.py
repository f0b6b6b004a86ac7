"""Switching the user interface language at run time.

Installing the translators makes Qt send LanguageChange to every widget; each widget then
sets its texts again in its `retranslate()`. Dates and numbers follow the chosen language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

from ledarplan.i18n.catalog import SOURCE_LANGUAGE, normalise_language, qm_file, qt_qm_file

#: The locale whose date and number formats go with each language.
LOCALES = {"en": "en_GB", "sv": "sv_SE", "da": "da_DK"}


#: Translators are installed on the one application of the process, whichever switcher did it.
_INSTALLED: list[QTranslator] = []


class LanguageSwitcher:
    def __init__(self, app: QCoreApplication):
        self._app = app
        self._installed = _INSTALLED
        self.language = SOURCE_LANGUAGE

    def apply(self, language: str | None) -> str:
        language = normalise_language(language)
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        QLocale.setDefault(QLocale(LOCALES[language]))
        # English is the source language: its file holds only the plural forms ("1 session",
        # "2 sessions" for "%n session(s)"), and Qt's own texts need none.
        qt_own = qt_qm_file(language) if language != SOURCE_LANGUAGE else None
        for path in (qt_own, qm_file(language)):
            translator = QTranslator(self._app)
            if path is not None and translator.load(str(path)):
                self._app.installTranslator(translator)
                self._installed.append(translator)
        # Qt posts LanguageChange; deliver it now so the window is in the new language at once.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language = language
        return language
