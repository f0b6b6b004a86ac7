"""Every user-visible string is wrapped for translation, and Swedish and Danish are complete."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ledarplan.i18n.build import lrelease_executable

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "ledarplan"
TS_FILES = sorted((ROOT / "translations").glob("ledarplan_*.ts"))
PLACEHOLDER = re.compile(r"%\d|%n|\{[a-z_]+\}")


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_both_languages_have_a_translation_file():
    # English is the source language: its file holds only the plural forms.
    assert [p.name for p in TS_FILES] == ["ledarplan_da.ts", "ledarplan_en.ts", "ledarplan_sv.ts"]


def test_english_says_one_and_many_without_brackets():
    """ "%n open agreement(s)" reads "1 open agreement", "0 open agreements" in English."""
    from ledarplan.i18n.catalog import Translator  # noqa: PLC0415

    english = Translator("en")
    assert english.loaded
    text = "%n open agreement(s) from coaching"
    assert english.translate("OverviewPage", text, 1) == "1 open agreement from coaching"
    assert english.translate("OverviewPage", text, 0) == "0 open agreements from coaching"
    assert english.translate("TeamOverviewView", "%n person(s)", 3) == "3 people"
    forms = [
        form.text or ""
        for form in ET.parse(ROOT / "translations" / "ledarplan_en.ts")
        .getroot()
        .iter("numerusform")
    ]
    assert forms and not [form for form in forms if "(s)" in form]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_no_message_is_unfinished_or_obsolete(ts):
    tree = ET.parse(ts)
    problems = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type")
            if kind in ("unfinished", "obsolete", "vanished"):
                problems.append(f"{name}: {message.findtext('source')!r} is {kind}")
    assert problems == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_lrelease_finds_every_translation_finished(ts, tmp_path):
    result = subprocess.run(
        [str(lrelease_executable()), str(ts), "-qm", str(tmp_path / "x.qm")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert " 0 unfinished" in result.stdout, result.stdout


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_translations_keep_every_placeholder(ts):
    problems = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form)):
                problems.append(f"{source!r} → {form!r}")
    assert problems == []


def test_the_translation_files_hold_every_string_of_the_code(tmp_path):
    """lupdate over today's code finds nothing the committed files lack (or no longer need)."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(lrelease_executable()).parent))
    lupdate = lupdate or str(Path(lrelease_executable()).with_name("lupdate"))
    for ts in TS_FILES:
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        english = ts.name == "ledarplan_en.ts"  # the plural forms only
        result = subprocess.run(
            [
                lupdate,
                *map(str, _sources()),
                *(["-pluralonly"] if english else []),
                "-ts",
                str(copy),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        found = re.search(r"\((\d+) new and (\d+) already existing\)", result.stdout)
        assert found, result.stdout
        unfinished = [
            m.findtext("source")
            for m in ET.parse(copy).getroot().iter("message")
            if m.find("translation").get("type") == "unfinished"
        ]
        assert unfinished == [], f"{ts.name}: new strings to translate: {unfinished}"
        obsolete = [
            m.findtext("source")
            for m in ET.parse(copy).getroot().iter("message")
            if m.find("translation").get("type") in ("obsolete", "vanished")
        ]
        assert obsolete == [], f"{ts.name}: strings no longer in the code: {obsolete}"


def _tr_calls(tree: ast.AST):
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name == "tr" and node.args:
            yield node, node.args[0]
        elif name == "translate" and len(node.args) >= 2:
            yield node, node.args[1]


def test_translated_texts_are_plain_literals():
    """f-strings, concatenation or variables inside tr()/translate() are invisible to lupdate."""
    problems = []
    # These pass texts through by design: the translator itself, and the tables whose texts
    # are marked for lupdate where they are defined (QT_TRANSLATE_NOOP, translate()): error
    # reasons, PDF labels, and the About box's list of components (ledarplan/notices.py).
    pass_through = {"error_text.py", "labels.py", "about.py"}
    for file in (f for f in _sources() if "i18n" not in f.parts and f.name not in pass_through):
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for call, text in _tr_calls(tree):
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                where = f"{file.relative_to(ROOT)}:{call.lineno}"
                problems.append(f"{where}: {ast.unparse(text)[:60]}")
    assert problems == []


def test_the_literal_check_catches_an_f_string():
    tree = ast.parse('self.tr(f"Hello {name}")\nQCoreApplication.translate("C", "ok")')
    kinds = [type(text).__name__ for _call, text in _tr_calls(tree)]
    assert kinds == ["JoinedStr", "Constant"]


def test_every_wrapped_text_reached_the_translation_files():
    """lupdate misses tr() calls inside f-string expressions; such texts would stay English."""
    sources = {m.findtext("source") for m in ET.parse(TS_FILES[0]).getroot().iter("message")}
    missing = []
    for file in (f for f in _sources() if "i18n" not in f.parts):
        for call, text in _tr_calls(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(text, ast.Constant) and text.value not in sources:
                missing.append(f"{file.relative_to(ROOT)}:{call.lineno}: {text.value!r}")
    assert missing == []
