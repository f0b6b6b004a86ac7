"""File → Organisation summary…: HR opens the summary files leaders and managers sent and sees
the organisation's picture per model, year and level, then exports it as a PDF.

The left side lists each model, its shown cells and what was left out; the right side shows
the chosen one: a model's year over year, a cell's ratings (radar chart and each item's
distribution), the items most chosen for goals, the 70-20-10 mix and the talks — the same
figures, words and charts as the PDF report. Files that cannot be read are named with why.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.errors import DomainError
from ledarplan.gui.error_text import describe, summary_problem
from ledarplan.gui.models.hr_tables import (
    COL_MANAGER,
    COL_NAME,
    COL_SELF,
    KINDS,
    RatedTableModel,
    YearTableModel,
)
from ledarplan.gui.prompts import Prompts
from ledarplan.gui.views.contribute_dialog import window_labels
from ledarplan.gui.widgets.bar_chart import Bar, BarChart, DistributionDelegate, MixBar
from ledarplan.gui.widgets.fitting import screen_sized
from ledarplan.gui.widgets.radar_chart import RadarChart, RadarSeries
from ledarplan.i18n.catalog import LANGUAGE_NAMES, LANGUAGES
from ledarplan.presets import Presets
from ledarplan.services.errors import NotHrError, TooFewPlansError
from ledarplan.services.hr_report import HrReportService, ReadSummaries
from ledarplan.summary import DEFAULT_THRESHOLD, MIN_THRESHOLD
from ledarplan.summary.aggregate import Cell, ModelPicture, Picture
from ledarplan.summary.labels import (
    HrLabels,
    assessed_text,
    coaching_text,
    fill,
    goal_item_text,
    goals_text,
    top_goal_items,
    years_span,
)

#: The logo's height beside the organisation's name (pixels at 100 %).
LOGO_HEIGHT = 44
#: What a tree entry stands for: (kind, model index, cell index).
KindRole = Qt.ItemDataRole.UserRole + 1


def logo_pixmap(path: Path | None, height: float) -> QPixmap | None:
    """The organisation's logo (PNG, JPEG or SVG) at `height` pixels, or None when there is
    none or it cannot be read: as on the PDF's cover, a broken logo is left out silently."""
    if path is None:
        return None
    reader = QImageReader(str(path))
    size = reader.size()
    if size.isValid() and size.height() > 0:
        reader.setScaledSize(size.scaled(10_000, round(height), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)


def _heading(text: str = "", size: float = 1.0) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * size)
    label.setFont(font)
    return label


def _note() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def _fit_height(view: QTableView) -> None:
    """The table as tall as its rows: the page scrolls, not the table."""
    view.resizeRowsToContents()
    height = view.horizontalHeader().height() + 2 * view.frameWidth()
    height += sum(view.rowHeight(r) for r in range(view.model().rowCount()))
    view.setFixedHeight(height)


