"""HR's yearly picture from the organisation's database, proved with a plain SQL client.

HR reads no plan row; it runs `ledarplan_hr_summaries()`, which only HR may run, which gives
every current plan's anonymous summary (what a summary file holds), and which answers nothing
while the organisation has fewer plans than its threshold. The program's picture from it is
the same as from the leaders' own summary files of the same plans.
"""

from __future__ import annotations

import json
from datetime import date

import psycopg
import pytest
from psycopg import sql

from ledarplan.domain.entities import Action, Rating
from ledarplan.services.hr_report import HrReportService
from ledarplan.storage.hr_picture import FUNCTION

from .conftest import (
    HR,
    IT,
    LEADER,
    MANAGER,
    OTHER,
    OTHER_LEADER,
    build_world,
    catalog_of_builtins,
    copy_of,
)
from .test_who_sees_what import (
    ANNA_PRIVATE,
    ANNA_SHARED,
    MARIA_PRIVATE,
    MARIA_SHARED,
    PLAN_TABLES,
)

pytestmark = pytest.mark.postgres

#: Three more leaders, of one model and level: with Anna's and Bo's plans (another model) the
#: organisation has five plans, and with the threshold at 3 Anna's and Bo's model is a group
#: under it.
CHEFS = ("w_cia", "w_dan", "w_eva")
SELF_VALUES = (2, 4, 5)


@pytest.fixture(scope="module")
def world(postgres_server, org_template, tmp_path_factory):
    org = copy_of(postgres_server, org_template, tmp_path_factory.mktemp("hr"))
    catalog = catalog_of_builtins()
    built = build_world(org, catalog)
    for login, value in zip(CHEFS, SELF_VALUES, strict=True):
        assert org.ledarplan("org", "add-user", login, "--name", login.upper()) == 0
        with org.services(login, catalog) as services:
            (me,) = services.people.list()
            plan = services.plans.create(
                me.id, "holstebro", "chef", title=f"{login}-PLAN", period_start=date(2026, 1, 1)
            )
            items = plan.snapshot.item_ids
            services.assessments.record(
                plan.id, date(2026, 2, 1), [Rating(items[0], value, f"{login}-COMMENT")]
            )
            goal = services.goals.add(plan.id, f"{login}-GOAL", [items[1]])
            services.goals.add_action(goal.id, Action(f"{login}-ACTION"))
    assert org.ledarplan("org", "set-hr-threshold", "3") == 0
    yield built
    postgres_server.drop_database(org.name)


def hr_reads(world, login: str = HR) -> list[str]:
    with world.org.sql(login) as conn:
        return [
            json.dumps(row[0])
            for row in conn.execute(sql.SQL("SELECT {}()").format(sql.Identifier(FUNCTION)))
        ]


def test_hr_reads_every_plans_anonymous_summary_and_still_no_plan_row(world):
    read = hr_reads(world)
    assert len(read) == 5
    models = sorted(json.loads(row)["model"] for row in read)
    assert models == ["holstebro"] * 3 + ["kalix"] * 2
    text = "\n".join(read)
    markers = (*ANNA_PRIVATE, *ANNA_SHARED, *MARIA_PRIVATE, *MARIA_SHARED, "BO-", "W_", "w_")
    for marker in (*markers, world.anna_plan, world.bo_plan, "2026-02-01", "2025-01-10"):
        assert marker not in text, marker
    with world.org.sql(HR) as conn:
        for table in PLAN_TABLES:
            query = sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))
            assert conn.execute(query).fetchone() == (0,), table


@pytest.mark.parametrize("login", [LEADER, MANAGER, OTHER_LEADER, OTHER])
def test_leaders_and_managers_may_not_run_hrs_function(world, login):
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        hr_reads(world, login)


def test_nothing_is_read_while_the_organisation_has_fewer_plans_than_its_threshold(world, capsys):
    assert world.org.ledarplan("org", "set-hr-threshold", "6") == 0
    try:
        with pytest.raises(psycopg.Error) as refused:
            hr_reads(world)
        assert refused.value.sqlstate == "LPHR1"
        capsys.readouterr()
        code = world.org.ledarplan(
            "hr", "report", "--out", str(world.org.data_dir / "r.pdf"), login=HR
        )
        err = capsys.readouterr().err
        assert code == 1
        assert "fewer than 6 plans" in err
        assert not (world.org.data_dir / "r.pdf").exists()
    finally:
        assert world.org.ledarplan("org", "set-hr-threshold", "3") == 0
    assert world.org.ledarplan("org", "set-hr-threshold", "2") == 1
    assert "at least 3" in capsys.readouterr().err


