"""Each editor binds its fields once: a table of (name, widget, label, read, write).

Loading an entity into the widgets, applying the widgets to an entity, finding the widget
and the label of a field the rules refused, putting one field back, and the widgets the
edit session watches are all derived from that table. A new field of an entity is one more
line in its editor's table (and the widget built for it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ledarplan.gui.widgets.date_edit import DateEdit

#: What `read` returns when the widget has no value to give (the entity keeps its own).
KEEP: Any = object()

Label = QLabel | QAbstractButton | Callable[[], str]


@dataclass(frozen=True)
class Field:
    #: The entity's attribute, by the name the rules use when they refuse it.
    name: str
    widget: QWidget
    #: What the user reads as the field's name: its label (or box), or a function for the text.
    label: Label
    read: Callable[[], Any]
    write: Callable[[Any], None]
    #: The signal that says the field was edited, where the widget's own does not (a model).
    changed: SignalInstance | None = None

    def label_text(self) -> str:
        text = self.label() if callable(self.label) else self.label.text()
        # Without the mnemonic and a form's colon: "Da&te:" reads "Date".
        return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


class Bindings:
    """An editor's fields, in the order they are shown."""

    def __init__(self, *fields: Field):
        self._fields = {field.name: field for field in fields}

    def __iter__(self) -> Iterator[Field]:
        return iter(self._fields.values())

    def __contains__(self, name: object) -> bool:
        return name in self._fields

    def __getitem__(self, name: str) -> Field:
        return self._fields[name]

    def inputs(self) -> list[QWidget]:
        """The widgets whose edits are saved automatically."""
        return [field.widget for field in self]

    def load(self, entity: object) -> None:
        """Shows `entity` (callers suspend their edit session while this fills the widgets)."""
        for field in self:
            field.write(getattr(entity, field.name))

    def values(self) -> dict[str, Any]:
        """What the widgets show, by field name (for `dataclasses.replace`)."""
        values = {field.name: field.read() for field in self}
        return {name: value for name, value in values.items() if value is not KEEP}

    def apply(self, entity: object) -> None:
        """Writes what the widgets show into `entity`."""
        for name, value in self.values().items():
            setattr(entity, name, value)

    def widget_for(self, name: str) -> QWidget | None:
        field = self._fields.get(name)
        return field.widget if field else None

    def label_for(self, name: str) -> str:
        """The field's name as the user reads it (without the mnemonic)."""
        field = self._fields.get(name)
        return field.label_text() if field else name

    def restore(self, name: str, entity: object) -> None:
        """Puts one field's widget back to its value in `entity` (the rules refused the new one)."""
        self._fields[name].write(getattr(entity, name))

    def show_stored(self, shown: object, stored: object) -> None:
        """Each field whose value in `stored` is not the one `shown` (someone else's change
        that was taken, a choice made between theirs and mine) shows the stored one — except
        the field the user is in (callers suspend their edit session)."""
        for field in self:
            if not field.widget.hasFocus() and getattr(stored, field.name) != getattr(
                shown, field.name
            ):
                field.write(getattr(stored, field.name))


# --- the common kinds of widget ----------------------------------------------------------


def line(name: str, edit: QLineEdit, label: Label, *, from_start: bool = False) -> Field:
    """A line of text; `from_start` shows a long line's beginning (the cursor goes there)."""

    def write(value: str) -> None:
        edit.setText(value)
        if from_start:
            edit.setCursorPosition(0)

    return Field(name, edit, label, edit.text, write)


def text(name: str, edit: QPlainTextEdit, label: Label) -> Field:
    return Field(name, edit, label, edit.toPlainText, edit.setPlainText)


def optional_date(name: str, edit: DateEdit, label: Label) -> Field:
    """A date that may be left empty (None)."""
    return Field(name, edit, label, edit.value, edit.set_value, edit.date_changed)


def day(name: str, edit: DateEdit, label: Label) -> Field:
    """A date that is always given (a field not filled yet leaves the entity's own)."""

    def read() -> date:
        value = edit.value()
        return KEEP if value is None else value

    return Field(name, edit, label, read, edit.set_value, edit.date_changed)


def choice(name: str, combo: QComboBox, label: Label, kind: type[Enum]) -> Field:
    """A combo box of an enum's members (each item's data is the member's value)."""

    def read() -> Enum:
        data = combo.currentData()
        return kind(data) if data else KEEP

    def write(value: Enum) -> None:
        combo.setCurrentIndex(combo.findData(value.value))

    return Field(name, combo, label, read, write)


def number(name: str, spin: QSpinBox, label: Label) -> Field:
    return Field(name, spin, label, spin.value, spin.setValue)


def check(name: str, box: QAbstractButton, label: Label, *, inverted: bool = False) -> Field:
    """A check box; `inverted` where the box asks the opposite (Share ↔ private)."""
    return Field(
        name,
        box,
        label,
        lambda: box.isChecked() != inverted,
        lambda value: box.setChecked(bool(value) != inverted),
    )
