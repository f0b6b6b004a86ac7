"""Pages: the frame, the running header and footer, "Page N of M", bookmarks and contents.

The document is laid out in ONE pass. `PlanCanvas` keeps every finished page aside instead of
writing it; when the layout is done it knows the page count and the page of every heading, and
only then draws the header, the footer with "Page N of M", the bookmarks and the table of
contents into the kept pages and writes them. (A two-pass build would lay everything out twice.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import Any

from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from ledarplan.pdf.fonts import BOLD, REGULAR, fit_line, printable
from ledarplan.pdf.labels import PdfLabels, fill
from ledarplan.pdf.styles import ACCENT, INK, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, MUTED, RULE

#: The contents are printed when the document has more pages than this. A plan of up to four
#: pages is read front to back; a longer one (several goals with actions, many sessions) is
#: leafed through in the talk, and HR looks for one part of it. The room for the contents is
#: kept on the cover either way, so deciding after the layout moves nothing.
TOC_MIN_PAGES = 4

_HEADER_SIZE = 7.5
_FOOTER_SIZE = 7
_TOC_SIZE = 10


@dataclass
class PageDecor:
    """What the canvas draws around the frame of every page."""

    labels: PdfLabels
    header_left: str
    header_right: str
    cover: bool  # page 1 is the cover: no running header there
    #: Filled during the layout: (page, top, level, title, key) of every heading.
    headings: list[tuple[int, float, int, str, str]] = field(default_factory=list)
    #: (page, left, top, width) of the room on the cover for the contents.
    toc_slot: tuple[int, float, float, float] | None = None
    pages: int = 0


class PlanCanvas(Canvas):
    def __init__(self, *args: Any, decor: PageDecor, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._kept: list[dict[str, Any]] = []

    # --- notes from the flowables ---------------------------------------------------------

    def note_heading(self, level: int, title: str, key: str, top: float) -> None:
        self._decor.headings.append((self.getPageNumber(), top, level, title, key))

    def note_toc_slot(self, left: float, top: float, width: float) -> None:
        self._decor.toc_slot = (self.getPageNumber(), left, top, width)

    # --- pages ------------------------------------------------------------------------------

    def showPage(self) -> None:
        self._kept.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        decor = self._decor
        decor.pages = len(self._kept)
        last_level = -1
        for state in self._kept:
            self.__dict__.update(state)
            page = self.getPageNumber()
            last_level = self._bookmarks(page, last_level)
            self._decorate(page)
            if decor.toc_slot and decor.toc_slot[0] == page:
                self._contents()
            super().showPage()
        super().save()

    def _bookmarks(self, page: int, last_level: int) -> int:
        for on_page, top, wanted, title, key in self._decor.headings:
            if on_page != page:
                continue
            level = min(wanted, last_level + 1)  # an outline may not skip a level
            self.bookmarkPage(key, fit="XYZ", top=top + 6, left=0)
            self.addOutlineEntry(printable(title), key, level=level)
            last_level = level
        return last_level

    def _decorate(self, page: int) -> None:
        decor = self._decor
        width, height = self._pagesize
        right = width - MARGIN_X
        self.saveState()
        if page > 1 or not decor.cover:
            y = height - MARGIN_TOP + 0.75 * cm
            self.setFont(REGULAR, _HEADER_SIZE)
            self.setFillColor(MUTED)
            right_text = fit_line(decor.header_right, REGULAR, _HEADER_SIZE, (right - MARGIN_X) / 3)
            right_width = stringWidth(right_text, REGULAR, _HEADER_SIZE)
            left_room = right - MARGIN_X - right_width - 12
            self.drawString(
                MARGIN_X, y, fit_line(decor.header_left, REGULAR, _HEADER_SIZE, left_room)
            )
            self.drawRightString(right, y, right_text)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, y - 4, right, y - 4)
        number = fill(decor.labels.page_of, page=page, pages=decor.pages)
        number = printable(number)
        self.setFont(REGULAR, _FOOTER_SIZE + 0.5)
        self.setFillColor(INK)
        number_width = stringWidth(number, REGULAR, _FOOTER_SIZE + 0.5)
        y = MARGIN_BOTTOM - 0.9 * cm
        self.drawRightString(right, y, number)
        note_width = right - MARGIN_X - number_width - 18
        lines = simpleSplit(printable(decor.labels.confidential), REGULAR, _FOOTER_SIZE, note_width)
        self.setFont(REGULAR, _FOOTER_SIZE)
        self.setFillColor(MUTED)
        for index, line in enumerate(lines[:3]):
            self.drawString(MARGIN_X, y - index * (_FOOTER_SIZE + 1.5), line)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, y + _FOOTER_SIZE + 4, right, y + _FOOTER_SIZE + 4)
        self.restoreState()

    def _contents(self) -> None:
        decor = self._decor
        if decor.pages <= TOC_MIN_PAGES or decor.toc_slot is None:
            return
        _, left, top, width = decor.toc_slot
        entries = [h for h in decor.headings if h[2] == 0]
        if not entries:
            return
        self.saveState()
        self.setFont(BOLD, 12)
        self.setFillColor(ACCENT)
        y = top - 14
        self.drawString(left, y, printable(decor.labels.contents))
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(left, y - 6, left + width, y - 6)
        y -= 0.5 * cm + 10
        for page, _, _, title, key in entries:
            number = str(page)
            number_width = stringWidth(number, REGULAR, _TOC_SIZE)
            text = fit_line(printable(title), REGULAR, _TOC_SIZE, width - number_width - 40)
            text_width = stringWidth(text, REGULAR, _TOC_SIZE)
            self.setFillColor(INK)
            self.setFont(REGULAR, _TOC_SIZE)
            self.drawString(left, y, text)
            self.drawRightString(left + width, y, number)
            self._leader(left + text_width + 6, left + width - number_width - 6, y)
            self.linkAbsolute("", key, Rect=(left, y - 3, left + width, y + _TOC_SIZE), thickness=0)
            y -= 0.58 * cm
        self.restoreState()

    def _leader(self, start: float, end: float, y: float) -> None:
        if end - start < 12:
            return
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.8)
        self.setDash(1, 3)
        self.line(start, y + 1, end, y + 1)
        self.restoreState()


class PlanDocTemplate(BaseDocTemplate):
    def __init__(self, target: Any, pagesize: tuple[float, float], **metadata: Any):
        super().__init__(
            target,
            pagesize=pagesize,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            initialFontName=REGULAR,
            initialFontSize=9.5,
            creator="ledarplan",
            displayDocTitle=1,
            **metadata,
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def build_with(self, story: list, decor: PageDecor) -> None:
        self.build(story, canvasmaker=partial(PlanCanvas, decor=decor))
