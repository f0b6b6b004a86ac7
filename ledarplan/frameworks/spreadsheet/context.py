"""The workbook's context sections (the model's own texts around the areas) and their entries,
typed in the Sections sheet or in a sheet of their own kind.
"""

from __future__ import annotations

import re
from typing import Any

from ledarplan.frameworks.schema import MAX_ENTRIES, MAX_SECTIONS
from ledarplan.frameworks.spreadsheet import layout
from ledarplan.frameworks.spreadsheet.ids import unique_id
from ledarplan.frameworks.spreadsheet.rules import KINDS, SheetRules, Thing
from ledarplan.frameworks.spreadsheet.sheets import Row, Table


class ContextSheets(SheetRules):
    """The context sections and their entries (`WorkbookReader` reads the rest)."""

    def _sections(self, tables: dict[str, Table], language: str | None) -> list[Thing]:
        table = tables.get("sections")
        sections = self._section_rows(table) if table is not None else []
        if "entries" in tables:
            self._entry_rows(tables["entries"], sections)
        for kind, spec in layout.KIND_SHEETS.items():
            if spec.key in tables and tables[spec.key].rows:
                self._kind_sheet(tables[spec.key], kind, sections, language)
        for index, section in enumerate(sections):
            self._section_document(index, section)
        return sections

    def _section_rows(self, table: Table) -> list[Thing]:
        sections = []
        for row in table.rows:
            title = self._short(table, row, "section", "section's title")
            if title is None:
                self._problem("empty section title", table, row.ref("section"))
                continue
            section = self._thing(table, row, title)
            section.data = {"kind": self._kind(table, row)}
            sections.append(section)
        self._too_many(sections, MAX_SECTIONS, "sections", table, "section")
        self._give_ids(sections, "section")
        return sections

    def _kind(self, table: Table, row: Row) -> str | None:
        typed = row.text("kind")
        if typed is None:
            self._problem(f"empty kind (one of: {', '.join(KINDS)})", table, row.ref("kind"))
            return None
        kind = re.sub(r"[\s_]+", "-", typed.strip().casefold())
        if kind not in KINDS:
            self._problem(
                f"'{typed}' is not a kind of section (one of: {', '.join(KINDS)})",
                table,
                row.ref("kind"),
            )
            return None
        return kind

    def _entry_rows(self, table: Table, sections: list[Thing]) -> None:
        current: Thing | None = None
        for row in table.rows:
            typed = row.text("section")
            if typed is not None:
                current = self._one(sections, typed, "section", "Sections", (table, row, "section"))
                if current is None:
                    current = Thing(typed, row, table, stand_in=True)
                    continue
            elif current is None:
                self._problem(
                    "empty section: the first entry needs its section (the rows below it may "
                    "leave it empty to mean the same section)",
                    table,
                    row.ref("section"),
                )
                continue
            entry = self._entry(table, row)
            if entry is not None:
                current.entries.append((entry, table, row))

    def _kind_sheet(
        self, table: Table, kind: str, sections: list[Thing], language: str | None
    ) -> None:
        """The entries of a kind's own sheet go to the one section of that kind (made, when
        the Sections sheet has none)."""
        of_kind = [s for s in sections if s.data.get("kind") == kind]
        first = table.rows[0].ref("text")
        if len(of_kind) > 1:
            self._problem(
                f"the Sections sheet has {len(of_kind)} sections of the kind '{kind}': put "
                "their entries in the Entries sheet, each with its section",
                table,
                first,
            )
            return
        if of_kind:
            section = of_kind[0]
        else:
            title = layout.KIND_SHEET_TITLES[kind].get(language or "en", kind)
            section = Thing(title, table.rows[0], table, made=True)
            section.data = {"kind": kind}
            section.ident = unique_id(kind, {s.ident for s in sections if s.ident})
            sections.append(section)
            self._found.note(
                f"a section '{title}' of the kind '{kind}' holds these entries: to give it a "
                "title of your own, add it to the Sections sheet",
                table.name,
            )
        if section.entries:
            self._problem(
                f"the section '{section.name}' has entries both here and in the "
                f"{section.entries[0][1].name} sheet: keep them in one of the two",
                table,
                first,
            )
            return
        for row in table.rows:
            entry = self._entry(table, row)
            if entry is not None:
                section.entries.append((entry, table, row))

    def _entry(self, table: Table, row: Row) -> dict[str, Any] | None:
        title = self._short(table, row, "title", "title")
        if row.text("title") is None and row.text("text") is None:
            self._problem("an entry needs a title or a text (or both)", table, row.ref("text"))
            return None
        entry: dict[str, Any] = {}
        if row.text("id") is not None:
            entry["id"] = self._thing(table, row, title).ident
        if title is not None:
            entry["title"] = title
        if row.text("text") is not None:
            entry["text"] = row.text("text")
        return entry

    def _section_document(self, index: int, section: Thing) -> None:
        data: dict[str, Any] = {
            "id": section.ident,
            "kind": section.data.get("kind"),
            "title": section.name,
        }
        if not section.made and section.row.text("text") is not None:
            data["text"] = section.row.text("text")
        self._too_many(
            section.entries, MAX_ENTRIES, f"entries in '{section.name}'", section.table, "text"
        )
        if section.entries:
            data["entries"] = [entry for entry, _table, _row in section.entries]
        section.data = data
        if not section.made:
            columns = {"title": "section", "id": "id", "kind": "kind", "text": "text"}
            self._record(("context", index), section.table, section.row, columns)
        seen: dict[str, str] = {}
        for number, (entry, table, row) in enumerate(section.entries):
            columns = {"text": "text", "title": "title", "id": "id"}
            self._record(("context", index, "entries", number), table, row, columns)
            ident = entry.get("id")
            if ident is not None and ident in seen:
                self._problem(
                    f"two entries of the section '{section.name}' have the id '{ident}' (also "
                    f"{seen[ident]})",
                    table,
                    row.ref("id"),
                )
            elif ident is not None:
                seen[ident] = f"{table.name}!{row.ref('id')}"
