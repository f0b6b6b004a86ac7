"""The main window's menus and the commands in them.

Built with the window's frame, before the data is there (a command chosen then runs once it
is: `MainWindow.when_ready`); named in the interface language; enabled for what is open
(`offer`). What each command does is the window's (its handlers); the desk's own commands and
the plan's pages are added to these menus once the data is there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from ledarplan.i18n.catalog import LANGUAGE_NAMES, LANGUAGES

if TYPE_CHECKING:
    from ledarplan.domain.entities import Person
    from ledarplan.gui.main_window import MainWindow


class WindowMenus(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self._window = window
        self._build_actions()
        self._build_menus()

    def action(
        self,
        handler: Callable[[], object],
        shortcut: QKeySequence | str | None = None,
        *,
        now: bool = False,
    ) -> QAction:
        """An action of the window; unless `now`, chosen before the data is there it runs
        once the data is."""
        window = self._window
        action = QAction(window)
        run = handler if now else window.when_ready(handler)
        action.triggered.connect(lambda _checked=False: run())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        window.addAction(action)
        return action

    def _build_actions(self) -> None:
        window = self._window
        std = QKeySequence.StandardKey
        self.new_person_action = self.action(
            lambda: window._create_plan(new_person=True), "Ctrl+Shift+N"
        )
        self.new_plan_action = self.action(lambda: window._create_plan(new_person=False), std.New)
        self.sample_action = self.action(window._create_sample)
        self.model_sheet_action = self.action(window.dialogs.model_from_sheet)
        self.import_action = self.action(window._import, std.Open)
        self.export_action = self.action(lambda: window._export(False), "Ctrl+E")
        self.export_private_action = self.action(lambda: window._export(True))
        self.export_encrypted_action = self.action(lambda: window._export(False, encrypt=True))
        # Encryption is what makes sending one's notes safe, so it is offered with them too.
        self.export_encrypted_private_action = self.action(
            lambda: window._export(True, encrypt=True)
        )
        self.pdf_action = self.action(window._export_pdf, std.Print)
        self.team_pdf_action = self.action(window._export_team_pdfs)
        self.calendar_action = self.action(lambda: window._export_calendar(whole_team=False))
        self.team_calendar_action = self.action(lambda: window._export_calendar(whole_team=True))
        self.quit_action = self.action(window.close, std.Quit, now=True)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.rename_action = self.action(window._rename, "F2")
        self.archive_action = self.action(lambda: window._archive(True))
        self.unarchive_action = self.action(lambda: window._archive(False))
        self.delete_person_action = self.action(window._delete_person)
        self.delete_plan_action = self.action(window._delete_plan)
        self.find_action = self.action(window.people.focus_search, std.Find, now=True)
        self.backups_action = self.action(window.dialogs.backups)
        self.move_in_action = self.action(window.dialogs.move_in)
        self.move_in_action.setVisible(False)  # on the organisation's database (see attach)
        self.contribute_action = self.action(window._contribute)
        self.organisation_summary_action = self.action(window._organisation_summary)
        self.models_action = self.action(window._show_models, "Ctrl+M")
        self.team_action = self.action(window._show_team, "Ctrl+T")
        self.about_action = self.action(window.dialogs.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        window = self._window
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (
            self.new_person_action,
            self.new_plan_action,
            self.sample_action,
            self.model_sheet_action,
            None,
            self.import_action,
            self.export_action,
            self.export_private_action,
            self.export_encrypted_action,
            self.export_encrypted_private_action,
            self.pdf_action,
            self.team_pdf_action,
            None,
            self.calendar_action,
            self.team_calendar_action,
            None,
            # The desk's own commands come here once the data is there (see attach).
            self.contribute_action,
            self.organisation_summary_action,
            None,
            self.move_in_action,
            self.backups_action,
            None,
            self.quit_action,
        ):
            self.file_menu.addSeparator() if action is None else self.file_menu.addAction(action)
        self.edit_menu = bar.addMenu("")
        for action in (
            self.find_action,
            self.rename_action,
            None,
            self.archive_action,
            self.unarchive_action,
            None,
            self.delete_plan_action,
            self.delete_person_action,
        ):
            self.edit_menu.addSeparator() if action is None else self.edit_menu.addAction(action)
        self.view_menu = bar.addMenu("")
        # The plan's pages come first once the data is there (see attach).
        self.view_menu.addAction(self.team_action)
        self.view_menu.addAction(self.models_action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(window)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            # Each language is named in itself, so a user can find theirs in any language.
            action = QAction(LANGUAGE_NAMES[code], window, checkable=True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: window.set_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        current = window._languages.language if window._languages else "en"
        self.language_actions[current].setChecked(True)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_person_action.setText(self.tr("New &person and plan…"))
        self.new_plan_action.setText(self.tr("&New plan…"))
        self.sample_action.setText(self.tr("Try with &sample data"))
        self.model_sheet_action.setText(self.tr("New &model from a spreadsheet…"))
        self.import_action.setText(self.tr("&Import plan…"))
        self.export_action.setText(self.tr("&Export plan…"))
        self.export_private_action.setText(self.tr("Export plan with &private notes…"))
        self.export_encrypted_action.setText(self.tr("Export plan en&crypted…"))
        self.export_encrypted_private_action.setText(
            self.tr("Export plan encrypted, &with private notes…")
        )
        self.pdf_action.setText(self.tr("Export as P&DF…"))
        self.team_pdf_action.setText(self.tr("Export the &team's PDFs…"))
        self.calendar_action.setText(self.tr("Export calendar &file…"))
        self.calendar_action.setToolTip(
            self.tr("The open plan's dates as a calendar file (.ics) for Outlook or Thunderbird")
        )
        self.team_calendar_action.setText(self.tr("Export calendar file for the &whole team…"))
        self.team_calendar_action.setToolTip(
            self.tr("The dates of every plan here as one calendar file (.ics)")
        )
        self.team_action.setText(self.tr("&Team overview"))
        self.backups_action.setText(self.tr("&Backups…"))
        self.move_in_action.setText(self.tr("Move my plans to the organisation database…"))
        self.contribute_action.setText(self.tr("Contribute to the organisation's yearly summary…"))
        self.organisation_summary_action.setText(self.tr("Organisation summar&y…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Find person or plan"))
        self.rename_action.setText(self.tr("&Rename person…"))
        self.archive_action.setText(self.tr("&Archive person"))
        self.unarchive_action.setText(self.tr("&Unarchive person"))
        self.delete_plan_action.setText(self.tr("Delete p&lan…"))
        self.delete_person_action.setText(self.tr("&Delete person and all their data…"))
        self.models_action.setText(self.tr("Browse &leadership models"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.about_action.setText(self.tr("&About ledarplan"))

    def offer(self, person: Person | None, plan_open: bool, *, anyone: bool) -> None:
        """Enables what applies: to the person chosen, to an open plan, to anyone held here."""
        for action in (self.rename_action, self.delete_person_action, self.new_plan_action):
            action.setEnabled(person is not None)
        self.archive_action.setEnabled(person is not None and not person.archived)
        self.unarchive_action.setEnabled(person is not None and person.archived)
        for action in (
            self.export_action,
            self.export_private_action,
            self.export_encrypted_action,
            self.export_encrypted_private_action,
            self.pdf_action,
            self.calendar_action,
            self.delete_plan_action,
        ):
            action.setEnabled(plan_open)
        for action in (self.team_pdf_action, self.team_calendar_action, self.contribute_action):
            action.setEnabled(anyone)
