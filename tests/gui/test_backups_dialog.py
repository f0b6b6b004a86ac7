"""Backups in the window: listed, made by hand, restored after asking."""

from __future__ import annotations

from ledarplan.gui.models.backup_table import BackupTableModel
from ledarplan.gui.views.backups_dialog import BackupsDialog


def test_backups_are_listed_made_and_restored(make_window, prompts, qtbot, qtmodeltester):
    window = make_window()
    window.menus.sample_action.trigger()
    shown = []
    window.show_dialog = shown.append
    window.menus.backups_action.trigger()
    (dialog,) = shown
    assert isinstance(dialog, BackupsDialog)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    before = dialog.model.rowCount()
    dialog.back_up_now()
    assert dialog.model.rowCount() == before + 1
    assert dialog.model.index(0, 1).data() == "Made by hand"

    # a new person after the backup, then back to the backup
    window._services.people.create("Kommer efter backup")
    dialog.table.selectRow(0)
    prompts.answers.append(True)
    dialog.restore_selected()
    names = [p.name for p in window._services.people.list()]
    assert "Kommer efter backup" not in names
    kinds = [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
    assert "Before a restore" in kinds  # what was replaced is kept


def test_cancelling_a_restore_changes_nothing(make_window, prompts, qtbot):
    window = make_window()
    window.menus.sample_action.trigger()
    shown = []
    window.show_dialog = shown.append
    window.menus.backups_action.trigger()
    dialog = shown[0]
    qtbot.addWidget(dialog)
    dialog.back_up_now()
    window._services.people.create("Bliver")
    prompts.answers.append(False)
    dialog.restore_selected()
    assert "Bliver" in [p.name for p in window._services.people.list()]


def test_backup_model_alone(qtmodeltester):
    model = BackupTableModel()
    qtmodeltester.check(model)


def test_a_backup_folder_is_chosen_and_its_backups_restored_from(
    make_window, prompts, qtbot, tmp_path
):
    window = make_window()
    window.menus.sample_action.trigger()
    shown = []
    window.show_dialog = shown.append
    window.menus.backups_action.trigger()
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert "home drive" in dialog.backup_folder_label.text()
    home = tmp_path / "H"
    home.mkdir()
    prompts.answers.append(home)
    dialog.choose_backup_folder()
    assert dialog.backup_folder_label.text() == f"Each daily backup is also copied to: {home}"
    services = window._services
    services.maintenance.rotate_daily()
    services.maintenance.copy_to_folder(home)
    dialog.reload()
    kinds = [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
    assert "Daily (in the backup folder)" in kinds

    services.people.create("Efter kopien")
    row = kinds.index("Daily (in the backup folder)")
    dialog.table.selectRow(row)
    prompts.answers.append(True)
    dialog.restore_selected()
    assert "Efter kopien" not in [p.name for p in services.people.list()]
    dialog.clear_folder_button.click()
    assert "home drive" in dialog.backup_folder_label.text()
