"""The shape of a leadership-model pack (a "framework pack").

The program knows only this shape, never the content: every model's texts live in a data
file (YAML) that HR can read and edit. Pydantic checks a loaded document against it.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

#: Format version of the pack files this program reads.
PACK_FORMAT = 1

# Limits keep a hostile or broken file from exhausting memory or the UI.
MAX_TEXT = 20_000
MAX_SHORT = 300
MAX_LEVELS = 12
MAX_SECTIONS = 50
MAX_ENTRIES = 200
MAX_AREAS = 60
MAX_ITEMS_PER_AREA = 100

Id = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", min_length=1, max_length=64),
]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TEXT)]
ShortText = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_SHORT)
]
Language = Literal["da", "sv", "nb", "nn", "fi", "en"]

#: What a context section is. Later features look sections up by kind (e.g. the talk
#: preparation offers the "talk-questions" section, actions offer "development-activities").
SectionKind = Literal[
    "introduction",  # framing text of the model
    "vision",
    "values",
    "cornerstones",  # hjørneflag / hörnstenar / core components
    "intentions",
    "general-expectations",  # expectations of every leader, whatever the level
    "reflection-factors",
    "talk-questions",  # questions every (development) talk must answer
    "conversation-topics",
    "conversation-cards",  # themes for the talk that each party picks from (LUS cards)
    "common-themes",  # themes discussed in every talk, in both preparations (LUS)
    "agreement-content",  # what a joint agreement should contain
    "development-activities",  # ready activities (e.g. Kalix byggklossar)
    "learning-cycle",  # e.g. Kolb's learning cycle
    "other",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Strict):
    """Where the texts come from; shown wherever the texts are shown."""

    organisation: ShortText
    title: ShortText
    year: int | None = Field(default=None, ge=1900, le=2200)
    url: ShortText | None = None
    pages: ShortText | None = None
    note: Text | None = None


class Level(_Strict):
    id: Id
    name: ShortText
    description: Text | None = None


class Entry(_Strict):
    """One entry of a context section: a value, a cornerstone, a question, an activity …"""

    id: Id | None = None
    title: ShortText | None = None
    text: Text | None = None

    @model_validator(mode="after")
    def _has_words(self) -> Entry:
        if self.title is None and self.text is None:
            raise ValueError("an entry needs a title or a text")
        return self


class Section(_Strict):
    id: Id
    kind: SectionKind
    title: ShortText
    text: Text | None = None
    entries: list[Entry] = Field(default_factory=list, max_length=MAX_ENTRIES)


class Item(_Strict):
    """Something a leader can assess and set goals against."""

    id: Id
    title: ShortText | None = None
    text: Text | None = None
    #: level id -> what is expected at that level (models with role levels only).
    expectations: dict[Id, Text] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _has_words(self) -> Item:
        if self.title is None and self.text is None and not self.expectations:
            raise ValueError("an item needs a title, a text or expectations")
        return self

    @property
    def label(self) -> str:
        """A one-line name for lists and charts."""
        return self.title or (self.text or "").split("\n", 1)[0]


class Area(_Strict):
    id: Id
    title: ShortText
    description: Text | None = None
    items: list[Item] = Field(min_length=1, max_length=MAX_ITEMS_PER_AREA)


class ScaleAnchor(_Strict):
    """What one point of the rating scale means, in the model's words."""

    value: int = Field(ge=0, le=10)
    label: ShortText


def _scale_ok(anchors: list[ScaleAnchor]) -> list[ScaleAnchor]:
    values = [a.value for a in anchors]
    if len(set(values)) != len(values):
        raise ValueError("a point of the scale has two anchors")
    return sorted(anchors, key=lambda a: a.value)


#: The model's own rating scale: what its points mean, from the lowest to the highest (both
#: named, so a legend can say what the ends mean). Without one, the program's own 1–5 scale.
Scale = Annotated[list[ScaleAnchor], Field(min_length=2, max_length=11), AfterValidator(_scale_ok)]


class FrameworkPack(_Strict):
    format: Literal[1] = PACK_FORMAT
    id: Id
    version: ShortText
    language: Language
    name: ShortText
    short_name: ShortText | None = None
    source: Source
    levels: list[Level] = Field(default_factory=list, max_length=MAX_LEVELS)
    context: list[Section] = Field(default_factory=list, max_length=MAX_SECTIONS)
    scale: Scale | None = None
    areas: list[Area] = Field(min_length=1, max_length=MAX_AREAS)
