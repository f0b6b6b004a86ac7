"""Small flowables of our own: headings that know their place, the contents slot, a progress bar.

Headings and the contents slot tell the canvas (`PlanCanvas`) where they were drawn; the canvas
adds bookmarks and draws the table of contents once it knows every page, in the same pass.
"""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from ledarplan.pdf.fonts import REGULAR
from ledarplan.pdf.markup import Paragraph, markup
from ledarplan.pdf.styles import ACCENT, INK, RULE, SHADE


class Heading(Paragraph):
    """A section or sub-section heading: an outline entry, and in the contents at level 0.

    Made with `Heading.of`; the constructor keeps Paragraph's signature because a heading too
    long for a page is split by reportlab into new instances of the same class.
    """

    def __init__(self, *args, level: int = 0, key: str | None = None, title: str = "", **kw):
        super().__init__(*args, **kw)
        self.level = level
        self.key = key  # None: a continuation, which is no heading of its own
        self.title = title

    @classmethod
    def of(cls, title: str, style, level: int, key: str) -> Heading:
        return cls(markup(title), style, level=level, key=key, title=title)

    def split(self, available_width: float, available_height: float) -> list:
        parts = super().split(available_width, available_height)
        if parts and isinstance(parts[0], Heading):
            parts[0].level, parts[0].key, parts[0].title = self.level, self.key, self.title
        return parts

    def draw(self) -> None:
        super().draw()
        note = getattr(self.canv, "note_heading", None)
        if note is not None and self.key:
            _, top = self.canv.absolutePosition(0, self.height)
            note(self.level, self.title, self.key, top)


class TocSlot(Flowable):
    """Room on the cover for the table of contents, which the canvas fills in at the end.

    The room is kept whether or not the contents are printed (see `template.TOC_MIN_PAGES`), so
    the decision, taken when the page count is known, never moves anything else.
    """

    LINE = 0.58 * cm
    HEAD = 1.0 * cm

    def __init__(self, entries: int):
        super().__init__()
        self.entries = entries

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.HEAD + self.entries * self.LINE
        return self.width, self.height

    def draw(self) -> None:
        note = getattr(self.canv, "note_toc_slot", None)
        if note is not None:
            left, top = self.canv.absolutePosition(0, self.height)
            note(left, top, self.width)


class ProgressBar(Flowable):
    """A slim horizontal bar with the percentage beside it; readable in black and white."""

    def __init__(self, percent: int, text: str, width: float = 3.2 * cm, height: float = 0.28 * cm):
        super().__init__()
        self.percent = max(0, min(100, int(percent)))
        self.text = text  # e.g. "45 %", as the document's language writes it
        self.bar_width = width
        self.bar_height = height
        self.width = width + 4 + stringWidth(text, REGULAR, 8.5)
        self.height = max(height, 9)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv: Canvas = self.canv
        y = (self.height - self.bar_height) / 2
        canv.saveState()
        canv.setLineWidth(0.5)
        canv.setStrokeColor(RULE)
        canv.setFillColor(SHADE)
        canv.rect(0, y, self.bar_width, self.bar_height, stroke=1, fill=1)
        if self.percent:
            canv.setFillColor(ACCENT)
            canv.rect(0, y, self.bar_width * self.percent / 100, self.bar_height, stroke=0, fill=1)
        canv.setFillColor(INK)
        canv.setFont(REGULAR, 8.5)
        canv.drawString(self.bar_width + 4, y + 0.5, self.text)
        canv.restoreState()


class Rule(Flowable):
    """A thin horizontal line across the frame."""

    def __init__(self, colour: Color = RULE, thickness: float = 0.6, space: float = 4):
        super().__init__()
        self.colour = colour
        self.thickness = thickness
        self.space = space

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.thickness + 2 * self.space

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.space, self.width, self.space)
        self.canv.restoreState()
