"""Contributing to the organisation's yearly summary: a file of anonymous facts about plans.

The leader contributes their plan, a manager the plans they hold, in one file. The file is
built first (`document`), shown as it is (`preview` in words, `summary_text` as written) and
written only when the user asks (`write`). What it may hold is fixed by its format
(`ledarplan.summary.document`); docs/hr-summary.md describes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ledarplan.domain.entities import Side
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.services.errors import FileWriteError
from ledarplan.services.plans import PlanService
from ledarplan.services.transfer import write_private_file
from ledarplan.summary.build import plan_facts, plan_year, summary_document
from ledarplan.summary.document import (
    SUFFIX,
    PlanFacts,
    Ratings,
    SummaryDocument,
    summary_text,
)
from ledarplan.summary.labels import HrLabels, fill


@dataclass(frozen=True)
class SummaryChoice:
    """A plan held here that may be contributed, as the user picks it (by name: the name
    stays here, it is never written)."""

    plan_id: str
    person: str
    title: str
    year: int | None
    desk: Side


class SummaryService:
    def __init__(self, plans: PlanService, catalog: FrameworkCatalog):
        self._plans = plans
        self._catalog = catalog

    def choices(self) -> list[SummaryChoice]:
        """The plans of everyone here not archived, newest year first, then by name."""
        found = []
        for summary in self._plans.list(counts=False):
            if summary.person.archived:
                continue
            plan = summary.plan
            found.append(
                SummaryChoice(
                    plan_id=plan.id,
                    person=summary.person.name,
                    title=plan.title or plan.snapshot.framework_name,
                    year=plan_year(plan),
                    desk=self._plans.desk(plan.id).side,
                )
            )
        found.sort(key=lambda c: (-(c.year or 0), c.person.casefold(), c.title.casefold()))
        return found

    def facts(self, plan_id: str, today: date | None = None) -> PlanFacts:
        """One plan's summary, as of `today` (whether its talk has been held)."""
        return plan_facts(self._plans.bundle(plan_id), today or date.today())

    def document(self, plan_ids: Sequence[str], today: date | None = None) -> SummaryDocument:
        """The summary of the plans (each once), as of `today`; nothing is written."""
        today = today or date.today()
        unique = list(dict.fromkeys(plan_ids))
        return summary_document([self.facts(p, today) for p in unique], today)

    def preview(self, document: SummaryDocument, labels: HrLabels) -> str:
        """What the file holds, in words: every value of it, in the user's language."""
        return preview_text(document, labels, self._catalog)

    def write(self, document: SummaryDocument, out: Path) -> Path:
        """Writes the file whole or not at all (an earlier file there stays as it was)."""
        try:
            write_private_file(out, summary_text(document))
        except OSError as exc:
            raise FileWriteError(out, exc) from exc
        return out


def suggested_name(year: int | None) -> str:
    """The file's suggested name: no name of a person in it."""
    return f"summary-{year}{SUFFIX}" if year else f"summary{SUFFIX}"


def document_year(document: SummaryDocument) -> int | None:
    years = [p.year for p in document.plans if p.year is not None]
    return max(years) if years else None


def preview_text(document: SummaryDocument, labels: HrLabels, catalog: FrameworkCatalog) -> str:
    lines = [fill(labels.preview_intro, month=document.written)]
    count = len(document.plans)
    for number, plan in enumerate(document.plans, 1):
        lines += ["", fill(labels.plan_of, number=number, count=count)]
        lines += [f"  {line}" for line in _plan_lines(plan, labels, catalog)]
    return "\n".join(lines) + "\n"


def _plan_lines(plan: PlanFacts, labels: HrLabels, catalog: FrameworkCatalog) -> list[str]:
    pack = catalog.get(plan.model)
    titles = {i.id: i.label for a in pack.areas for i in a.items} if pack else {}
    levels = {level.id: level.name for level in pack.levels} if pack else {}
    model = pack.name if pack else plan.model
    if plan.model_version:
        model += ", " + fill(labels.version, version=plan.model_version)
    level = levels.get(plan.level, plan.level) if plan.level else "–"
    lines = [
        f"{labels.key}: {plan.key}",
        f"{labels.model}: {model}",
        f"{labels.role_level}: {level}",
        f"{labels.year}: {plan.year if plan.year is not None else labels.not_given}",
    ]
    for title, ratings in (
        (labels.self_assessment, plan.self_assessment),
        (labels.manager_assessment, plan.manager_assessment),
    ):
        lines += _ratings_lines(title, ratings, titles, labels)
    if not plan.goals:
        lines.append(labels.no_goals)
    for number, goal in enumerate(plan.goals, 1):
        items = ", ".join(titles.get(i, i) for i in goal.items) or labels.no_items
        actions = ", ".join(
            f"{labels.action_kind(a.kind)} ({labels.action_status(a.status)})" for a in goal.actions
        )
        parts = [
            f"{labels.linked_to}: {items}",
            labels.goal_status(goal.status),
            fill(labels.progress, value=goal.progress),
        ]
        if actions:
            parts.append(f"{labels.actions}: {actions}")
        lines.append(f"{fill(labels.goal_number, number=number)}: " + "; ".join(parts))
    lines.append(f"{labels.sessions}: {plan.sessions}")
    lines.append(fill(labels.agreements, open=plan.agreements.open, done=plan.agreements.done))
    talk = plan.talk
    lines.append(
        f"{labels.talk}: {labels.held}: {labels.yes_no(talk.held)}; "
        f"{labels.signed}: {labels.yes_no(talk.signed)}; "
        f"{labels.followed_up}: {labels.yes_no(talk.followed_up)}"
    )
    return lines


def _ratings_lines(
    title: str, ratings: Ratings | None, titles: dict[str, str], labels: HrLabels
) -> list[str]:
    if ratings is None or not ratings.ratings:
        return [f"{title}: {labels.none}"]
    scale = fill(labels.scale, low=ratings.low, high=ratings.high)
    position = {item_id: n for n, item_id in enumerate(titles)}
    rated = sorted(ratings.ratings.items(), key=lambda r: position.get(r[0], -1))
    return [f"{title} ({scale}):"] + [f"  {titles.get(i, i)}: {v}" for i, v in rated]