def test_the_picture_from_the_database_is_the_picture_of_the_leaders_summary_files(world, tmp_path):
    catalog = catalog_of_builtins()
    files = []
    for login in (LEADER, OTHER_LEADER, *CHEFS):
        with world.org.services(login, catalog) as services:
            plan_ids = [s.plan.id for s in services.plans.list(counts=False)]
            document = services.summaries.document(plan_ids)
            files.append(services.summaries.write(document, tmp_path / f"{login}.json"))
    from_files = HrReportService(catalog).read(files)
    with world.org.services(HR, catalog) as services:
        from_database = services.hr_report.read_organisation()
        shown = services.hr_report.picture(from_database, 3)
    # The very same summaries, plan by plan (the manager's rating of Anna's plan included) …
    assert sorted(from_database.plans, key=lambda p: p.key) == sorted(
        from_files.plans, key=lambda p: p.key
    )
    assert any(p.manager_assessment for p in from_database.plans)
    # … and so the same figures; the model of two plans (under the threshold) is left out.
    expected = HrReportService(catalog).picture(from_files, 3)
    assert shown.models == expected.models
    assert [m.model_id for m in shown.models] == ["holstebro"]
    assert shown.plans == expected.plans == 5


def test_hr_report_without_files_on_the_database_writes_the_picture(world, capsys, tmp_path):
    out = tmp_path / "picture.pdf"
    code = world.org.ledarplan("hr", "report", "--out", str(out), "--lang", "en", login=HR)
    said = capsys.readouterr()
    assert (code, said.err) == (0, "")
    assert "5 plans from" in said.out and "no group of fewer than 3 plans" in said.out
    assert out.read_bytes().startswith(b"%PDF")
    code = world.org.ledarplan("hr", "report", "--out", str(out), "--threshold", "2", login=HR)
    assert code == 2
    assert "--threshold must be at least 3" in capsys.readouterr().err
    code = world.org.ledarplan("hr", "report", "--out", str(tmp_path / "no.pdf"), login=LEADER)
    assert code == 1
    assert "only HR reads the organisation's picture" in capsys.readouterr().err
    assert not (tmp_path / "no.pdf").exists()


def test_check_names_hrs_function_when_its_grants_are_wrong(org, capsys):
    assert org.ledarplan("check") == 0
    capsys.readouterr()
    with org.sql(IT) as conn:
        conn.execute(f"REVOKE EXECUTE ON FUNCTION {FUNCTION}() FROM ledarplan_hr")
        conn.execute(f"GRANT EXECUTE ON FUNCTION {FUNCTION}() TO ledarplan_manager")
    assert org.ledarplan("check") == 1
    err = capsys.readouterr().err
    assert f"the function '{FUNCTION}' may not be run by ledarplan_hr" in err
    assert f"the function '{FUNCTION}' may be run by ledarplan_manager" in err
    assert org.ledarplan("org", "init") == 0
    assert org.ledarplan("check") == 0
    capsys.readouterr()
    with org.sql(IT) as conn:
        conn.execute(f"DROP FUNCTION {FUNCTION}()")
    assert org.ledarplan("check") == 1
    assert f"the function '{FUNCTION}' for HR's picture is missing" in capsys.readouterr().err


def _window_dialogs(world, login: str, qtbot, tmp_path):
    """File → Organisation summary… in the window as `login`: the dialog it shows."""
    from PySide6.QtCore import QCoreApplication, QEvent  # noqa: PLC0415

    from ledarplan.app import open_services  # noqa: PLC0415
    from ledarplan.gui.application import GuiServices, create_main_window  # noqa: PLC0415
    from ledarplan.paths import AppPaths  # noqa: PLC0415
    from ledarplan.presets import Presets  # noqa: PLC0415
    from ledarplan.settings import SettingsStore  # noqa: PLC0415
    from tests.gui.conftest import FakePrompts  # noqa: PLC0415

    paths = AppPaths(tmp_path / login)
    services = open_services(
        paths, catalog_of_builtins(), database_url=world.org.url(login), daily_backup=False
    )
    gui = GuiServices(
        settings_store=SettingsStore(paths.settings_file),
        services=services,
        prompts=FakePrompts(),
        presets=Presets(),
    )
    main = create_main_window(gui)
    shown = []
    main.hr_flows.show_picture = shown.append
    main.organisation_summary_action.trigger()
    (dialog,) = shown
    texts = (dialog.status.text(), dialog.placeholder.text(), dialog.open_button.isHidden())
    tree = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    result = (texts, tree, dialog.threshold.value(), dialog.picture)
    main.close()
    main.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    services.close()
    return result


@pytest.mark.gui
def test_the_window_shows_hr_the_picture_from_the_database_and_a_leader_why_not(
    world, qtbot, tmp_path
):
    (status, _placeholder, no_files), tree, threshold, shown = _window_dialogs(
        world, HR, qtbot, tmp_path
    )
    assert status == "5 plans from the organisation's database."
    assert no_files  # nothing to open: the database gives the plans
    assert threshold == 3
    assert shown is not None and [m.model_id for m in shown.models] == ["holstebro"]
    assert tree[0] == shown.models[0].name
    (status, placeholder, _no_files), tree, _threshold, shown = _window_dialogs(
        world, LEADER, qtbot, tmp_path
    )
    assert shown is None and status == ""
    assert "Only HR reads the organisation's picture, and your login is not in HR" in placeholder
