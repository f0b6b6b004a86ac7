"""The development plan as a PDF for the development talk and the personnel record.

reportlab only: the package takes domain objects and the labels in the chosen language and
needs no window (see ARCHITECTURE.md).

The labels and options are light; `render_plan_pdf` imports reportlab (a large import) only
when it is first looked up, so the program starts without it and pays for it at the first
export.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ledarplan.pdf.labels import PdfLabels, labels_from
from ledarplan.pdf.options import ALL_SECTIONS, PdfOptions

if TYPE_CHECKING:
    from ledarplan.pdf.document import render_plan_pdf, render_plan_pdf_bytes

__all__ = [
    "ALL_SECTIONS",
    "PdfLabels",
    "PdfOptions",
    "labels_from",
    "render_plan_pdf",
    "render_plan_pdf_bytes",
]

_RENDERERS = ("render_plan_pdf", "render_plan_pdf_bytes")


def __getattr__(name: str) -> Any:
    if name in _RENDERERS:
        from ledarplan.pdf import document  # noqa: PLC0415 - reportlab on first use

        return getattr(document, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
