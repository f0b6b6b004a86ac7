"""File dialogs start in the folder the user last chose, or in Documents: never in the folder
the program happened to be started from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from ledarplan.gui.prompts import Prompts, documents_folder


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
