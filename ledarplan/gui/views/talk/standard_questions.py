"""Questions for a talk when the leadership model has none of its own, in the plan's language.

They look back at the past period, at today and ahead, the usual shape of a development talk.
The plan's language is its model's: a Danish model's plan gets Danish questions whatever the
interface language was when the talk was started (the questions are stored with the talk).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ledarplan.domain.entities import PrepAnswer, TimeFrame
from ledarplan.i18n.catalog import Translator

CONTEXT = "StandardQuestions"


def translate(context: str, text: str) -> str:
    """Marks a text for Qt's lupdate; `standard_questions` translates it for real."""
    return text


QUESTIONS = (
    (translate("StandardQuestions", "What went well in the past period?"), TimeFrame.BACK),
    (translate("StandardQuestions", "What was hard?"), TimeFrame.BACK),
    (translate("StandardQuestions", "How are you doing in your role today?"), TimeFrame.NOW),
    (
        translate("StandardQuestions", "What do you want to develop in the coming year?"),
        TimeFrame.AHEAD,
    ),
    (translate("StandardQuestions", "What support do you need?"), TimeFrame.AHEAD),
)


def standard_questions(language: str | None) -> list[PrepAnswer]:
    """The questions in `language` (a model's language; English for one ledarplan is not
    translated into), or in the interface language when the plan's language is unknown."""
    translate_text = (
        QCoreApplication.translate if language is None else Translator(language).translate
    )
    return [
        PrepAnswer(translate_text(CONTEXT, text), timeframe=timeframe)
        for text, timeframe in QUESTIONS
    ]
