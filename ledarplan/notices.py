"""The software ledarplan is built from, with each licence: shown in the About box.

Kept as data beside the code, so the About box, the installers' notices and a test that every
runtime dependency is named all read one list.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version


def translate(context: str, text: str) -> str:
    """Marks a text for Qt's lupdate; the About box translates it when it shows it."""
    del context
    return text


@dataclass(frozen=True)
class Component:
    name: str
    #: The distribution whose installed version is shown (None: not a Python package).
    distribution: str | None
    licence: str
    url: str
    #: What it does for ledarplan, in a few words.
    role: str
    #: Anything the licence asks us to say (e.g. how to get the source of an LGPL library).
    notice: str = ""

    @property
    def version(self) -> str:
        if self.distribution is None:
            return ""
        try:
            return version(self.distribution)
        except PackageNotFoundError:
            return ""


QT_NOTICE = translate(
    "Notices",
    "Qt and PySide6 are used under the GNU Lesser General Public License v3 (LGPL-3.0). "
    "They are linked dynamically: the Qt and PySide6 libraries in ledarplan's installation "
    "folder may be replaced with your own builds of the same version. Their source code is "
    "available from https://download.qt.io/official_releases/ (Qt) and "
    "https://code.qt.io/cgit/pyside/pyside-setup.git/ (PySide6); on request we send a copy "
    "of the source of the exact versions we ship.",
)

COMPONENTS: tuple[Component, ...] = (
    Component(
        "Qt 6 / PySide6",
        "PySide6-Essentials",
        "LGPL-3.0",
        "https://www.qt.io/qt-for-python",
        translate("Notices", "windows, widgets, translations"),
        QT_NOTICE,
    ),
    Component(
        "Shiboken6",
        "shiboken6",
        "LGPL-3.0",
        "https://www.qt.io/qt-for-python",
        translate("Notices", "the bridge between Python and Qt"),
    ),
    Component(
        "SQLAlchemy",
        "SQLAlchemy",
        "MIT",
        "https://www.sqlalchemy.org",
        translate("Notices", "the database layer"),
    ),
    Component(
        "Alembic",
        "alembic",
        "MIT",
        "https://alembic.sqlalchemy.org",
        translate("Notices", "upgrading the database between versions"),
    ),
    Component(
        "SQLite",
        None,
        "Public domain",
        "https://sqlite.org",
        translate("Notices", "the database file"),
    ),
    Component(
        "ReportLab",
        "reportlab",
        "BSD-3-Clause",
        "https://www.reportlab.com",
        translate("Notices", "the PDF documents"),
    ),
    Component(
        "svglib",
        "svglib",
        "LGPL-3.0",
        "https://github.com/deeplook/svglib",
        translate("Notices", "SVG logos on the PDF"),
        translate(
            "Notices",
            "svglib is used unmodified under the LGPL-3.0; its source is at "
            "https://github.com/deeplook/svglib and may be replaced in the installation folder.",
        ),
    ),
    Component(
        "lxml", "lxml", "BSD-3-Clause", "https://lxml.de", translate("Notices", "reading SVG logos")
    ),
    Component(
        "tinycss2",
        "tinycss2",
        "BSD-3-Clause",
        "https://www.courtbouillon.org/tinycss2",
        translate("Notices", "styles in SVG logos"),
    ),
    Component(
        "cssselect2",
        "cssselect2",
        "BSD-3-Clause",
        "https://www.courtbouillon.org/cssselect2",
        translate("Notices", "styles in SVG logos"),
    ),
    Component(
        "Pillow",
        "pillow",
        "MIT-CMU",
        "https://python-pillow.org",
        translate("Notices", "logo pictures"),
    ),
    Component(
        "pydantic",
        "pydantic",
        "MIT",
        "https://docs.pydantic.dev",
        translate("Notices", "checking files"),
    ),
    Component(
        "PyYAML",
        "PyYAML",
        "MIT",
        "https://pyyaml.org",
        translate("Notices", "reading the model packs"),
    ),
    Component(
        "platformdirs",
        "platformdirs",
        "MIT",
        "https://github.com/tox-dev/platformdirs",
        translate("Notices", "finding the data folder"),
    ),
    Component(
        "cryptography",
        "cryptography",
        "Apache-2.0 or BSD-3-Clause",
        "https://cryptography.io",
        translate("Notices", "encrypted plan files"),
    ),
    Component(
        "icalendar",
        "icalendar",
        "BSD-2-Clause",
        "https://github.com/collective/icalendar",
        translate("Notices", "calendar files"),
    ),
    Component(
        "pypdf",
        "pypdf",
        "BSD-3-Clause",
        "https://github.com/py-pdf/pypdf",
        translate("Notices", "reading filled feedback forms"),
    ),
    Component(
        "openpyxl",
        "openpyxl",
        "MIT",
        "https://openpyxl.readthedocs.io",
        translate("Notices", "model spreadsheets for HR"),
    ),
    Component(
        "et_xmlfile",
        "et_xmlfile",
        "MIT",
        "https://foss.heptapod.net/openpyxl/et_xmlfile",
        translate("Notices", "model spreadsheets for HR"),
    ),
    Component(
        "defusedxml",
        "defusedxml",
        "PSF-2.0",
        "https://github.com/tiran/defusedxml",
        translate("Notices", "reading spreadsheets safely"),
    ),
    Component(
        "DejaVu fonts",
        None,
        "Bitstream Vera licence (free)",
        "https://dejavu-fonts.github.io",
        translate("Notices", "the font embedded in the PDF"),
        translate(
            "Notices",
            "The DejaVu fonts are derived from Bitstream Vera; Bitstream Vera is a trademark of "
            "Bitstream, Inc. The licence is in resources/fonts/LICENSE-DejaVu.txt.",
        ),
    ),
    Component(
        "Python",
        None,
        "PSF License",
        "https://www.python.org",
        translate("Notices", "the language"),
    ),
)
