"""The look of the document: page geometry, colours, paragraph and table styles.

Sober and print-friendly: black text on white, one accent colour for headings and rules, light
grey backgrounds for table headings, nothing that needs colour to be understood. Every style
names the embedded font, bullets included, so no standard font sneaks in.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import TableStyle

from ledarplan.pdf.fonts import BOLD, ITALIC, REGULAR

PAGE_SIZES = {"A4": A4, "Letter": LETTER}

MARGIN_X = 2.0 * cm
MARGIN_TOP = 2.3 * cm
MARGIN_BOTTOM = 2.3 * cm

INK = colors.HexColor("#1A1A1A")
ACCENT = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#5A6270")
RULE = colors.HexColor("#B8C2CC")
SHADE = colors.HexColor("#EEF2F6")
SHADE_AREA = colors.HexColor("#DCE5EE")

#: Okabe–Ito colours like the GUI's chart; the series also differ in dash and marker. The
#: rounds come first, then one line per feedback group shown.
SERIES = (
    colors.HexColor("#0072B2"),
    colors.HexColor("#D55E00"),
    colors.HexColor("#009E73"),
    colors.HexColor("#CC79A7"),
    colors.HexColor("#E69F00"),
    colors.HexColor("#56B4E9"),
)

BODY_SIZE = 9.5
CELL_SIZE = 8.8
HEAD_SIZE = CELL_SIZE  # table headings: bold, the same size
CELL_PADDING = 4


def _style(name: str, **kw: object) -> ParagraphStyle:
    if "parent" in kw:  # the parent has the defaults already; only the differences here
        return ParagraphStyle(name, **kw)  # type: ignore[arg-type]
    base: dict[str, object] = {
        "fontName": REGULAR,
        "fontSize": BODY_SIZE,
        "leading": BODY_SIZE * 1.35,
        "textColor": INK,
        "bulletFontName": REGULAR,
        "splitLongWords": 1,
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    quote: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_center: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    cell_small: ParagraphStyle
    bullet: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    h3_table: ParagraphStyle
    label: ParagraphStyle
    note_label: ParagraphStyle
    cover_org: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_name: ParagraphStyle
    cover_role: ParagraphStyle


def make_styles() -> Styles:
    cell = _style("cell", fontSize=CELL_SIZE, leading=CELL_SIZE * 1.32)
    return Styles(
        body=_style("body", spaceAfter=4),
        small=_style("small", fontSize=8, leading=10.5),
        muted=_style("muted", fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=3),
        quote=_style("quote", fontName=ITALIC, leftIndent=10, spaceAfter=4),
        cell=cell,
        cell_bold=_style("cell_bold", parent=cell, fontName=BOLD),
        cell_head=_style("cell_head", parent=cell, fontName=BOLD, textColor=ACCENT),
        cell_head_center=_style(
            "cell_head_center", parent=cell, fontName=BOLD, textColor=ACCENT, alignment=TA_CENTER
        ),
        cell_right=_style("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_center=_style("cell_center", parent=cell, alignment=TA_CENTER),
        cell_small=_style("cell_small", fontSize=7.8, leading=10, textColor=MUTED),
        bullet=_style("bullet", leftIndent=12, bulletIndent=2, spaceAfter=2),
        h1=_style(
            "h1",
            fontName=BOLD,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceBefore=16,
            spaceAfter=8,
            keepWithNext=1,
        ),
        h2=_style(
            "h2",
            fontName=BOLD,
            fontSize=12,
            leading=15,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        ),
        h3=_style(
            "h3",
            fontName=BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=7,
            spaceAfter=3,
            keepWithNext=1,
        ),
        h3_table=_style(
            "h3_table", fontName=BOLD, fontSize=10, leading=13, spaceBefore=7, spaceAfter=3
        ),
        label=_style("label", fontName=BOLD, fontSize=8.5, leading=11, textColor=MUTED),
        note_label=_style(
            "note_label",
            fontName=BOLD,
            fontSize=8.5,
            leading=11,
            textColor=MUTED,
            spaceBefore=6,
            keepWithNext=1,
        ),
        cover_org=_style("cover_org", fontName=BOLD, fontSize=11, leading=14, textColor=MUTED),
        cover_title=_style(
            "cover_title", fontName=BOLD, fontSize=24, leading=29, textColor=ACCENT, spaceAfter=4
        ),
        cover_subtitle=_style(
            "cover_subtitle", fontSize=12, leading=16, textColor=MUTED, spaceAfter=22
        ),
        cover_name=_style("cover_name", fontName=BOLD, fontSize=17, leading=21, spaceAfter=2),
        cover_role=_style("cover_role", fontSize=11, leading=15, textColor=MUTED, spaceAfter=16),
    )


def table_style(commands: list[tuple]) -> TableStyle:
    """A table style that sets the embedded font first: a table's cells default to Helvetica."""
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 8.8), *commands])


def grid_table(header_rows: int = 1, accent: bool = True) -> TableStyle:
    """Thin rules between rows, a shaded heading, text at the top of its cell."""
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (0, 0), (-1, -1), "LEFT"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE))
    if header_rows and accent:
        commands.append(("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT))
    return TableStyle(commands)


def field_table() -> TableStyle:
    """Label/value pairs: labels in a narrow left column, no heading row."""
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), REGULAR, 8.8),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ]
    )
