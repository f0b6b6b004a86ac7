"""Opening a workbook from someone else: what it is, whether it may be read, then openpyxl.

Everything is checked before openpyxl parses anything: the size on disk, whether the file is
an encrypted (password-protected) or old binary workbook, an OpenDocument or Word file, a zip
that unpacks to far more than it weighs. Each refusal says what the file is and what to do.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ledarplan.frameworks.spreadsheet.problems import SheetProblem, SpreadsheetError

#: A model's workbook holds at most a few hundred kilobytes of text; 10 MB leaves room for
#: formatting and pictures HR may add, and keeps a wrong file from taking the memory.
MAX_WORKBOOK_BYTES = 10 * 1024 * 1024
#: The sum of the workbook's parts unpacked: a zip bomb is refused before it is unpacked.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024

_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE compound file: .xls, or encrypted .xlsx
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


@dataclass
class OpenedWorkbook:
    """The workbook twice: with the cells' values (a formula's last computed result) and with
    the formulas themselves (to say which values came from formulas)."""

    values: Any
    formulas: Any


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def open_workbook(file: Path) -> OpenedWorkbook:
    def refuse(message: str) -> SpreadsheetError:
        return SpreadsheetError(file, [SheetProblem(message)])

    try:
        size = file.stat().st_size
    except OSError as exc:
        raise refuse(f"cannot read the file ({exc.strerror})") from None
    if size > MAX_WORKBOOK_BYTES:
        raise refuse(
            f"the file is too large ({_megabytes(size)}; a model's workbook may be at most "
            f"{_megabytes(MAX_WORKBOOK_BYTES)}): save the model's sheets alone in a new workbook"
        )
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise refuse(f"cannot read the file ({exc.strerror})") from None
    what = _not_a_workbook(data)
    if what:
        raise refuse(what)
    with warnings.catch_warnings():
        # openpyxl warns about parts it does not keep (e.g. Excel's newer data validations);
        # the model's sheets are read all the same.
        warnings.simplefilter("ignore")
        try:
            from openpyxl import load_workbook  # noqa: PLC0415 - only HR's converter needs it

            values = load_workbook(io.BytesIO(data), data_only=True)
            formulas = load_workbook(io.BytesIO(data), data_only=False)
        except Exception as exc:  # a damaged file may fail anywhere inside openpyxl
            raise refuse(
                f"the workbook cannot be read ({type(exc).__name__}: {str(exc)[:200]}): open it "
                "in Excel or LibreOffice Calc and save it again as an Excel workbook (.xlsx)"
            ) from None
    return OpenedWorkbook(values, formulas)


def _not_a_workbook(data: bytes) -> str:
    """Why the bytes are no .xlsx workbook to read, or "" when they may be one."""
    if data.startswith(_CFB_MAGIC):
        if _ENCRYPTED_STREAM in data:
            return (
                "the workbook is password-protected (encrypted), so it cannot be read: open it "
                "in Excel or LibreOffice Calc, remove the password to open it, and save it again"
            )
        return (
            "this is an Excel 97–2003 workbook (.xls): open it in Excel or LibreOffice Calc and "
            "save it as an Excel workbook (.xlsx)"
        )
    if not data:
        return "the file is empty"
    if data.startswith(b"%PDF"):
        return "not a spreadsheet: this is a PDF document; fill in the template (an .xlsx file)"
    if not data.startswith(b"PK"):
        return "not a spreadsheet: the file is not an Excel workbook (.xlsx)"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, ValueError, KeyError):
        return "not a spreadsheet: the file is damaged or not an Excel workbook (.xlsx)"
    if b"opendocument.spreadsheet" in mimetype:
        return (
            "this is an OpenDocument spreadsheet (.ods): in LibreOffice Calc choose File → "
            "Save As… and the type 'Excel 2007-365 (.xlsx)'"
        )
    if "word/document.xml" in names:
        return "not a spreadsheet: this is a Word document (.docx)"
    if "xl/workbook.xml" not in names and "xl/workbook.bin" not in names:
        return "not a spreadsheet: the file is a zip archive but not an Excel workbook (.xlsx)"
    if "xl/workbook.bin" in names:
        return "this is an Excel binary workbook (.xlsb): save it as an Excel workbook (.xlsx)"
    if unpacked > MAX_UNPACKED_BYTES:
        return (
            f"the workbook unpacks to {_megabytes(unpacked)} (at most "
            f"{_megabytes(MAX_UNPACKED_BYTES)}): save the model's sheets alone in a new workbook"
        )
    return ""
