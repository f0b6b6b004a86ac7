"""Rendering a plan in a test and reading the PDF's text back (pypdf)."""

from __future__ import annotations

import io
import re
from datetime import date

import pypdf

from ledarplan.pdf import PdfLabels, PdfOptions, render_plan_pdf_bytes

TODAY = date(2025, 3, 10)
MODELS = ("holstebro", "huddinge", "hjo", "kalix", "skr")


def render(bundle, pack, **options) -> bytes:
    labels = options.pop("labels", PdfLabels())
    options.setdefault("generated_on", TODAY)
    return render_plan_pdf_bytes(bundle, pack, labels, PdfOptions(**options))


def reader(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def normalise(text: str) -> str:
    """Text as words: line breaks and runs of spaces are one space, a hyphen at a line's end
    joins, and the invisible characters a layout may add are gone."""
    text = text.replace("\u00ad", "").replace("\u200b", "")
    text = " ".join(text.split())
    return re.sub(r"-\s+", "-", text)


def pdf_text(data: bytes) -> str:
    return normalise("\n".join(page.extract_text() or "" for page in reader(data).pages))


def page_texts(data: bytes) -> list[str]:
    return [normalise(page.extract_text() or "") for page in reader(data).pages]


def page_bodies(data: bytes, header: str) -> list[str]:
    """The text of each page without the running header and footer (drawn last, so they come
    last in the page's text); `header` is the start of the running header."""
    bodies = []
    for number, text in enumerate(page_texts(data), 1):
        cut = text.rfind(normalise(header)) if number > 1 else -1
        if cut < 0:
            cut = text.rfind(f"Page {number} of")
        bodies.append(text[:cut] if cut >= 0 else text)
    return bodies
