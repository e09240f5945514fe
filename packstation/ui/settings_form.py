"""A form of the Settings screen: a column of fields with a Save button. The shop settings'
forms are built from their declarations (core/settings.py): the label and help in the staff
language, an editor that fits the type — a spin box over the declared range, a drop-down of the
declared choices, a check box, a line of text or of JSON — so the screen cannot offer a value the
core would refuse for a reason the screen could have known."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from packstation.core.setting_declaration import Declaration, SettingsGroup
from packstation.core.settings import in_group
from packstation.core.wording import Words
from packstation.ui.language import spoken
from packstation.ui.settings_page import say, say_saved

CONTEXT = "SettingsView"  # where the labels marked with QT_TRANSLATE_NOOP are translated


@dataclass(frozen=True)
class Field:
    """One row of a form. A label that is `Words` comes from the core; any other is marked with
    QT_TRANSLATE_NOOP("SettingsView", …) where it is written."""

    name: str
    label: str
    kind: str = "text"  # text, number, check, choice, json
    low: int = 0
    high: int = 10_000
    choices: Mapping[str, Words] = field(default_factory=dict)
    help: Words | None = None

    @classmethod
    def declared(cls, declaration: Declaration) -> Field:
        """The row of a declared shop setting."""
        if declaration.kind is bool:
            kind = "check"
        elif declaration.kind is int:
            kind = "number"
        elif declaration.choices:
            kind = "choice"
        elif declaration.kind in (dict, list):
            kind = "json"
        else:
            kind = "text"
        low = 0 if declaration.low is None else declaration.low
        high = 10_000 if declaration.high is None else declaration.high
        return cls(
            declaration.name, declaration.label, kind, low, high, declaration.choices, declaration.help
        )

    def said(self) -> str:
        """The label in the staff language."""
        if isinstance(self.label, Words):
            return spoken(self.label)
        return QCoreApplication.translate(CONTEXT, self.label)


def fields_of(group: SettingsGroup) -> list[Field]:
    """The rows of one group of shop settings, as declared."""
    return [Field.declared(declaration) for declaration in in_group(group)]


class SettingsForm(QWidget):
    """A column of fields with a Save button; `save(values)` returns what changed."""

    def __init__(self, fields: list[Field], save: Callable[[dict[str, Any]], list[str]]) -> None:
        super().__init__()
        self.fields, self._save = fields, save
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout(self)
        for row in fields:
            editor, caption = self._editor(row), QLabel(row.said())
            caption.setBuddy(editor)
            editor.setAccessibleName(caption.text())
            if row.help is not None:
                for widget in (caption, editor):
                    widget.setToolTip(spoken(row.help))
            self.editors[row.name] = editor
            form.addRow(caption, editor)
        self.message = QLabel()
        self.message.setWordWrap(True)
        button = QPushButton(self.tr("Save  (Ctrl+S)"))
        button.setShortcut("Ctrl+S")
        button.clicked.connect(self.save)
        form.addRow(button, self.message)

    @staticmethod
    def _editor(row: Field) -> QWidget:
        if row.kind == "number":
            spin = QSpinBox()
            spin.setRange(row.low, row.high)
            return spin
        if row.kind == "check":
            return QCheckBox()
        if row.kind == "choice":
            choice = QComboBox()
            for value, words in row.choices.items():
                choice.addItem(spoken(words), value)
            return choice
        return QLineEdit()

    def show_values(self, values: dict[str, Any]) -> None:
        for row in self.fields:
            editor, value = self.editors[row.name], values.get(row.name)
            if isinstance(editor, QSpinBox):
                editor.setValue(int(value or 0))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, QLineEdit):
                editor.setText(
                    json.dumps(value, ensure_ascii=False)
                    if row.kind == "json" and value is not None
                    else str(value or "")
                )

    def values(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for row in self.fields:
            editor = self.editors[row.name]
            if isinstance(editor, QSpinBox):
                found[row.name] = editor.value()
            elif isinstance(editor, QCheckBox):
                found[row.name] = editor.isChecked()
            elif isinstance(editor, QComboBox):
                found[row.name] = editor.currentData()
            elif isinstance(editor, QLineEdit):
                text = editor.text().strip()
                if row.kind == "json":
                    try:
                        found[row.name] = json.loads(text) if text else None
                    except json.JSONDecodeError as exc:
                        raise ValueError(
                            self.tr("{field}: not JSON ({error})").format(field=row.said(), error=exc.msg)
                        ) from exc
                else:
                    found[row.name] = text
        return found

    def save(self) -> list[str]:
        try:
            changed = self._save(self.values())
        except (ValueError, PermissionError) as exc:
            say(self.message, self.tr("Not saved: {reason}").format(reason=exc), ok=False)
            return []
        say_saved(self.message, changed)
        return changed
