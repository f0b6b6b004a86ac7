"""Writes a model into the spreadsheet template, or an empty template with placeholder levels.

Every text goes in as a text cell (a text that begins with "=" stays a text, never a formula),
escaped the way Excel escapes what XML cannot hold, so that reading the workbook back gives
the same pack.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from ledarplan.frameworks.schema import FrameworkPack, Section
from ledarplan.frameworks.spreadsheet import layout
from ledarplan.frameworks.spreadsheet.instructions import (
    FIELD_EXPLANATIONS,
    INSTRUCTIONS,
    KIND_EXPLANATIONS,
    LEVEL_PLACEHOLDER,
)
from ledarplan.frameworks.spreadsheet.layout import Sheet, normalise
from ledarplan.frameworks.spreadsheet.rules import KINDS, LANGUAGES

#: Rows below the filled ones that are formatted as text, so that what HR types there stays
#: text (Excel would make "2021.1" a number and "1/2" a date).
SPARE_ROWS = 150
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_LITERAL_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def escape(text: str) -> str:
    """What a cell holds for `text`: a literal `_xHHHH_` and characters XML cannot carry are
    escaped as Office Open XML escapes them (Excel and LibreOffice read them back)."""
    text = _LITERAL_ESCAPE.sub(r"_x005F_\1", text)
    return _XML_ILLEGAL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


def template_language(language: str) -> str:
    return language if language in layout.TEMPLATE_LANGUAGES else "en"


class _Book:
    """A workbook being written in one language."""

    def __init__(self, language: str):
        from openpyxl import Workbook  # noqa: PLC0415 - only HR's converter needs openpyxl

        self.language = template_language(language)
        self.workbook = Workbook()
        self.workbook.remove(self.workbook.active)

    def name(self, spec: Sheet) -> str:
        return spec.names.in_language(self.language)

    def sheet(self, spec: Sheet, rows: Iterable[Sequence[str | None]], headings: Sequence[str]):
        from openpyxl.styles import Alignment, Font, PatternFill  # noqa: PLC0415

        sheet = self.workbook.create_sheet(self.name(spec))
        bold = Font(bold=True)
        fill = PatternFill("solid", fgColor="DDE6F0")
        wrap = Alignment(wrap_text=True, vertical="top")
        for column, heading in enumerate(headings, start=1):
            cell = sheet.cell(1, column)
            _set_text(cell, heading)
            cell.font = bold
            cell.fill = fill
            cell.alignment = wrap
        count = 1
        for count, values in enumerate(rows, start=2):
            for column, value in enumerate(values, start=1):
                cell = sheet.cell(count, column)
                if value is not None:
                    _set_text(cell, value)
        for row in range(2, count + SPARE_ROWS + 1):
            for column in range(1, len(headings) + 1):
                cell = sheet.cell(row, column)
                cell.number_format = "@"
                cell.alignment = wrap
        widths = [c.width for c in spec.columns] + [40] * (len(headings) - len(spec.columns))
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[_letter(column)].width = width
        _fit_rows(sheet, widths)
        _printable(sheet)
        sheet.freeze_panes = "A2"
        return sheet

    def headings(self, spec: Sheet) -> list[str]:
        return [c.names.in_language(self.language) for c in spec.columns]

    def choice(self, sheet: Any, cells: str, options: Sequence[str]) -> None:
        """A drop-down list of the allowed values (other values may still be typed and are
        then named by the reader)."""
        from openpyxl.worksheet.datavalidation import DataValidation  # noqa: PLC0415

        rule = DataValidation(type="list", formula1='"' + ",".join(options) + '"')
        rule.showErrorMessage = False
        rule.add(cells)
        sheet.add_data_validation(rule)


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

    return get_column_letter(column)


#: Points per line of the default font (Calibri 11), and characters per unit of column width
#: (a little below one: the unit is a digit's width, a text's letters are narrower on average,
#: but a line breaks at a word).
_LINE_HEIGHT = 15
_CHARACTERS_PER_WIDTH = 1.05


def _lines(text: str, width: float) -> int:
    per_line = max(1, int(width * _CHARACTERS_PER_WIDTH))
    return sum(max(1, -(-len(line) // per_line)) for line in text.split("\n"))


def _fit_rows(sheet: Any, widths: Sequence[float]) -> None:
    """Rows tall enough for their wrapped texts: neither Excel nor Calc sizes the rows of a
    written file by themselves, so a long text would run over the rows below it."""
    for row in sheet.iter_rows(min_row=2, max_row=sheet.max_row):
        lines = max(
            (
                _lines(str(cell.value), widths[cell.column - 1])
                for cell in row
                if isinstance(cell.value, str) and cell.column <= len(widths)
            ),
            default=1,
        )
        if lines > 1:
            sheet.row_dimensions[row[0].row].height = lines * _LINE_HEIGHT


def _printable(sheet: Any, *, pages: int = 0) -> None:
    """Printed (or made a PDF) landscape, every column on the page's width, the headings on
    every page; `pages`: as many pages high (0: as many as it takes)."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = pages
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    if not pages:
        sheet.print_title_rows = "1:1"


