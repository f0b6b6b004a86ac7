"""Starting the window or a command imports only what it needs: reportlab, Alembic,
cryptography, pypdf, openpyxl, the exchange file's models and the summary file's are imported
at their first use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ledarplan.paths import AppPaths
from ledarplan.storage.database import open_database

ROOT = Path(__file__).resolve().parents[1]
LATER = (
    "reportlab",
    "alembic",
    "cryptography",
    "ledarplan.pdf.document",
    "ledarplan.exchange.format",
    "ledarplan.exchange.document",
    "ledarplan.summary.document",
    "pypdf",  # reading filled feedback forms
    "openpyxl",
)


def test_the_window_and_the_commands_start_without_the_rarely_needed_libraries(tmp_path):
    paths = AppPaths(tmp_path / "data")
    paths.ensure()
    open_database(paths.database_file).dispose()  # made (and migrated) by an earlier start
    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "import ledarplan.app, ledarplan.gui.application\n"
        "from ledarplan.frameworks.catalog import FrameworkCatalog\n"
        "from ledarplan.paths import AppPaths, builtin_frameworks_dir\n"
        "catalog = FrameworkCatalog.load(builtin_frameworks_dir())\n"
        f"services = ledarplan.app.open_services(AppPaths(Path({str(paths.data_dir)!r})), "
        "catalog)\n"
        "services.plans.list()\n"
        f"print(json.dumps([m for m in {LATER!r} if m in sys.modules]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == []
