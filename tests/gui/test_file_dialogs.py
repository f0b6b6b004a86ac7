"""File dialogs start in the folder the user last chose, or in Documents: never in the folder
the program happened to be started from. The folder, and the name the user signs with, are
remembered across starts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from ledarplan.gui.prompts import Prompts, documents_folder
from ledarplan.gui.views.talk_view import TalkView


def test_save_dialogs_start_in_documents_then_in_the_last_folder_used(monkeypatch, qapp, tmp_path):
    monkeypatch.chdir(tmp_path)  # the working folder must not matter
    offered: list[str] = []
    answers = [str(tmp_path / "exports" / "Åsa.ledarplan"), ""]

    def get_save_file_name(parent, title, start, filters):
        offered.append(start)
        return answers.pop(0), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    (tmp_path / "exports").mkdir()
    prompts = Prompts()
    chosen = prompts.save_file(None, "Export plan", "Åsa.ledarplan", "*.ledarplan")
    assert chosen == tmp_path / "exports" / "Åsa.ledarplan"
    assert Path(offered[0]) == documents_folder() / "Åsa.ledarplan"
    assert Path(offered[0]).parent != Path.cwd()
    # the next dialog, for another file, starts where the user saved last
    assert prompts.save_file(None, "Export as PDF", "Åsa.pdf", "*.pdf") is None  # cancelled
    assert Path(offered[1]) == tmp_path / "exports" / "Åsa.pdf"


def test_a_file_that_belongs_in_one_place_is_offered_there(monkeypatch, qapp, tmp_path):
    offered: list[str] = []

    def get_save_file_name(parent, title, start, filters):
        offered.append(start)
        return "", filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    Prompts().save_file(None, "Save the model", str(tmp_path / "models" / "m.yaml"), "*.yaml")
    assert Path(offered[0]) == tmp_path / "models" / "m.yaml"


# --- through the window, with the real prompts: remembered across a restart ---------------


@pytest.fixture
def prompts():
    """The window's real prompts (Qt's dialogs are answered by the tests below)."""
    return Prompts()


@pytest.fixture
def quiet_boxes(monkeypatch):
    """Message boxes say their piece without waiting for a click."""
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    return told


def test_the_last_folder_is_remembered_across_a_restart(
    make_window, prompts, monkeypatch, tmp_path, quiet_boxes
):
    offered: list[Path] = []
    exports = tmp_path / "exports"
    exports.mkdir()

    def get_save_file_name(parent, title, start, filters):
        offered.append(Path(start))
        return str(exports / Path(start).name), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    window = make_window()
    window.menus.sample_action.trigger()
    window.menus.export_action.trigger()
    assert offered[0].parent == documents_folder()  # the first time: Documents
    assert any(str(exports) in text for text in quiet_boxes)
    window.close()  # the window's own settings are saved, the folder is kept with them

    prompts.__init__()  # a new start: nothing is left in memory
    window = make_window()
    window.menus.export_action.trigger()
    assert offered[1].parent == exports


def test_the_users_own_name_is_offered_when_signing_again_after_a_restart(
    make_window, prompts, monkeypatch, services
):
    offered: list[str] = []

    def get_text(parent, title, label, echo, text=""):
        offered.append(text)
        return "Bo Berg", True

    monkeypatch.setattr(QInputDialog, "getText", get_text)

    def sign_a_talk(window) -> str:
        talk = window.workspace.page(TalkView)
        window.workspace.show_page(window.workspace.tabs.indexOf(talk))
        if talk.current_talk() is None:
            talk.start_new_talk()
        talk.date_edit.set_value(date.today())
        talk.sign_off()
        signed = talk.current_talk()
        return signed.leader_signature.name

    window = make_window()
    window.menus.sample_action.trigger()
    leader = services.people.get(services.plans.get(window.workspace.plan_id).person_id).name
    assert sign_a_talk(window) == "Bo Berg"
    assert offered == [leader]  # the first time: the plan's leader, as the plan names them
    window.close()

    prompts.__init__()  # a new start: nothing is left in memory
    window = make_window()  # another plan: the name typed last is offered
    window.menus.sample_action.trigger()
    assert sign_a_talk(window) == "Bo Berg"
    assert offered[1] == "Bo Berg"