def _set_text(cell: Any, text: str) -> None:
    cell.value = escape(text)
    cell.data_type = "s"  # a text beginning with "=" is not a formula


# --- the sheets ------------------------------------------------------------------------


def _instructions(book: _Book) -> None:
    from openpyxl.styles import Alignment, Font  # noqa: PLC0415

    width = 90  # a landscape page's width in Calc, whose fonts may be wider than Excel's
    sheet = book.workbook.create_sheet(book.name(layout.INSTRUCTIONS))
    names = {s.key: book.name(s) for s in layout.SHEETS}
    wrap = Alignment(wrap_text=True, vertical="top")
    row = 1
    for paragraph in INSTRUCTIONS[book.language]:
        if paragraph.startswith("# "):
            row += 1 if row > 1 else 0  # a blank line before each heading
            _set_text(sheet.cell(row, 1), paragraph[2:])
            sheet.cell(row, 1).font = Font(bold=True, size=14 if row == 1 else 12)
            sheet.row_dimensions[row].height = 22
        else:
            text = paragraph.format(**names)
            _set_text(sheet.cell(row, 1), text)
            sheet.cell(row, 1).alignment = wrap
            sheet.row_dimensions[row].height = _lines(text, width) * _LINE_HEIGHT
        row += 1
    for kind in KINDS:
        _set_text(sheet.cell(row, 1), f"{kind}: {KIND_EXPLANATIONS[book.language][kind]}")
        row += 1
    sheet.column_dimensions["A"].width = width
    _printable(sheet, pages=1)


def _model_sheet(book: _Book, values: dict[str, str | None]) -> None:
    from openpyxl.styles import Font  # noqa: PLC0415

    spec = layout.MODEL
    rows = [
        (
            field.names.in_language(book.language),
            values.get(field.key),
            FIELD_EXPLANATIONS[book.language][field.key],
        )
        for field in layout.MODEL_FIELDS
    ]
    sheet = book.sheet(spec, rows, book.headings(spec))
    for row, field in enumerate(layout.MODEL_FIELDS, start=2):
        if field.required:  # the rows that must be filled in stand out
            sheet.cell(row, 1).font = Font(bold=True)
    language_row = 2 + [f.key for f in layout.MODEL_FIELDS].index("language")
    book.choice(sheet, f"B{language_row}", LANGUAGES)


def _section_ref(sections: Sequence[Section], section: Section) -> str:
    """A section as the Entries sheet names it: its title, or its id when titles repeat."""
    same = [s for s in sections if normalise(s.title) == normalise(section.title)]
    return section.title if len(same) == 1 else section.id


def _kind_sheet_section(pack: FrameworkPack, kind: str) -> Section | None:
    """The section whose entries go on the kind's own sheet: the only one of that kind."""
    of_kind = [s for s in pack.context if s.kind == kind]
    return of_kind[0] if len(of_kind) == 1 else None


def _area_ref(pack: FrameworkPack, area: Any) -> str:
    """An area as the Items and Expectations sheets name it: its name, or its id when names
    repeat."""
    same = [a for a in pack.areas if normalise(a.title) == normalise(area.title)]
    return area.title if len(same) == 1 else area.id


def _item_ref(items: Sequence[Any], item: Any) -> str:
    """An item as the Expectations sheet names it: its name, else (or when names repeat in
    its area) its id."""
    if item.title is None:
        return item.id
    same = [i for i in items if i.title and normalise(i.title) == normalise(item.title)]
    return item.title if len(same) == 1 else item.id


