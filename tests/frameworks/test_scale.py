"""A model's own rating scale: checked like the rest of a pack, kept in the plan, shown in the
PDF's legend; without one, the program's own 1–5 scale with its anchors."""

from __future__ import annotations

import pytest

from ledarplan.domain.entities import ScalePoint
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.frameworks.loader import load_pack_file
from ledarplan.frameworks.scale import DEFAULT_ANCHORS, anchors, scale_range
from ledarplan.paths import builtin_frameworks_dir
from ledarplan.services.snapshots import snapshot_for
from tests.frameworks.test_loader_errors import VALID, problems_of, write

SCALE = """\
scale:
  - value: 4
    label: Visar det som förebild för andra
  - value: 1
    label: Visar det ännu inte
  - value: 2
    label: Visar det ibland
"""


def test_a_pack_names_its_scale_and_the_plan_keeps_it_in_order(tmp_path):
    pack = load_pack_file(write(tmp_path, VALID.replace("levels:", SCALE + "levels:")))
    snapshot = snapshot_for(pack, "chef")
    assert snapshot.scale == (
        ScalePoint(1, "Visar det ännu inte"),
        ScalePoint(2, "Visar det ibland"),
        ScalePoint(4, "Visar det som förebild för andra"),
    )
    assert scale_range(snapshot) == (1, 4)
    assert anchors(snapshot, 1, 4, [])[0] == (1, "Visar det ännu inte")


@pytest.mark.parametrize(
    ("scale", "problem"),
    [
        ("scale:\n  - value: 1\n    label: Ett\n", "at least 2 items"),
        ("scale:\n  - value: 1\n    label: Ett\n  - value: 1\n    label: Två\n", "two anchors"),
        (
            "scale:\n  - value: 11\n    label: Elva\n  - value: 1\n    label: Ett\n",
            "less than or equal to 10",
        ),
    ],
)
def test_a_broken_scale_is_named_with_its_place(tmp_path, scale, problem):
    [message] = problems_of(write(tmp_path, VALID.replace("levels:", scale + "levels:")))
    assert "pack.yaml:" in message and "scale" in message and problem in message


def test_without_a_scale_of_its_own_the_program_anchors_its_1_to_5():
    catalog = FrameworkCatalog.load(builtin_frameworks_dir())
    snapshot = snapshot_for(catalog.get("huddinge"), None)
    assert snapshot.scale == () and scale_range(snapshot) == (1, 5)
    defaults = [(v, t.upper()) for v, t in DEFAULT_ANCHORS]
    assert anchors(snapshot, 1, 5, defaults) == defaults
    assert anchors(snapshot, 0, 10, defaults) == []  # another scale: no guessing
