"""Questions for a talk when the leadership model has none of its own, in the UI language.

They look back at the past period, at today and ahead, the usual shape of a development talk.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ledarplan.domain.entities import PrepAnswer, TimeFrame


def standard_questions() -> list[PrepAnswer]:
    # Literal translate() calls, so that lupdate finds every question.
    back, now, ahead = TimeFrame.BACK, TimeFrame.NOW, TimeFrame.AHEAD
    return [
        PrepAnswer(
            QCoreApplication.translate("StandardQuestions", "What went well in the past period?"),
            timeframe=back,
        ),
        PrepAnswer(
            QCoreApplication.translate("StandardQuestions", "What was hard?"), timeframe=back
        ),
        PrepAnswer(
            QCoreApplication.translate(
                "StandardQuestions", "How are you doing in your role today?"
            ),
            timeframe=now,
        ),
        PrepAnswer(
            QCoreApplication.translate(
                "StandardQuestions", "What do you want to develop in the coming year?"
            ),
            timeframe=ahead,
        ),
        PrepAnswer(
            QCoreApplication.translate("StandardQuestions", "What support do you need?"),
            timeframe=ahead,
        ),
    ]
