"""People and their plans as a two-level tree: person → plans."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from ledarplan.gui.models.row_table import Index, bold_font

if TYPE_CHECKING:  # the window's frame is painted before the domain is loaded
    from ledarplan.domain.entities import Person, PlanSummary

KindRole = Qt.ItemDataRole.UserRole + 1  # "person" or "plan"
IdRole = Qt.ItemDataRole.UserRole + 2
SearchRole = Qt.ItemDataRole.UserRole + 3  # all text a filter should match

PERSON = "person"
PLAN = "plan"


@dataclass
class _PersonNode:
    person: Person
    plans: list[PlanSummary] = field(default_factory=list)


class PeopleTreeModel(QAbstractItemModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._people: list[_PersonNode] = []
        self._model_names: dict[str, str] = {}
        #: By the plan status's value ("draft" …), which its enum compares equal to.
        self._status_labels: dict[str, str] = {}
        self._archived_label = "archived"

    def set_labels(self, status_labels: dict[str, str], archived: str) -> None:
        """Words of the UI language, given by the view (which translates them)."""
        self._status_labels = dict(status_labels)
        self._archived_label = archived
        if self._people:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._people) - 1, 0))

    def set_rows(
        self, people: list[Person], plans: list[PlanSummary], model_names: dict[str, str]
    ) -> None:
        self.beginResetModel()
        self._model_names = dict(model_names)
        nodes = {p.id: _PersonNode(p) for p in people}
        for summary in plans:
            node = nodes.get(summary.person.id)
            if node is not None:
                node.plans.append(summary)
        self._people = list(nodes.values())
        self.endResetModel()

    # --- structure: internalPointer is None for people, the person's row+1 for plans -------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._people) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        person_row = parent.row()
        if row >= len(self._people[person_row].plans):
            return QModelIndex()
        return self.createIndex(row, 0, person_row + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._people)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._people[parent.row()].plans)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    # --- content -----------------------------------------------------------------------

    def _plan_text(self, summary: PlanSummary) -> str:
        plan = summary.plan
        name = self._model_names.get(plan.framework_id, plan.framework_id)
        parts = [plan.title or name]
        if plan.snapshot.level_name:
            parts.append(plan.snapshot.level_name)
        if plan.period_start and plan.period_end:
            parts.append(f"{plan.period_start.year}–{plan.period_end.year}")
        return " · ".join(parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._person_data(self._people[index.row()], role)
        return self._plan_data(self._people[index.internalId() - 1].plans[index.row()], role)

    def _person_data(self, node: _PersonNode, role: int) -> Any:
        person = node.person
        if role == Qt.ItemDataRole.DisplayRole:
            text = person.name
            if person.archived:
                text += f" ({self._archived_label})"
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return " – ".join(p for p in (person.name, person.job_title, person.unit) if p)
        if role == Qt.ItemDataRole.FontRole:
            font = bold_font()
            font.setItalic(person.archived)
            return font
        if role == KindRole:
            return PERSON
        if role == IdRole:
            return person.id
        if role == SearchRole:
            texts = [person.name, person.job_title, person.unit]
            texts += [self._plan_text(s) for s in node.plans]
            return " ".join(texts)
        return None

    def _plan_data(self, summary: PlanSummary, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._plan_text(summary)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                f"{summary.plan.snapshot.framework_name} — "
                f"{self._status_labels.get(summary.plan.status, summary.plan.status.value)}"
            )
        if role == KindRole:
            return PLAN
        if role == IdRole:
            return summary.plan.id
        if role == SearchRole:
            return f"{summary.person.name} {self._plan_text(summary)}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def find(self, kind: str, ident: str) -> QModelIndex:
        for row, node in enumerate(self._people):
            person_index = self.index(row, 0)
            if kind == PERSON and node.person.id == ident:
                return person_index
            for plan_row, summary in enumerate(node.plans):
                if kind == PLAN and summary.plan.id == ident:
                    return self.index(plan_row, 0, person_index)
        return QModelIndex()
