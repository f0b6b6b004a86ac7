"""Every word of the PDF that is ours rather than the user's or the model's.

The caller builds `PdfLabels` in the user's language; `labels_from` does that with any translate
function (the GUI passes Qt's, the command line its own). The English texts below are the source
strings the translators see. Placeholders in braces (`{page}`) are filled with `fill`, which
leaves a placeholder that a translation misspelt as it is instead of failing the export.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ledarplan.domain.entities import (
    ActionKind,
    ActionStatus,
    AssessorKind,
    GoalStatus,
    PlanStatus,
    RespondentGroup,
)
from ledarplan.frameworks.scale import DEFAULT_ANCHORS, translated_defaults
from ledarplan.wording import fill, translate, translated

__all__ = ["PdfLabels", "fill", "labels_from"]


CONTEXT = "PdfLabels"


@dataclass(frozen=True)
class PdfLabels:
    # The document as a whole
    development_plan: str = translate("PdfLabels", "Leader development plan")
    #: The program's own 1–5 scale's anchors, translated (frameworks.scale, context "Scale").
    scale_anchors: tuple[tuple[int, str], ...] = DEFAULT_ANCHORS
    scale_legend: str = translate("PdfLabels", "What the ratings mean")
    contents: str = translate("PdfLabels", "Contents")
    page_of: str = translate("PdfLabels", "Page {page} of {pages}")
    confidential: str = translate(
        "PdfLabels",
        "Confidential: personal development plan. Handle according to your organisation's "
        "rules for personnel records.",
    )
    #: A strftime pattern with numbers only (month names would follow the computer's locale).
    date_format: str = "%Y-%m-%d"
    #: The decimal mark of averages (3.5 or 3,5).
    decimal_point: str = "."
    # Cover
    name: str = translate("PdfLabels", "Name")
    job_title: str = translate("PdfLabels", "Job title")
    unit: str = translate("PdfLabels", "Unit")
    organisation: str = translate("PdfLabels", "Organisation")
    model: str = translate("PdfLabels", "Leadership model")
    source: str = translate("PdfLabels", "Source")
    role_level: str = translate("PdfLabels", "Role level")
    plan_period: str = translate("PdfLabels", "Plan period")
    status: str = translate("PdfLabels", "Status")
    talk_date: str = translate("PdfLabels", "Development talk")
    generated_on: str = translate("PdfLabels", "Generated")
    plan_draft: str = translate("PdfLabels", "Draft")
    plan_agreed: str = translate("PdfLabels", "Agreed")
    plan_followed_up: str = translate("PdfLabels", "Followed up")
    # The model
    model_section: str = translate("PdfLabels", "The leadership model")
    expectations_at_level: str = translate("PdfLabels", "Expectations at role level: {level}")
    areas_and_items: str = translate("PdfLabels", "The model's areas and items")
    item: str = translate("PdfLabels", "Item")
    expectation: str = translate("PdfLabels", "Expectation")
    # Assessment and chart
    assessment: str = translate("PdfLabels", "Assessment")
    assessor_self: str = translate("PdfLabels", "Self")
    assessor_manager: str = translate("PdfLabels", "Manager")
    assessor_other: str = translate("PdfLabels", "Other")
    round_self: str = translate("PdfLabels", "Self-assessment")
    round_manager: str = translate("PdfLabels", "Manager's assessment")
    round_other: str = translate("PdfLabels", "Other assessment")
    comments: str = translate("PdfLabels", "Comments")
    not_assessed: str = translate("PdfLabels", "not assessed")
    scale: str = translate("PdfLabels", "Scale {low}–{high}")
    chart: str = translate("PdfLabels", "Self-assessment and manager's assessment per area")
    chart_items: str = translate("PdfLabels", "Self-assessment and manager's assessment per item")
    area: str = translate("PdfLabels", "Area")
    average: str = translate("PdfLabels", "Average")
    no_assessment: str = translate("PdfLabels", "No assessment has been made yet.")
    chart_feedback: str = translate(
        "PdfLabels", "Self-assessment, manager's assessment and feedback from others per area"
    )
    chart_feedback_items: str = translate(
        "PdfLabels", "Self-assessment, manager's assessment and feedback from others per item"
    )
    # Feedback from others (360°)
    feedback: str = translate("PdfLabels", "Feedback from others")
    feedback_round: str = translate(
        "PdfLabels", "Feedback round of {date}: {count} respondents answered a form."
    )
    feedback_series: str = translate("PdfLabels", "{group} ({count})")
    feedback_threshold: str = translate(
        "PdfLabels",
        "Anonymity: a group's answers are shown only when at least {threshold} people of it "
        "answered; only the summary of the answers is kept, never one person's answers.",
    )
    feedback_folded: str = translate(
        "PdfLabels", "Too few on their own, so counted with others: {groups}."
    )
    feedback_left_out: str = translate(
        "PdfLabels", "Not shown (too few answers, even with others): {groups}."
    )
    respondents: str = translate("PdfLabels", "Respondents")
    group_staff: str = translate("PdfLabels", "Staff")
    group_peers: str = translate("PdfLabels", "Peers")
    group_manager: str = translate("PdfLabels", "Own manager")
    group_other: str = translate("PdfLabels", "Others")
    blind_spots: str = translate("PdfLabels", "Where your own view and others' differ most")
    own_view: str = translate("PdfLabels", "Own view")
    others_view: str = translate("PdfLabels", "Others")
    gap: str = translate("PdfLabels", "Difference")
    open_answers: str = translate("PdfLabels", "Answers to the open questions")
    # Goals and actions
    goals: str = translate("PdfLabels", "Goals")
    goal_number: str = translate("PdfLabels", "Goal {number}")
    no_goals: str = translate("PdfLabels", "No goals have been set yet.")
    success_criterion: str = translate("PdfLabels", "Success criterion")
    target_date: str = translate("PdfLabels", "Target date")
    progress: str = translate("PdfLabels", "Progress")
    percent: str = translate("PdfLabels", "{value}%")
    linked_items: str = translate("PdfLabels", "In the model")
    checkins: str = translate("PdfLabels", "Check-ins")
    actions: str = translate("PdfLabels", "Actions")
    action_number: str = translate("PdfLabels", "Action {number}")
    goal_not_started: str = translate("PdfLabels", "Not started")
    goal_in_progress: str = translate("PdfLabels", "In progress")
    goal_done: str = translate("PdfLabels", "Reached")
    goal_dropped: str = translate("PdfLabels", "Dropped")
    action_planned: str = translate("PdfLabels", "Planned")
    action_in_progress: str = translate("PdfLabels", "In progress")
    action_done: str = translate("PdfLabels", "Done")
    kind: str = translate("PdfLabels", "Kind of learning (70-20-10)")
    kind_on_the_job: str = translate("PdfLabels", "On the job")
    kind_with_others: str = translate("PdfLabels", "With others")
    kind_course: str = translate("PdfLabels", "Course")
    what: str = translate("PdfLabels", "What")
    how: str = translate("PdfLabels", "How")
    why: str = translate("PdfLabels", "Why")
    who: str = translate("PdfLabels", "Who")
    when: str = translate("PdfLabels", "When")
    follow_up: str = translate("PdfLabels", "How we follow up")
    due: str = translate("PdfLabels", "Due")
    done_on: str = translate("PdfLabels", "Done on {date}")
    development_activity: str = translate("PdfLabels", "Development activity")
    # Coaching
    coaching: str = translate("PdfLabels", "Coaching")
    coaching_with: str = translate("PdfLabels", "With")
    topic: str = translate("PdfLabels", "Topic")
    about_goals: str = translate("PdfLabels", "Goals")
    notes: str = translate("PdfLabels", "Notes")
    experience: str = translate("PdfLabels", "What happened")
    reflection: str = translate("PdfLabels", "What I noticed")
    conclusion: str = translate("PdfLabels", "What I understand now")
    experiment: str = translate("PdfLabels", "What I will try")
    agreements: str = translate("PdfLabels", "Agreements")
    agreement: str = translate("PdfLabels", "Agreement")
    owner: str = translate("PdfLabels", "Who")
    agreement_done: str = translate("PdfLabels", "Done")
    agreement_open: str = translate("PdfLabels", "Open")
    carried_over: str = translate("PdfLabels", "Carried over")
    next_session: str = translate("PdfLabels", "Next session")
    no_sessions: str = translate("PdfLabels", "No coaching sessions yet.")
    private: str = translate("PdfLabels", "private")
    private_left_out: str = translate(
        "PdfLabels", "Private notes and answers are not included in this document."
    )
    # Development talk
    talk: str = translate("PdfLabels", "Development talk")
    talk_on: str = translate("PdfLabels", "Development talk {date}")
    participants: str = translate("PdfLabels", "Participants")
    preparation: str = translate("PdfLabels", "Preparation")
    question: str = translate("PdfLabels", "Question")
    leader: str = translate("PdfLabels", "Leader")
    manager: str = translate("PdfLabels", "Manager")
    summary: str = translate("PdfLabels", "Agreed summary")
    follow_up_date: str = translate("PdfLabels", "Follow-up date")
    signed_by_leader: str = translate("PdfLabels", "Signed by the leader: {name}, {date}")
    signed_by_manager: str = translate("PdfLabels", "Signed by the manager: {name}, {date}")
    signed_in_program: str = translate("PdfLabels", "Signed in ledarplan by {name}")
    themes: str = translate("PdfLabels", "Themes we chose")
    chosen_by: str = translate("PdfLabels", "chosen by {who}")
    own_theme: str = translate("PdfLabels", "own theme, written by {who}")
    #: Who chose or wrote a theme, as it reads in the middle of those sentences.
    by_leader: str = translate("PdfLabels", "the leader")
    by_manager: str = translate("PdfLabels", "the manager")
    by_both: str = translate("PdfLabels", "the leader and the manager")
    common_themes: str = translate("PdfLabels", "Common themes, discussed in every talk:")
    chosen_themes: str = translate("PdfLabels", "Chosen for this talk:")
    cards_source: str = translate("PdfLabels", "The themes' texts: {source}")
    talk_signed: str = translate("PdfLabels", "Talk held and signed by both ({date})")
    talk_held: str = translate("PdfLabels", "Talk held {date}; not yet signed by both")
    to_fill_in: str = translate("PdfLabels", "To be filled in at the talk.")
    no_talk: str = translate("PdfLabels", "No development talk has been planned yet.")
    # Signatures
    signatures: str = translate("PdfLabels", "Signatures")
    signature: str = translate("PdfLabels", "Signature")
    date: str = translate("PdfLabels", "Date")
    #: The document's language (BCP 47, e.g. "sv", "da", "en") for the PDF's metadata.
    lang: str = "en"

    def plan_status(self, status: PlanStatus) -> str:
        return {
            PlanStatus.DRAFT: self.plan_draft,
            PlanStatus.AGREED: self.plan_agreed,
            PlanStatus.FOLLOWED_UP: self.plan_followed_up,
        }.get(status, str(status.value))

    def goal_status(self, status: GoalStatus) -> str:
        return {
            GoalStatus.NOT_STARTED: self.goal_not_started,
            GoalStatus.IN_PROGRESS: self.goal_in_progress,
            GoalStatus.DONE: self.goal_done,
            GoalStatus.DROPPED: self.goal_dropped,
        }.get(status, str(status.value))

    def action_status(self, status: ActionStatus) -> str:
        return {
            ActionStatus.PLANNED: self.action_planned,
            ActionStatus.IN_PROGRESS: self.action_in_progress,
            ActionStatus.DONE: self.action_done,
        }.get(status, str(status.value))

    def action_kind(self, kind: ActionKind) -> str:
        return {
            ActionKind.ON_THE_JOB: self.kind_on_the_job,
            ActionKind.WITH_OTHERS: self.kind_with_others,
            ActionKind.COURSE: self.kind_course,
        }.get(kind, str(kind.value))

    def assessor(self, kind: AssessorKind) -> str:
        """The short name of who assessed, for column headings."""
        return {
            AssessorKind.SELF: self.assessor_self,
            AssessorKind.MANAGER: self.assessor_manager,
            AssessorKind.OTHER: self.assessor_other,
        }.get(kind, str(kind.value))

    def group(self, group: RespondentGroup) -> str:
        return {
            RespondentGroup.STAFF: self.group_staff,
            RespondentGroup.PEERS: self.group_peers,
            RespondentGroup.MANAGER: self.group_manager,
            RespondentGroup.OTHER: self.group_other,
        }.get(group, str(group.value))

    def round_kind(self, kind: AssessorKind) -> str:
        """The name of a round by who assessed, for the chart's legend."""
        return {
            AssessorKind.SELF: self.round_self,
            AssessorKind.MANAGER: self.round_manager,
            AssessorKind.OTHER: self.round_other,
        }.get(kind, str(kind.value))


def labels_from(
    translate: Callable[[str, str], str],
    lang: str,
    *,
    date_format: str = "%Y-%m-%d",
    decimal_point: str = ".",
) -> PdfLabels:
    """Every label as `translate("PdfLabels", <English text>)`, for a document in `lang`; the
    formats (not words) come from the language's locale."""
    return translated(
        PdfLabels,
        CONTEXT,
        translate,
        scale_anchors=tuple(translated_defaults(translate)),
        lang=lang,
        date_format=date_format,
        decimal_point=decimal_point,
    )
