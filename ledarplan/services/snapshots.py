"""What a plan keeps of its model: item ids with their texts at the time the plan was made."""

from __future__ import annotations

from ledarplan.domain.entities import FrameworkSnapshot, ScalePoint, SnapshotItem
from ledarplan.frameworks.presentation import find_level, source_line
from ledarplan.frameworks.schema import FrameworkPack


def snapshot_for(pack: FrameworkPack, level_id: str | None) -> FrameworkSnapshot:
    """Raises UnknownLevelError when the level is not one of the model's."""
    level = find_level(pack, level_id)
    return FrameworkSnapshot(
        framework_name=pack.name,
        source=source_line(pack),
        level_name=level.name if level else "",
        items=tuple(
            SnapshotItem(
                item_id=item.id,
                area_id=area.id,
                area_title=area.title,
                label=item.label,
                text=item.text or "",
                expectation=item.expectations.get(level.id, "") if level else "",
            )
            for area in pack.areas
            for item in area.items
        ),
        scale=tuple(ScalePoint(a.value, a.label) for a in pack.scale or ()),
    )
