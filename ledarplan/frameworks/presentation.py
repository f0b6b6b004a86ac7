"""What a leader sees of a model at a role level, independent of how it is shown.

The command line (text and JSON) and the GUI both render from `ModelView`, so they can
never disagree about which expectation belongs to which level.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any

from ledarplan.frameworks.schema import Area, FrameworkPack, Item, Level, Section


class UnknownLevelError(ValueError):
    def __init__(self, pack: FrameworkPack, level_id: str):
        self.pack = pack
        self.level_id = level_id
        if pack.levels:
            known = ", ".join(level.id for level in pack.levels)
            message = f"model '{pack.id}' has no role level '{level_id}' (levels: {known})"
        else:
            message = f"model '{pack.id}' has no role levels"
        super().__init__(message)


@dataclass(frozen=True)
class ItemView:
    item: Item
    #: (level, expectation) for the chosen level, or for every level when none is chosen.
    expectations: tuple[tuple[Level, str], ...]


@dataclass(frozen=True)
class AreaView:
    area: Area
    items: tuple[ItemView, ...]


@dataclass(frozen=True)
class ModelView:
    pack: FrameworkPack
    level: Level | None  # None: every level, labelled

    @property
    def sections(self) -> tuple[Section, ...]:
        return tuple(self.pack.context)

    @property
    def areas(self) -> tuple[AreaView, ...]:
        levels = [self.level] if self.level is not None else list(self.pack.levels)
        return tuple(
            AreaView(
                area,
                tuple(
                    ItemView(
                        item,
                        tuple(
                            (lvl, item.expectations[lvl.id])
                            for lvl in levels
                            if lvl.id in item.expectations
                        ),
                    )
                    for item in area.items
                ),
            )
            for area in self.pack.areas
        )


def find_level(pack: FrameworkPack, level_id: str | None) -> Level | None:
    if level_id is None:
        return None
    for level in pack.levels:
        if level.id == level_id:
            return level
    raise UnknownLevelError(pack, level_id)


def view_for_level(pack: FrameworkPack, level_id: str | None = None) -> ModelView:
    return ModelView(pack, find_level(pack, level_id))


def source_line(pack: FrameworkPack) -> str:
    """'Organisation: Title (year)' — named wherever a model's texts are shown."""
    src = pack.source
    text = f"{src.organisation}: {src.title}"
    if src.year:
        text += f" ({src.year})"
    if src.url:
        text += f", {src.url}"
    return text


# --- plain text and JSON, for the command line -------------------------------------------

_WIDTH = 92


def _wrap(text: str, indent: str = "") -> str:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return "\n\n".join(
        textwrap.fill(
            " ".join(p.split()),
            _WIDTH,
            initial_indent=indent,
            subsequent_indent=indent,
            # Breaking "udefra-ind-perspektiv" at a hyphen would change the quoted text.
            break_on_hyphens=False,
            break_long_words=False,
        )
        for p in paragraphs
    )


def to_text(view: ModelView, labels: dict[str, str]) -> str:
    """Renders a model for a terminal; `labels` holds the few words that are ours."""
    pack = view.pack
    out = [pack.name, f"{labels['source']}: {source_line(pack)}"]
    if view.level is not None:
        out.append(f"{labels['level']}: {view.level.name}")
    elif pack.levels:
        out.append(f"{labels['levels']}: " + ", ".join(lvl.name for lvl in pack.levels))
    for section in view.sections:
        out += ["", f"== {section.title} =="]
        if section.text:
            out.append(_wrap(section.text))
        for entry in section.entries:
            out.append(_bullet(entry.title, entry.text))
    for number, area_view in enumerate(view.areas, start=1):
        area = area_view.area
        out += ["", f"== {number}. {area.title} =="]
        if area.description:
            out.append(_wrap(area.description))
        for item_view in area_view.items:
            item = item_view.item
            out.append(_bullet(item.title, item.text))
            for level, expectation in item_view.expectations:
                out.append(f"  [{level.name}]")
                out.append(_wrap(expectation, "    "))
    return "\n".join(out).strip() + "\n"


def _bullet(title: str | None, text: str | None) -> str:
    """'* Title' with its text indented below, or '* text' when there is no title."""
    if title:
        return f"* {title}" + ("\n" + _wrap(text, "  ") if text else "")
    return "* " + _wrap(text or "", "  ")[2:]


def to_json(view: ModelView) -> dict[str, Any]:
    pack = view.pack
    return {
        "id": pack.id,
        "version": pack.version,
        "language": pack.language,
        "name": pack.name,
        "short_name": pack.short_name,
        "source": pack.source.model_dump(exclude_none=True),
        "levels": [lvl.model_dump(exclude_none=True) for lvl in pack.levels],
        "level": view.level.id if view.level else None,
        "context": [s.model_dump(exclude_none=True) for s in view.sections],
        "areas": [
            {
                "id": av.area.id,
                "title": av.area.title,
                "description": av.area.description,
                "items": [
                    {
                        "id": iv.item.id,
                        "title": iv.item.title,
                        "text": iv.item.text,
                        "expectations": {lvl.id: text for lvl, text in iv.expectations},
                    }
                    for iv in av.items
                ],
            }
            for av in view.areas
        ],
    }
