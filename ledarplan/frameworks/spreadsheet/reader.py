"""Reads a filled-in model workbook into a validated `FrameworkPack`.

Every problem names its sheet and cell (`Expectations!D1`, `Items!B7`), and all of them are
collected before anything is refused, as the pack loader does. Texts are taken as typed: only
spaces around a text are removed (and a note says so), never anything inside it. Names refer
to each other (an item's area, an expectation's item and level, an entry's section) by the
name as typed elsewhere, case and spacing aside, or by the id.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from ledarplan.frameworks.loader import check_references, validation_message
from ledarplan.frameworks.schema import (
    MAX_AREAS,
    MAX_ITEMS_PER_AREA,
    MAX_LEVELS,
    MAX_SHORT,
    FrameworkPack,
)
from ledarplan.frameworks.spreadsheet import layout
from ledarplan.frameworks.spreadsheet.context import ContextSheets
from ledarplan.frameworks.spreadsheet.ids import make_id
from ledarplan.frameworks.spreadsheet.layout import ModelField, normalise
from ledarplan.frameworks.spreadsheet.rules import (
    ID_PATTERN,
    KINDS,
    LANGUAGES,
    Place,
    Thing,
    match_things,
    name_list,
)
from ledarplan.frameworks.spreadsheet.sheets import Row, SheetReader, Table

__all__ = ["KINDS", "LANGUAGES", "WorkbookReader"]


class WorkbookReader(ContextSheets):
    """Reads the sheets in order (model, levels, areas and items, expectations, context,
    scale) and validates the pack they make, every problem put back in its cell."""

    # --- the whole workbook -------------------------------------------------------------

    def read(self) -> FrameworkPack | None:
        """The pack, or None with `problems` saying why."""
        tables = SheetReader(self._workbook, self._found).tables()
        if self.problems:
            # The sheets, headings and cells first: what they say is read once they are right
            # (an unreadable cell would be taken for an empty one, and the rest follow from it).
            return None
        document = self._model(tables["model"])
        levels = self._levels(tables.get("levels"))
        areas = self._areas(tables.get("areas"), tables.get("items"))
        self._expectations(tables.get("expectations"), levels, areas)
        sections = self._sections(tables, document.get("language"))
        scale = self._scale(tables.get("scale"))
        if self.problems:
            return None
        document["levels"] = [lvl.data for lvl in levels]
        document["context"] = [s.data for s in sections]
        document["areas"] = [a.data for a in areas]
        if scale:
            document["scale"] = scale
        return self._validate(document)

    def _validate(self, document: dict[str, Any]) -> FrameworkPack | None:
        """The schema's own checks, as every pack gets them, each put back in its cell."""
        try:
            pack = FrameworkPack.model_validate(document)
        except ValidationError as exc:
            for err in exc.errors():
                message, loc, _shown = validation_message(err)
                self._problem(message, *self._place(loc))
            return None
        for problem in check_references(pack):
            loc = tuple(
                int(p[1:-1]) if p.startswith("[") else p
                for p in problem.path.replace("[", ".[").split(".")
                if p
            )
            self._problem(problem.message, *self._place(loc))
        return None if self.problems else pack

    # --- the Model sheet ----------------------------------------------------------------

    def _model(self, table: Table) -> dict[str, Any]:
        typed = self._model_rows(table)
        document: dict[str, Any] = {"format": 1}
        source: dict[str, Any] = {}
        for spec in layout.MODEL_FIELDS:
            if spec.key not in typed:
                if spec.required:
                    self._problem(
                        f"the row '{spec.names.en}' is missing (its name goes in column A; in "
                        f"Swedish '{spec.names.sv}', in Danish '{spec.names.da}')",
                        table,
                        "A:A",
                    )
                continue
            where = (table.name, typed[spec.key][0])
            value = self._model_value(spec, typed[spec.key][1], where)
            if value is None:
                continue
            if spec.key.startswith("source."):
                source[spec.key.removeprefix("source.")] = value
                self._where[("source", spec.key.removeprefix("source."))] = where
            else:
                document[spec.key] = value
                self._where[(spec.key,)] = where
        if "id" not in document:
            made = make_id(document.get("short_name") or document.get("name") or "", words=8)
            document["id"] = made or "model"
        order = ("format", "id", "version", "language", "name", "short_name")
        ordered = {k: document[k] for k in order if k in document}
        ordered["source"] = source
        return ordered

    def _model_rows(self, table: Table) -> dict[str, tuple[str, str | None]]:
        """field key -> (the value's cell, the value) for each row of the Model sheet."""
        fields = {normalise(n): f for f in layout.MODEL_FIELDS for n in f.names.all()}
        typed: dict[str, tuple[str, str | None]] = {}
        labels: dict[str, str] = {}
        for row in table.rows:
            label = row.text("field")
            if label is None:
                if row.text("value") is not None:
                    self._problem("a value without a field name", table, row.ref("field"))
                continue
            spec = fields.get(normalise(label))
            if spec is None:
                known = ", ".join(f.names.en for f in layout.MODEL_FIELDS)
                self._problem(f"unknown field '{label}' (fields: {known})", table, row.ref("field"))
            elif spec.key in labels:
                self._problem(
                    f"the field '{label}' is there twice (also {table.name}!{labels[spec.key]})",
                    table,
                    row.ref("field"),
                )
            else:
                labels[spec.key] = row.ref("field")
                typed[spec.key] = (row.ref("value"), row.text("value"))
        return typed

    def _model_value(self, spec: ModelField, value: str | None, where: Place) -> Any:
        if value is None:
            if spec.required:
                self._problem(f"empty {spec.names.en.lower()}", *where)
            return None
        if spec.key == "language":
            return self._language(value, where)
        if spec.key == "source.year":
            if re.fullmatch(r"\d{4}", value) and 1900 <= int(value) <= 2200:
                return int(value)
            self._problem(f"'{value}' is not a year (four digits, e.g. 2021)", *where)
            return None
        if spec.key == "id" and not ID_PATTERN.match(value):
            self._problem(
                f"'{value}' is not a valid id (lower-case letters a-z, digits and single "
                "hyphens, e.g. 'holstebro'); or leave it empty to have one made from the short "
                "name",
                *where,
            )
            return None
        if spec.key != "source.note" and len(value) > MAX_SHORT:
            self._problem(
                f"the text is too long ({len(value)} characters; at most {MAX_SHORT})", *where
            )
            return None
        return value

    def _language(self, value: str, where: Place) -> str | None:
        norm = normalise(value)
        for code, words in layout.LANGUAGE_WORDS.items():
            if norm == code or norm in words:
                return code
        self._problem(
            f"'{value}' is not a language ledarplan knows (sv, da, nb, nn, fi or en)", *where
        )
        return None

    # --- levels, areas, items -------------------------------------------------------------

    def _levels(self, table: Table | None) -> list[Thing]:
        if table is None:
            return []
        levels = []
        for row in table.rows:
            name = self._short(table, row, "name", "level's name")
            if name is None:
                self._problem("empty level name", table, row.ref("name"))
                continue
            levels.append(self._thing(table, row, name))
        self._too_many(levels, MAX_LEVELS, "role levels", table, "name")
        self._give_ids(levels, "level")
        self._no_two_alike(levels, "levels", "name")
        for index, level in enumerate(levels):
            level.data = {"id": level.ident, "name": level.name}
            if level.row.text("description") is not None:
                level.data["description"] = level.row.text("description")
            columns = {"name": "name", "id": "id", "description": "description"}
            self._record(("levels", index), table, level.row, columns)
        return levels

    def _areas(self, areas_table: Table | None, items_table: Table | None) -> list[Thing]:
        if areas_table is None or items_table is None:
            return []
        areas = []
        for row in areas_table.rows:
            name = self._short(areas_table, row, "area", "area's name")
            if name is None:
                self._problem("empty area name", areas_table, row.ref("area"))
                continue
            areas.append(self._thing(areas_table, row, name))
        if not areas:
            self._problem("no areas: a model needs at least one area, with its items", areas_table)
        self._too_many(areas, MAX_AREAS, "areas", areas_table, "area")
        self._give_ids(areas, "area")
        self._no_two_alike(areas, "areas", "area")
        self._items(items_table, areas)
        for index, area in enumerate(areas):
            self._area_document(index, area)
        return areas

    def _items(self, table: Table, areas: list[Thing]) -> None:
        current: Thing | None = None
        for row in table.rows:
            typed_area = row.text("area")
            if typed_area is not None:
                current = self._area_named(areas, typed_area, table, row)
                if current is None:
                    current = Thing(typed_area, row, table, stand_in=True)
                    continue
            elif current is None:
                self._problem(
                    "empty area name: the first item needs its area (the rows below it may "
                    "leave the area empty to mean the same area)",
                    table,
                    row.ref("area"),
                )
                continue
            name = self._short(table, row, "item", "item's name")
            if row.text("item") is None and row.text("description") is None:
                self._problem(
                    "empty item name (an item needs a name, a description, or both)",
                    table,
                    row.ref("item"),
                )
                continue
            current.children.append(self._thing(table, row, name))
        for area in areas:
            if not area.children:
                self._problem(
                    f"the area '{area.name}' has no items in the {table.name} sheet",
                    area.table,
                    area.row.ref("area"),
                )
            self._too_many(
                area.children, MAX_ITEMS_PER_AREA, f"items in '{area.name}'", table, "item"
            )
            self._no_two_alike(area.children, f"items in the area '{area.name}'", "item")
        # Item ids are unique in the whole model; a nameless item's id comes from its text.
        self._give_ids(
            [item for area in areas for item in area.children],
            "item",
            lambda t: t.name or t.row.text("description") or "",
        )

    def _area_named(self, areas: list[Thing], typed: str, table: Table, row: Row):
        return self._one(areas, typed, "area", "Areas", (table, row, "area"))

    def _area_document(self, index: int, area: Thing) -> None:
        area.data = {"id": area.ident, "title": area.name}
        if area.row.text("description") is not None:
            area.data["description"] = area.row.text("description")
        columns = {"title": "area", "id": "id", "description": "description"}
        self._record(("areas", index), area.table, area.row, columns)
        area.data["items"] = []
        for number, item in enumerate(area.children):
            item.data = {"id": item.ident}
            if item.name is not None:
                item.data["title"] = item.name
            if item.row.text("description") is not None:
                item.data["text"] = item.row.text("description")
            area.data["items"].append(item.data)
            columns = {"title": "item", "id": "id", "text": "description"}
            self._record(("areas", index, "items", number), item.table, item.row, columns)

    # --- the Expectations sheet -----------------------------------------------------------

    def _expectations(self, table: Table | None, levels: list[Thing], areas: list[Thing]) -> None:
        if table is None:
            return
        level_of = self._level_columns(table, levels)
        done: dict[int, Row] = {}
        current: Thing | None = None
        for row in table.rows:
            typed_area = row.text("area")
            if typed_area is not None:
                current = self._area_named(areas, typed_area, table, row)
                if current is None:
                    current = Thing(typed_area, row, table, stand_in=True)
            if current is not None and current.stand_in:
                continue
            item = self._expectation_item(table, row, areas, current)
            if item is None:
                continue
            if id(item) in done:
                self._problem(
                    f"the item '{row.text('item')}' has a row already ({table.name}!"
                    f"{done[id(item)].ref('item')})",
                    table,
                    row.ref("item"),
                )
                continue
            done[id(item)] = row
            typed = {
                level_of[column]: (ref, text)
                for column, (ref, text) in row.others.items()
                if column in level_of
            }
            if typed:
                item.data["expectations"] = {
                    lvl.ident: typed[lvl.ident][1] for lvl in levels if lvl.ident in typed
                }
                self._record_expectations(areas, item, {k: v[0] for k, v in typed.items()}, table)

    def _level_columns(self, table: Table, levels: list[Thing]) -> dict[int, str]:
        """column -> level id, from the headings after Area and Item."""
        level_of: dict[int, str] = {}
        seen: dict[str, str] = {}
        for column, (ref, heading) in sorted(table.other_headings.items()):
            matches = [lvl for lvl in levels if lvl.ident == heading] or match_things(
                levels, heading
            )
            if len(matches) != 1:
                known = name_list([lvl.ident or "" for lvl in levels])
                self._problem(
                    f"the level '{heading}' is not in the Levels sheet (levels: {known}, or "
                    "their names)"
                    if levels
                    else f"the level '{heading}' is not in the Levels sheet, which has none",
                    table,
                    ref,
                )
                continue
            ident = matches[0].ident or ""
            if ident in seen:
                self._problem(
                    f"a second column for the level '{heading}' (also {table.name}!{seen[ident]})",
                    table,
                    ref,
                )
                continue
            seen[ident] = ref
            level_of[column] = ident
        return level_of

    def _expectation_item(
        self, table: Table, row: Row, areas: list[Thing], area: Thing | None
    ) -> Thing | None:
        typed = row.text("item")
        if typed is None:
            if row.others:
                self._problem(
                    "empty item name: say which item these expectations are for",
                    table,
                    row.ref("item"),
                )
            return None
        everywhere = [item for a in areas for item in a.children]
        pool = area.children if area is not None else everywhere
        matches = match_things(pool, typed) or [i for i in everywhere if i.ident == typed]
        if len(matches) == 1:
            return matches[0]
        if matches:
            self._problem(
                f"several items are called '{typed}': name the area in the Area column, or the "
                "item by its id",
                table,
                row.ref("item"),
            )
            return None
        place = f" in the area '{area.name}'" if area is not None else ""
        self._problem(
            f"no item '{typed}'{place} in the Items sheet (name an item as there, or by its id)",
            table,
            row.ref("item"),
        )
        return None

    def _record_expectations(
        self, areas: list[Thing], item: Thing, refs: dict[str, str], table: Table
    ) -> None:
        for a, area in enumerate(areas):
            for i, candidate in enumerate(area.children):
                if candidate is item:
                    for level, ref in refs.items():
                        where = ("areas", a, "items", i, "expectations", level)
                        self._where[where] = (table.name, ref)

    # --- the Scale sheet --------------------------------------------------------------------

    def _scale(self, table: Table | None) -> list[dict[str, Any]]:
        if table is None:
            return []
        anchors: list[dict[str, Any]] = []
        seen: dict[int, str] = {}
        for row in table.rows:
            typed = row.text("value")
            label = self._short(table, row, "label", "meaning")
            if typed is None or not re.fullmatch(r"\d{1,2}", typed) or int(typed) > 10:
                self._problem(
                    "a point of the scale is a whole number from 0 to 10", table, row.ref("value")
                )
                continue
            value = int(typed)
            if value in seen:
                self._problem(
                    f"the point {value} is there twice (also {table.name}!{seen[value]})",
                    table,
                    row.ref("value"),
                )
                continue
            seen[value] = row.ref("value")
            if label is None:
                self._problem(f"empty meaning of the point {value}", table, row.ref("label"))
                continue
            anchors.append({"value": value, "label": label})
            columns = {"value": "value", "label": "label"}
            self._record(("scale", len(anchors) - 1), table, row, columns)
        if len(anchors) == 1:
            self._problem(
                "a scale needs at least two points (its lowest and its highest), or none",
                table,
                table.rows[0].ref("value"),
            )
        return anchors
