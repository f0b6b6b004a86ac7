"""File → "New model from a spreadsheet…": HR's own model without writing YAML.

Save the template (empty, or with an existing model to start from), fill it in elsewhere, open
it here: the problems are listed with their sheet and cell, or the converted pack is shown in
the model browser exactly as leaders will see it, at each level, and saved where HR chooses
(the data directory's `frameworks` folder is offered, where it shows at once).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.frameworks.schema import MAX_LEVELS
from ledarplan.frameworks.spreadsheet import (
    DEFAULT_TEMPLATE_LEVELS,
    Converted,
    SpreadsheetError,
    convert_workbook,
    save_pack_file,
    template_language,
    write_pack_workbook,
    write_template,
)
from ledarplan.gui.prompts import Prompts
from ledarplan.gui.views.model_browser import ModelBrowserView
from ledarplan.i18n.catalog import LANGUAGE_NAMES, LANGUAGES
from ledarplan.paths import AppPaths

PAGE_START, PAGE_PROBLEMS, PAGE_PREVIEW = range(3)
WORKBOOK_SUFFIX = ".xlsx"


class ModelFromSheetDialog(QDialog):
    #: The id of a model saved into the organisation's folder (and added to the catalog).
    model_added = Signal(str)

    def __init__(
        self,
        catalog: FrameworkCatalog,
        prompts: Prompts,
        data_dir: Path,
        language: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("modelFromSheetDialog")
        self._catalog = catalog
        self._prompts = prompts
        self.frameworks_dir = AppPaths(data_dir).frameworks_dir
        self.converted: Converted | None = None
        self._build(template_language(language))
        self.retranslate()
        self.resize(1100, 780)

    # --- building ------------------------------------------------------------------------

    def _build(self, language: str) -> None:
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.start_box = QGroupBox()
        self.levels_label = QLabel()
        self.levels_spin = QSpinBox()
        self.levels_spin.setRange(0, MAX_LEVELS)
        self.levels_spin.setValue(DEFAULT_TEMPLATE_LEVELS)
        self.levels_label.setBuddy(self.levels_spin)
        self.language_label = QLabel()
        self.language_combo = QComboBox()
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(language))
        self.language_label.setBuddy(self.language_combo)
        self.template_button = QPushButton()
        self.template_button.clicked.connect(self.save_template)
        self.model_label = QLabel()
        self.model_combo = QComboBox()
        for pack in self._catalog.packs:
            self.model_combo.addItem(pack.name, pack.id)
        self.model_label.setBuddy(self.model_combo)
        self.model_button = QPushButton()
        self.model_button.clicked.connect(self.save_model_as_spreadsheet)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openSpreadsheet")
        self.open_button.clicked.connect(self.open_spreadsheet)

        self.start_hint = QLabel()
        self.start_hint.setWordWrap(True)
        self.start_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("problemList")
        self.problem_list.setWordWrap(True)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.note_list = QListWidget()
        self.note_list.setObjectName("noteList")
        self.browser = ModelBrowserView()
        self.browser.setObjectName("previewBrowser")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("saveModel")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_model)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()

    def _lay_out(self) -> None:
        template_row = QHBoxLayout()
        for widget in (self.levels_label, self.levels_spin, self.language_label):
            template_row.addWidget(widget)
        template_row.addWidget(self.language_combo)
        template_row.addWidget(self.template_button)
        template_row.addStretch(1)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_label)
        model_row.addWidget(self.model_combo, 1)
        model_row.addWidget(self.model_button)
        start = QVBoxLayout(self.start_box)
        start.addLayout(template_row)
        start.addLayout(model_row)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)

        problems = QWidget()
        problems_layout = QVBoxLayout(problems)
        problems_layout.addWidget(self.problems_label)
        problems_layout.addWidget(self.problem_list, 1)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.addWidget(self.preview_label)
        preview_layout.addWidget(self.note_list)
        preview_layout.addWidget(self.browser, 1)
        self.pages = QStackedWidget()
        for page in (self.start_hint, problems, preview):
            self.pages.addWidget(page)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.start_box)
        layout.addLayout(open_row)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New model from a spreadsheet"))
        self.intro.setText(
            self.tr(
                "Put your organisation's leadership model into a spreadsheet (Excel or "
                "LibreOffice Calc) and open it here. You see every problem with its sheet and "
                "cell, or the model exactly as leaders will see it, before you save it."
            )
        )
        self.start_box.setTitle(self.tr("Start from a template"))
        self.levels_label.setText(self.tr("&Role levels:"))
        self.language_label.setText(self.tr("Lan&guage of the template:"))
        self.template_button.setText(self.tr("Save an empty &template…"))
        self.model_label.setText(self.tr("Or start &from a model:"))
        self.model_button.setText(self.tr("Save the model as a &spreadsheet…"))
        self.open_button.setText(self.tr("&Open a filled-in spreadsheet…"))
        self.start_hint.setText(
            self.tr("Open a filled-in spreadsheet to check it and see the model.")
        )
        self.save_button.setText(self.tr("Sa&ve model…"))

    # --- the template ----------------------------------------------------------------------

    def _ask_workbook_path(self, title: str, name: str) -> Path | None:
        chosen = self._prompts.save_file(self, title, name, self.tr("Excel workbooks (*.xlsx)"))
        if chosen is not None and chosen.suffix.lower() != WORKBOOK_SUFFIX:
            chosen = chosen.with_name(chosen.name + WORKBOOK_SUFFIX)
        return chosen

    def save_template(self) -> None:
        out = self._ask_workbook_path(self.tr("Save an empty template"), "model.xlsx")
        if out is None:
            return
        try:
            write_template(out, self.levels_spin.value(), self.language_combo.currentData())
        except OSError as exc:
            self._cannot_save(out, exc)
            return
        self._saved_workbook(out)

    def save_model_as_spreadsheet(self) -> None:
        pack = self._catalog.get(self.model_combo.currentData())
        if pack is None:
            return
        out = self._ask_workbook_path(
            self.tr("Save the model as a spreadsheet"), f"{pack.id}{WORKBOOK_SUFFIX}"
        )
        if out is None:
            return
        try:
            write_pack_workbook(pack, out, self.language_combo.currentData())
        except OSError as exc:
            self._cannot_save(out, exc)
            return
        self._saved_workbook(out)

    def _saved_workbook(self, out: Path) -> None:
        self._prompts.information(
            self,
            self.windowTitle(),
            self.tr(
                "Saved: %1\n\nFill it in with Excel or LibreOffice Calc, save it, then open it "
                "here with “Open a filled-in spreadsheet…”."
            ).replace("%1", str(out)),
        )

    def _cannot_save(self, out: Path, exc: OSError) -> None:
        self._prompts.error(
            self,
            self.windowTitle(),
            self.tr("Could not save %1: %2")
            .replace("%1", str(out))
            .replace("%2", exc.strerror or str(exc)),
        )

    # --- the filled-in workbook --------------------------------------------------------------

    def open_spreadsheet(self) -> None:
        chosen = self._prompts.open_file(
            self,
            self.tr("Open a filled-in spreadsheet"),
            self.tr("Excel workbooks (*.xlsx *.xlsm);;All files (*)"),
        )
        if chosen is not None:
            self.check(chosen)

    def check(self, file: Path) -> None:
        """Converts the workbook and shows its problems, or the model as leaders will see it."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            converted = convert_workbook(file)
        except SpreadsheetError as exc:
            self._show_problems(file, [p.describe() for p in exc.problems])
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._show_preview(file, converted)

    def _show_problems(self, file: Path, problems: list[str]) -> None:
        self.converted = None
        self.save_button.setEnabled(False)
        self.problems_label.setText(
            self.tr(
                "%n problem(s) in %1. Nothing can be saved until they are solved: correct the "
                "spreadsheet, save it, and open it again.",
                "",
                len(problems),
            ).replace("%1", file.name)
        )
        self.problem_list.clear()
        self.problem_list.addItems(problems)
        self.pages.setCurrentIndex(PAGE_PROBLEMS)

    def _show_preview(self, file: Path, converted: Converted) -> None:
        self.converted = converted
        pack = converted.pack
        text = self.tr(
            "%1 is ready. This is how leaders will see the model: choose each role level to "
            "read its expectations, then save the model."
        ).replace("%1", file.name)
        if self._catalog.is_builtin(pack.id):
            text += " " + self.tr(
                "Its id '%1' is a built-in model's, so ledarplan would leave it out: give it "
                "an id of its own in the Model sheet."
            ).replace("%1", pack.id)
        self.preview_label.setText(text)
        self.note_list.clear()
        self.note_list.addItems([n.describe() for n in converted.notes])
        self.note_list.setVisible(bool(converted.notes))
        if converted.notes:  # as tall as its notes, up to a few lines (then it scrolls)
            rows = min(len(converted.notes), 4)
            frame = 2 * self.note_list.frameWidth()
            self.note_list.setFixedHeight(rows * self.note_list.sizeHintForRow(0) + frame + 2)
        self.browser.set_packs([pack], {})
        self.browser.select(pack.id)
        self.save_button.setEnabled(True)
        self.pages.setCurrentIndex(PAGE_PREVIEW)

    def save_model(self) -> None:
        if self.converted is None:
            return
        pack = self.converted.pack
        # Offered all the same when it cannot be made: the file dialog then starts elsewhere.
        with contextlib.suppress(OSError):
            self.frameworks_dir.mkdir(parents=True, exist_ok=True)
        out = self._prompts.save_file(
            self,
            self.tr("Save the model"),
            str(self.frameworks_dir / f"{pack.id}.yaml"),
            self.tr("Model packs (*.yaml)"),
        )
        if out is None:
            return
        if out.suffix.lower() not in (".yaml", ".yml"):
            out = out.with_name(out.name + ".yaml")
        try:
            save_pack_file(self.converted, out)
        except OSError as exc:
            self._cannot_save(out, exc)
            return
        self._saved_model(out, pack.id)

    def _saved_model(self, out: Path, framework_id: str) -> None:
        if out.parent.resolve() != self.frameworks_dir.resolve():
            self._prompts.information(
                self,
                self.windowTitle(),
                self.tr(
                    "Saved: %1\n\nTo use it, put it into the “frameworks” folder of each "
                    "leader's data directory, or name it in the organisation's presets."
                ).replace("%1", str(out)),
            )
            return
        error = self._catalog.add_organisation_file(out)
        if error is not None:
            self._prompts.warning(
                self,
                self.windowTitle(),
                self.tr("Saved, but ledarplan cannot show the model beside the others:"),
                error.describe(),
            )
            return
        self.model_added.emit(framework_id)
        self._prompts.information(
            self,
            self.windowTitle(),
            self.tr(
                "Saved: %1\n\nThe model is now among the leadership models (View → Browse "
                "leadership models) and can be chosen for a plan."
            ).replace("%1", str(out)),
        )
