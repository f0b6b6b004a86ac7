"""The manager's desk (View → Team overview): every person the user holds a plan for, one row
each, sorted and filtered; or, for a leader with only their own plan, their year.

A manager sees who is due, who has prepared and what was agreed and not done; opening a row
(double-click or Enter) opens that plan. A leader whose only plan is their own, kept at their
own desk, sees the same page as their year: the talk, follow-ups, next sessions, actions and
agreements due, in date order. The PDFs and the calendar file of the team are exported from
the buttons below, and in a leader's year the plan's calendar file (the window's File menu has
the same commands).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.entities import Side
from ledarplan.domain.errors import DomainError
from ledarplan.gui.error_text import describe
from ledarplan.gui.events import DataEvents
from ledarplan.gui.models.row_table import RowTableModel, bold_font
from ledarplan.gui.models.team_table import (
    COL_AGREEMENTS,
    COL_MODEL,
    COL_PERSON,
    COL_PREPARED,
    COL_STATUS,
    OVERDUE_BACKGROUND,
    SOON_BACKGROUND,
    PlanIdRole,
    SearchRole,
    SortRole,
    TeamTableModel,
    TeamWords,
    YearEntry,
    YearTableModel,
)
from ledarplan.gui.widgets.column_fit import (
    ColumnTexts,
    RefitOnResize,
    natural_widths,
    share_width,
    title_rooms,
)
from ledarplan.services.calendar import CalendarLabels, DatedItem, labels_from
from ledarplan.services.container import Services
from ledarplan.services.team import SOON_DAYS, Due, TeamRow

TEAM, YEAR = "team", "year"
#: The widest a column is made (a long model name is cut, and shown whole in its tip).
MAX_COLUMN = 280
#: When the table is short of room, the model's column gives way first, down to this; then
#: the person's and the status's, down to these (their texts cut with "…", whole in the tip).
LEAST_MODEL, LEAST_PERSON, LEAST_STATUS = 100, 110, 130


def _table(
    model: RowTableModel, sort_column: int, filter_role: int = Qt.ItemDataRole.DisplayRole
) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.setFilterRole(filter_role)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)  # a match in any column: name, plan, model, "overdue" …
    table = QTableView()
    table.setModel(proxy)
    proxy.setParent(table)
    table.setSortingEnabled(True)
    table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(False)  # the tints say something; stripes would blur them
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setHighlightSections(False)
    return table, proxy


def _fit_team_columns(table: QTableView, model: TeamTableModel) -> None:
    """Every column in view: each as wide as its texts, long titles on two lines, and when
    that is still too wide the model's column narrowed, then the person's and the status's
    (their texts cut with "…", whole in their tips)."""
    plain, bold = table.fontMetrics(), QFontMetrics(bold_font())
    columns = [
        ColumnTexts(
            model.title(column),
            model.column_texts(column),
            bold if column == COL_STATUS else plain,
        )
        for column in range(model.columnCount())
    ]
    natural, titles = _natural(table, columns)
    natural = [min(width, MAX_COLUMN) for width in natural]
    give_way = ({COL_MODEL: LEAST_MODEL}, {COL_PERSON: LEAST_PERSON, COL_STATUS: LEAST_STATUS})
    model.show_titles(titles)
    widths = share_width(natural, give_way, table.viewport().width())
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        header.resizeSection(column, width)


def _fit_year_columns(table: QTableView, model: YearTableModel) -> None:
    """Each column as wide as its widest text or its title (the last one takes the rest)."""
    columns = [
        ColumnTexts(str(model.headerData(c, Qt.Orientation.Horizontal) or ""),
                    model.column_texts(c), QFontMetrics(bold_font()))
        for c in range(model.columnCount())
    ]  # fmt: skip
    natural, _titles = _natural(table, columns)
    header = table.horizontalHeader()
    for column, width in enumerate(natural):
        header.resizeSection(column, min(width, MAX_COLUMN))


def _natural(table: QTableView, columns: list[ColumnTexts]) -> tuple[list[int], list[str]]:
    """The columns' widths for their texts and their titles as shown; the room for the sort
    arrow depends on the header's height, so it is measured again once a title is wrapped."""
    metrics = table.horizontalHeader().fontMetrics()
    natural, titles = natural_widths(columns, metrics, title_rooms(table, two_lines=False))
    if any("\n" in title for title in titles):
        natural, titles = natural_widths(columns, metrics, title_rooms(table, two_lines=True))
    return natural, titles


