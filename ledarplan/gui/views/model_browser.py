"""The model browser: pick a leadership model and a role level, read what is expected."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ledarplan.frameworks.presentation import source_line, view_for_level
from ledarplan.frameworks.schema import FrameworkPack
from ledarplan.gui.models.framework_list import FrameworkIdRole, FrameworkListModel
from ledarplan.gui.models.level_matrix import COL_AREA, FIRST_LEVEL_COLUMN, LevelMatrixModel
from ledarplan.gui.views.model_html import (
    HtmlLabels,
    anchor_for_area,
    anchor_for_section,
    render_context,
    render_expectations,
)
from ledarplan.gui.widgets.column_fit import (
    RefitOnResize,
    even_widths,
    title_rooms,
    wrap_title,
)
from ledarplan.gui.widgets.eliding_combo import ElidingComboBox
from ledarplan.gui.widgets.wrapping_delegate import WrapAnywhereDelegate

AnchorRole = Qt.ItemDataRole.UserRole + 1
TargetRole = Qt.ItemDataRole.UserRole + 2


class ModelBrowserView(QWidget):
    #: (framework id, level id or None) whenever the user's choice changes.
    selection_changed = Signal(str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._packs: list[FrameworkPack] = []
        self._remembered_levels: dict[str, str] = {}
        self._updating = False
        self._model_locked = False
        #: Whether the level shown was chosen (by the user, the settings or the organisation).
        self._level_chosen = False
        #: Where the level matters (a new plan): none is shown until the user chooses one.
        self.ask_level = False
        self._build_choosers()
        self._build_reading_panes()
        self._lay_out()
        self.model_combo.currentIndexChanged.connect(self._on_model_changed)
        self.level_combo.currentIndexChanged.connect(self._on_level_changed)
        self.retranslate()

    def _build_choosers(self) -> None:
        self.model_label = QLabel()
        # The level is shown whole, the model's long name gives way (cut with "…", whole in
        # the open list and the tip): both fit beside each other on a 150 % laptop screen.
        self.model_combo = ElidingComboBox()
        self.model_combo.setObjectName("modelCombo")
        self.model_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.model_combo.setMinimumContentsLength(12)
        self._framework_model = FrameworkListModel(self)
        self.model_combo.setModel(self._framework_model)
        self.model_label.setBuddy(self.model_combo)

        self.level_label = QLabel()
        self.level_combo = ElidingComboBox()
        self.level_combo.setObjectName("levelCombo")
        # As wide as its longest level when there is room; never wider than the window allows.
        self.level_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.level_combo.setMinimumContentsLength(10)
        self.level_label.setBuddy(self.level_combo)

        self.source_label = QLabel()
        self.source_label.setObjectName("sourceLabel")
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _build_reading_panes(self) -> None:
        self._contents_model = QStandardItemModel(self)
        self.contents_view = QListView()
        self.contents_view.setObjectName("contentsView")
        self.contents_view.setModel(self._contents_model)
        self.contents_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contents_view.setWordWrap(True)
        self.contents_view.setItemDelegate(WrapAnywhereDelegate(self.contents_view))
        # Long section names wrap within the list's width instead of scrolling sideways.
        self.contents_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.contents_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents_view.clicked.connect(self._go_to_anchor)
        self.contents_view.activated.connect(self._go_to_anchor)

        self.text_view = QTextBrowser()
        self.text_view.setObjectName("expectationsText")
        self.text_view.setOpenLinks(False)  # packs are data: no link ever navigates anywhere

        self.context_view = QTextBrowser()
        self.context_view.setObjectName("contextText")
        self.context_view.setOpenLinks(False)

        self._matrix_model = LevelMatrixModel(self)
        self.matrix_view = QTableView()
        self.matrix_view.setObjectName("levelMatrix")
        self.matrix_view.setModel(self._matrix_model)
        self.matrix_view.setWordWrap(True)
        # A long compound word wraps inside itself rather than losing its end to "…".
        self.matrix_view.setItemDelegate(WrapAnywhereDelegate(self.matrix_view))
        self.matrix_view.setAlternatingRowColors(True)
        self.matrix_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.matrix_view.verticalHeader().setVisible(False)
        header = self.matrix_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        # The columns share the width the matrix has; long level names go on two lines.
        RefitOnResize(self.matrix_view, self._fit_matrix_columns)
        # Row heights depend on column widths: recompute once the widths settle.
        header.geometriesChanged.connect(self._fit_matrix_rows)
        header.sectionResized.connect(self._fit_matrix_rows)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.text_view, "")
        self.tabs.addTab(self.matrix_view, "")
        self.tabs.addTab(self.context_view, "")
        self.tabs.currentChanged.connect(self._fit_matrix_rows)

    def _lay_out(self) -> None:
        chooser = QHBoxLayout()
        chooser.addWidget(self.model_label)
        chooser.addWidget(self.model_combo, 1)  # takes what the level leaves
        chooser.addSpacing(16)
        chooser.addWidget(self.level_label)
        chooser.addWidget(self.level_combo)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.contents_view)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([220, 880])

        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.source_label)
        layout.addWidget(splitter, 1)

    # --- public API --------------------------------------------------------------------

    def set_packs(self, packs: list[FrameworkPack], remembered_levels: dict[str, str]) -> None:
        self._packs = list(packs)
        self._remembered_levels = dict(remembered_levels)
        self._updating = True
        self._framework_model.set_packs(self._packs)
        self._updating = False

    def select(self, framework_id: str | None, level_id: str | None = None) -> None:
        """Shows a model (the first when the id is unknown) at a level (remembered or first)."""
        row = self._framework_model.row_of(framework_id) if framework_id else -1
        if level_id is not None and framework_id:
            self._remembered_levels[framework_id] = level_id
        row = max(row, 0)
        if self.model_combo.currentIndex() == row:
            self._on_model_changed(row)
        else:
            self.model_combo.setCurrentIndex(row)

    def lock_model(self, locked: bool) -> None:
        """The organisation keeps its users to its model: it is shown but cannot be changed."""
        self._model_locked = locked
        self.model_combo.setEnabled(not locked)
        self._retranslate_lock()

    def _retranslate_lock(self) -> None:
        self.model_combo.setToolTip(
            self.tr("Your organisation has chosen this model.") if self._model_locked else ""
        )

    def current_framework_id(self) -> str | None:
        return self.model_combo.currentData(FrameworkIdRole)

    def current_level_id(self) -> str | None:
        return self.level_combo.currentData() if self.level_combo.isEnabled() else None

    def current_pack(self) -> FrameworkPack | None:
        return self._framework_model.pack_at(self.model_combo.currentIndex())

    # --- reacting to the user ----------------------------------------------------------

    def _on_model_changed(self, row: int) -> None:
        if self._updating:
            return
        pack = self._framework_model.pack_at(row)
        self._updating = True
        self.level_combo.clear()
        if pack is not None and pack.levels:
            for level in pack.levels:
                self.level_combo.addItem(level.name, level.id)
            wanted = self._remembered_levels.get(pack.id)
            index = self.level_combo.findData(wanted) if wanted else -1
            # A level nobody chose is only shown (the first), never remembered as chosen;
            # where the level matters (a new plan), the user is asked to choose it.
            self._level_chosen = index >= 0
            self.level_combo.setCurrentIndex(index if index >= 0 or self.ask_level else 0)
            self.level_combo.setEnabled(True)
        else:
            self.level_combo.addItem(self.tr("(this model has no role levels)"), None)
            # Shown, not left blank: with a placeholder text the combo keeps no current item.
            self.level_combo.setCurrentIndex(0)
            self.level_combo.setEnabled(False)
        self._updating = False
        self.tabs.setTabVisible(1, bool(pack and pack.levels))
        self._matrix_model.set_pack(pack if pack and pack.levels else None)
        self._span_matrix_areas(pack if pack and pack.levels else None)
        self._fit_matrix_columns()
        self._show_current()

    def _span_matrix_areas(self, pack: FrameworkPack | None) -> None:
        """One tall cell per competency instead of its name repeated on every row."""
        self.matrix_view.clearSpans()
        row = 0
        for area in pack.areas if pack else []:
            if len(area.items) > 1:
                self.matrix_view.setSpan(row, COL_AREA, len(area.items), 1)
            row += len(area.items)

    def _fit_matrix_columns(self) -> None:
        """Every column of the matrix in view, sharing its width evenly: a column is never
        narrower than the longest word of its title (in bold, as the chosen level's is),
        and a title wider than its column goes on two lines."""
        model = self._matrix_model
        count = model.columnCount()
        if count == 0:
            return
        header = self.matrix_view.horizontalHeader()
        bold = header.font()
        bold.setBold(True)
        advance = QFontMetrics(bold).horizontalAdvance
        titles = [model.title(column) for column in range(count)]
        rooms = title_rooms(self.matrix_view, two_lines=True)
        least = [
            max(advance(word) for word in title.split() or [""]) + room
            for title, room in zip(titles, rooms, strict=True)
        ]
        widths = even_widths(least, self.matrix_view.viewport().width())
        model.show_titles(
            [
                wrap_title(title, advance, width - room)
                for title, width, room in zip(titles, widths, rooms, strict=True)
            ]
        )
        for column, width in enumerate(widths):
            header.resizeSection(column, width)

    def _fit_matrix_rows(self, *_args: object) -> None:
        if self.matrix_view.isVisible():
            self.matrix_view.resizeRowsToContents()

    def _on_level_changed(self, _index: int) -> None:
        if self._updating:
            return
        self._level_chosen = True
        self._show_current()

    def _show_current(self) -> None:
        pack = self.current_pack()
        if pack is None:
            self.text_view.clear()
            self.context_view.clear()
            self.source_label.clear()
            self._contents_model.clear()
            return
        level_id = self.current_level_id()
        if level_id and self._level_chosen:
            self._remembered_levels[pack.id] = level_id
        self._matrix_model.set_current_level(level_id)
        self._fit_matrix_rows()
        self.source_label.setText(self.tr("Source: %1").replace("%1", source_line(pack)))
        scroll = self.text_view.verticalScrollBar().value()
        same_model = self.text_view.property("frameworkId") == pack.id
        view = view_for_level(pack, level_id)
        labels = self._html_labels()
        self.text_view.setHtml(render_expectations(view, labels, pack.language))
        self.text_view.setProperty("frameworkId", pack.id)
        if same_model:  # switching level keeps the reader's place
            self.text_view.verticalScrollBar().setValue(scroll)
        else:
            self.context_view.setHtml(render_context(view, labels, pack.language))
        self.tabs.setTabVisible(2, bool(pack.context))
        self._fill_contents(pack)
        self.selection_changed.emit(pack.id, level_id if self._level_chosen else None)

    def _fill_contents(self, pack: FrameworkPack) -> None:
        self._contents_model.clear()
        # Areas first, in bold: they are what a leader is assessed against.
        for number, area in enumerate(pack.areas, start=1):
            entry = QStandardItem(f"{number}. {area.title}")
            entry.setData(anchor_for_area(area.id), AnchorRole)
            entry.setData(self.text_view.objectName(), TargetRole)
            font = entry.font()
            font.setBold(True)
            entry.setFont(font)
            self._contents_model.appendRow(entry)
        for section in pack.context:
            entry = QStandardItem(section.title)
            entry.setData(anchor_for_section(section.id), AnchorRole)
            entry.setData(self.context_view.objectName(), TargetRole)
            self._contents_model.appendRow(entry)

    def _go_to_anchor(self, index: QModelIndex) -> None:
        anchor = index.data(AnchorRole)
        if not anchor:
            return
        target = (
            self.context_view
            if index.data(TargetRole) == self.context_view.objectName()
            else self.text_view
        )
        self.tabs.setCurrentWidget(target)
        target.scrollToAnchor(anchor)

    # --- language ----------------------------------------------------------------------

    def _html_labels(self) -> HtmlLabels:
        return HtmlLabels(
            source=self.tr("Source"),
            role_level=self.tr("Role level"),
            all_levels=self.tr("All role levels"),
            expectation_at=self.tr("Expected of: {level}"),
        )

    def retranslate(self) -> None:
        self.model_label.setText(self.tr("Leadership &model:"))
        self._retranslate_lock()
        self.level_label.setText(self.tr("Role &level:"))
        self.level_combo.setPlaceholderText(self.tr("Choose the role level"))
        self.tabs.setTabText(0, self.tr("Expectations"))
        self.tabs.setTabText(1, self.tr("Compare levels"))
        self.tabs.setTabToolTip(1, self.tr("Every role level side by side"))
        self.tabs.setTabText(2, self.tr("About the model"))
        self.tabs.setTabToolTip(
            2, self.tr("The model's own framing: vision, values, cornerstones and more")
        )
        self._matrix_model.set_headers(self.tr("Competency"), self.tr("Sub-competency"))
        self.contents_view.setToolTip(self.tr("Contents: click to go to a section"))
        # Screen readers name the read-only views by what they hold.
        self.contents_view.setAccessibleName(self.tr("Contents of the model"))
        self.text_view.setAccessibleName(self.tr("Expectations at the role level"))
        self.matrix_view.setAccessibleName(self.tr("Expectations of every role level"))
        self.context_view.setAccessibleName(self.tr("About the model"))
        if self._packs:
            self._on_model_changed(self.model_combo.currentIndex())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def level_column(self, level_id: str) -> int:
        """The matrix column that shows a level (for tests and keyboard navigation)."""
        pack = self.current_pack()
        ids = [lvl.id for lvl in pack.levels] if pack else []
        return FIRST_LEVEL_COLUMN + ids.index(level_id)
