"""The Qt binding itself must be sound: a broken release aborts the program mid-session."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox, QLabel


def test_calling_qt_keeps_the_reference_count_of_none(qtbot):
    # PySide6 6.12.0 released a reference to None on every call of a method that returns
    # nothing: on Python 3.11 the program aborted ("deallocating None") after a few thousand
    # calls, i.e. minutes into a session. pyproject.toml excludes that release; this test
    # catches any other that does the same (on Python ≥ 3.12 None is immortal and it passes).
    label, combo = QLabel(), QComboBox()
    combo.addItem("a", "x")
    qtbot.addWidget(label)
    qtbot.addWidget(combo)
    before = sys.getrefcount(None)
    for number in range(300):  # few enough that a broken binding fails here, not aborts
        label.setText(str(number))
        combo.setItemText(0, str(number))
        combo.setCurrentIndex(0)
    assert sys.getrefcount(None) - before > -100
