"""The window cannot open the organisation's database: said in a window, in the user's
language, with what IT should do (the command line says the same in English, exit status 3)."""

from __future__ import annotations

import pytest

from ledarplan import app
from ledarplan.gui import application as application_module
from ledarplan.paths import AppPaths
from ledarplan.settings import Settings, SettingsStore
from tests.gui.conftest import dialogs  # noqa: F401 - the start-up's message boxes, recorded

pytestmark = pytest.mark.gui


def start_window(data_dir, url: str, language: str) -> int:
    SettingsStore(AppPaths(data_dir).settings_file).save(Settings(language=language))
    return app.main(["--data-dir", str(data_dir), "--database-url", url, "--exit-when-ready"])


def test_a_login_not_registered_is_said_in_swedish(dialogs, org, tmp_path):  # noqa: F811
    org.server.create_login("start_unregistered")
    with org.sql() as conn:
        conn.execute("GRANT ledarplan_leader TO start_unregistered")
    code = start_window(tmp_path / "data", org.url("start_unregistered"), "sv")
    assert code == application_module.EXIT_CANNOT_START
    [(kind, title, text)] = dialogs
    assert (kind, title) == ("critical", "ledarplan kan inte starta")
    assert "Din inloggning ”start_unregistered” är inte registrerad som person" in text
    assert "ledarplan org add-user start_unregistered --name NAME" in text


def test_a_database_not_prepared_is_said_in_danish(dialogs, empty_org, tmp_path):  # noqa: F811
    code = start_window(tmp_path / "data", empty_org.url(), "da")
    assert code == application_module.EXIT_CANNOT_START
    [(_kind, title, text)] = dialogs
    assert title == "ledarplan kan ikke starte"
    assert "er ikke gjort klar til ledarplan" in text
    assert "org init" in text


def test_a_server_that_cannot_be_reached_is_said_in_swedish(dialogs, tmp_path):  # noqa: F811
    url = f"postgresql://nobody@{tmp_path.as_posix().replace('/', '%2F')}:1/none"
    code = start_window(tmp_path / "data", url, "sv")
    assert code == application_module.EXIT_CANNOT_START
    [(_kind, _title, text)] = dialogs
    assert "Organisationens databas" in text and "kan inte nås" in text
