"""The organisation's presets in the window: model and level chosen, language, PDF cover."""

from __future__ import annotations

from pypdf import PdfReader

from ledarplan.i18n.catalog import Translator
from ledarplan.presets import PRESETS_FILE, read_presets
from ledarplan.settings import Settings, SettingsStore

from .test_pdf_export import answer_dialog


def presets(tmp_path, text: str):
    path = tmp_path / "install" / PRESETS_FILE
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return read_presets(path)


LOCKED = 'organisation = "Testby Kommune"\nmodel = "holstebro"\nlevel = "chef"\n'


def test_the_organisations_model_and_level_are_shown_and_kept(make_window, tmp_path, paths):
    # The user once chose another model; the organisation keeps everyone to its own.
    SettingsStore(paths.settings_file).save(Settings(framework_id="hjo"))
    window = make_window(presets(tmp_path, LOCKED + "users_may_change_model = false\n"))
    browser = window.browser
    assert browser.current_framework_id() == "holstebro"
    assert browser.level_combo.currentText() == "Chef"
    assert not browser.model_combo.isEnabled()
    assert browser.model_combo.toolTip() == "Your organisation has chosen this model."
    assert browser.level_combo.isEnabled()  # the level is the leader's own

    offered = []
    window.actions_.ask_new_plan = lambda dialog: offered.append(
        (
            dialog.browser.current_framework_id(),
            dialog.browser.current_level_id(),
            dialog.browser.model_combo.isEnabled(),
        )
    )
    window.menus.new_person_action.trigger()
    assert offered == [("holstebro", "chef", False)]


def test_where_users_may_choose_their_own_choice_wins(make_window, tmp_path, paths):
    window = make_window(presets(tmp_path, LOCKED))
    assert window.browser.current_framework_id() == "holstebro"  # a first start: the preset
    assert window.browser.level_combo.currentText() == "Chef"
    assert window.browser.model_combo.isEnabled()
    window.close()
    SettingsStore(paths.settings_file).save(Settings(framework_id="hjo"))
    window = make_window(presets(tmp_path, LOCKED))
    assert window.browser.current_framework_id() == "hjo"


def test_the_organisations_language_until_the_user_chooses(make_window, tmp_path, paths):
    window = make_window(presets(tmp_path, 'language = "da"\n'))
    assert window.menus.file_menu.title() == Translator("da").translate("WindowMenus", "&File")
    window.set_language("sv")
    window.close()
    window = make_window(presets(tmp_path, 'language = "da"\n'))
    assert window.menus.file_menu.title() == Translator("sv").translate("WindowMenus", "&File")
    window.set_language("en")


def test_wrong_presets_are_said_in_a_banner_and_the_window_works(make_window, tmp_path, prompts):
    window = make_window(presets(tmp_path, 'model = "nonesuch"\nlanguage = "de"\n'))
    banner = window.presets_banner
    assert banner is not None and banner.isVisible()
    assert banner.message.text() == (
        "2 of your organisation's presets could not be used; ledarplan uses its defaults for them."
    )
    banner.details_button.click()
    kind, title, text = prompts.shown[-1]
    assert (kind, title) == ("warning", "Organisation presets")
    assert "setting 'language': 'de' is not one of sv, da, en" in text
    assert "setting 'model': there is no model 'nonesuch'" in text
    assert window.browser.model_combo.isEnabled()
    window.menus.sample_action.trigger()
    assert window.workspace.plan_id is not None


def test_the_pdf_names_the_organisation(make_window, tmp_path, prompts):
    window = make_window(presets(tmp_path, LOCKED))
    window.menus.sample_action.trigger()
    window.actions_.open_file = lambda path: None
    window.actions_.ask_pdf_options = answer_dialog()
    prompts.answers.append(tmp_path / "plan.pdf")
    window.menus.pdf_action.trigger()
    assert "Testby Kommune" in PdfReader(tmp_path / "plan.pdf").pages[0].extract_text()


def test_about_names_the_organisation_and_its_presets_file(make_window, tmp_path, prompts):
    report = presets(tmp_path, LOCKED)
    window = make_window(report)
    window.menus.about_action.trigger()
    html = prompts.shown[-1][2]
    assert "Testby Kommune" in html
    assert str(report.presets.source) in html
