"""Built-in models plus HR's own packs from the data directory."""

from __future__ import annotations

import shutil
from pathlib import Path

from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import builtin_frameworks_dir

from .test_loader_errors import VALID

BUILTIN_IDS = {"holstebro", "huddinge", "hjo", "kalix", "skr"}


def test_the_five_builtin_models_load():
    catalog = FrameworkCatalog.load(builtin_frameworks_dir())
    assert {p.id for p in catalog.packs} == BUILTIN_IDS
    assert catalog.errors == []
    assert all(catalog.is_builtin(i) for i in BUILTIN_IDS)


def test_holstebro_has_the_four_role_levels_by_contract_ids():
    pack = FrameworkCatalog.load(builtin_frameworks_dir()).get("holstebro")
    assert [lvl.id for lvl in pack.levels] == [
        "direktor",
        "chef",
        "leder-af-ledere",
        "leder-af-medarbejdere",
    ]
    assert [lvl.name for lvl in pack.levels] == [
        "Direktør",
        "Chef",
        "Leder af ledere",
        "Leder af medarbejdere",
    ]


def test_an_organisation_pack_appears_beside_the_builtin_ones(tmp_path):
    org = tmp_path / "frameworks"
    org.mkdir()
    (org / "demo.yaml").write_text(VALID, encoding="utf-8")
    catalog = FrameworkCatalog.load(builtin_frameworks_dir(), org)
    assert [p.id for p in catalog.packs][-1] == "demo"
    assert not catalog.is_builtin("demo")
    assert catalog.errors == []


def test_a_broken_organisation_pack_is_reported_and_skipped(tmp_path):
    org = tmp_path / "frameworks"
    org.mkdir()
    (org / "good.yaml").write_text(VALID, encoding="utf-8")
    (org / "broken.yaml").write_text(VALID.replace("ledare: Sätter", "lerade: Sätter"), "utf-8")
    (org / "notes.txt").write_text("not a pack", encoding="utf-8")
    catalog = FrameworkCatalog.load(builtin_frameworks_dir(), org)
    assert "demo" in {p.id for p in catalog.packs}
    assert len(catalog.packs) == len(BUILTIN_IDS) + 1
    (error,) = catalog.errors
    assert error.file == org / "broken.yaml"
    assert "unknown level 'lerade'" in error.describe()


def test_an_organisation_pack_cannot_take_a_builtin_id(tmp_path):
    org = tmp_path / "frameworks"
    org.mkdir()
    (org / "mine.yaml").write_text(VALID.replace("id: demo", "id: kalix"), encoding="utf-8")
    catalog = FrameworkCatalog.load(builtin_frameworks_dir(), org)
    assert catalog.get("kalix").source.organisation != "Demo kommun"
    (error,) = catalog.errors
    assert "the id 'kalix' is already used by a built-in model" in error.describe()


def test_builtin_packs_are_files_hr_can_read(tmp_path):
    # Packs ship as plain YAML next to the code, so HR can copy one as a starting point.
    files = sorted(p.name for p in builtin_frameworks_dir().glob("*.yaml"))
    assert files == sorted(f"{i}.yaml" for i in BUILTIN_IDS)
    copy = tmp_path / "copy.yaml"
    shutil.copy(builtin_frameworks_dir() / "hjo.yaml", copy)
    assert Path(copy).read_text(encoding="utf-8").startswith("#")


def test_a_pack_saved_while_the_program_runs_is_added_and_replaced(tmp_path):
    org = tmp_path / "frameworks"
    org.mkdir()
    catalog = FrameworkCatalog.load(builtin_frameworks_dir(), org)
    file = org / "demo.yaml"
    file.write_text(VALID, encoding="utf-8")
    assert catalog.add_organisation_file(file) is None
    assert catalog.get("demo").name != "Ändrad"
    file.write_text(VALID.replace("name: ", "name: Ändrad #", 1), encoding="utf-8")
    assert catalog.add_organisation_file(file) is None
    assert [p.id for p in catalog.packs].count("demo") == 1
    assert catalog.get("demo").name == "Ändrad"
    clash = org / "other.yaml"
    clash.write_text(VALID, encoding="utf-8")  # the same id from another file
    error = catalog.add_organisation_file(clash)
    assert error is not None
    assert "already used" in error.describe()
