"""Upgrading a stored document (a plan file, the settings) from an older format, step by step.

Picard's way: each format change comes with a function that takes a document of format N to
format N + 1 (e.g. `upgrade_v1_to_v2`), applied to the parsed document before it is checked.
A new format is then an added function and a stored example of the old format to test it on,
never a second reader.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Document = dict[str, Any]
#: The function that takes a document of format N (the key) to format N + 1.
Steps = Mapping[int, Callable[[Document], Document]]


def oldest_readable(current: int, steps: Steps) -> int:
    """The oldest format the chain reaches `current` from (without gaps)."""
    oldest = current
    while oldest - 1 in steps:
        oldest -= 1
    return oldest


def upgrade(document: Document, version: int, current: int, steps: Steps) -> Document:
    """`document` (of format `version`) brought to format `current` through `steps`; the
    caller has checked that `version` is between `oldest_readable` and `current`."""
    while version < current:
        document = steps[version](document)
        version += 1
    return document