def workbook_for_pack(pack: FrameworkPack, language: str) -> Any:
    """The model in the template: every field of the pack in its sheet and cell."""
    book = _Book(language)
    _instructions(book)
    source = pack.source
    _model_sheet(
        book,
        {
            "name": pack.name,
            "short_name": pack.short_name,
            "source.organisation": source.organisation,
            "source.title": source.title,
            "source.year": str(source.year) if source.year is not None else None,
            "language": pack.language,
            "version": pack.version,
            "id": pack.id,
            "source.url": source.url,
            "source.pages": source.pages,
            "source.note": source.note,
        },
    )
    book.sheet(
        layout.LEVELS,
        [(lvl.id, lvl.name, lvl.description) for lvl in pack.levels],
        book.headings(layout.LEVELS),
    )
    book.sheet(
        layout.AREAS,
        [(a.title, a.description, a.id) for a in pack.areas],
        book.headings(layout.AREAS),
    )
    book.sheet(
        layout.ITEMS,
        [(_area_ref(pack, a), i.title, i.text, i.id) for a in pack.areas for i in a.items],
        book.headings(layout.ITEMS),
    )
    book.sheet(
        layout.EXPECTATIONS,
        [
            (
                _area_ref(pack, a),
                _item_ref(a.items, i),
                *(i.expectations.get(lvl.id) for lvl in pack.levels),
            )
            for a in pack.areas
            for i in a.items
        ],
        book.headings(layout.EXPECTATIONS) + [lvl.id for lvl in pack.levels],
    )
    sections = book.sheet(
        layout.SECTIONS,
        [(s.title, s.kind, s.text, s.id) for s in pack.context],
        book.headings(layout.SECTIONS),
    )
    book.choice(sections, "B2:B1000", KINDS)
    on_own_sheet = {kind: _kind_sheet_section(pack, kind) for kind in layout.KIND_SHEETS}
    book.sheet(
        layout.ENTRIES,
        [
            (_section_ref(pack.context, s), e.title, e.text, e.id)
            for s in pack.context
            if s not in on_own_sheet.values()
            for e in s.entries
        ],
        book.headings(layout.ENTRIES),
    )
    talk = on_own_sheet["talk-questions"]
    book.sheet(
        layout.TALK_QUESTIONS,
        [(e.text, e.title, e.id) for e in (talk.entries if talk else [])],
        book.headings(layout.TALK_QUESTIONS),
    )
    activities = on_own_sheet["development-activities"]
    book.sheet(
        layout.DEVELOPMENT_ACTIVITIES,
        [(e.title, e.text, e.id) for e in (activities.entries if activities else [])],
        book.headings(layout.DEVELOPMENT_ACTIVITIES),
    )
    book.sheet(
        layout.SCALE,
        [(str(a.value), a.label) for a in pack.scale or []],
        book.headings(layout.SCALE),
    )
    book.workbook.active = 0
    return book.workbook


def template_workbook(levels: int, language: str) -> Any:
    """An empty template: the Model sheet with its explanations, `levels` placeholder role
    levels (their names also head the Expectations sheet's columns), every other sheet empty."""
    book = _Book(language)
    _instructions(book)
    _model_sheet(book, {"language": book.language, "version": "1"})
    names = [LEVEL_PLACEHOLDER[book.language].format(n=n) for n in range(1, levels + 1)]
    book.sheet(layout.LEVELS, [(None, name, None) for name in names], book.headings(layout.LEVELS))
    for spec in (layout.AREAS, layout.ITEMS):
        book.sheet(spec, [], book.headings(spec))
    book.sheet(layout.EXPECTATIONS, [], book.headings(layout.EXPECTATIONS) + names)
    sections = book.sheet(layout.SECTIONS, [], book.headings(layout.SECTIONS))
    book.choice(sections, "B2:B1000", KINDS)
    for spec in (
        layout.ENTRIES,
        layout.TALK_QUESTIONS,
        layout.DEVELOPMENT_ACTIVITIES,
        layout.SCALE,
    ):
        book.sheet(spec, [], book.headings(spec))
    book.workbook.active = 0
    return book.workbook


def save_workbook(workbook: Any, out: Path) -> None:
    """Writes the workbook whole or not at all (a file open in Excel stays as it was)."""
    _write_atomically(Path(out), workbook.save)


def save_text(text: str, out: Path) -> None:
    """Writes a pack file whole or not at all (UTF-8, the line breaks as they are)."""
    _write_atomically(Path(out), lambda path: Path(path).write_bytes(text.encode("utf-8")))


def _write_atomically(out: Path, write: Callable[[str], object]) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(handle)
    try:
        write(temporary)
        Path(temporary).replace(out)  # atomic on POSIX and Windows
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
