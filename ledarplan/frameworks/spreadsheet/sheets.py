"""The workbook's sheets as tables: which sheet is which, which column is which, and each
cell's text as typed (or a problem naming the cell).

A sheet, a column heading or a Model row is known by its name in English, Swedish or Danish.
Only the cells the file holds are visited: a sheet's stated size may claim a million rows.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ledarplan.frameworks.schema import MAX_TEXT
from ledarplan.frameworks.spreadsheet import layout
from ledarplan.frameworks.spreadsheet.layout import Sheet, normalise
from ledarplan.frameworks.spreadsheet.opening import OpenedWorkbook
from ledarplan.frameworks.spreadsheet.problems import SheetProblem

#: An escaped character in a cell's text (Office Open XML's ST_Xstring): Excel writes a
#: carriage return as `_x000D_`, and a literal `_x` as `_x005F_x`.
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_LINE_BREAK = re.compile(r"\r\n?")

Cells = dict[tuple[int, int], str | None]


def unescape(text: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def column_letter(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_ref(row: int, column: int) -> str:
    return f"{column_letter(column)}{row}"


def too_long(length: int, limit: int) -> str:
    return f"the text is too long ({length:,} characters; at most {limit:,})".replace(",", " ")


class Findings:
    """The problems (nothing is written while there is one) and notes of one reading."""

    def __init__(self) -> None:
        self.problems: list[SheetProblem] = []
        self.notes: list[SheetProblem] = []

    def problem(self, message: str, sheet: str = "", cell: str = "") -> None:
        # One problem per cell: the first is the most precise (a later one follows from it).
        if cell and any(p.sheet == sheet and p.cell == cell for p in self.problems):
            return
        self.problems.append(SheetProblem(message, sheet, cell))

    def note(self, message: str, sheet: str = "", cell: str = "") -> None:
        self.notes.append(SheetProblem(message, sheet, cell))


@dataclass
class Row:
    number: int
    #: column key -> (cell reference, text or None); every column of the sheet is there
    cells: dict[str, tuple[str, str | None]]
    #: the Expectations sheet's level columns, by column number: (cell reference, text)
    others: dict[int, tuple[str, str]] = field(default_factory=dict)

    def text(self, key: str) -> str | None:
        return self.cells.get(key, ("", None))[1]

    def ref(self, key: str) -> str:
        return self.cells.get(key, (f"A{self.number}", None))[0]


@dataclass
class Table:
    spec: Sheet
    name: str  # as the workbook spells it
    columns: dict[str, int]
    #: the headings of the Expectations sheet's level columns: column -> (reference, text)
    other_headings: dict[int, tuple[str, str]]
    rows: list[Row]


class SheetReader:
    def __init__(self, workbook: OpenedWorkbook, findings: Findings):
        self._workbook = workbook
        self._found = findings

    def tables(self) -> dict[str, Table]:
        """The template's sheets that the workbook has (the Instructions are not read)."""
        names = self._locate_sheets()
        return {
            spec.key: self._table(spec, names[spec.key])
            for spec in layout.SHEETS
            if spec.key in names and spec is not layout.INSTRUCTIONS
        }

    def _locate_sheets(self) -> dict[str, str]:
        by_name = {normalise(n): s for s in layout.SHEETS for n in s.names.all()}
        found: dict[str, str] = {}
        for name in self._workbook.values.sheetnames:
            spec = by_name.get(normalise(name))
            if spec is None:
                known = ", ".join(s.names.en for s in layout.SHEETS)
                self._found.problem(
                    f"the sheet '{name}' is not one of the template's ({known}, or their "
                    "Swedish or Danish names): give it back its name, or delete it",
                    name,
                )
            elif spec.key in found:
                self._found.problem(
                    f"two sheets are the template's {spec.names.en} sheet: "
                    f"'{found[spec.key]}' and '{name}'",
                    name,
                )
            else:
                found[spec.key] = name
        for spec in layout.SHEETS:
            if spec.required and spec.key not in found:
                self._found.problem(
                    f"the sheet '{spec.names.en}' is missing (in Swedish '{spec.names.sv}', in "
                    f"Danish '{spec.names.da}'): was it renamed or deleted? The workbook's "
                    f"sheets: {', '.join(self._workbook.values.sheetnames)}"
                )
        return found

    def _table(self, spec: Sheet, name: str) -> Table:
        formulas = self._workbook.formulas[name]
        for merged in sorted(formulas.merged_cells.ranges, key=lambda r: (r.min_row, r.min_col)):
            self._found.problem(
                "merged cells: each value needs a cell of its own; unmerge them (an area or a "
                "section written once applies to the rows below it until the next one)",
                name,
                merged.coord,
            )
        texts = self._texts(name)
        columns, others, unknown = self._headings(spec, name, texts)
        rows = self._rows(name, texts, columns, others, unknown)
        return Table(spec, name, columns, others, rows)

    def _texts(self, name: str) -> Cells:
        values = self._workbook.values[name]
        formulas = self._workbook.formulas[name]
        # openpyxl's own map of the cells the file holds (iterating the sheet's range would
        # make a cell for every empty place in it).
        return {
            (row, column): self._cell_text(
                name, row, column, cell, formulas._cells.get((row, column))
            )
            for (row, column), cell in sorted(values._cells.items())
        }

    def _headings(
        self, spec: Sheet, name: str, texts: Cells
    ) -> tuple[dict[str, int], dict[int, tuple[str, str]], set[int]]:
        """The columns by key, the Expectations sheet's other columns, and the columns whose
        heading is unknown (said once, at the heading)."""
        by_heading = {normalise(n): c for c in spec.columns for n in c.names.all()}
        columns: dict[str, int] = {}
        others: dict[int, tuple[str, str]] = {}
        unknown: set[int] = set()
        for (row, column), text in texts.items():
            if row != 1 or text is None:
                continue
            ref = cell_ref(row, column)
            known = by_heading.get(normalise(text))
            if known is not None and known.key in columns:
                self._found.problem(f"a second column '{text}'", name, ref)
                unknown.add(column)
            elif known is not None:
                columns[known.key] = column
            elif spec is layout.EXPECTATIONS:
                others[column] = (ref, text)
            else:
                unknown.add(column)
                headings = ", ".join(c.names.en for c in spec.columns)
                self._found.problem(
                    f"unknown column '{text}' (this sheet's columns: {headings}, or their "
                    "Swedish or Danish names)",
                    name,
                    ref,
                )
        for col in spec.columns:
            if col.required and col.key not in columns:
                self._found.problem(
                    f"the column '{col.names.en}' is missing (its heading goes in row 1; in "
                    f"Swedish '{col.names.sv}', in Danish '{col.names.da}')",
                    name,
                    "1:1",
                )
        return columns, others, unknown

    def _rows(
        self,
        name: str,
        texts: Cells,
        columns: dict[str, int],
        others: dict[int, tuple[str, str]],
        unknown: set[int],
    ) -> list[Row]:
        key_of = {column: key for key, column in columns.items()}
        # The Model sheet's explanations are the program's words, and left unread.
        unread = unknown | ({columns["explanation"]} if "explanation" in columns else set())
        rows: dict[int, Row] = {}
        headless: set[int] = set()
        for (row, column), text in texts.items():
            if row == 1 or text is None or column in unread:
                continue
            line = rows.setdefault(row, Row(row, {}))
            ref = cell_ref(row, column)
            if column in key_of:
                line.cells[key_of[column]] = (ref, text)
            elif column in others:
                line.others[column] = (ref, text)
            elif column not in headless:
                headless.add(column)
                self._found.problem(
                    "a text in a column without a heading: give the column one of this sheet's "
                    "headings, or move the text",
                    name,
                    ref,
                )
        for line in rows.values():  # each column has its cell in every row, empty or not
            for key, column in columns.items():
                line.cells.setdefault(key, (cell_ref(line.number, column), None))
        return [rows[number] for number in sorted(rows)]

    def _cell_text(self, sheet: str, row: int, column: int, cell: Any, written: Any) -> str | None:
        """A cell's text as typed, or None when it is empty (or wrong: then a problem says
        why). No cell may be longer than a pack's longest text; names are held to the shorter
        limit where they are used."""
        ref = cell_ref(row, column)
        value = cell.value
        if written is not None and written.data_type == "f":
            formula = str(getattr(written.value, "text", written.value))[:60]
            if value is None:
                self._found.problem(
                    f"a formula ({formula}) without a computed value: type the text instead, "
                    "or open the workbook in Excel or LibreOffice Calc and save it",
                    sheet,
                    ref,
                )
                return None
            self._found.note(f"a formula ({formula}): its value is taken", sheet, ref)
        text = self._as_text(value, cell.data_type, sheet, ref)
        if text is None:
            return None
        text = _LINE_BREAK.sub("\n", unescape(text))
        stripped = text.strip()
        if len(stripped) > MAX_TEXT:
            self._found.problem(too_long(len(stripped), MAX_TEXT), sheet, ref)
            return None
        if stripped and stripped != text and row > 1:
            self._found.note("spaces at the start or end of the text were removed", sheet, ref)
        return stripped or None

    def _as_text(self, value: Any, data_type: str, sheet: str, ref: str) -> str | None:
        if value is None or (isinstance(value, str) and data_type != "e"):
            return value
        if isinstance(value, bool):
            shown = "TRUE" if value else "FALSE"
            self._found.problem(
                f"a yes/no value ({shown}) where text is expected: format the cell as text "
                "and type the words again",
                sheet,
                ref,
            )
        elif isinstance(value, (dt.datetime, dt.date, dt.time, dt.timedelta)):
            self._found.problem(
                "a date or time where text is expected: format the cell as text and type the "
                "words again",
                sheet,
                ref,
            )
        elif isinstance(value, int):
            return str(value)
        elif isinstance(value, float):
            return str(int(value)) if value.is_integer() else repr(value)
        elif data_type == "e":
            self._found.problem(f"an error value ({value}) where text is expected", sheet, ref)
        else:
            self._found.problem(f"a value that is not text ({type(value).__name__})", sheet, ref)
        return None
