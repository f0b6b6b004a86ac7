"""The settings file: its format is read, older formats are upgraded, a newer one still reads."""

from __future__ import annotations

import json

import pytest

from ledarplan import settings as settings_module
from ledarplan.settings import SETTINGS_FORMAT, Settings, SettingsStore


def write(path, data) -> None:
    path.write_text(json.dumps(data), encoding="utf-8")


def test_settings_are_written_with_their_format_and_read_back(tmp_path):
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(language="da", levels={"holstebro": "chef"}))
    assert json.loads(store.path.read_text(encoding="utf-8"))["format"] == SETTINGS_FORMAT
    assert store.load() == Settings(language="da", levels={"holstebro": "chef"})
    assert store.problem is None


def test_an_older_format_goes_through_its_upgrade_step(tmp_path, monkeypatch):
    def upgrade_v0_to_v1(doc):  # say format 0 called the language "lang"
        new = {k: v for k, v in doc.items() if k != "lang"}
        return {**new, "format": 1, "language": doc["lang"]}

    monkeypatch.setattr(settings_module, "SETTINGS_UPGRADES", {0: upgrade_v0_to_v1})
    store = SettingsStore(tmp_path / "settings.json")
    write(store.path, {"format": 0, "lang": "sv", "backups_to_keep": 30})
    loaded = store.load()
    assert (loaded.language, loaded.backups_to_keep, store.problem) == ("sv", 30, None)


def test_a_format_with_no_way_up_is_set_aside_and_the_defaults_used(tmp_path):
    store = SettingsStore(tmp_path / "settings.json")
    write(store.path, {"format": 0, "language": "sv"})
    assert store.load() == Settings()
    assert "format 0 is not one this version reads" in store.problem
    assert (tmp_path / "settings.json.broken").exists()  # kept for a look, not overwritten


def test_settings_of_a_newer_version_are_read_for_what_this_version_knows(tmp_path):
    store = SettingsStore(tmp_path / "settings.json")
    write(store.path, {"format": SETTINGS_FORMAT + 1, "language": "da", "new_thing": [1, 2]})
    assert store.load().language == "da"
    assert store.problem is None


def test_a_wrong_value_is_named_and_the_defaults_used(tmp_path):
    for document, said in (
        ({"backups_to_keep": 0}, "backups_to_keep: must be from 1 to 365"),
        ({"language": "x" * 17}, "language: longer than 16 characters"),
        ({"levels": {"holstebro": 3}}, "levels: must map model ids to level ids"),
        ({"last_plan_id": 42}, "last_plan_id: must be text"),
        ([1, 2], "not a JSON object"),
    ):
        store = SettingsStore(tmp_path / "settings.json")
        write(store.path, document)
        assert store.load() == Settings()
        assert said in store.problem


def test_a_changed_setting_is_checked_as_a_file_is():
    assert Settings().changed(language="da").language == "da"
    with pytest.raises(ValueError, match="backups_to_keep"):
        Settings().changed(backups_to_keep=400)
