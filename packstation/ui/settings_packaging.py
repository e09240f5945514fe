"""Settings › Packaging: the catalogue of boxes, mailers, fill and tape the benches scan, with
their eco facts (weight, plastic, recycled content, CO2e) and how a customer disposes of each,
in every language the inserts speak. Choose a row to change it, or clear the form to add one.
Run alone on a demo shop: `python -m packstation.ui.settings_packaging`."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from packstation.core.catalogue import LIMITS, PackagingEntry, catalogue, save_packaging
from packstation.core.languages import SHIPPED_LANGUAGES
from packstation.storage.models import PackagingKind
from packstation.ui.language import QT_TRANSLATE_NOOP
from packstation.ui.settings_page import SettingsPage, say_saved

KIND_WORDS = {
    "box": QT_TRANSLATE_NOOP("PackagingPage", "box"),
    "mailer": QT_TRANSLATE_NOOP("PackagingPage", "mailer"),
    "void_fill": QT_TRANSLATE_NOOP("PackagingPage", "void fill"),
    "tape": QT_TRANSLATE_NOOP("PackagingPage", "tape"),
    "wrap": QT_TRANSLATE_NOOP("PackagingPage", "wrap"),
}
NUMBERS = ("weight_grams", "plastic_grams", "recycled_content_pct", "co2e_grams")


class PackagingPage(SettingsPage):
    def build(self) -> None:
        self.entries: list[PackagingEntry] = []
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Name"), self.tr("Kind"), self.tr("Weight g"), self.tr("Plastic g"),
            self.tr("Recycled %"), self.tr("CO2e g"), self.tr("Disposal texts"),
        ])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._chosen)
        self.code, self.name, self.size_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.kind = QComboBox()
        for kind in PackagingKind:
            self.kind.addItem(self.tr(KIND_WORDS[kind.value]), kind.value)
        self.numbers: dict[str, QSpinBox] = {}
        for name in NUMBERS:
            spin = QSpinBox()
            spin.setRange(*LIMITS[name])
            self.numbers[name] = spin
        self.recyclable, self.compostable = (
            QCheckBox(self.tr("recyclable")),
            QCheckBox(self.tr("home compostable")),
        )
        self.disposal = {language: QLineEdit() for language in SHIPPED_LANGUAGES}
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Code (scanned at the bench)"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Size"), self.size_edit)
        for name, label in (("weight_grams", self.tr("Weight (g)")), ("plastic_grams", self.tr("Plastic (g)")),
                            ("recycled_content_pct", self.tr("Recycled content (%)")), ("co2e_grams", self.tr("CO2e (g)"))):  # fmt: skip
            form.addRow(label, self.numbers[name])
        checks = QHBoxLayout()
        checks.addWidget(self.recyclable)
        checks.addWidget(self.compostable)
        form.addRow("", checks)
        for language, edit in self.disposal.items():
            form.addRow(self.tr("How to dispose of it ({language})").format(language=language), edit)
        save, new = QPushButton(self.tr("Save packaging  (Ctrl+S)")), QPushButton(self.tr("New packaging"))
        save.setShortcut("Ctrl+S")
        save.clicked.connect(self.save)
        new.clicked.connect(self.clear)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(new)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def load(self) -> None:
        with self.sessions() as session:
            self.entries = catalogue(session)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = [entry.code, entry.name, self.tr(KIND_WORDS[entry.kind]), str(entry.weight_grams),
                     str(entry.plastic_grams), str(entry.recycled_content_pct), str(entry.co2e_grams),
                     ", ".join(sorted(entry.disposal))]  # fmt: skip
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def _chosen(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if rows:
            self.show_entry(self.entries[min(rows)])

    def show_entry(self, entry: PackagingEntry) -> None:
        self.code.setText(entry.code)
        self.name.setText(entry.name)
        self.size_edit.setText(entry.size)
        self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind)))
        for name in NUMBERS:
            self.numbers[name].setValue(getattr(entry, name))
        self.recyclable.setChecked(entry.recyclable)
        self.compostable.setChecked(entry.home_compostable)
        for language, edit in self.disposal.items():
            edit.setText(entry.disposal.get(language, ""))

    def clear(self) -> None:
        self.table.clearSelection()
        self.show_entry(PackagingEntry("", ""))
        self.code.setFocus()

    def entry(self) -> PackagingEntry:
        """The packaging as the form shows it."""
        return PackagingEntry(
            code=self.code.text(), name=self.name.text(), kind=str(self.kind.currentData()),
            size=self.size_edit.text(), recyclable=self.recyclable.isChecked(),
            home_compostable=self.compostable.isChecked(),
            disposal={language: edit.text() for language, edit in self.disposal.items()},
            **{name: spin.value() for name, spin in self.numbers.items()},
        )  # fmt: skip

    def save(self) -> bool:
        entry = self.entry()
        changed = self.stored(
            self.message, lambda session, person: save_packaging(session, person, entry, self.station)
        )
        if changed is None:
            return False
        say_saved(self.message, changed)
        self.load()
        return bool(changed)


def main() -> int:
    from packstation.ui.demo_env import run_settings_page

    return run_settings_page(PackagingPage, 1100, 860)


if __name__ == "__main__":
    sys.exit(main())
