"""Exporting the open plan as a PDF from the window."""

from __future__ import annotations

import errno

from pypdf import PdfReader

from ledarplan import pdf as pdf_package
from ledarplan.i18n.catalog import Translator


def pdf_text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def answer_dialog(*, language=None, private=False, leave_out=(), open_after=True):
    def answer(dialog):
        if language:
            dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
        dialog.private_box.setChecked(private)
        for section in leave_out:
            dialog.section_boxes[section].setChecked(False)
        dialog.open_box.setChecked(open_after)
        return dialog.choice()

    return answer


def test_export_pdf_from_the_menu(make_window, prompts, tmp_path):
    window = make_window()
    window.menus.sample_action.trigger()
    bundle = window._services.plans.bundle(window.workspace.plan_id)
    opened = []
    window.actions_.open_file = opened.append
    window.actions_.ask_pdf_options = answer_dialog(language="da")
    out = tmp_path / "til samtalen"  # no suffix: .pdf is added
    prompts.answers.append(out)
    window.menus.pdf_action.trigger()
    pdf = tmp_path / "til samtalen.pdf"
    assert opened == [pdf]
    text = pdf_text(pdf)
    assert bundle.person.name in text
    title = Translator("da").translate("PdfLabels", "Leader development plan")
    assert title != "Leader development plan"
    assert title in text  # the labels are Danish, as chosen in the dialog
    private = next(s.notes for s in bundle.sessions if s.notes_private and s.notes)
    assert " ".join(private.split())[:40] not in text


def test_private_notes_only_when_chosen(make_window, prompts, tmp_path):
    window = make_window()
    window.menus.sample_action.trigger()
    bundle = window._services.plans.bundle(window.workspace.plan_id)
    window.actions_.open_file = lambda path: None
    window.actions_.ask_pdf_options = answer_dialog(private=True, leave_out=("chart",))
    prompts.answers.append(tmp_path / "x.pdf")
    window.menus.pdf_action.trigger()
    private = next(s.notes for s in bundle.sessions if s.notes_private and s.notes)
    assert " ".join(private.split())[:40] in pdf_text(tmp_path / "x.pdf")


def test_cancelling_writes_nothing(make_window, prompts, tmp_path):
    window = make_window()
    window.menus.sample_action.trigger()
    window.actions_.ask_pdf_options = lambda dialog: None
    window.menus.pdf_action.trigger()
    assert list(tmp_path.glob("*.pdf")) == []
    assert not any(kind == "save_file" for kind, *_ in prompts.shown)


def test_a_full_disk_is_said_in_the_users_language_and_leaves_no_file(
    make_window, prompts, tmp_path, monkeypatch
):
    window = make_window()
    window.menus.sample_action.trigger()
    window.set_language("sv")
    window.actions_.open_file = lambda path: None
    window.actions_.ask_pdf_options = answer_dialog()

    def disk_full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pdf_package, "render_plan_pdf", disk_full, raising=False)
    prompts.answers.append(tmp_path / "samtal.pdf")
    window.menus.pdf_action.trigger()

    [(_, title, text)] = [shown for shown in prompts.shown if shown[0] == "error"]
    sv = Translator("sv")
    assert title == sv.translate("PlanActions", "The PDF could not be saved")
    assert sv.translate("Reason", "the disk is full") in text
    assert "No space left" not in text
    assert str(tmp_path / "samtal.pdf") in text
    assert not (tmp_path / "samtal.pdf").exists()
    window.set_language("en")
