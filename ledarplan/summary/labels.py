"""Every word of the summary's preview and of HR's report that is ours, not the model's.

As `pdf.labels`: the English texts are the source strings; `labels_from` translates them with
any translate function (the window passes Qt's, the command line the compiled translations).
Placeholders in braces are filled with `fill`. Words around a count are a `Plural`: its forms
for one and for other numbers, from the translations' plural forms (Qt's `%n` messages).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from ledarplan.domain.entities import ActionKind, ActionStatus, GoalStatus
from ledarplan.summary.aggregate import (
    NO_YEAR,
    Cell,
    Folded,
    FoldReason,
    GoalItem,
    ModelPicture,
    Picture,
    Scope,
)
from ledarplan.wording import Plural, fill, translate, translated

__all__ = ["HrLabels", "Plural", "fill", "labels_from"]

CONTEXT = "HrLabels"


@dataclass(frozen=True)
class HrLabels:
    # The preview of a summary file
    preview_intro: str = translate(
        "HrLabels",
        "The file holds the plans below and nothing else: no names, no texts, no ids of plans "
        "or people, and no date but the month it was written ({month}).",
    )
    plan_of: str = translate("HrLabels", "Plan {number} of {count}")
    key: str = translate("HrLabels", "One-way key (counts the plan once; leads to no one)")
    model: str = translate("HrLabels", "Leadership model")
    version: str = translate("HrLabels", "version {version}")
    role_level: str = translate("HrLabels", "Role level")
    year: str = translate("HrLabels", "Year")
    not_given: str = translate("HrLabels", "not given")
    self_assessment: str = translate("HrLabels", "Latest self-assessment")
    manager_assessment: str = translate("HrLabels", "Latest manager's assessment")
    none: str = translate("HrLabels", "none")
    scale: str = translate("HrLabels", "scale {low}–{high}")
    goal_number: str = translate("HrLabels", "Goal {number}")
    linked_to: str = translate("HrLabels", "linked to")
    no_items: str = translate("HrLabels", "no item of the model")
    progress: str = translate("HrLabels", "{value} % done")
    actions: str = translate("HrLabels", "actions")
    no_goals: str = translate("HrLabels", "Goals: none")
    sessions: str = translate("HrLabels", "Coaching sessions")
    agreements: str = translate("HrLabels", "Agreements: {open} open, {done} done")
    talk: str = translate("HrLabels", "Development talk")
    held: str = translate("HrLabels", "held")
    signed: str = translate("HrLabels", "signed by both")
    followed_up: str = translate("HrLabels", "followed up")
    yes: str = translate("HrLabels", "yes")
    no: str = translate("HrLabels", "no")
    # Words of goals and actions
    goal_not_started: str = translate("HrLabels", "not started")
    goal_in_progress: str = translate("HrLabels", "in progress")
    goal_done: str = translate("HrLabels", "reached")
    goal_dropped: str = translate("HrLabels", "dropped")
    action_planned: str = translate("HrLabels", "planned")
    action_in_progress: str = translate("HrLabels", "in progress")
    action_done: str = translate("HrLabels", "done")
    kind_on_the_job: str = translate("HrLabels", "On the job")
    kind_with_others: str = translate("HrLabels", "With others")
    kind_course: str = translate("HrLabels", "Courses")
    # The report
    report_title: str = translate("HrLabels", "Leader development across the organisation")
    report_subtitle: str = translate(
        "HrLabels", "What leaders work on, from anonymous summaries of their plans"
    )
    report_years: str = translate("HrLabels", "Years")
    report_plans: str = translate("HrLabels", "Plans counted")
    report_files: str = translate("HrLabels", "Summary files read")
    report_threshold: str = translate("HrLabels", "Smallest group shown")
    plans: Plural = Plural(translate("HrLabels", "%n plan(s)", None, 2), "%n plan", "%n plans")
    generated_on: str = translate("HrLabels", "Made")
    threshold_note: Plural = Plural(
        translate(
            "HrLabels",
            "No group in this report has fewer than %n plan(s): a smaller group is counted "
            "in a wider one (all levels, then all years) or left out, as the last section says. "
            "A rating given by fewer plans is not shown either (a dash). The summaries hold no "
            "names, no texts and no dates finer than the month.",
            None,
            2,
        ),
        "No group in this report has fewer than %n plan: a smaller group is counted "
        "in a wider one (all levels, then all years) or left out, as the last section says. "
        "A rating given by fewer plans is not shown either (a dash). The summaries hold no "
        "names, no texts and no dates finer than the month.",
        "No group in this report has fewer than %n plans: a smaller group is counted "
        "in a wider one (all levels, then all years) or left out, as the last section says. "
        "A rating given by fewer plans is not shown either (a dash). The summaries hold no "
        "names, no texts and no dates finer than the month.",
    )
    all_levels: str = translate("HrLabels", "All levels")
    all_years: str = translate("HrLabels", "All years")
    no_year: str = translate("HrLabels", "Year not given")
    cell_heading: str = translate("HrLabels", "{years} · {level}")
    plans_column: str = translate("HrLabels", "Plans")
    versions: str = translate("HrLabels", "Model version(s): {versions}")
    self_short: str = translate("HrLabels", "Self")
    manager_short: str = translate("HrLabels", "Manager")
    self_series: str = translate("HrLabels", "Self-assessments (average)")
    manager_series: str = translate("HrLabels", "Managers' assessments (average)")
    area: str = translate("HrLabels", "Area")
    item: str = translate("HrLabels", "Item")
    average: str = translate("HrLabels", "Avg.")
    gap: str = translate("HrLabels", "Gap")
    gap_long: str = translate(
        "HrLabels",
        "Gap: the manager's rating minus the leader's own, on average, where both rated the "
        "same item of the same plan. Below zero, leaders rate themselves higher.",
    )
    ratings_per_area: str = translate("HrLabels", "Self and manager ratings per area")
    ratings_per_item: str = translate("HrLabels", "How the items were rated")
    distribution_note: str = translate(
        "HrLabels",
        "Each bar shows how many ratings gave each point of the scale, from {low} (lightest) "
        "to {high} (darkest); the number is the average.",
    )
    assessed: str = translate(
        "HrLabels",
        "Plans with a self-assessment: {own}; with a manager's assessment: {theirs}.",
    )
    withheld: Plural = Plural(
        translate(
            "HrLabels",
            "A dash: fewer than %n plan(s) gave these ratings (or they would give such a group "
            "away beside the figures of its levels or years), so they are not shown.",
            None,
            2,
        ),
        "A dash: fewer than %n plan gave these ratings (or they would give such a group "
        "away beside the figures of its levels or years), so they are not shown.",
        "A dash: fewer than %n plans gave these ratings (or they would give such a group "
        "away beside the figures of its levels or years), so they are not shown.",
    )
    goal_items: str = translate("HrLabels", "The items most often chosen for goals")
    goal_item_share: str = translate("HrLabels", "{share} of the plans")
    no_goal_items: str = translate("HrLabels", "No goal is linked to an item of the model.")
    goals_facts: Plural = Plural(
        translate("HrLabels", "%n goal(s): {done} reached, {progress} done on average", None, 2),
        "%n goal: {done} reached, {progress} done on average",
        "%n goals: {done} reached, {progress} done on average",
    )
    mix: str = translate("HrLabels", "How leaders learn (70-20-10)")
    mix_note: Plural = Plural(
        translate(
            "HrLabels",
            "%n action(s). The dashed lines mark the 70-20-10 model's own split: 70 % on the "
            "job, 20 % with others, 10 % in courses.",
            None,
            2,
        ),
        "%n action. The dashed lines mark the 70-20-10 model's own split: 70 % on the "
        "job, 20 % with others, 10 % in courses.",
        "%n actions. The dashed lines mark the 70-20-10 model's own split: 70 % on the "
        "job, 20 % with others, 10 % in courses.",
    )
    no_actions: str = translate("HrLabels", "No actions yet.")
    talks: str = translate("HrLabels", "Development talks and follow-up")
    talk_held: str = translate("HrLabels", "Talk held")
    talk_signed: str = translate("HrLabels", "Signed by both")
    talk_followed_up: str = translate("HrLabels", "Followed up")
    coaching_facts: Plural = Plural(
        translate(
            "HrLabels",
            "%n coaching session(s) ({per_plan} per plan); agreements: {open} open, {done} done.",
            None,
            2,
        ),
        "%n coaching session ({per_plan} per plan); agreements: {open} open, {done} done.",
        "%n coaching sessions ({per_plan} per plan); agreements: {open} open, {done} done.",
    )
    year_over_year: str = translate("HrLabels", "Year over year")
    year_over_year_note: str = translate(
        "HrLabels", "Averages of every rated item; shares of the plans of each year."
    )
    percent: str = translate("HrLabels", "{value} %")
    details_of: str = translate("HrLabels", "In detail: {years}")
    left_out: str = translate("HrLabels", "What was left out, and why")
    nothing_left_out: Plural = Plural(
        translate(
            "HrLabels", "Nothing was left out: every group had at least %n plan(s).", None, 2
        ),
        "Nothing was left out: every group had at least %n plan.",
        "Nothing was left out: every group had at least %n plans.",
    )
    folded_few: Plural = Plural(
        translate(
            "HrLabels", "{model}, {group}: fewer than %n plan(s); counted in {into}.", None, 2
        ),
        "{model}, {group}: fewer than %n plan; counted in {into}.",
        "{model}, {group}: fewer than %n plans; counted in {into}.",
    )
    folded_protect: Plural = Plural(
        translate(
            "HrLabels",
            "{model}, {group}: not shown on its own, as a group of fewer than %n plan(s) could "
            "otherwise be worked out from the figures; counted in {into}.",
            None,
            2,
        ),
        "{model}, {group}: not shown on its own, as a group of fewer than %n plan could "
        "otherwise be worked out from the figures; counted in {into}.",
        "{model}, {group}: not shown on its own, as a group of fewer than %n plans could "
        "otherwise be worked out from the figures; counted in {into}.",
    )
    same_year: str = translate("HrLabels", "all levels of the same year")
    database_folded: Plural = Plural(
        translate(
            "HrLabels",
            "The organisation's database gives no group of fewer than %n plan(s): a level "
            "shared by fewer plans of a year is given as all levels, a year shared by fewer "
            "plans of a model as all years, and a model with fewer plans in all is left out.",
            None,
            2,
        ),
        "The organisation's database gives no group of fewer than %n plan: a level shared by "
        "fewer plans of a year is given as all levels, a year shared by fewer plans of a "
        "model as all years, and a model with fewer plans in all is left out.",
        "The organisation's database gives no group of fewer than %n plans: a level shared by "
        "fewer plans of a year is given as all levels, a year shared by fewer plans of a "
        "model as all years, and a model with fewer plans in all is left out.",
    )
    database_years: Plural = Plural(
        translate(
            "HrLabels",
            "{model}: %n plan(s) of years with too few plans, given by the organisation's "
            "database as all years; counted in {into}.",
            None,
            2,
        ),
        "{model}: %n plan of years with too few plans, given by the organisation's database "
        "as all years; counted in {into}.",
        "{model}: %n plans of years with too few plans, given by the organisation's database "
        "as all years; counted in {into}.",
    )
    model_too_few: Plural = Plural(
        translate(
            "HrLabels", "{model}: fewer than %n plan(s) in all; left out of the report.", None, 2
        ),
        "{model}: fewer than %n plan in all; left out of the report.",
        "{model}: fewer than %n plans in all; left out of the report.",
    )
    duplicates: Plural = Plural(
        translate(
            "HrLabels",
            "%n summary(ies) of plans already counted (the leader's and the manager's copy, "
            "or one sent twice): each plan was counted once.",
            None,
            2,
        ),
        "%n summary of a plan already counted (the leader's and the manager's copy, "
        "or one sent twice): each plan was counted once.",
        "%n summaries of plans already counted (the leader's and the manager's copy, "
        "or one sent twice): each plan was counted once.",
    )
    refused_files: Plural = Plural(
        translate(
            "HrLabels",
            "%n file(s) not read ({why}); the files were named where the report was made.",
            None,
            2,
        ),
        "%n file not read ({why}); the file was named where the report was made.",
        "%n files not read ({why}); the files were named where the report was made.",
    )
    unknown_plans: Plural = Plural(
        translate(
            "HrLabels",
            "%n plan(s) of a model, level or item not installed where the report was made "
            "left out.",
            None,
            2,
        ),
        "%n plan of a model, level or item not installed where the report was made left out.",
        "%n plans of a model, level or item not installed where the report was made left out.",
    )
    # Why a summary file was not read (`summary.document.Refusal`)
    refusal_not_a_summary: str = translate("HrLabels", "not a ledarplan summary")
    refusal_newer: str = translate(
        "HrLabels", "written by a newer version of ledarplan: update ledarplan to read it"
    )
    refusal_not_anonymous: str = translate(
        "HrLabels",
        "refused: it holds names or free text added by hand, and the picture must stay anonymous",
    )
    refusal_damaged: str = translate("HrLabels", "damaged")
    refusal_unknown_model: str = translate(
        "HrLabels", "some plans left out: a model, level or item not installed here"
    )
    refusal_unreadable: str = translate("HrLabels", "cannot be read")
    no_models: str = translate("HrLabels", "No model has enough plans to be shown.")
    page_of: str = translate("HrLabels", "Page {page} of {pages}")
    contents: str = translate("HrLabels", "Contents")
    footer: Plural = Plural(
        translate(
            "HrLabels",
            "Made with ledarplan from anonymous summaries. No group shown has fewer than "
            "%n plan(s).",
            None,
            2,
        ),
        "Made with ledarplan from anonymous summaries. No group shown has fewer than %n plan.",
        "Made with ledarplan from anonymous summaries. No group shown has fewer than %n plans.",
    )
    #: The document's language, its decimal mark (3.5 or 3,5) and its dates; not translated.
    lang: str = "en"
    decimal_point: str = "."
    date_format: str = "%Y-%m-%d"

    def goal_status(self, status: GoalStatus) -> str:
        return {
            GoalStatus.NOT_STARTED: self.goal_not_started,
            GoalStatus.IN_PROGRESS: self.goal_in_progress,
            GoalStatus.DONE: self.goal_done,
            GoalStatus.DROPPED: self.goal_dropped,
        }[status]

    def action_status(self, status: ActionStatus) -> str:
        return {
            ActionStatus.PLANNED: self.action_planned,
            ActionStatus.IN_PROGRESS: self.action_in_progress,
            ActionStatus.DONE: self.action_done,
        }[status]

    def action_kind(self, kind: ActionKind) -> str:
        return {
            ActionKind.ON_THE_JOB: self.kind_on_the_job,
            ActionKind.WITH_OTHERS: self.kind_with_others,
            ActionKind.COURSE: self.kind_course,
        }[kind]

    def refusal(self, refusal: str) -> str:
        """Why a summary file was not read (a `Refusal`'s value), in words."""
        value = getattr(refusal, "value", refusal)
        return getattr(self, "refusal_" + value.replace("-", "_"))

    def yes_no(self, value: bool) -> str:
        return self.yes if value else self.no

    def number(self, value: float | None, digits: int = 1) -> str:
        """A decimal number as the language writes it ("3,4"); a dash for none."""
        if value is None:
            return "–"
        return f"{value:.{digits}f}".replace(".", self.decimal_point)

    def signed_number(self, value: float | None) -> str:
        """A gap: with its sign ("+0,4", "−0,3")."""
        if value is None:
            return "–"
        text = f"{value:+.1f}".replace(".", self.decimal_point)
        return text.replace("-", "−")

    def share(self, value: float) -> str:
        return fill(self.percent, value=round(100 * value))

    def date(self, value: date) -> str:
        try:
            return value.strftime(self.date_format)
        except (ValueError, TypeError):  # a pattern the platform refuses
            return value.isoformat()

    # --- the picture's groups in words (the report and the window say them alike) ------------

    def years_text(self, model: ModelPicture, year: int | None) -> str:
        if year is None:
            # Years the organisation's database folded are not known: no span, then.
            span = years_span(model.years) if not model.unknown_years else ""
            return f"{self.all_years} ({span})" if span else self.all_years
        return self.no_year if year == NO_YEAR else str(year)

    def cell_title(self, model: ModelPicture, scope: Scope) -> str:
        years = self.years_text(model, scope.year)
        if scope.level is None and not model.pack.levels:
            return years
        level = self.all_levels if scope.level is None else model.level_name(scope.level)
        return fill(self.cell_heading, years=years, level=level)

    def folded_texts(self, model: ModelPicture, threshold: int) -> list[str]:
        """Why each group of the model is not shown on its own; a level folded in several
        years is said once, with the years."""
        groups: dict[tuple, list[Folded]] = {}
        for folded in model.folded:
            in_a_year = folded.scope.level is not None and folded.scope.year is not None
            key = (
                folded.scope.level,
                folded.reason,
                in_a_year,
                folded.into.year if not in_a_year else 0,
            )
            groups.setdefault(key, []).append(folded)
        lines = []
        for (level, reason, in_a_year, _), members in groups.items():
            years = [f.scope.year for f in members if f.scope.year is not None]
            if level is None:  # years folded into all years
                group = ", ".join(self.years_text(model, y) for y in years)
            else:
                group = model.level_name(level)
                if years:
                    group += f" ({', '.join(self.years_text(model, y) for y in years)})"
            into = self.same_year if in_a_year else self.cell_title(model, members[0].into)
            template = self.folded_few if reason is FoldReason.FEW else self.folded_protect
            lines.append(template(threshold, model=model.name, group=group, into=into))
        if model.unknown_years:
            into = self.cell_title(model, Scope(None, None))
            lines.append(self.database_years(model.unknown_years, model=model.name, into=into))
        return lines

    def left_out_lines(self, shown: Picture) -> list[str]:
        """Everything the picture leaves out, and why, one sentence each."""
        n = shown.threshold
        lines = [line for m in shown.models for line in self.folded_texts(m, n)]
        lines += [self.model_too_few(n, model=name) for name in shown.too_few]
        if shown.from_database:
            lines.append(self.database_folded(n))
        if shown.plans_left_out:
            lines.append(self.unknown_plans(shown.plans_left_out))
        for refusal, count in shown.refused.items():
            lines.append(self.refused_files(count, why=self.refusal(refusal)))
        if shown.duplicates:
            lines.append(self.duplicates(shown.duplicates))
        return lines


# --- a cell's figures in words (the report and the window say them alike) -----------------

#: The items most often chosen for goals that are shown.
TOP_GOAL_ITEMS = 10


def top_goal_items(cell: Cell) -> tuple[GoalItem, ...]:
    return cell.goal_items[:TOP_GOAL_ITEMS]


def goal_item_text(cell: Cell, item: GoalItem, labels: HrLabels) -> str:
    """The share of the cell's plans with a goal linked to the item (a count inside the cell
    is said as a share of it: see `summary.aggregate`)."""
    return fill(labels.goal_item_share, share=labels.share(cell.share(item.plans)))


def assessed_text(cell: Cell, labels: HrLabels) -> str:
    return fill(
        labels.assessed,
        own=labels.share(cell.share(cell.self_assessed)),
        theirs=labels.share(cell.share(cell.manager_assessed)),
    )


def goals_text(cell: Cell, labels: HrLabels) -> str:
    done = cell.goal_statuses.get(GoalStatus.DONE, 0)
    progress = labels.share(cell.progress / 100) if cell.progress is not None else "–"
    reached = labels.share(done / cell.goals) if cell.goals else "–"
    return labels.goals_facts(cell.goals, done=reached, progress=progress)


def coaching_text(cell: Cell, labels: HrLabels) -> str:
    return labels.coaching_facts(
        cell.sessions,
        per_plan=labels.number(cell.sessions / cell.plans if cell.plans else None),
        open=cell.agreements_open,
        done=cell.agreements_done,
    )


def years_span(years: Sequence[int]) -> str:
    """ "2021–2025" for years in a row, else "2021, 2023"; no year given is left out."""
    known = sorted(y for y in set(years) if y != NO_YEAR)
    if not known:
        return ""
    if len(known) > 1 and known == list(range(known[0], known[-1] + 1)):
        return f"{known[0]}–{known[-1]}"
    return ", ".join(str(y) for y in known)


def labels_from(
    translate_text: Callable[[str, str], str],
    lang: str = "en",
    *,
    decimal_point: str = ".",
    date_format: str = "%Y-%m-%d",
    plural_forms: Callable[[str, str], tuple[str, str] | None] | None = None,
) -> HrLabels:
    """Every label as `translate_text("HrLabels", <English text>)`, for `lang`; each `Plural`
    in the forms `plural_forms("HrLabels", <English source>)` gives (one, other), or English."""
    return translated(
        HrLabels,
        CONTEXT,
        translate_text,
        plural_forms=plural_forms,
        lang=lang,
        decimal_point=decimal_point,
        date_format=date_format,
    )
