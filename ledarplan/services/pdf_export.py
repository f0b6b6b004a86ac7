"""Writing plans as PDF files: one plan, or every stored plan into a folder.

The labels come from the caller (the translations need QtCore, which the services do not
import); reportlab is imported at the first export, not at start.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ledarplan.domain.entities import Plan
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

    def export_all(self, out_dir: Path, labels: PdfLabels, options: PdfOptions) -> Iterator[Path]:
        """One PDF per stored plan in `out_dir`, named after the person and the plan (two
        plans of the same name get ' (2)', ' (3)' …); yields each file once it is written."""
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise FileWriteError(out_dir, exc) from exc
        taken: set[str] = set()
        for summary in self._plans.list(counts=False):
            stem = plan_file_stem(summary.person.name, summary.plan)
            name, number = stem, 1
            while name.casefold() in taken:
                number += 1
                name = f"{stem} ({number})"
            taken.add(name.casefold())
            yield self.export(summary.plan.id, out_dir / f"{name}.pdf", labels, options)
