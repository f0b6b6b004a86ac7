"""Two rounds side by side: a table item by item and a radar chart per area of the model, with
the feedback from others beside them (a column and a line per group shown) and its blind spots.

The panel only reads: it is refilled with the plan's rounds whenever they change, and keeps the
user's choice of the two rounds while they still exist.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.entities import AssessmentRound, AssessorKind, FeedbackRound, Plan, Side
from ledarplan.domain.feedback import BlindSpot
from ledarplan.gui.formatting import format_date
from ledarplan.gui.models.comparison_table import (
    COL_AREA,
    COL_DIFFERENCE,
    COL_FIRST,
    COL_ITEM,
    COL_SECOND,
    HIGHLIGHT_DIFFERENCE,
    ComparisonTableModel,
)
from ledarplan.gui.models.round_list import assessor_kind_label, round_title
from ledarplan.gui.views.assessment.area_column import area_column_width, span_areas
from ledarplan.gui.views.assessment.blind_spots import BlindSpotsBox
from ledarplan.gui.views.feedback.names import group_names, group_title
from ledarplan.gui.widgets.radar_chart import RadarChart, RadarSeries
from ledarplan.services.area_scores import chart_axes, feedback_scores, scores
from ledarplan.services.assessments import RatingComparison

Compare = Callable[[AssessmentRound, AssessmentRound], list[RatingComparison]]
BlindSpots = Callable[[FeedbackRound], list[BlindSpot]]


def default_pair(rounds: list[AssessmentRound]) -> tuple[str, str] | None:
    """The latest self-assessment against the latest other one; else the two latest rounds."""
    ordered = sorted(rounds, key=lambda r: r.date)
    own = [r for r in ordered if r.assessor_kind is AssessorKind.SELF]
    others = [r for r in ordered if r.assessor_kind is not AssessorKind.SELF]
    if own and others:
        return own[-1].id, others[-1].id
    if len(ordered) >= 2:
        return ordered[-2].id, ordered[-1].id
    return None


class ComparisonPanel(QWidget):
    #: "Make it a goal": the user wants a goal for a blind spot's item (its id).
    develop_requested = Signal(str)

    def __init__(self, compare: Compare, blind_spots: BlindSpots, parent: QWidget | None = None):
        super().__init__(parent)
        self._compare = compare
        self._blind_spots = blind_spots
        self._plan: Plan | None = None
        self._side = Side.LEADER  # whose desk: the placeholder speaks to them
        self._rounds: list[AssessmentRound] = []
        self._feedback: list[FeedbackRound] = []
        self._build()
        self._lay_out()
        self.first_combo.currentIndexChanged.connect(self._refresh)
        self.second_combo.currentIndexChanged.connect(self._refresh)
        self.swap_button.clicked.connect(self.swap)
        self.retranslate()

    def _build(self) -> None:
        self.first_label = QLabel()
        self.first_combo = QComboBox()
        self.first_combo.setObjectName("firstRound")
        self.first_label.setBuddy(self.first_combo)
        self.second_label = QLabel()
        self.second_combo = QComboBox()
        self.second_combo.setObjectName("secondRound")
        self.second_label.setBuddy(self.second_combo)
        for combo in (self.first_combo, self.second_combo):
            # Wide when there is room; a narrow window shortens the names, the list shows them.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        self.swap_button = QPushButton()
        self.swap_button.setObjectName("swapRounds")

        self.summary_label = QLabel()
        self.summary_label.setObjectName("comparisonSummary")
        self.summary_label.setWordWrap(True)

        self.model = ComparisonTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("comparisonTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        for column in (COL_FIRST, COL_SECOND, COL_DIFFERENCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(self._fit_rows)
        self.model.modelReset.connect(self._after_reset)

        self.chart = RadarChart()
        self.chart.setObjectName("radarChart")

        self._build_feedback()

        self.placeholder = QLabel()
        self.placeholder.setObjectName("comparisonPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

    def _build_feedback(self) -> None:
        self.feedback_label = QLabel()
        self.feedback_combo = QComboBox()
        self.feedback_combo.setObjectName("feedbackRound")
        self.feedback_label.setBuddy(self.feedback_combo)
        self.feedback_combo.currentIndexChanged.connect(self._refresh)
        self.feedback_note = QLabel()
        self.feedback_note.setObjectName("feedbackNote")
        self.feedback_note.setWordWrap(True)
        self.spots = BlindSpotsBox()
        self.spots.develop_requested.connect(self.develop_requested)

    def _lay_out(self) -> None:
        choosers = QHBoxLayout()
        choosers.addWidget(self.first_label)
        choosers.addWidget(self.first_combo, 1)
        choosers.addSpacing(8)
        choosers.addWidget(self.second_label)
        choosers.addWidget(self.second_combo, 1)
        choosers.addWidget(self.swap_button)
        # The feedback from others on a row of its own: the rounds fit a narrow window.
        feedback = QHBoxLayout()
        feedback.addWidget(self.feedback_label)
        feedback.addWidget(self.feedback_combo)
        feedback.addStretch(1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([660, 500])
        self.splitter.setChildrenCollapsible(False)

        comparison = QWidget()
        inner = QVBoxLayout(comparison)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(choosers)
        inner.addLayout(feedback)
        inner.addWidget(self.summary_label)
        inner.addWidget(self.feedback_note)
        inner.addWidget(self.splitter, 1)
        inner.addWidget(self.spots)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(comparison)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def retranslate(self) -> None:
        self.first_label.setText(self.tr("&Compare"))
        self.second_label.setText(self.tr("w&ith"))
        self.swap_button.setText(self.tr("S&wap"))
        self.swap_button.setToolTip(self.tr("Swap the two rounds"))
        self.first_combo.setAccessibleName(self.tr("First round"))
        self.second_combo.setAccessibleName(self.tr("Second round"))
        self.table.setAccessibleName(self.tr("Ratings of the two rounds item by item"))
        self.chart.setAccessibleName(self.tr("Radar chart of the average rating per area"))
        self.chart.set_placeholder(self.tr("Choose two rounds to compare."))
        self._show_placeholder_text()
        self.feedback_label.setText(self.tr("Feedback from &others"))
        self.feedback_combo.setAccessibleName(self.tr("Feedback round shown beside the two"))
        self.spots.retranslate()
        self.model.retranslate()
        self._fill_feedback()
        self._fill_combos()

    def set_desk(self, side: Side) -> None:
        self._side = side
        self._show_placeholder_text()

    def _show_placeholder_text(self) -> None:
        if self._side is Side.MANAGER:
            text = self.tr(
                "Comparing needs two assessment rounds, for example the leader's "
                "self-assessment and your assessment, or one round and feedback from others."
            )
        else:
            text = self.tr(
                "Comparing needs two assessment rounds, for example your self-assessment "
                "and your manager's assessment, or one round and feedback from others."
            )
        self.placeholder.setText(text)

    # --- data -----------------------------------------------------------------------------

    def set_rounds(
        self,
        plan: Plan | None,
        rounds: list[AssessmentRound],
        feedback: list[FeedbackRound] | None = None,
    ) -> None:
        """Shows the plan's rounds and its feedback from others (the rounds with answers);
        keeps the chosen pair, and the chosen feedback, while they are still there."""
        self._plan = plan
        self._rounds = sorted(rounds, key=lambda r: r.date, reverse=True)
        if feedback is not None:
            self._feedback = sorted(
                (f for f in feedback if f.results), key=lambda f: f.date, reverse=True
            )
            self._fill_feedback()
        self._fill_combos()

    def chosen_feedback(self) -> FeedbackRound | None:
        chosen = self.feedback_combo.currentData()
        return next((f for f in self._feedback if f.id == chosen), None)

    def _fill_feedback(self) -> None:
        keep = self.feedback_combo.currentData()
        ids = [f.id for f in self._feedback]
        self.feedback_combo.blockSignals(True)
        self.feedback_combo.clear()
        self.feedback_combo.addItem(self.tr("None"), "")
        for round_ in self._feedback:
            text = self.tr("%1 (%n respondent(s))", "", round_.respondents)
            self.feedback_combo.addItem(text.replace("%1", format_date(round_.date)), round_.id)
        chosen = keep if keep in ids else (ids[0] if ids else "")
        self.feedback_combo.setCurrentIndex(max(self.feedback_combo.findData(chosen), 0))
        self.feedback_combo.blockSignals(False)
        self.feedback_combo.setEnabled(bool(self._feedback))

    def choose(self, first_id: str, second_id: str) -> None:
        self.first_combo.setCurrentIndex(self.first_combo.findData(first_id))
        self.second_combo.setCurrentIndex(self.second_combo.findData(second_id))

    def swap(self) -> None:
        first, second = self.first_combo.currentData(), self.second_combo.currentData()
        if first and second:
            self.choose(second, first)

    def chosen(self) -> tuple[AssessmentRound | None, AssessmentRound | None]:
        return self._round(self.first_combo.currentData()), self._round(
            self.second_combo.currentData()
        )

    def _round(self, round_id: str | None) -> AssessmentRound | None:
        return next((r for r in self._rounds if r.id == round_id), None)

    def _fill_combos(self) -> None:
        ids = {r.id for r in self._rounds}
        first, second = self.first_combo.currentData(), self.second_combo.currentData()
        # A round shown against itself (while it was the only one) gives way to a real pair.
        alone = first == second and len(self._rounds) >= 2
        if first not in ids or second not in ids or alone:
            first, second = default_pair(self._rounds) or (None, None)
            if len(self._rounds) == 1:  # one round beside the feedback from others
                first = second = self._rounds[0].id
        for combo in (self.first_combo, self.second_combo):
            combo.blockSignals(True)
            combo.clear()
            for round_ in self._rounds:
                combo.addItem(round_title(round_), round_.id)
        self.choose(first or "", second or "")
        for combo in (self.first_combo, self.second_combo):
            combo.blockSignals(False)
        enough = len(self._rounds) >= 2 or (self._rounds and self._feedback)
        self.stack.setCurrentIndex(1 if enough else 0)
        self._refresh()

    def _refresh(self, *_args: object) -> None:
        first, second = self.chosen()
        feedback = self.chosen_feedback()
        if self._plan is None or first is None or second is None:
            self.model.set_feedback(None, [])
            self.model.clear()
            self.chart.clear()
            self.summary_label.clear()
            self.feedback_note.clear()
            self._fill_spots(None)
            return
        items = self._plan.snapshot.items
        headers, tips = self._headers(first, second)
        titles = [group_title(r) for r in feedback.results] if feedback else []
        self.model.set_feedback(feedback, titles)
        self.model.set_rows(items, self._compare(first, second), headers, tips)
        axes = chart_axes(self._plan.snapshot)
        series = [
            RadarSeries(round_title(r), tuple(s.average for s in scores(axes, r)))
            for r in ((first,) if first is second else (first, second))
        ]
        scales = [(r.scale_min, r.scale_max) for r in (first, second)]
        if feedback is not None:
            scales.append((feedback.scale_min, feedback.scale_max))
            series += [
                RadarSeries(
                    group_title(result),
                    tuple(s.average for s in feedback_scores(axes, feedback, result)),
                )
                for result in feedback.results
            ]
        scale = (min(low for low, _ in scales), max(high for _, high in scales))
        self.chart.set_data([axis.title for axis in axes], series, scale)
        alone = first is second  # a round beside feedback only: no second round to differ from
        for column in (COL_SECOND, COL_DIFFERENCE):
            self.table.setColumnHidden(column, alone)
        self._update_summary()
        if alone:
            self.summary_label.clear()
        self._update_feedback_note(feedback)
        self._fill_spots(feedback)

    def _update_feedback_note(self, feedback: FeedbackRound | None) -> None:
        """Who answered, and which groups the threshold kept from being shown on their own."""
        if feedback is None:
            self.feedback_note.clear()
            return
        text = self.tr(
            "Feedback from others: %1. A group is shown only when at least %2 have answered."
        )
        text = text.replace("%1", ", ".join(group_title(r) for r in feedback.results))
        text = text.replace("%2", str(feedback.threshold))
        folded = [g for r in feedback.results for g in r.folded]
        if folded:
            text += " " + self.tr("Counted with others: %1.").replace("%1", group_names(folded))
        if feedback.left_out:
            names = group_names(feedback.left_out)
            text += " " + self.tr("Too few to show: %1.").replace("%1", names)
        self.feedback_note.setText(text)

    def _fill_spots(self, feedback: FeedbackRound | None) -> None:
        spots = self._blind_spots(feedback) if feedback is not None else []
        labels = {i.item_id: i.label for i in self._plan.snapshot.items} if self._plan else {}
        self.spots.set_spots(spots, labels)

    @staticmethod
    def _headers(
        first: AssessmentRound, second: AssessmentRound
    ) -> tuple[tuple[str, str], tuple[str, str]]:
        """Who assessed, or when, whichever tells the two columns apart."""
        if first.assessor_kind != second.assessor_kind:
            headers = (
                assessor_kind_label(first.assessor_kind),
                assessor_kind_label(second.assessor_kind),
            )
        else:
            headers = (format_date(first.date), format_date(second.date))
        if headers[0] == headers[1]:
            headers = ("A", "B")
        return headers, (round_title(first), round_title(second))

    def _update_summary(self) -> None:
        count = len(self.model.highlighted_rows())
        if count:
            text = self.tr(
                "%n item(s) rated %1 or more steps apart (highlighted): worth talking about.",
                "",
                count,
            )
        else:
            text = self.tr("No item is rated %1 or more steps apart.")
        self.summary_label.setText(text.replace("%1", str(HIGHLIGHT_DIFFERENCE)))

    # --- layout ---------------------------------------------------------------------------

    def _after_reset(self) -> None:
        span_areas(self.table, COL_AREA, self.model.area_spans())
        self.table.setColumnHidden(COL_AREA, self.model.area_count() <= 1)
        self.table.setColumnWidth(COL_AREA, area_column_width(self.table, COL_AREA))
        self._fit_rows()

    def _fit_rows(self, *_args: object) -> None:
        self._fit_timer.start()  # once, after a burst of column changes

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_rows()
