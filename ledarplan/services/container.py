"""All use cases, built over one store; the composition root creates one of these."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.services.assessments import AssessmentService
from ledarplan.services.coaching import CoachingService
from ledarplan.services.goals import GoalService
from ledarplan.services.maintenance import MaintenanceService
from ledarplan.services.people import PeopleService
from ledarplan.services.plans import PlanService
from ledarplan.services.talks import TalkService
from ledarplan.services.transfer import TransferService
from ledarplan.storage.repository import Store


@dataclass
class Services:
    store: Store
    catalog: FrameworkCatalog
    people: PeopleService
    plans: PlanService
    assessments: AssessmentService
    goals: GoalService
    coaching: CoachingService
    talks: TalkService
    maintenance: MaintenanceService
    transfer: TransferService

    @classmethod
    def over(cls, store: Store, catalog: FrameworkCatalog, backups_dir: Path) -> Services:
        maintenance = MaintenanceService(store, backups_dir)
        return cls(
            store=store,
            catalog=catalog,
            people=PeopleService(store),
            plans=PlanService(store, catalog),
            assessments=AssessmentService(store),
            goals=GoalService(store),
            coaching=CoachingService(store),
            talks=TalkService(store, catalog),
            maintenance=maintenance,
            transfer=TransferService(store, catalog, maintenance),
        )
