"""File → Export plan encrypted…, and opening an encrypted plan from the menu or by dropping it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from ledarplan.exchange.crypto import decrypt, is_encrypted
from ledarplan.gui.prompts import Prompts

PASSPHRASE = "Vi ses på tisdag 10.00"
OPEN_TITLE = "Open an encrypted plan"


def _export_encrypted(window, prompts, tmp_path, name="til chefen"):
    """Exports the open plan encrypted, answering the save dialog and the passphrase."""
    prompts.answers += [tmp_path / name, PASSPHRASE]
    window.menus.export_encrypted_action.trigger()
    return tmp_path / (name + ".ledarplan.enc.json")


def _forget_everyone(window):
    for person in window._services.people.list():
        window._services.people.delete(person.id)
    window.events.people_changed.emit()
    assert window._services.plans.list() == []


def _drop(window, path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    window.dropEvent(
        QDropEvent(
            QPointF(50, 50),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )


def test_the_menu_item_is_there_and_needs_an_open_plan(make_window):
    window = make_window()
    texts = [action.text() for action in window.menus.file_menu.actions()]
    assert "Export plan en&crypted…" in texts
    assert not window.menus.export_encrypted_action.isEnabled()
    window.menus.sample_action.trigger()
    assert window.menus.export_encrypted_action.isEnabled()


def test_export_encrypted_asks_for_a_passphrase_twice_and_writes_a_sealed_file(
    make_window, prompts, tmp_path
):
    window = make_window()
    window.menus.sample_action.trigger()
    (summary,) = window._services.plans.list()
    prompts.answers += [tmp_path / "til chefen", "kort", PASSPHRASE]
    window.menus.export_encrypted_action.trigger()

    kinds = [kind for kind, _title, _text in prompts.shown]
    assert kinds == [
        "save_file",
        "ask_passphrase_twice",
        "warning",
        "ask_passphrase_twice",
        "information",
    ]
    assert prompts.shown[0][2].endswith(".ledarplan.enc.json")  # the suggested name
    assert "at least 8 characters" in prompts.shown[1][2]
    assert prompts.shown[2][2].strip() == "The passphrase is too short: use at least 8 characters."
    info = prompts.shown[-1][2]
    assert "Private notes were left out" in info
    assert "Tell the passphrase another way than the file" in info

    written = tmp_path / "til chefen.ledarplan.enc.json"
    data = written.read_bytes()
    assert is_encrypted(data)
    assert summary.person.name.encode("utf-8") not in data
    plain = decrypt(data, PASSPHRASE, str(written)).decode("utf-8")
    assert summary.person.name in plain


def test_cancelling_the_passphrase_writes_nothing(make_window, prompts, tmp_path):
    window = make_window()
    window.menus.sample_action.trigger()
    prompts.answers += [tmp_path / "plan.ledarplan.enc.json", None]
    window.menus.export_encrypted_action.trigger()
    assert list(tmp_path.glob("*.json")) == []
    assert prompts.shown[-1][0] == "ask_passphrase_twice"


def test_import_from_the_menu_asks_for_the_passphrase_until_it_is_right(
    make_window, prompts, tmp_path
):
    window = make_window()
    window.menus.sample_action.trigger()
    (summary,) = window._services.plans.list()
    sealed = _export_encrypted(window, prompts, tmp_path)
    _forget_everyone(window)

    prompts.shown.clear()
    prompts.answers += [sealed, "Vi ses på onsdag 10.00", PASSPHRASE]
    window.menus.import_action.trigger()
    assert "*.ledarplan.enc.json" in prompts.shown[0][2]  # the file picker shows them
    asked = [(title, label) for kind, title, label in prompts.shown if kind == "ask_passphrase"]
    assert asked == [
        (OPEN_TITLE, "til chefen.ledarplan.enc.json is encrypted. Type its passphrase:"),
        (
            OPEN_TITLE,
            "The passphrase is wrong, or the file was changed after it was encrypted. "
            "Type the passphrase of til chefen.ledarplan.enc.json again:",
        ),
    ]
    assert [s.plan.id for s in window._services.plans.list()] == [summary.plan.id]
    assert window.workspace.plan_id == summary.plan.id
    assert not [shown for shown in prompts.shown if shown[0] == "error"]


def test_a_dropped_encrypted_plan_asks_and_a_cancel_imports_nothing(make_window, prompts, tmp_path):
    window = make_window()
    window.menus.sample_action.trigger()
    (summary,) = window._services.plans.list()
    sealed = _export_encrypted(window, prompts, tmp_path)
    _forget_everyone(window)

    prompts.answers.append(None)
    _drop(window, sealed)
    assert prompts.shown[-1][:2] == ("ask_passphrase", OPEN_TITLE)
    assert window._services.plans.list() == []

    prompts.answers.append(PASSPHRASE)
    _drop(window, sealed)
    assert [s.plan.id for s in window._services.plans.list()] == [summary.plan.id]


def test_an_encrypted_file_of_a_plan_already_here_is_previewed_then_merged(
    make_window, prompts, tmp_path, other_desk
):
    window = make_window()
    window.menus.sample_action.trigger()
    (summary,) = window._services.plans.list()
    plan_id = summary.plan.id
    # The manager takes the plan in, adds a goal and sends the plan back, sealed.
    window._services.transfer.send(plan_id, tmp_path / "to manager.ledarplan.json")
    other_desk.merging.merge(tmp_path / "to manager.ledarplan.json")
    other_desk.goals.add(plan_id, "Chefens mål", [])
    sealed = tmp_path / "from manager.ledarplan.enc.json"
    other_desk.transfer.send(plan_id, sealed, passphrase=PASSPHRASE)

    previewed = []
    window.desk_flows.ask_merge = lambda dialog: previewed.append(dialog) or dialog.decision()
    prompts.answers += [sealed, PASSPHRASE]
    window.menus.import_action.trigger()
    assert [kind for kind, _t, _x in prompts.shown[-3:]] == [
        "open_file",
        "ask_passphrase",
        "information",
    ]
    assert len(previewed) == 1  # the old "Replace?" question is gone
    assert "Chefens mål" in [g.title for g in window._services.goals.list(plan_id)]
    backups = list(
        (window._services.maintenance.database_file.parent / "backups").glob("*.sqlite3")
    )
    assert backups  # the copy here was backed up before it was merged


# --- the real passphrase prompt -----------------------------------------------------------


@pytest.fixture
def typist(qtbot):
    """Types into the modal dialogs Qt shows, in turn; records what they said."""
    typed: list[str | None] = []
    seen: list[tuple[str, str]] = []

    def tick():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            seen.append(("input", dialog.labelText()))
            assert dialog.textEchoMode() == QLineEdit.EchoMode.Password
            answer = typed.pop(0)
            if answer is None:
                dialog.reject()
            else:
                dialog.setTextValue(answer)
                dialog.accept()
        elif isinstance(dialog, QMessageBox):
            seen.append(("message", dialog.text()))
            dialog.accept()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(tick)
    timer.start()
    yield typed, seen
    timer.stop()


def test_the_real_prompt_asks_twice_hides_the_text_and_says_when_they_differ(qtbot, typist):
    typed, seen = typist
    typed += ["första försöket", "förste försöket", "första försöket", "första försöket"]
    answer = Prompts().ask_passphrase(None, "Encrypt the plan", "Choose a passphrase:", True)
    assert answer == "första försöket"
    assert seen == [
        ("input", "Choose a passphrase:"),
        ("input", "Type the same passphrase again:"),
        ("message", "The two passphrases differ. Please type them again."),
        ("input", "Choose a passphrase:"),
        ("input", "Type the same passphrase again:"),
    ]


def test_the_real_prompt_asks_once_to_open_and_can_be_cancelled(qtbot, typist):
    typed, seen = typist
    typed.append("lösenfras 1")
    assert Prompts().ask_passphrase(None, OPEN_TITLE, "Passphrase:", False) == "lösenfras 1"
    typed.append(None)
    assert Prompts().ask_passphrase(None, OPEN_TITLE, "Passphrase:", False) is None
    assert seen == [("input", "Passphrase:")] * 2


def test_encrypted_with_private_notes_carries_them_sealed(make_window, prompts, tmp_path):
    window = make_window()
    window.menus.sample_action.trigger()
    bundle = window._services.plans.bundle(window.workspace.plan_id)
    note = next(s.notes for s in bundle.sessions if s.notes_private and s.notes)
    assert window.menus.export_encrypted_private_action.isEnabled()
    cursors = []
    real_export = window._services.transfer.export_plan

    def export_plan(*args, **kwargs):
        cursor = QApplication.overrideCursor()
        cursors.append(cursor.shape() if cursor else None)
        return real_export(*args, **kwargs)

    window._services.transfer.export_plan = export_plan
    prompts.answers += [tmp_path / "til coachen", PASSPHRASE]
    window.menus.export_encrypted_private_action.trigger()

    assert cursors == [Qt.CursorShape.WaitCursor]  # the key derivation is waited for visibly
    assert QApplication.overrideCursor() is None  # and the arrow is back for the message
    info = prompts.shown[-1][2]
    assert "with private notes" in info and "encrypted" in info
    data = (tmp_path / "til coachen.ledarplan.enc.json").read_bytes()
    assert note[:30].encode("utf-8") not in data
    plain = decrypt(data, PASSPHRASE, "til coachen").decode("utf-8")
    assert note[:30] in plain.replace("\\n", "\n")
