"""What every section needs to know while it lays out its part of the document."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ledarplan.domain.entities import (
    AssessmentRound,
    AssessorKind,
    DevelopmentTalk,
    FeedbackRound,
    PlanBundle,
)
from ledarplan.frameworks.schema import FrameworkPack
from ledarplan.pdf.labels import PdfLabels
from ledarplan.pdf.options import PdfOptions
from ledarplan.pdf.styles import Styles

EMPTY = "–"
_ROUND_ORDER = (AssessorKind.SELF, AssessorKind.MANAGER, AssessorKind.OTHER)


@dataclass(frozen=True)
class RenderContext:
    bundle: PlanBundle
    #: The plan's model when it is installed and is the plan's; None: the snapshot alone.
    pack: FrameworkPack | None
    labels: PdfLabels
    options: PdfOptions
    styles: Styles
    width: float  # of the text frame, in points
    today: date

    @property
    def include_private(self) -> bool:
        return self.options.include_private

    def date(self, value: date | None, empty: str = EMPTY) -> str:
        if value is None:
            return empty
        try:
            return value.strftime(self.labels.date_format)
        except (ValueError, TypeError):  # a translation with a pattern the platform refuses
            return value.isoformat()

    def period(self) -> str:
        plan = self.bundle.plan
        if plan.period_start is None and plan.period_end is None:
            return EMPTY
        return f"{self.date(plan.period_start, '')} – {self.date(plan.period_end, '')}".strip()

    def item_label(self, item_id: str) -> str:
        item = self.bundle.plan.snapshot.item(item_id)
        return item.label if item else item_id

    def latest_rounds(self) -> list[AssessmentRound]:
        """The latest round of each assessor: self, manager, other (those that exist)."""
        chosen = []
        for kind in _ROUND_ORDER:
            rounds = [r for r in self.bundle.rounds if r.assessor_kind == kind]
            if rounds:
                chosen.append(max(rounds, key=lambda r: r.date))
        return chosen

    def latest_feedback(self) -> FeedbackRound | None:
        """The newest feedback round with answers (only aggregates: see domain.feedback)."""
        answered = [r for r in self.bundle.feedback if r.results]
        return max(answered, key=lambda r: r.date) if answered else None

    def talks(self) -> list[DevelopmentTalk]:
        """The plan's talks in date order, undated ones (still to be planned) last."""
        return sorted(self.bundle.talks, key=lambda t: (t.date is None, t.date or date.min))

    def latest_talk(self) -> DevelopmentTalk | None:
        dated = [t for t in self.bundle.talks if t.date is not None]
        if dated:
            return max(dated, key=lambda t: t.date or date.min)
        return self.bundle.talks[-1] if self.bundle.talks else None

    def development_activity(self, entry_id: str | None) -> str | None:
        """The title of one of the model's development activities (e.g. a Kalix building block)."""
        if not entry_id or self.pack is None:
            return None
        for section in self.pack.context:
            if section.kind != "development-activities":
                continue
            for entry in section.entries:
                if entry.id == entry_id:
                    return entry.title or entry.text
        return None
