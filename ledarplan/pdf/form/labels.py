"""Every word of the feedback form that is ours rather than the leader's or the model's.

Built in the leader's language like the PDF plan's labels (`labels.py`): `form_labels_from`
takes any translate function; the English texts are the source strings the translators see.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ledarplan.domain.entities import RespondentGroup
from ledarplan.frameworks.scale import DEFAULT_ANCHORS, translated_defaults
from ledarplan.wording import translate, translated

CONTEXT = "FeedbackForm"


@dataclass(frozen=True)
class FormLabels:
    title: str = translate("FeedbackForm", "Feedback to {name}")
    intro: str = translate(
        "FeedbackForm",
        "{name} asks for your view of their leadership, against the leadership model below. "
        "Rate each statement by what you have seen; choose “Cannot say” when you have not "
        "seen enough to answer.",
    )
    anonymity: str = translate(
        "FeedbackForm",
        "Your answers are anonymous. Only a summary of each group's answers is kept, and a "
        "group is shown only when at least {threshold} people of it have answered; smaller "
        "groups are counted with “Others” or left out. Do not write your name in the form.",
    )
    how_to: str = translate(
        "FeedbackForm",
        "Fill in the form in a PDF reader (for example Adobe Acrobat Reader or your "
        "computer's own), save it, and send the saved file back as you were asked.",
    )
    model: str = translate("FeedbackForm", "Leadership model")
    role_level: str = translate("FeedbackForm", "Role level")
    source: str = translate("FeedbackForm", "Source")
    date: str = translate("FeedbackForm", "Date")
    scale_legend: str = translate("FeedbackForm", "What the ratings mean")
    cannot_say: str = translate("FeedbackForm", "Cannot say")
    group_question: str = translate("FeedbackForm", "Your relation to {name}")
    group_hint: str = translate("FeedbackForm", "Choose one: {groups}")
    choose: str = translate("FeedbackForm", "(choose)")
    group_staff: str = translate("FeedbackForm", "Staff")
    group_peers: str = translate("FeedbackForm", "Peers")
    group_manager: str = translate("FeedbackForm", "Own manager")
    group_other: str = translate("FeedbackForm", "Others")
    rating_of: str = translate("FeedbackForm", "Your rating of: {item}")
    comments_on: str = translate("FeedbackForm", "Comments on “{area}” (optional)")
    open_questions: str = translate("FeedbackForm", "Open questions")
    thanks: str = translate("FeedbackForm", "Thank you! Save the form and send it back.")
    page_of: str = translate("FeedbackForm", "Page {page} of {pages}")
    form_id: str = translate("FeedbackForm", "Feedback form {id}")
    #: The open questions a new round suggests (the leader may change or clear them).
    question_continue: str = translate("FeedbackForm", "What should {name} keep doing?")
    question_change: str = translate(
        "FeedbackForm", "What could {name} do differently, or start doing?"
    )
    #: The program's own 1–5 scale's anchors, translated (frameworks.scale, context "Scale").
    scale_anchors: tuple[tuple[int, str], ...] = DEFAULT_ANCHORS
    date_format: str = "%Y-%m-%d"
    lang: str = "en"

    def group(self, group: RespondentGroup) -> str:
        return {
            RespondentGroup.STAFF: self.group_staff,
            RespondentGroup.PEERS: self.group_peers,
            RespondentGroup.MANAGER: self.group_manager,
            RespondentGroup.OTHER: self.group_other,
        }[group]

    def default_questions(self, name: str) -> list[str]:
        return [q.replace("{name}", name) for q in (self.question_continue, self.question_change)]


def form_labels_from(
    translate: Callable[[str, str], str], lang: str, *, date_format: str = "%Y-%m-%d"
) -> FormLabels:
    return translated(
        FormLabels,
        CONTEXT,
        translate,
        scale_anchors=tuple(translated_defaults(translate)),
        lang=lang,
        date_format=date_format,
    )
