"""Finding and reading the compiled translations (.qm) of ledarplan and of Qt itself.

Uses only QtCore: the command line and the PDF export translate their labels without a
QApplication.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

#: The user interface languages; English is the source language of every string.
LANGUAGES = ("en", "sv", "da")
LANGUAGE_NAMES = {"en": "English", "sv": "Svenska", "da": "Dansk"}
SOURCE_LANGUAGE = "en"


def translations_dir() -> Path:
    """Compiled .qm files: inside the installed package, or beside the .ts files of a checkout."""
    package = Path(__file__).resolve().parent.parent
    candidates = [package / "translations", package.parent / "translations"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "ledarplan" / "translations")
    for candidate in candidates:
        if any(candidate.glob("ledarplan_*.qm")):
            return candidate
    return candidates[-1]


def qm_file(language: str) -> Path | None:
    path = translations_dir() / f"ledarplan_{language}.qm"
    return path if path.is_file() else None


def qt_qm_file(language: str) -> Path | None:
    """Qt's own translations (buttons of message boxes, file dialogs, context menus)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    path = folder / f"qtbase_{language}.qm"
    return path if path.is_file() else None


def normalise_language(code: str | None) -> str:
    """'sv_SE', 'da-DK' → 'sv', 'da'; anything else → English."""
    if not code:
        return SOURCE_LANGUAGE
    short = code.replace("-", "_").split("_")[0].lower()
    return short if short in LANGUAGES else SOURCE_LANGUAGE


def system_language() -> str:
    return normalise_language(QLocale.system().name())


class Translator:
    """ledarplan's translations in one language, read without an application object."""

    def __init__(self, language: str):
        self.language = normalise_language(language)
        self._qt = QTranslator()
        path = qm_file(self.language)  # English's holds its plural forms only
        self.loaded = bool(path and self._qt.load(str(path)))

    def translate(self, context: str, text: str, n: int = -1) -> str:
        result = self._qt.translate(context, text, None, n) if self.loaded else ""
        result = result or text
        if n >= 0:
            result = result.replace("%n", QLocale(self.language).toString(n))
        return result

    def forms(self, context: str, text: str) -> tuple[str, str] | None:
        """A message's plural forms for one and for other numbers, `%n` left in (None when
        not translated): the forms of English, Swedish and Danish."""
        if not self.loaded:
            return None
        one = self._qt.translate(context, text, None, 1)
        other = self._qt.translate(context, text, None, 2)
        return (one, other) if one and other else None

    def for_context(self, context: str) -> Callable[[str], str]:
        return lambda text: self.translate(context, text)
