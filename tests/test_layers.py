"""The layers stay apart: a Qt-free core, SQLAlchemy only in storage, QtWidgets only in gui."""

from __future__ import annotations

import ast
import sys
from dataclasses import fields
from pathlib import Path

from ledarplan.services.container import Services
from ledarplan.storage.engine import Database
from ledarplan.storage.repository import Repository
from ledarplan.storage.store import Store

PACKAGE = Path(__file__).resolve().parents[1] / "ledarplan"


def _imports(file: Path) -> set[str]:
    tree = ast.parse(file.read_text(encoding="utf-8"), filename=str(file))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules() -> list[tuple[str, set[str]]]:
    return [
        (file.relative_to(PACKAGE.parent).as_posix(), _imports(file))
        for file in sorted(PACKAGE.rglob("*.py"))
    ]


def _offenders(prefixes: tuple[str, ...], allowed: tuple[str, ...]) -> list[str]:
    return [
        f"{module} imports {name}"
        for module, names in _modules()
        if not module.startswith(allowed)
        for name in sorted(names)
        if name.split(".")[0] in prefixes or name.startswith(prefixes)
    ]


def test_the_package_has_modules_to_check():
    modules = [m for m, _ in _modules()]
    assert "ledarplan/frameworks/loader.py" in modules
    assert "ledarplan/gui/main_window.py" in modules


def test_only_the_gui_and_the_translations_import_qt():
    # app.py imports the GUI lazily inside run_gui; it never imports PySide6 itself.
    assert _offenders(("PySide6", "shiboken6"), ("ledarplan/gui/", "ledarplan/i18n/")) == []


def test_the_translations_need_only_qtcore():
    # The command line and the PDF export translate their labels without a window.
    assert (
        _leaks(("ledarplan/i18n/",), ("PySide6.QtWidgets", "PySide6.QtGui", "ledarplan.gui")) == []
    )


def _leaks(prefix: tuple[str, ...], forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{module} imports {name}"
        for module, names in _modules()
        if module.startswith(prefix)
        for name in names
        if name.startswith(forbidden)
    ]


def test_the_core_imports_neither_qt_nor_storage_nor_the_gui():
    core = ("ledarplan/domain/", "ledarplan/frameworks/", "ledarplan/exchange/")
    forbidden = (
        "PySide6",
        "ledarplan.gui",
        "ledarplan.storage",
        "ledarplan.services",
        "sqlalchemy",
    )
    assert _leaks(core, forbidden) == []


def test_services_and_pdf_need_no_window():
    assert (
        _leaks(
            ("ledarplan/services/", "ledarplan/pdf/", "ledarplan/cli/"),
            (
                "PySide6",
                "ledarplan.gui",
                "sqlalchemy",
                "alembic",
            ),
        )
        == []
    )


def test_the_gui_and_the_command_line_reach_data_only_through_the_services():
    # Use cases live in services/; the GUI and the CLI call the same ones and never open a
    # transaction themselves (the composition root, app.py, is the one place that wires storage).
    assert _leaks(("ledarplan/gui/", "ledarplan/cli/"), ("ledarplan.storage",)) == []


def test_the_services_hand_out_no_store():
    storage_types = {Store, Repository, Database}
    handed_out = {f.name: f.type for f in fields(Services)}
    assert not [n for n, t in handed_out.items() if t in storage_types or "Store" in str(t)]
    assert not hasattr(Services, "store")


def test_only_storage_imports_sqlalchemy_or_alembic():
    assert _offenders(("sqlalchemy", "alembic"), ("ledarplan/storage/",)) == []


def test_the_layer_check_catches_a_leak(tmp_path, monkeypatch):
    """The checks above can fail: a core module importing Qt is reported."""
    fake = tmp_path / "ledarplan" / "frameworks"
    fake.mkdir(parents=True)
    (fake / "bad.py").write_text("from PySide6.QtWidgets import QWidget\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", tmp_path / "ledarplan")
    assert _offenders(("PySide6",), ("ledarplan/gui/",)) == [
        "ledarplan/frameworks/bad.py imports PySide6.QtWidgets"
    ]
