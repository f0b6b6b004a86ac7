"""Ids made from names, for the rows whose Id cell HR left empty.

Plans refer to levels, areas and items by id, so an id must not change once leaders use the
model: `to-spreadsheet` writes every id out, and a corrected workbook keeps them.
"""

from __future__ import annotations

import re
import unicodedata

MAX_ID = 64

# Letters that Unicode does not decompose into a base letter and an accent.
_LETTERS = str.maketrans(
    {
        "æ": "ae",
        "ø": "o",
        "œ": "oe",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ŋ": "n",
        "ŧ": "t",
        "ł": "l",
        "ı": "i",
    }
)


def make_id(name: str, *, words: int | None = None) -> str:
    """`Sætter fokus på kerneopgaven` → `saetter-fokus-pa-kerneopgaven` (the built-in packs'
    way); "" when nothing of the name is left. `words` keeps only the first few (a long text
    gives a short id)."""
    if words is not None:
        name = " ".join(name.split()[:words])
    text = name.casefold().translate(_LETTERS)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(slug) > MAX_ID:
        slug = slug[:MAX_ID].rsplit("-", 1)[0] if "-" in slug[:MAX_ID] else slug[:MAX_ID]
    return slug


def unique_id(candidate: str, taken: set[str]) -> str:
    """`candidate`, or `candidate-2`, `-3` … when it is taken; the result is added to `taken`."""
    chosen = candidate
    number = 2
    while chosen in taken:
        suffix = f"-{number}"
        chosen = candidate[: MAX_ID - len(suffix)].rstrip("-") + suffix
        number += 1
    taken.add(chosen)
    return chosen
