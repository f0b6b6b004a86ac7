"""All use cases, built over one store; the composition root creates one of these.

The store stays inside: the GUI and the command line reach the data through the use cases
alone (tests/test_layers.py keeps it so).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.services.assessments import AssessmentService
from ledarplan.services.calendar import CalendarService
from ledarplan.services.coaching import CoachingService
from ledarplan.services.demo import SampleService
from ledarplan.services.feedback import FeedbackService
from ledarplan.services.goals import GoalService
from ledarplan.services.maintenance import MaintenanceService
from ledarplan.services.merging import MergeService
from ledarplan.services.moving_in import MoveInService
from ledarplan.services.organisation_picture import OrganisationPictureService
from ledarplan.services.pdf_export import PdfExportService
from ledarplan.services.people import PeopleService
from ledarplan.services.person_export import PersonExportService
from ledarplan.services.plans import PlanService
from ledarplan.services.talks import TalkService
from ledarplan.services.team import TeamService
from ledarplan.services.transfer import TransferService
from ledarplan.storage.store import Store

if TYPE_CHECKING:
    from ledarplan.services.hr_report import HrReportService
    from ledarplan.services.summary import SummaryService


@dataclass
class Services:
    catalog: FrameworkCatalog
    people: PeopleService
    plans: PlanService
    assessments: AssessmentService
    goals: GoalService
    coaching: CoachingService
    talks: TalkService
    maintenance: MaintenanceService
    transfer: TransferService
    merging: MergeService
    samples: SampleService
    pdf: PdfExportService
    person_export: PersonExportService
    calendar: CalendarService
    team: TeamService
    feedback: FeedbackService
    moving_in: MoveInService
    organisation_picture: OrganisationPictureService

    @classmethod
    def over(cls, store: Store, catalog: FrameworkCatalog, backups_dir: Path) -> Services:
        maintenance = MaintenanceService(store, backups_dir)
        plans = PlanService(store, catalog)
        transfer = TransferService(store, catalog, maintenance)
        return cls(
            catalog=catalog,
            people=PeopleService(store),
            plans=plans,
            assessments=AssessmentService(store),
            goals=GoalService(store),
            coaching=CoachingService(store),
            talks=TalkService(store, catalog),
            maintenance=maintenance,
            transfer=transfer,
            merging=MergeService(store, transfer, maintenance),
            samples=SampleService(store, catalog),
            pdf=PdfExportService(plans, catalog),
            person_export=PersonExportService(store),
            calendar=CalendarService(plans),
            team=TeamService(store, plans),
            feedback=FeedbackService(store),
            moving_in=MoveInService(store),
            organisation_picture=OrganisationPictureService(store),
        )

    # Rarely used, so built (and their modules imported) at first use, not at every start.

    @cached_property
    def summaries(self) -> SummaryService:
        from ledarplan.services.summary import SummaryService  # noqa: PLC0415

        return SummaryService(self.plans, self.catalog)

    @cached_property
    def hr_report(self) -> HrReportService:
        from ledarplan.services.hr_report import HrReportService  # noqa: PLC0415

        return HrReportService(self.catalog, self.organisation_picture)

    def close(self) -> None:
        """Lets go of the database (at the end of a command, or when the window closes)."""
        self.maintenance.close()
