"""Reading the source documents the way a person reads them.

The seeds are text extractions of PDFs: line breaks, hyphenation across lines and page
breaks are artefacts. These helpers undo exactly those, so that a pack text can be compared
word for word with the document it claims to quote.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

SOURCES = Path(__file__).resolve().parent.parent / "data" / "sources"

FILES = {
    "huddinge": "000_f892b718a44e4960.txt",
    "hjo": "001_c1fd13be7aaee686.txt",
    "kalix": "002_e62485bee82c556f.txt",
    "holstebro": "003_923226dfa584a942.txt",
    "skr": "004_8b87850f2c52e9cd.txt",
}

_LOWER = "a-zæøåäöéü"
_UPPER = "A-ZÆØÅÄÖÉÜ"


def raw_source(model_id: str) -> str:
    return (SOURCES / FILES[model_id]).read_text(encoding="utf-8")


def normalize(text: str) -> str:
    """Join words hyphenated across lines and collapse all whitespace.

    "forvalt-\\nningen" becomes "forvaltningen"; "VI-\\nVI" keeps its hyphen ("VI-VI")
    because the next word starts with a capital letter.
    """
    text = text.replace("\u00ad", "")  # soft hyphens
    text = text.replace("\f", " ")
    text = re.sub(r"\*\*|__|<b>|</b>|(?<!\w)\*|\*(?!\w)", "", text)  # markdown/HTML emphasis
    text = re.sub(rf"(?<=[{_LOWER}])-[ \t]*\n\s*(?=[{_LOWER}])", "", text)
    text = re.sub(rf"-[ \t]*\n\s*(?=[{_UPPER}0-9])", "-", text)
    return re.sub(r"\s+", " ", text).strip()


@cache
def source(model_id: str) -> str:
    """The whole source document of a model, normalised."""
    return normalize(raw_source(model_id))


def in_source(model_id: str, text: str) -> bool:
    """True when `text` occurs word for word (after normalisation) in the model's source."""
    return normalize(text) in source(model_id)
