"""The plan file's format changes, one function per step (see `ledarplan.upgrades`).

Format 1 is the first. A format 2 adds `1: upgrade_v1_to_v2` here, with a stored format-1
file in tests/data/exchange to test it on; the format's version follows from the steps.
"""

from __future__ import annotations

from ledarplan.upgrades import Steps

UPGRADES: Steps = {}

#: The format this version writes: one more than the last step's starting point.
FORMAT_VERSION = max(UPGRADES, default=0) + 1
