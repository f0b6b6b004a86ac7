"""A leadership model as a spreadsheet: the template HR fills in, and the converter from the
filled-in workbook to a validated pack file (and back, for any model).

No Qt here: the command line and the window call the same functions. openpyxl is imported
when a workbook is read or written, so starting the program does not load it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ledarplan.frameworks.errors import PackError
from ledarplan.frameworks.loader import load_pack_bytes
from ledarplan.frameworks.pack_writer import pack_to_yaml
from ledarplan.frameworks.schema import FrameworkPack
from ledarplan.frameworks.spreadsheet.opening import open_workbook
from ledarplan.frameworks.spreadsheet.problems import SheetProblem, SpreadsheetError
from ledarplan.frameworks.spreadsheet.reader import WorkbookReader
from ledarplan.frameworks.spreadsheet.writer import (
    save_text,
    save_workbook,
    template_language,
    template_workbook,
    workbook_for_pack,
)

__all__ = [
    "Converted",
    "SheetProblem",
    "SpreadsheetError",
    "convert_workbook",
    "read_workbook",
    "save_pack_file",
    "template_language",
    "write_pack_workbook",
    "write_template",
]

#: Role levels of a new template when none are asked for.
DEFAULT_TEMPLATE_LEVELS = 3


@dataclass
class Converted:
    """A workbook made into a pack: the pack, the pack file's text, and the notes (formulas
    whose values were taken, spaces removed …)."""

    pack: FrameworkPack
    text: str
    notes: list[SheetProblem] = field(default_factory=list)


def read_workbook(file: Path | str) -> tuple[FrameworkPack, list[SheetProblem]]:
    """The workbook's pack and notes; a `SpreadsheetError` names every problem."""
    file = Path(file)
    reader = WorkbookReader(open_workbook(file))
    pack = reader.read()
    if pack is None:
        raise SpreadsheetError(file, reader.problems)
    return pack, reader.notes


def convert_workbook(file: Path | str) -> Converted:
    """The workbook as a pack file's text, checked by reading it back as every pack is read:
    what is saved is what the program will load."""
    file = Path(file)
    pack, notes = read_workbook(file)
    header = (
        f"{pack.name}\n"
        f"Made from the spreadsheet {file.name} by ledarplan (frameworks from-spreadsheet).\n"
        "To change the model, change the spreadsheet and convert it again."
    )
    text = pack_to_yaml(pack, header)
    try:
        loaded = load_pack_bytes(text.encode("utf-8"), file.with_suffix(".yaml").name)
    except PackError as exc:
        raise SpreadsheetError(file, [SheetProblem(p.describe()) for p in exc.problems]) from None
    if loaded != pack:  # the writer's promise; never expected to fail
        raise SpreadsheetError(
            file, [SheetProblem("the model file would not read back the same (a program error)")]
        )
    return Converted(loaded, text, notes)


def write_template(
    out: Path | str, levels: int = DEFAULT_TEMPLATE_LEVELS, language: str = "en"
) -> None:
    save_workbook(template_workbook(levels, language), Path(out))


def write_pack_workbook(pack: FrameworkPack, out: Path | str, language: str | None = None) -> None:
    """Any model in the template, in `language` (else the model's own, where the template has
    it, else English)."""
    save_workbook(workbook_for_pack(pack, language or pack.language), Path(out))


def save_pack_file(converted: Converted, out: Path | str) -> None:
    """Writes the converted pack file whole or not at all."""
    save_text(converted.text, Path(out))
