"""User and model text made safe for reportlab's paragraph markup.

Everything a person typed or a model pack holds goes through `markup` before it becomes a
Paragraph: `<`, `>` and `&` are escaped (so `<b>` prints as written and an unclosed `<para`
cannot break the document), control characters are dropped, characters the font lacks are
replaced, and newlines become line breaks. Words longer than a line (a pasted URL) are split by
reportlab itself at the column's edge (`splitLongWords`), which inserts nothing into the text,
so the words stay searchable and copyable.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph as ReportlabParagraph

from ledarplan.pdf.fonts import printable

#: What reportlab returns for a width too narrow for any text.
_NO_ROOM = 0x7FFFFFFF


class Paragraph(ReportlabParagraph):
    """reportlab's Paragraph, whose lines are broken once per width.

    reportlab lays a paragraph out again every time it asks for its size: twice in every table
    cell (to size the row, then to draw it) and twice in every block kept together (to see
    whether the block fits, then to place it). The lines depend on the width alone, so the
    layout made for a width is kept and reused while the width stays the same. Parts made by
    `split` are new paragraphs and are laid out afresh; a refused split drops the layout
    (`blPara`), and then it is made again.
    """

    _laid_out_for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth == self._laid_out_for and "blPara" in self.__dict__:
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._laid_out_for = availWidth if height != _NO_ROOM else None
        return width, height


_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def markup(text: str | None) -> str:
    """Paragraph markup that prints `text` literally, its line breaks kept."""
    if not text:
        return ""
    safe = escape(printable(normalise_newlines(text)))
    lines = [line.strip() for line in safe.split("\n")]
    return "<br/>".join(lines).strip()


def paragraphs(text: str | None, style: ParagraphStyle) -> list[Paragraph]:
    """`text` as one Paragraph per blank-line-separated block, so long notes flow over pages."""
    if not text or not text.strip():
        return []
    blocks = _BLANK_LINES.split(normalise_newlines(text).strip())
    return [Paragraph(markup(block), style) for block in blocks if block.strip()]


def para(text: str | None, style: ParagraphStyle) -> Paragraph:
    """One Paragraph (for table cells), empty when there is no text."""
    return Paragraph(markup(text), style)


def labelled(label: str, text: str | None, style: ParagraphStyle) -> Paragraph:
    """'<b>label:</b> text' where the label is ours and the text is the user's."""
    return Paragraph(f"<b>{markup(label)}:</b> {markup(text)}", style)


def shorten(text: str, limit: int) -> str:
    """The first sentences of `text` up to about `limit` characters, or a cut with an ellipsis.

    For the model's context, which the document shows only in brief.
    """
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = ""
    for match in _SENTENCE_END.finditer(flat):
        if match.start() > limit:
            break
        cut = flat[: match.start()]
    if len(cut) >= limit // 3:
        return cut
    head = flat[:limit].rsplit(" ", 1)[0] if " " in flat[:limit] else flat[:limit]
    return head.rstrip(",;:–- ") + " …"
