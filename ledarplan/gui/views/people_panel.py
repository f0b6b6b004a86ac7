"""The sidebar: people and their plans, with a search box and the actions on them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ledarplan.gui.models.people_tree import (
    PERSON,
    PLAN,
    IdRole,
    KindRole,
    PeopleTreeModel,
    SearchRole,
)

if TYPE_CHECKING:
    from ledarplan.services.container import Services


class PeoplePanel(QWidget):
    #: A plan was chosen (its id), or nothing (None).
    plan_selected = Signal(object)

    def __init__(self, services: Services | None = None, parent: QWidget | None = None):
        """Without `services` the panel waits for the data (see `attach`): the search box
        takes typing already, and a quiet line says the plans are being opened."""
        super().__init__(parent)
        self._services = services
        self._actions: list[QAction | None] = []
        self.model = PeopleTreeModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SearchRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setRecursiveFilteringEnabled(True)

        self.search = QLineEdit()
        self.search.setObjectName("peopleSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.textChanged.connect(lambda _text: self.tree.expandAll())

        self.tree = QTreeView()
        self.tree.setObjectName("peopleTree")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        self.show_archived = QCheckBox()
        self.show_archived.toggled.connect(lambda _on: self.reload())

        self.opening = QLabel()
        self.opening.setObjectName("peopleOpening")
        self.opening.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.opening.setStyleSheet("color: palette(mid); padding-top: 12px;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.opening, 1)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.show_archived)
        self.retranslate()
        self._show_opening(services is None)

    def attach(self, services: Services) -> None:
        """The data is there: the people and plans are shown (filtered by what was typed)."""
        self._services = services
        self._show_opening(False)
        self.reload()

    def _show_opening(self, opening: bool) -> None:
        self.opening.setVisible(opening)
        self.tree.setVisible(not opening)
        self.show_archived.setEnabled(not opening)

    # --- data ----------------------------------------------------------------------------

    def reload(self, select: tuple[str, str] | None = None) -> None:
        """Refills the tree; keeps (or moves to `select`) the current person or plan."""
        if self._services is None:
            return
        current = select or self.current()
        people = self._services.people.list(include_archived=self.show_archived.isChecked())
        plans = self._services.plans.list(counts=False)
        names = {p.id: p.short_name or p.name for p in self._services.catalog.packs}
        self.model.set_rows(people, plans, names)
        self.tree.expandAll()
        if current is not None:
            self.select(*current)

    def current(self) -> tuple[str, str] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return index.data(KindRole), index.data(IdRole)

    def current_person_id(self) -> str | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        if index.data(KindRole) == PERSON:
            return index.data(IdRole)
        return index.parent().data(IdRole)

    def current_plan_id(self) -> str | None:
        index = self.tree.currentIndex()
        return index.data(IdRole) if index.isValid() and index.data(KindRole) == PLAN else None

    def select(self, kind: str, ident: str) -> bool:
        source = self.model.find(kind, ident)
        index = self.proxy.mapFromSource(source) if source.isValid() else QModelIndex()
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def is_empty(self) -> bool:
        return self.model.rowCount() == 0

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        plan_id = (
            current.data(IdRole) if current.isValid() and current.data(KindRole) == PLAN else None
        )
        if plan_id is None and current.isValid() and self.proxy.rowCount(current) > 0:
            # Choosing a person opens their most recent plan.
            last = self.proxy.index(self.proxy.rowCount(current) - 1, 0, current)
            plan_id = last.data(IdRole)
        self.plan_selected.emit(plan_id)

    # --- actions -------------------------------------------------------------------------

    def set_actions(self, actions: list[QAction | None]) -> None:
        """The window's actions on people and plans, offered in the context menu too."""
        self._actions = actions

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for action in self._actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search people and plans"))
        self.search.setAccessibleName(self.tr("Search people and plans"))
        self.tree.setAccessibleName(self.tr("People and plans"))
        self.show_archived.setText(self.tr("Show archived people"))
        self.opening.setText(self.tr("Opening your plans…"))
        self.model.set_labels(
            {
                # PlanStatus's values: the domain is not loaded before the first paint.
                "draft": self.tr("draft"),
                "agreed": self.tr("agreed"),
                "followed-up": self.tr("followed up"),
            },
            self.tr("archived"),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
