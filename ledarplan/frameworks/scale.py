"""What the points of a rating scale mean: the model's own anchors, or the program's.

A rating of "3" says nothing unless the scale says what 3 is against the expectation. A model
pack may name its own scale (its texts verbatim, kept in the plan's snapshot); otherwise the
program's own 1–5 scale has short anchors, translated like every text of the program.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ledarplan.domain.entities import FrameworkSnapshot

CONTEXT = "Scale"
DEFAULT_RANGE = (1, 5)


def translate(context: str, text: str) -> str:
    """Marks a text for Qt's lupdate; the caller's translate function translates for real."""
    return text


DEFAULT_ANCHORS = (
    (1, translate("Scale", "Not yet shown")),
    (2, translate("Scale", "Shown now and then")),
    (3, translate("Scale", "Shown in most situations")),
    (4, translate("Scale", "Shown in all situations, also difficult ones")),
    (5, translate("Scale", "A strength others learn from")),
)


def scale_range(snapshot: FrameworkSnapshot) -> tuple[int, int]:
    """The scale a new round of the plan uses: the model's, else the program's 1–5."""
    if snapshot.scale:
        return snapshot.scale[0].value, snapshot.scale[-1].value
    return DEFAULT_RANGE


def translated_defaults(translate_text: Callable[[str, str], str]) -> list[tuple[int, str]]:
    """The program's own anchors in a language (`translate_text(context, text)`)."""
    return [(value, translate_text(CONTEXT, text)) for value, text in DEFAULT_ANCHORS]


def anchors(
    snapshot: FrameworkSnapshot,
    low: int,
    high: int,
    defaults: Sequence[tuple[int, str]],
) -> list[tuple[int, str]]:
    """What the points of a round's scale (`low`–`high`) mean, lowest first: the model's own
    anchors, or `defaults` (the program's, translated) for its own 1–5 scale; none for
    another scale."""
    if snapshot.scale:
        return [(p.value, p.label) for p in snapshot.scale if low <= p.value <= high]
    if (low, high) == DEFAULT_RANGE:
        return list(defaults)
    return []
