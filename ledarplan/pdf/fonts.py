"""The embedded font family: DejaVu Sans, which covers the Nordic letters and much more.

Every text of the document is set in it, including the canvas's initial font, so that the file
names no standard PDF font (Helvetica) that a printer or archive would have to substitute.
Registration is global to reportlab and done once, on first use, never at import time.
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from ledarplan.paths import resources_dir

REGULAR = "LedarplanSans"
BOLD = "LedarplanSans-Bold"
ITALIC = "LedarplanSans-Italic"
BOLD_ITALIC = "LedarplanSans-BoldItalic"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
#: What stands in for a character the font has no glyph for (emoji, rare scripts).
REPLACEMENT = "\N{REPLACEMENT CHARACTER}"

_lock = threading.Lock()


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Registers the family with reportlab (once; later calls return at once)."""
    _register(fonts_dir())


@cache
def _register(directory: Path) -> None:
    with _lock:
        for name, file in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(directory / file)))
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        # <b> and <i> in paragraph markup look the family up through these mappings.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)


@cache
def covered() -> frozenset[int]:
    """The code points the regular face has glyphs for."""
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    return frozenset(font.face.charToGlyph)


@cache
def _kept_as_is() -> frozenset[str]:
    """The characters `printable` keeps unchanged."""
    return frozenset(
        chr(code)
        for code in covered()
        if code <= 0xFFFF
        and not (code < 0x20 or 0x7F <= code < 0xA0 or 0xD800 <= code < 0xE000)
        and not (0xFE00 <= code <= 0xFE0F or code == 0x200D)
    ) | {"\n", "\t"}


def printable(text: str) -> str:
    """`text` with control characters dropped and unknown characters replaced.

    Characters beyond the font would print as empty boxes. Characters outside the Basic
    Multilingual Plane (emoji such as U+1F600, which DejaVu does draw) are replaced too:
    reportlab writes them into the font's ToUnicode map as five hex digits, which PDF readers
    reject, and that would make the text around them unsearchable.
    """
    if _kept_as_is().issuperset(text):  # nearly every text: one pass in C, nothing to change
        return text
    known = covered()
    out = []
    for char in text:
        code = ord(char)
        if char in "\n\t":
            out.append(char)
        elif code < 0x20 or 0x7F <= code < 0xA0 or 0xD800 <= code < 0xE000:
            continue  # control characters and lone surrogates
        elif code in known and code <= 0xFFFF:
            out.append(char)
        elif 0xFE00 <= code <= 0xFE0F or code in (0x200D,):  # variation selectors, joiners
            continue
        else:
            out.append(REPLACEMENT)
    return "".join(out)


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """`text` on one line of `width` points, cut with an ellipsis when longer."""
    text = " ".join(printable(text).split())
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, min(len(text), int(width))  # no glyph is narrower than a point at this size
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"
