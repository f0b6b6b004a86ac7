"""The plan at a glance: model and level, period and status, progress, what is next, overdue."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.entities import GoalStatus, PlanBundle, PlanStatus
from ledarplan.gui.events import DataEvents, PlanPart
from ledarplan.gui.formatting import format_date
from ledarplan.gui.prompts import Prompts
from ledarplan.gui.views.plan_page import PlanPage
from ledarplan.services.container import Services
from ledarplan.services.overview import PlanOverview, overview_of


class OverviewPage(PlanPage):
    def __init__(
        self,
        services: Services,
        events: DataEvents,
        prompts: Prompts,
        parent: QWidget | None = None,
        today: date | None = None,
    ):
        super().__init__(services, events, prompts, parent)
        self._today = today
        self._bundle: PlanBundle | None = None
        self.heading = QLabel()
        self.heading.setObjectName("overviewHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.status_label = QLabel()
        self.agree_button = QPushButton()
        self.agree_button.clicked.connect(lambda: self._move_to(PlanStatus.AGREED))
        self.follow_up_button = QPushButton()
        self.follow_up_button.clicked.connect(lambda: self._move_to(PlanStatus.FOLLOWED_UP))
        self.reopen_button = QPushButton()
        self.reopen_button.clicked.connect(self._reopen)
        self.body = QTextBrowser()
        self.body.setObjectName("overviewText")
        self.body.setOpenLinks(False)

        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.agree_button)
        status_row.addWidget(self.follow_up_button)
        status_row.addWidget(self.reopen_button)
        layout = QVBoxLayout(self.content)
        layout.addWidget(self.heading)
        layout.addLayout(status_row)
        layout.addWidget(self.body, 1)
        self.retranslate()

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("OverviewPage", "Overview")

    def _move_to(self, status: PlanStatus) -> None:
        if self.plan_id and self.run(lambda: self.services.plans.set_status(self.plan_id, status)):
            self.notify_changed(PlanPart.DETAILS)
            self.reload()

    def _reopen(self) -> None:
        if self._bundle is None:
            return
        back = {
            PlanStatus.AGREED: PlanStatus.DRAFT,
            PlanStatus.FOLLOWED_UP: PlanStatus.AGREED,
        }.get(self._bundle.plan.status)
        if back is not None:
            self._move_to(back)

    def status_text(self, status: PlanStatus) -> str:
        return {
            PlanStatus.DRAFT: self.tr("Draft"),
            PlanStatus.AGREED: self.tr("Agreed"),
            PlanStatus.FOLLOWED_UP: self.tr("Followed up"),
        }[status]

    def reload(self) -> None:
        if self.plan_id is None:
            self._bundle = None
            self.heading.clear()
            self.status_label.clear()
            self.body.clear()
            for button in (self.agree_button, self.follow_up_button, self.reopen_button):
                button.setVisible(False)
            return
        self._bundle = self.services.plans.bundle(self.plan_id)
        self._render()

    def _render(self) -> None:
        bundle = self._bundle
        if bundle is None:
            return
        plan, person = bundle.plan, bundle.person
        today = self._today or date.today()
        view = overview_of(bundle, today)
        self.heading.setText(plan.title or plan.snapshot.framework_name)
        period = " – ".join(format_date(d, "?") for d in (plan.period_start, plan.period_end))
        self.status_label.setText(
            self.tr("%1 · Period %2 · Status: %3")
            .replace("%1", person.name)
            .replace("%2", period)
            .replace("%3", self.status_text(plan.status))
        )
        self.agree_button.setVisible(plan.status == PlanStatus.DRAFT)
        self.follow_up_button.setVisible(plan.status == PlanStatus.AGREED)
        self.reopen_button.setVisible(plan.status != PlanStatus.DRAFT)

        parts = ["<html><body>"]
        model = escape(plan.snapshot.framework_name)
        level = escape(plan.snapshot.level_name)
        # Texts are translated outside the f-strings: lupdate cannot see into them.
        model_label = escape(self.tr("Leadership model"))
        parts.append(f"<p><b>{model_label}:</b> {model}")
        if level:
            level_label = escape(self.tr("role level"))
            parts.append(f" — {level_label} <b>{level}</b>")
        parts.append(f"<br/><small>{escape(plan.snapshot.source)}</small></p>")

        parts += self._goals_html(view)
        parts += self._coming_up_html(view)
        parts += self._overdue_html(view)
        parts.append("</body></html>")
        self.body.setHtml("".join(parts))

    def _goals_html(self, view: PlanOverview) -> list[str]:
        parts: list[str] = []
        goals_heading = escape(self.tr("Goals"))
        parts.append(f"<h3>{goals_heading}</h3>")
        if view.goals:
            parts.append(
                "<p>"
                + escape(
                    self.tr("Average progress: %1 %").replace("%1", str(view.average_progress))
                )
                + "</p><table cellspacing='0' cellpadding='3'>"
            )
            for goal in view.goals:
                done = goal.status in (GoalStatus.DONE, GoalStatus.DROPPED)
                bar = "█" * (goal.progress // 10) + "░" * (10 - goal.progress // 10)
                title = escape(goal.title)
                parts.append(
                    f"<tr><td>{'<s>' + title + '</s>' if done else title}</td>"
                    f"<td><tt>{bar}</tt> {goal.progress} %</td>"
                    f"<td>{escape(format_date(goal.target_date))}</td></tr>"
                )
            parts.append("</table>")
        else:
            no_goals = escape(self.tr("No goals yet."))
            parts.append(f"<p>{no_goals}</p>")

        return parts

    def _coming_up_html(self, view: PlanOverview) -> list[str]:
        parts: list[str] = []
        coming_up = escape(self.tr("Coming up"))
        parts.append(f"<h3>{coming_up}</h3><ul>")
        not_planned = self.tr("not planned")
        if view.next_talk is None and view.held_talk is not None:  # signed, or its day past
            talk = self.tr("held on %1").replace("%1", format_date(view.held_talk))
        else:
            talk = format_date(view.next_talk, not_planned)
        dates = [
            (self.tr("Next coaching session"), format_date(view.next_session, not_planned)),
            (self.tr("Development talk"), talk),
            (self.tr("Follow-up"), format_date(view.follow_up, not_planned)),
        ]
        for label, shown in dates:
            parts.append(f"<li>{escape(label)}: <b>{escape(shown)}</b></li>")
        parts.append(
            "<li>"
            + escape(self.tr("%n open agreement(s) from coaching", "", len(view.open_agreements)))
            + "</li></ul>"
        )
        if view.open_agreements:
            parts.append("<ul>")
            for agreement in view.open_agreements[:10]:
                owner = f" ({escape(agreement.owner)})" if agreement.owner else ""
                due = format_date(agreement.due_date)
                parts.append(f"<li>{escape(agreement.text)}{owner} {escape(due)}</li>")
            parts.append("</ul>")

        return parts

    def _overdue_html(self, view: PlanOverview) -> list[str]:
        parts: list[str] = []
        overdue_heading = escape(self.tr("Overdue"))
        parts.append(f"<h3>{overdue_heading}</h3>")
        if view.overdue:
            kinds = {
                "goal": self.tr("Goal"),
                "action": self.tr("Action"),
                "agreement": self.tr("Agreement"),
            }
            parts.append("<ul>")
            for item in view.overdue:
                parts.append(
                    f"<li><span style='color:#b00020'>{escape(format_date(item.due))}</span> "
                    f"{escape(kinds[item.kind])}: {escape(item.text)}</li>"
                )
            parts.append("</ul>")
        else:
            nothing_overdue = escape(self.tr("Nothing is overdue."))
            parts.append(f"<p>{nothing_overdue}</p>")
        return parts

    def retranslate(self) -> None:
        self.agree_button.setText(self.tr("Mark as agreed"))
        self.agree_button.setToolTip(self.tr("The leader and the manager have agreed the plan"))
        self.follow_up_button.setText(self.tr("Mark as followed up"))
        self.reopen_button.setText(self.tr("Reopen"))
        self.body.setAccessibleName(self.tr("Overview of the plan"))
        self._render()
