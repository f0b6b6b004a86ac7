"""Workbooks built in the tests, the way HR would fill them in (rows of cells; None = empty)."""

from __future__ import annotations

import copy
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook

Rows = list[list[object]]


def model_sheets() -> dict[str, Rows]:
    """A small, valid model in the template's English sheets: two levels, two areas, three
    items, a context section, talk questions and a scale."""
    return copy.deepcopy(
        {
            "Instructions": [["Anything HR likes; this sheet is not read."]],
            "Model": [
                ["Field", "Value", "Explanation"],
                ["Name", "Ledarskap i Exempelby", "(the program's words, not read)"],
                ["Short name", "Exempelby kommun"],
                ["Organisation", "Exempelby kommun, HR"],
                ["Source document", "Vår ledarskapsmodell"],
                ["Year", "2024"],
                ["Language", "sv"],
                ["Version", "2024.1"],
                ["Id", "exempelby"],
            ],
            "Levels": [["Id", "Name", "Description"], ["chef", "Chef", None], [None, "Enhetschef"]],
            "Areas": [
                ["Area", "Description", "Id"],
                ["Leda verksamhet", "Att leda verksamheten mot målen.", None],
                ["Leda medarbetare", None, None],
            ],
            "Items": [
                ["Area", "Item", "Description", "Id"],
                ["Leda verksamhet", "Sätter mål", None, None],
                [None, "Följer upp", "Följer upp målen\nvarje månad.", None],
                ["Leda medarbetare", "Ger återkoppling", None, None],
            ],
            "Expectations": [
                ["Area", "Item", "chef", "Enhetschef"],
                [
                    "Leda verksamhet",
                    "Sätter mål",
                    "Sätter förvaltningens mål.",
                    "Sätter enhetens mål.",
                ],
                [None, "Följer upp", "Följer upp på förvaltningsnivå.", None],
                ["Leda medarbetare", "Ger återkoppling", None, "Ger återkoppling varje vecka."],
            ],
            "Sections": [
                ["Section", "Kind", "Text", "Id"],
                ["Inledning", "introduction", "Så här leder vi i Exempelby.", None],
                ["Våra värderingar", "values", None, None],
                ["Efter samtalet", "talk-questions", None, None],
            ],
            "Entries": [
                ["Section", "Title", "Text", "Id"],
                ["Våra värderingar", "Öppenhet", None, "oppenhet"],
                [None, "Mod", "Vi vågar.", None],
            ],
            "Talk questions": [["Question", "Title", "Id"], ["Vad ska göras?", None, "what"]],
            "Development activities": [["Activity", "Description", "Id"]],
            "Scale": [["Value", "Meaning"], ["1", "Inte ännu"], ["5", "En styrka"]],
        }
    )


def build(path: Path, sheets: dict[str, Rows], merge: dict[str, list[str]] | None = None) -> Path:
    """Writes the sheets as a workbook; a text beginning with '=' becomes a formula."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for cells in (merge or {}).get(name, []):
            sheet.merge_cells(cells)
    workbook.save(path)
    return path


def with_computed_values(path: Path, sheet_index: int, values: dict[str, str]) -> Path:
    """Gives formula cells the value Excel or Calc would have stored with them (openpyxl writes
    formulas without one): `values` maps a cell (B3) of the sheet (1-based) to its value."""
    member = f"xl/worksheets/sheet{sheet_index}.xml"
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts[member].decode("utf-8")
    for cell, value in values.items():
        xml, count = re.subn(
            rf'<c r="{cell}"([^>]*)><f>(.*?)</f><v\s*/?>(</v>)?',
            lambda m, c=cell, v=value: (
                f'<c r="{c}"{m.group(1)} t="str"><f>{m.group(2)}</f><v>{v}</v>'
            ),
            xml,
        )
        assert count == 1, f"no formula in {cell}"
    parts[member] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path
