"""HR's yearly picture from the organisation's database, proved with a plain SQL client.

HR reads no plan row; it runs `ledarplan_hr_summaries()`, which only HR may run, which gives
every current plan's anonymous summary (what a summary file holds), and which answers nothing
while the organisation has fewer plans than its threshold. No group HR can read holds fewer
plans than the threshold: a small level is given as all levels, a small year as all years, a
small model not at all. The program's picture from it is the same as from the leaders' own
summary files of the same plans.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

import psycopg
import pytest
from psycopg import sql

from ledarplan.domain.entities import Action, AssessorKind, Rating
from ledarplan.services.hr_report import HrReportService
from ledarplan.storage.hr_picture import FUNCTION
from ledarplan.summary.labels import HrLabels

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

#: Three more leaders, holding Holstebro's plans between them (a leader may have several).
CHEFS = ("w_cia", "w_dan", "w_eva")
THRESHOLD = 5
#: Holstebro's plans besides Anna's (a chef's of 2026): 2026 has 6 chefs, 5 leaders of
#: leaders and 2 directors. The directors are under 5, and both larger levels shown would give
#: their 2 away, so the smaller of them (the leaders of leaders) is folded too, as
#: summary.aggregate folds. 2025 (2 plans) and 2024 (3 plans) are each under 5: all years.
HOLSTEBRO = (
    *[("chef", 2026)] * 5,
    *[("leder-af-ledere", 2026)] * 5,
    *[("direktor", 2026)] * 2,
    *[("chef", 2025)] * 2,
    *[("leder-af-ledere", 2024)] * 3,
)
HOLSTEBRO_PLANS = len(HOLSTEBRO) + 1
#: Kalix: Anna's and Bo's plans and one more, a model of fewer plans than the threshold.
KALIX_PLANS = 3


def _plan(services, person_id, login, n, *, level, year):
    model = "holstebro" if level else "kalix"
    plan = services.plans.create(
        person_id, model, level, title=f"{login}-PLAN-{n}", period_start=date(year, 1, 1)
    )
    items = plan.snapshot.item_ids
    value = 1 + n % 5
    services.assessments.record(
        plan.id, date(year, 2, 1), [Rating(items[n % 3], value, f"{login}-COMMENT-{n}")]
    )
    goal = services.goals.add(plan.id, f"{login}-GOAL-{n}", [items[(n + 1) % 4]])
    services.goals.add_action(goal.id, Action(f"{login}-ACTION-{n}"))
    return plan


@pytest.fixture(scope="module")
def world(postgres_server, org_template, tmp_path_factory):
    org = copy_of(postgres_server, org_template, tmp_path_factory.mktemp("hr"))
    catalog = catalog_of_builtins()
    built = build_world(org, catalog)
    for login in CHEFS:
        assert org.ledarplan("org", "add-user", login, "--name", login.upper()) == 0
    for k, login in enumerate(CHEFS):
        with org.services(login, catalog) as services:
            (me,) = services.people.list()
            for n, (level, year) in enumerate(HOLSTEBRO):
                if n % len(CHEFS) == k:
                    _plan(services, me.id, login, n, level=level, year=year)
            if k == 0:
                _plan(services, me.id, login, 99, level=None, year=2026)  # Kalix's third plan
    # Anna's plan of Holstebro, rated by her manager Maria too.
    with org.services(LEADER, catalog) as anna:
        (me,) = [p for p in anna.people.list() if p.name == LEADER.upper()]
        annas = _plan(anna, me.id, "ANNA", 100, level="chef", year=2026)
    with org.services(MANAGER, catalog) as maria:
        item = annas.snapshot.item_ids[0]
        maria.assessments.record(
            annas.id, date(2026, 3, 1), [Rating(item, 2, "MARIA-RATING-2026")],
            assessor_kind=AssessorKind.MANAGER,
        )  # fmt: skip
    assert org.ledarplan("org", "set-hr-threshold", str(THRESHOLD)) == 0
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
    assert len(read) == HOLSTEBRO_PLANS  # Kalix's 3 plans are not given
    assert {json.loads(row)["model"] for row in read} == {"holstebro"}
    text = "\n".join(read)
    markers = (*ANNA_PRIVATE, *ANNA_SHARED, *MARIA_PRIVATE, *MARIA_SHARED, "BO-", "W_", "w_")
    markers += ("ANNA-", "MARIA-RATING-2026", "2026-02", "2026-03")
    for marker in (*markers, world.anna_plan, world.bo_plan, "2026-02-01", "2025-01-10"):
        assert marker not in text, marker
    with world.org.sql(HR) as conn:
        for table in PLAN_TABLES:
            query = sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))
            assert conn.execute(query).fetchone() == (0,), table


def test_no_group_hr_can_read_holds_fewer_plans_than_the_threshold(world):
    read = [json.loads(row) for row in hr_reads(world)]
    groups = Counter((r["model"], r["level"], r["year"]) for r in read)
    assert all(count >= THRESHOLD for count in groups.values()), groups
    # The 2 directors of 2026 are nowhere as directors, nor are 2025's and 2024's years.
    assert not any(r["level"] == "direktor" for r in read)
    assert not any(r["year"] in (2024, 2025) for r in read)
    assert groups == {
        ("holstebro", "chef", 2026): 6,
        ("holstebro", None, 2026): 7,  # 2 directors, and 5 leaders of leaders to protect them
        ("holstebro", None, "all"): 5,  # 2025's 2 plans and 2024's 3
    }
    versions = Counter((r["model"], r["model_version"]) for r in read)
    assert all(count >= THRESHOLD for count in versions.values()), versions
    # Nothing in a record is finer than the year: no month, no date.
    assert not any(key in r for r in read for key in ("written", "month", "date"))


@pytest.mark.parametrize("login", [LEADER, MANAGER, OTHER_LEADER, OTHER])
def test_leaders_and_managers_may_not_run_hrs_function(world, login):
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        hr_reads(world, login)


def test_nothing_is_read_while_the_organisation_has_fewer_plans_than_its_threshold(world, capsys):
    assert world.org.ledarplan("org", "set-hr-threshold", "100") == 0
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
        assert "fewer than 100 plans" in err
        assert not (world.org.data_dir / "r.pdf").exists()
    finally:
        assert world.org.ledarplan("org", "set-hr-threshold", str(THRESHOLD)) == 0
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
        shown = services.hr_report.picture(from_database, THRESHOLD)
    # The very same summaries, plan by plan (the manager's rating of Anna's plan included),
    # but for the groups the database folded: a small level or year is "all", Kalix is absent.
    by_key = {p.key: p for p in from_files.plans}
    assert len(by_key) == HOLSTEBRO_PLANS + KALIX_PLANS
    assert len(from_database.plans) == HOLSTEBRO_PLANS
    for plan in from_database.plans:
        given = by_key[plan.key]
        assert plan.level in (given.level, None) and plan.year in (given.year, "all")
        unfolded = plan.model_copy(update={"level": given.level, "year": given.year})
        assert unfolded == given
    assert any(p.manager_assessment for p in from_database.plans)
    # … and so the same figures, cell by cell; Kalix (3 plans) is left out of both.
    expected = HrReportService(catalog).picture(from_files, THRESHOLD)
    assert [m.model_id for m in expected.models] == ["holstebro"]
    assert len(expected.too_few) == 1 and shown.too_few == ()
    facts = [(m.model_id, m.name, m.plans, m.versions, m.cells) for m in shown.models]
    assert facts == [(m.model_id, m.name, m.plans, m.versions, m.cells) for m in expected.models]
    (model,) = shown.models
    assert [(c.scope.year, c.scope.level, c.plans) for c in model.cells] == [
        (2026, "chef", 6),
        (2026, None, 13),
        (None, None, HOLSTEBRO_PLANS),
    ]
    # What was folded is said: by the program from the files, by the database from it.
    labels = HrLabels()
    from_files_said = "\n".join(labels.left_out_lines(expected))
    assert "Direktør (2026): fewer than 5 plans" in from_files_said
    said = labels.left_out_lines(shown)
    assert said[-1].startswith("The organisation's database gives no group of fewer than 5")
    assert any(
        "5 plans of years with too few plans, given by the organisation's database as all "
        "years" in line
        for line in said
    )
    assert "Direktør" not in "\n".join(said)


def test_hr_report_without_files_on_the_database_writes_the_picture(world, capsys, tmp_path):
    out = tmp_path / "picture.pdf"
    code = world.org.ledarplan("hr", "report", "--out", str(out), "--lang", "en", login=HR)
    said = capsys.readouterr()
    assert (code, said.err) == (0, "")
    assert f"{HOLSTEBRO_PLANS} plans from" in said.out
    assert "no group of fewer than 5 plans" in said.out
    assert out.read_bytes().startswith(b"%PDF")
    code = world.org.ledarplan("hr", "report", "--out", str(out), "--threshold", "4", login=HR)
    assert code == 2
    assert "--threshold must be at least 5" in capsys.readouterr().err
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
    main.menus.organisation_summary_action.trigger()
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
    assert status == f"{HOLSTEBRO_PLANS} plans from the organisation's database."
    assert no_files  # nothing to open: the database gives the plans
    assert threshold == THRESHOLD
    assert shown is not None and [m.model_id for m in shown.models] == ["holstebro"]
    assert tree[0] == shown.models[0].name
    (status, placeholder, _no_files), tree, _threshold, shown = _window_dialogs(
        world, LEADER, qtbot, tmp_path
    )
    assert shown is None and status == ""
    assert "Only HR reads the organisation's picture, and your login is not in HR" in placeholder
