"""The development plan as a PDF for the development talk and the personnel record.

reportlab only: the package takes domain objects and the labels in the chosen language and
needs no window (see ARCHITECTURE.md).
"""

from ledarplan.pdf.document import render_plan_pdf, render_plan_pdf_bytes
from ledarplan.pdf.labels import PdfLabels, labels_from
from ledarplan.pdf.options import ALL_SECTIONS, PdfOptions

__all__ = [
    "ALL_SECTIONS",
    "PdfLabels",
    "PdfOptions",
    "labels_from",
    "render_plan_pdf",
    "render_plan_pdf_bytes",
]
