"""What is wrong with a workbook (or worth saying about it), named by sheet and cell."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_PLAIN_SHEET_NAME = re.compile(r"^\w+$")


def reference(sheet: str, cell: str = "") -> str:
    """A place as spreadsheets write it: `Items!B7`, `'Talk questions'!A2`, or the sheet."""
    if not cell:
        return sheet
    shown = sheet if _PLAIN_SHEET_NAME.match(sheet) else "'" + sheet.replace("'", "''") + "'"
    return f"{shown}!{cell}"


@dataclass(frozen=True)
class SheetProblem:
    """One thing wrong (or, as a note, worth saying), and where: a sheet and a cell or range
    (`B7`, `A2:A5`), a sheet alone, or the workbook as a whole (neither)."""

    message: str
    sheet: str = ""
    cell: str = ""

    @property
    def where(self) -> str:
        return reference(self.sheet, self.cell) if self.sheet else ""

    def describe(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class SpreadsheetError(Exception):
    """The workbook could not be made into a pack; `problems` holds every reason found."""

    def __init__(self, file: Path | str, problems: list[SheetProblem]):
        self.file = Path(file)
        self.problems = problems
        super().__init__(self.describe())

    def describe(self) -> str:
        return "\n".join(f"{self.file.name}: {p.describe()}" for p in self.problems)
