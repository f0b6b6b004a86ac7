"""A writer for the crash test: small edits through the services, each reported when committed.

Run as `python crash_child.py DATA_DIR PLAN_ID`; prints "ready" and then one line
"committed <goal id>" after each goal (saved with its two actions in one transaction) is
committed. The test kills it with SIGKILL at a random moment.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ledarplan.domain.entities import Action, ActionKind, Goal
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import builtin_frameworks_dir
from ledarplan.services.container import Services
from ledarplan.storage.database import open_database
from ledarplan.storage.store import Store


def main() -> None:
    data_dir, plan_id = Path(sys.argv[1]), sys.argv[2]
    database = open_database(data_dir / "ledarplan.sqlite3", data_dir / "backups")
    services = Services.over(
        Store(database), FrameworkCatalog.load(builtin_frameworks_dir()), data_dir / "backups"
    )
    item = services.plans.get(plan_id).snapshot.item_ids[0]
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        goal = services.goals.save(
            Goal(
                plan_id=plan_id,
                title=f"Mål {n} – æøå",
                item_ids=[item],
                actions=[
                    Action(what=f"Første handling {n}", kind=ActionKind.ON_THE_JOB),
                    Action(what=f"Anden handling {n}", kind=ActionKind.COURSE),
                ],
            )
        )
        goal.progress = n % 100
        services.goals.save(goal)
        print(f"committed {goal.id}", flush=True)


if __name__ == "__main__":
    main()
