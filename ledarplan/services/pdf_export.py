"""Writing plans as PDF files: one plan, or several (the team's, every stored plan) into a folder.

The labels come from the caller (the translations need QtCore, which the services do not
import); reportlab is imported at the first export, not at start.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ledarplan.domain.entities import Plan
from ledarplan.domain.errors import DomainError, NotFoundError
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.pdf.labels import PdfLabels
from ledarplan.pdf.options import PdfOptions
from ledarplan.services.errors import FileWriteError
from ledarplan.services.plans import PlanService

# What Windows, macOS and Linux refuse in a file name, and control characters.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def plan_file_stem(person_name: str, plan: Plan) -> str:
    """A readable, safe name for a plan's files: 'Mette Kjær Sørensen – Min plan'."""
    title = plan.title or plan.snapshot.framework_name or plan.framework_id
    name = f"{person_name} – {title}" if title else person_name
    return _UNSAFE.sub("_", name).strip(" .") or "plan"


class PdfExportService:
    def __init__(self, plans: PlanService, catalog: FrameworkCatalog):
        self._plans = plans
        self._catalog = catalog

    def export(self, plan_id: str, out: Path, labels: PdfLabels, options: PdfOptions) -> Path:
        """Writes the plan's PDF to `out` whole or not at all (an earlier file stays as it was
        when the disk is full or the folder read-only: then `FileWriteError`)."""
        from ledarplan.pdf import render_plan_pdf  # noqa: PLC0415 - reportlab on first use

        bundle = self._plans.bundle(plan_id)
        pack = self._catalog.get(bundle.plan.framework_id)
        try:
            render_plan_pdf(bundle, pack, labels, options, out)
        except OSError as exc:
            raise FileWriteError(out, exc) from exc
        return out

    def export_all(
        self, out_dir: Path, labels: PdfLabels, options: PdfOptions
    ) -> Iterator[PdfOutcome]:
        """One PDF per stored plan in `out_dir` (see `export_many`)."""
        plan_ids = [summary.plan.id for summary in self._plans.list(counts=False)]
        return self.export_many(plan_ids, out_dir, labels, options)

    def export_many(
        self, plan_ids: Iterable[str], out_dir: Path, labels: PdfLabels, options: PdfOptions
    ) -> Iterator[PdfOutcome]:
        """One PDF per plan in `out_dir`, named after the person and the plan (two plans of
        the same name get ' (2)', ' (3)' …); yields each plan's outcome once it is done. A plan
        that cannot be written (a full disk, a file open elsewhere, a plan deleted meanwhile)
        is named with the reason and the rest go on; a folder that cannot be made stops all
        (`FileWriteError`, before the first plan)."""
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise FileWriteError(out_dir, exc) from exc
        wanted = list(dict.fromkeys(plan_ids))
        summaries = {s.plan.id: s for s in self._plans.list(counts=False)}
        taken: set[str] = set()
        for plan_id in wanted:
            summary = summaries.get(plan_id)
            if summary is None:
                gone = NotFoundError("plan", plan_id)  # deleted since it was chosen
                yield PdfOutcome(plan_id, "", "", None, str(gone), gone)
                continue
            stem = plan_file_stem(summary.person.name, summary.plan)
            name, number = stem, 1
            while name.casefold() in taken:
                number += 1
                name = f"{stem} ({number})"
            taken.add(name.casefold())
            title = summary.plan.title or summary.plan.snapshot.framework_name
            out = out_dir / f"{name}.pdf"
            try:
                self.export(plan_id, out, labels, options)
            except DomainError as exc:
                yield PdfOutcome(plan_id, summary.person.name, title, out, str(exc), exc)
            else:
                yield PdfOutcome(plan_id, summary.person.name, title, out)


@dataclass(frozen=True)
class PdfOutcome:
    """What became of one plan's PDF in an export of several."""

    plan_id: str
    person: str
    title: str
    path: Path | None  # the file written, or the one that could not be
    problem: str = ""  # why it could not be written; empty when it was
    error: DomainError | None = None  # the same, for a caller who explains it in its words

    @property
    def written(self) -> bool:
        return not self.problem