class CellPage(QWidget):
    """One cell: its ratings, goals' items, the 70-20-10 mix and the talks."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = _heading(size=1.3)
        self.facts = _note()
        self.areas_title = _heading()
        self.chart = RadarChart()
        self.chart.setMinimumHeight(380)
        self.assessed = _note()
        self.items_title = _heading()
        self.items_note = _note()
        self.items = RatedTableModel(self)
        self.items_view = _table(self.items)
        self.items_view.setObjectName("itemsTable")
        for column, series in ((COL_SELF, 0), (COL_MANAGER, 1)):
            self.items_view.setItemDelegateForColumn(column, DistributionDelegate(series, self))
        header = self.items_view.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (COL_SELF, COL_MANAGER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 130)
        self.gap_note = _note()
        self.goals_title = _heading()
        self.goal_items = BarChart(series=2)
        self.goals_facts = _note()
        self.mix_title = _heading()
        self.mix = MixBar()
        self.mix_note = _note()
        self.talks_title = _heading()
        self.talks = BarChart(series=0)
        self.coaching = _note()
        layout = QVBoxLayout(self)
        for widget in (
            self.title, self.facts, self.areas_title, self.chart, self.assessed,
            self.items_title, self.items_note, self.items_view, self.gap_note,
            self.goals_title, self.goal_items, self.goals_facts, self.mix_title, self.mix,
            self.mix_note, self.talks_title, self.talks, self.coaching,
        ):  # fmt: skip
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_cell(self, model: ModelPicture, cell: Cell, threshold: int, labels: HrLabels) -> None:
        self.title.setText(f"{model.name}: {labels.cell_title(model, cell.scope)}")
        self.facts.setText(labels.plans(cell.plans))
        self.areas_title.setText(labels.ratings_per_area)
        axes = cell.chart_axes()
        self.chart.set_data(
            [a.title for a in axes],
            [
                RadarSeries(labels.self_series, tuple(a.self_view.average for a in axes)),
                RadarSeries(labels.manager_series, tuple(a.manager_view.average for a in axes)),
            ],
            (cell.low, cell.high),
        )
        self.assessed.setText(assessed_text(cell, labels))
        self.items_title.setText(labels.ratings_per_item)
        self.items_note.setText(fill(labels.distribution_note, low=cell.low, high=cell.high))
        self.items.set_cell(cell, labels)
        _fit_height(self.items_view)
        gap_note = labels.gap_long
        if cell.withheld:
            gap_note += "\n\n" + labels.withheld(threshold)
        self.gap_note.setText(gap_note)
        self.goals_title.setText(labels.goal_items)
        self.goal_items.set_bars(
            [Bar(g.title, g.plans, goal_item_text(cell, g, labels)) for g in top_goal_items(cell)],
            cell.plans,
        )
        self.goal_items.setVisible(bool(cell.goal_items))
        facts = goals_text(cell, labels)
        self.goals_facts.setText(facts if cell.goal_items else f"{labels.no_goal_items} {facts}")
        self.mix_title.setText(labels.mix)
        self.mix.set_parts(
            [
                (f"{labels.action_kind(k)} {labels.share(cell.kind_share(k))}", cell.kind_share(k))
                for k in KINDS
            ]
        )
        self.mix.setVisible(bool(cell.action_total))
        self.mix_note.setText(
            labels.mix_note(cell.action_total) if cell.action_total else labels.no_actions
        )
        self.talks_title.setText(labels.talks)
        self.talks.set_bars(
            [
                Bar(name, cell.share(count), labels.share(cell.share(count)))
                for name, count in (
                    (labels.talk_held, cell.held),
                    (labels.talk_signed, cell.signed),
                    (labels.talk_followed_up, cell.followed_up),
                )
            ],
            1.0,
        )
        self.coaching.setText(coaching_text(cell, labels))


class ModelPage(QWidget):
    """One model: its plans and years, year over year, and what of it was folded, and why."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = _heading(size=1.3)
        self.facts = _note()
        self.years_title = _heading()
        self.years_note = _note()
        self.years = YearTableModel(self)
        self.years_view = _table(self.years)
        self.years_view.setObjectName("yearsTable")
        self.folded_title = _heading()
        self.folded = QLabel()
        self.folded.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (
            self.title, self.facts, self.years_title, self.years_note, self.years_view,
            self.folded_title, self.folded,
        ):  # fmt: skip
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_model(self, model: ModelPicture, threshold: int, labels: HrLabels) -> None:
        self.title.setText(model.name)
        facts = f"{labels.plans(model.plans)} · {years_span(model.years) or '–'}"
        if model.versions:
            facts += " · " + fill(labels.versions, versions=", ".join(model.versions))
        self.facts.setText(facts)
        self.years_title.setText(labels.year_over_year)
        self.years_note.setText(labels.year_over_year_note)
        self.years.set_model(model, labels)
        _fit_height(self.years_view)
        lines = labels.folded_texts(model, threshold)
        self.folded_title.setText(labels.left_out)
        self.folded.setText(
            "\n".join(f"• {line}" for line in lines) or labels.nothing_left_out(threshold)
        )


