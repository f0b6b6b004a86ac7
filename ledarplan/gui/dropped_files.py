"""Which files dropped on the window are plan files to take in. Light on purpose: the window's
frame imports it before the data (and the exchange code) is there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData


def dropped_plan_files(data: QMimeData) -> list[Path]:
    """The plan files dropped: all of them local JSON files, or none at all."""
    urls = data.urls() if data.hasUrls() else []
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    if len(paths) != len(urls):
        return []
    # Plan files are named *.ledarplan.json; any JSON file is let through to be read.
    plan_files = [p for p in paths if p.name.lower().endswith(".json")]
    return plan_files if len(plan_files) == len(paths) else []