class TeamOverviewView(QWidget):
    #: Open this plan (its id): a row was double-clicked or Enter pressed on it.
    open_requested = Signal(str)

    def __init__(
        self,
        services: Services,
        events: DataEvents,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ):
        super().__init__(parent)
        self.setObjectName("teamOverview")
        self._services = services
        self._today = today
        self._stale = True
        self.mode = TEAM
        self.problem = ""  # why the rows could not be read (said on the page)
        self.team_model = TeamTableModel(self)
        self.team_model.set_model_names(
            {pack.id: pack.short_name or pack.name for pack in services.catalog.packs}
        )
        self.year_model = YearTableModel(self)
        self.team_table, self.team_proxy = _table(self.team_model, COL_PERSON, SearchRole)
        RefitOnResize(self.team_table, self._fit)
        self.year_table, self.year_proxy = _table(self.year_model, 0)
        for table in (self.team_table, self.year_table):
            table.horizontalHeader().sortIndicatorChanged.connect(self._fit)  # its arrow
            table.activated.connect(self._activated)
            table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.year_table.horizontalHeader().setStretchLastSection(True)
        self._build()
        self._lay_out()
        events.people_changed.connect(self._changed)
        events.plan_changed.connect(self._changed)
        self.retranslate()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("teamHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("teamFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.count_label = QLabel()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.team_table)
        self.stack.addWidget(self.year_table)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_current)
        self._action_row = QHBoxLayout()
        self._action_buttons: list[tuple[str, QToolButton]] = []

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_button)
        bottom.addStretch(1)
        bottom.addLayout(self._action_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.legend)
        layout.addLayout(bottom)

    def set_actions(self, team: Sequence[QAction], year: Sequence[QAction] = ()) -> None:
        """The window's commands as buttons: for the team (export the PDFs, the calendar)
        below the team's table; for a leader's year (the plan's calendar) below the year."""
        for mode, actions in ((TEAM, team), (YEAR, year)):
            for action in actions:
                button = QToolButton()
                button.setDefaultAction(action)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
                self._action_row.addWidget(button)
                self._action_buttons.append((mode, button))
        self._show_buttons()

    def action_buttons(self) -> list[QToolButton]:
        """The buttons shown for what is on the page."""
        return [button for mode, button in self._action_buttons if mode == self.mode]

    def _show_buttons(self) -> None:
        for mode, button in self._action_buttons:
            button.setVisible(mode == self.mode)

    # --- what is shown ---------------------------------------------------------------------

    @property
    def table(self) -> QTableView:
        return self.year_table if self.mode == YEAR else self.team_table

    @property
    def proxy(self) -> QSortFilterProxyModel:
        return self.year_proxy if self.mode == YEAR else self.team_proxy

    def reload(self) -> None:
        """Reads the rows again (the team's, or the leader's year) and keeps the row chosen."""
        self._stale = False
        today = self._today()
        chosen = self.current_plan_id()
        try:
            rows = self._services.team.rows(today)
            self.problem = ""
        except DomainError as exc:  # a database that cannot be read just now: said, not fatal
            rows, self.problem = [], describe(exc)
        self.mode = YEAR if _own_plan_only(rows) else TEAM
        if self.mode == YEAR:
            labels = labels_from(QCoreApplication.translate)
            entries = [
                YearEntry(row.plan_id, item)
                for row in rows
                for item in self._year(row, today, labels)
            ]
            self.year_model.set_rows(entries, today)
            self.team_model.set_rows([], today)
        else:
            self.team_model.set_rows(rows, today)
            self.year_model.set_rows([], today)
        self.stack.setCurrentWidget(self.table)
        self._fit()
        self._select(chosen)
        self._show_texts()

    def _fit(self) -> None:
        if self.mode == YEAR:
            _fit_year_columns(self.year_table, self.year_model)
        else:
            _fit_team_columns(self.team_table, self.team_model)

    def _year(self, row: TeamRow, today: date, labels: CalendarLabels) -> list[DatedItem]:
        try:
            return self._services.team.year(row.plan_id, today, labels)
        except DomainError:  # deleted meanwhile
            return []

    def current_plan_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(PlanIdRole) if index.isValid() else None

    def _select(self, plan_id: str | None) -> None:
        proxy = self.proxy
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if plan_id is None or index.data(PlanIdRole) == plan_id:
                self.table.setCurrentIndex(index)
                break
        self._update_buttons()

    def open_current(self) -> None:
        plan_id = self.current_plan_id()
        if plan_id:
            self.open_requested.emit(plan_id)

    def _activated(self, index: QModelIndex) -> None:
        plan_id = index.data(PlanIdRole)
        if plan_id:
            self.open_requested.emit(plan_id)

    def _filter(self, text: str) -> None:
        for proxy in (self.team_proxy, self.year_proxy):
            proxy.setFilterFixedString(text)
        if not self.table.currentIndex().isValid():
            self._select(None)
        self._show_count()

    def _changed(self, *_args: object) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # read again when shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _update_buttons(self, *_args: object) -> None:
        self.open_button.setEnabled(self.current_plan_id() is not None)

    # --- texts ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.team_model.set_texts(
            [
                self.tr("Person"),
                self.tr("Status"),
                self.tr("Model and level"),
                self.tr("Next talk"),
                self.tr("Follow-up"),
                self.tr("Prepared"),
                self.tr("Self-assessment"),
                self.tr("Manager's assessment"),
                self.tr("Agreements open / overdue"),
                self.tr("Actions overdue"),
                self.tr("Goals"),
                self.tr("Last session"),
            ],
            TeamWords(
                reminders={
                    (Due.TALK, True): self.tr("Talk overdue"),
                    (Due.FOLLOW_UP, True): self.tr("Follow-up overdue"),
                    (Due.AGREEMENTS, True): self.tr("Agreements overdue"),
                    (Due.ACTIONS, True): self.tr("Actions overdue"),
                    (Due.TALK, False): self.tr("Talk due soon"),
                    (Due.FOLLOW_UP, False): self.tr("Follow-up due soon"),
                },
                reminder_tips={
                    (Due.TALK, True): self.tr("Talk overdue: the talk on %1 is not signed off"),
                    (Due.FOLLOW_UP, True): self.tr("Follow-up overdue: it was due on %1"),
                    (Due.AGREEMENTS, True): self.tr("Agreements overdue: %1 of the %2 open ones"),
                    (Due.ACTIONS, True): self.tr("Actions overdue: %1"),
                    (Due.TALK, False): self.tr("Talk due soon: on %1"),
                    (Due.FOLLOW_UP, False): self.tr("Follow-up due soon: on %1"),
                },
                header_tips={
                    COL_STATUS: self.tr("What is overdue, or due within %1 days").replace(
                        "%1", str(SOON_DAYS)
                    ),
                    COL_PREPARED: self.tr(
                        "Who has prepared the talk: answered every question of their preparation"
                    ),
                    COL_AGREEMENTS: self.tr(
                        "Agreements not yet done, and how many of them are past their due date"
                    ),
                },
                plan_tip=self.tr("%1\nModel: %2"),
                prepared=(
                    self.tr("Not yet"),
                    self.tr("The leader"),
                    self.tr("The manager"),
                    self.tr("Both"),
                ),
                next_session=self.tr("Next session: %1"),
            ),
        )
        self._fit()
        self.year_model.set_texts(
            [self.tr("Date"), self.tr("When"), self.tr("What")],
            self._in_days,
            self.tr("Within %1 days"),
        )
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, plan, model or status"))
        self.filter_edit.setAccessibleName(self.tr("Filter"))
        self.open_button.setText(self.tr("&Open plan"))
        self.open_button.setToolTip(self.tr("Open the chosen plan (or double-click its row)"))
        self.team_table.setAccessibleName(self.tr("The team's plans"))
        self.year_table.setAccessibleName(self.tr("My year"))
        self._show_texts()

    def _in_days(self, days: int) -> str:
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("tomorrow")
        return self.tr("in %n day(s)", "", days)

    def _show_texts(self) -> None:
        if self.mode == YEAR:
            self.heading.setText(self.tr("My year"))
            self.intro.setText(
                self.tr(
                    "Your dates from today on: the development talk and its follow-up, the "
                    "next coaching session, and when actions, agreements and goals are due."
                )
            )
        else:
            self.heading.setText(self.tr("Team overview"))
            self.intro.setText(
                self.tr(
                    "Everyone you hold a plan for (archived people left out), with their "
                    "current plan. Double-click a row, or press Enter, to open the plan."
                )
            )
        if self.problem:
            self.intro.setText(self.problem)
        overdue = _swatch(OVERDUE_BACKGROUND.color().name(), self.tr("Overdue"))
        soon = _swatch(SOON_BACKGROUND.color().name(), self.tr("Due soon"))
        if self.mode == YEAR:
            legend = self.tr("%2: within %3 days.")
        else:
            legend = self.tr(
                "%1: a talk whose date has passed is not signed off, the follow-up date has "
                "passed, or an agreement or action is late. %2: a talk or follow-up within %3 "
                "days."
            )
        self.legend.setText(
            legend.replace("%1", overdue).replace("%2", soon).replace("%3", str(SOON_DAYS))
        )
        self.legend.setVisible(self.mode == TEAM or self.year_model.rowCount() > 0)
        self._show_buttons()
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.table.model().sourceModel().rowCount()
        if self.mode == YEAR:
            text = self.tr("%n date(s)", "", total)
        else:
            text = self.tr("%n person(s)", "", total)
        if shown != total:
            text = self.tr("%1 shown of %2").replace("%1", str(shown)).replace("%2", text)
        self.count_label.setText(text)


def _swatch(colour: str, text: str) -> str:
    """A tinted word as the rows are tinted (the word says it too, not the colour alone)."""
    return f'<span style="background:{colour};">&nbsp;{text}&nbsp;</span>'


def _own_plan_only(rows: list[TeamRow]) -> bool:
    """A leader with only their own plan: one person, whose plan is at the leader's desk."""
    return len(rows) == 1 and rows[0].desk is Side.LEADER