class LeftOutPage(QWidget):
    """What the picture leaves out and why, and each file that could not be read."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = _heading(size=1.3)
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        self.files_title = _heading()
        self.files = QLabel()
        self.files.setObjectName("filesNotRead")
        self.files.setWordWrap(True)
        self.files.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.lines, self.files_title, self.files):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_left_out(self, shown: Picture, read: ReadSummaries, labels: HrLabels) -> None:
        self.title.setText(labels.left_out)
        lines = labels.left_out_lines(shown)
        self.lines.setText(
            "\n".join(f"• {line}" for line in lines) or labels.nothing_left_out(shown.threshold)
        )
        problems = [*read.refused, *read.left_out]
        self.files_title.setText(self.tr("Files not read"))
        self.files_title.setVisible(bool(problems))
        self.files.setVisible(bool(problems))
        self.files.setText(
            "\n\n".join(
                f"{p.path.name}: {labels.refusal(p.refusal)}\n"
                + "\n".join(f"  – {summary_problem(problem)}" for problem in p.problems)
                for p in problems
            )
        )


class OrganisationSummaryDialog(QDialog):
    def __init__(
        self,
        service: HrReportService,
        prompts: Prompts,
        presets: Presets,
        language: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("organisationSummary")
        self._service = service
        self._prompts = prompts
        self._presets = presets
        self._files: list[Path] = []
        self._read: ReadSummaries | None = None
        self.picture: Picture | None = None
        #: Why the organisation's database gave no picture (None: it did, or files are read).
        self._refused: DomainError | None = None

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_organisation(presets))
        layout.addLayout(self._build_bar(language))
        self.status = _note()
        layout.addWidget(self.status)
        layout.addWidget(self._build_panes(), 1)
        self.resize(screen_sized(self, QSize(1240, 780)))
        self.retranslate()
        if service.on_organisation_database:
            # HR collects no files there: the database gives every plan's summary.
            self.open_button.hide()
            self.read_organisation()

    def _build_organisation(self, presets: Presets) -> QHBoxLayout:
        """The organisation's name and logo from its presets, as on the report's cover."""
        self.organisation = _heading(presets.organisation.strip(), 1.3)
        self.organisation.setObjectName("organisationName")
        self.organisation.setVisible(bool(presets.organisation.strip()))
        self.logo = QLabel()
        self.logo.setObjectName("organisationLogo")
        picture = logo_pixmap(presets.logo, LOGO_HEIGHT * self.devicePixelRatioF())
        if picture is not None:
            picture.setDevicePixelRatio(self.devicePixelRatioF())
            self.logo.setPixmap(picture)
        self.logo.setVisible(picture is not None)
        row = QHBoxLayout()
        row.addWidget(self.organisation, 1)
        row.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return row

    def _build_bar(self, language: str) -> QHBoxLayout:
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._choose_files)
        self.threshold_label = QLabel()
        self.threshold = QSpinBox()
        self.threshold.setRange(MIN_THRESHOLD, 1000)
        self.threshold.setValue(DEFAULT_THRESHOLD)
        self.threshold_label.setBuddy(self.threshold)
        self.threshold.valueChanged.connect(lambda _value: self._show())
        self.language_label = QLabel()
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.language_label.setBuddy(self.language)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_pdf)
        bar = QHBoxLayout()
        for widget in (self.open_button, self.threshold_label, self.threshold):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.language_label, self.language, self.export_button):
            bar.addWidget(widget)
        return bar

    def _build_panes(self) -> QSplitter:
        self.tree = QTreeWidget()
        self.tree.setObjectName("pictureTree")
        self.tree.setHeaderHidden(True)
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cell_page = CellPage()
        self.model_page = ModelPage()
        self.left_out_page = LeftOutPage()
        self.pages = QStackedWidget()
        for page in (self.placeholder, self.model_page, self.cell_page, self.left_out_page):
            self.pages.addWidget(page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.pages)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])
        return self.splitter

    # --- reading ----------------------------------------------------------------------------

    def _choose_files(self) -> None:
        files = self._prompts.open_files(
            self,
            self.tr("Open summary files"),
            self.tr("ledarplan summaries (*.json);;All files (*)"),
        )
        if files:
            self.open_files(files)

    def open_files(self, files: list[Path]) -> None:
        """Reads the files (each one that cannot be read is named) and shows the picture."""
        self._files = list(files)
        self._read = self._service.read(self._files)
        self._show()

    def read_organisation(self) -> None:
        """HR's picture from the organisation's database (every current plan's anonymous
        summary); the database's threshold is the smallest group shown."""
        try:
            read = self._service.read_organisation()
        except DomainError as exc:
            self._read, self.picture, self._refused = None, None, exc
            self._fill_tree()
            self.retranslate()
            return
        self._refused = None
        self.threshold.blockSignals(True)
        self.threshold.setMinimum(read.smallest)
        self.threshold.setValue(read.smallest)
        self.threshold.blockSignals(False)
        self._read = read
        self._show()

    def _show(self) -> None:
        if self._read is None:
            return
        self.picture = self._service.picture(self._read, self.threshold.value())
        self._fill_tree()
        self.retranslate()

    def _labels(self) -> HrLabels:
        return window_labels()

    def _fill_tree(self) -> None:
        shown, labels = self.picture, self._labels()
        self.tree.clear()
        if shown is None:
            return
        first = None
        for number, model in enumerate(shown.models):
            top = QTreeWidgetItem([model.name])
            top.setData(0, KindRole, ("model", number, -1))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for index, cell in enumerate(model.cells):
                title = f"{labels.cell_title(model, cell.scope)} ({cell.plans})"
                child = QTreeWidgetItem([title])
                child.setData(0, KindRole, ("cell", number, index))
                top.addChild(child)
                first = first or child
            top.setExpanded(True)
        left_out = QTreeWidgetItem([labels.left_out])
        left_out.setData(0, KindRole, ("left-out", -1, -1))
        self.tree.addTopLevelItem(left_out)
        self.tree.setCurrentItem(self._detail_item() or left_out)

    def _detail_item(self) -> QTreeWidgetItem | None:
        """The first model's cell the report shows in detail: its latest year, all levels."""
        if not self.picture or not self.picture.models:
            return None
        model = self.picture.models[0]
        cells = model.year_cells(model.detail_year())
        wanted = model.cells.index(cells[-1]) if cells else 0
        return self.tree.topLevelItem(0).child(wanted)

    def _show_current(self) -> None:
        item = self.tree.currentItem()
        shown = self.picture
        if item is None or shown is None:
            self.pages.setCurrentWidget(self.placeholder)
            return
        kind, model_index, cell_index = item.data(0, KindRole)
        labels = self._labels()
        if kind == "model":
            self.model_page.show_model(shown.models[model_index], shown.threshold, labels)
            self.pages.setCurrentWidget(self.model_page)
        elif kind == "cell":
            model = shown.models[model_index]
            self.cell_page.show_cell(model, model.cells[cell_index], shown.threshold, labels)
            self.pages.setCurrentWidget(self.cell_page)
        else:
            self.left_out_page.show_left_out(shown, self._read or ReadSummaries(), labels)
            self.pages.setCurrentWidget(self.left_out_page)

    # --- the PDF ----------------------------------------------------------------------------

    def export_pdf(self) -> Path | None:
        if self.picture is None:
            return None
        path = self._prompts.save_file(
            self,
            self.tr("Save the organisation summary as PDF"),
            "organisation-summary.pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        from ledarplan.i18n.hr_labels import hr_labels  # noqa: PLC0415
        from ledarplan.pdf.options import HrReportOptions  # noqa: PLC0415

        options = HrReportOptions(organisation=self._presets.organisation, logo=self._presets.logo)
        try:
            self._service.export_pdf(
                self.picture, path, hr_labels(self.language.currentData()), options
            )
        except DomainError as exc:
            self._prompts.error(self, self.tr("The report could not be saved"), describe(exc))
            return None
        self._prompts.information(
            self,
            self.tr("Organisation summary"),
            self.tr("The report was saved to %1.").replace("%1", str(path)),
        )
        return path

    # --- words ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Organisation summary"))
        self.open_button.setText(self.tr("&Open summary files…"))
        self.threshold_label.setText(self.tr("Smallest &group shown:"))
        self.threshold.setSuffix(" " + self.tr("plans"))
        self.language_label.setText(self.tr("Report &language:"))
        self.export_button.setText(self.tr("&Export as PDF…"))
        self.export_button.setEnabled(self.picture is not None)
        self.placeholder.setText(self._placeholder_text())
        read, shown = self._read, self.picture
        if read is None or shown is None:
            self.status.setText("")
        elif read.source:
            self.status.setText(
                self.tr("%n plan(s) from the organisation's database.", "", shown.plans)
            )
        else:
            status = (
                self.tr("%n plan(s)", "", shown.plans)
                + " "
                + self.tr("from %1 of %n file(s).", "", len(self._files)).replace(
                    "%1", QLocale().toString(read.files)
                )
            )
            if read.refused:
                status += " " + self.tr(
                    "%n file(s) could not be read: see “%1”.", "", len(read.refused)
                ).replace("%1", self._labels().left_out)
            self.status.setText(status)
        self._show_current()

    def _placeholder_text(self) -> str:
        refused = self._refused
        if isinstance(refused, NotHrError):
            return self.tr(
                "Only HR reads the organisation's picture, and your login is not in HR. IT "
                "registers HR's people in the organisation's database."
            )
        if isinstance(refused, TooFewPlansError):
            return self.tr(
                "The organisation's database holds fewer than %n plan(s), and the picture "
                "shows no group of fewer: there is nothing to show yet.",
                "",
                refused.threshold,
            )
        if refused is not None:
            return describe(refused)
        return self.tr(
            "Open the summary files that leaders and managers sent you. They hold no names "
            "and no texts; the picture shows no group of fewer plans than the number above."
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill_tree()
            self.retranslate()
        super().changeEvent(event)
