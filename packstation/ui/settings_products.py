"""Settings › Products: each product's name in the customers' languages, as the inserts and
follow-ups print it (a language without one gets the shop's own name, listed apart from the
sentences). Choose a product, type its names, save; every change is audited. The names come
from the shop's translation export too (`packstation import`).
Run alone on a demo shop: `python -m packstation.ui.settings_products`."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from packstation.core.languages import SHIPPED_LANGUAGES
from packstation.core.product_names import ProductEntry, products, save_names
from packstation.ui.settings_page import SettingsPage, say_saved


class ProductNamesPage(SettingsPage):
    def build(self) -> None:
        self.entries: list[ProductEntry] = []
        self.chosen: ProductEntry | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a product by SKU or name"))
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._first_found)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Shop's name"), self.tr("Named in")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._chosen)
        self.heading = QLabel()
        self.names = QTableWidget(len(SHIPPED_LANGUAGES), 2)  # language, name
        self.names.setHorizontalHeaderLabels([self.tr("Language"), self.tr("Name")])
        self.names.verticalHeader().hide()
        self.names.horizontalHeader().setStretchLastSection(True)
        for row, language in enumerate(SHIPPED_LANGUAGES):
            cell = QTableWidgetItem(language)
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.names.setItem(row, 0, cell)
            self.names.setItem(row, 1, QTableWidgetItem(""))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save names  (Ctrl+S)"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.heading)
        layout.addWidget(self.names, 1)
        layout.addLayout(buttons)
        self._show(None)

    def load(self) -> None:
        with self.sessions() as session:
            self.entries = products(session)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, value in enumerate((entry.sku, entry.name, ", ".join(sorted(entry.names)))):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self._filter(self.search.text())
        if self.chosen is not None:
            again = next((e for e in self.entries if e.sku == self.chosen.sku), None)
            self._show(again)

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for row, entry in enumerate(self.entries):
            shown = (
                not wanted
                or wanted in f"{entry.sku} {entry.name} {' '.join(entry.names.values())}".casefold()
            )
            self.table.setRowHidden(row, not shown)

    def showEvent(self, event: QShowEvent) -> None:
        """The tab opened from the keyboard (Ctrl+Tab): typing finds a product at once."""
        super().showEvent(event)
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            self.search.setFocus()

    def _first_found(self) -> None:
        """Enter in the search: the first product shown is chosen and its names are next, on
        the first language's name, ready to be typed over (arrow keys move to another)."""
        row = next((r for r in range(len(self.entries)) if not self.table.isRowHidden(r)), None)
        if row is None:
            return
        self.table.selectRow(row)
        self.names.setFocus()
        self.names.setCurrentCell(0, 1)

    def _chosen(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if rows:
            self._show(self.entries[min(rows)])

    def choose(self, sku: str) -> None:
        """Show the product with this SKU (its row selected)."""
        for row, entry in enumerate(self.entries):
            if entry.sku == sku:
                self.table.selectRow(row)
                self._show(entry)
                return
        raise LookupError(sku)

    def _show(self, entry: ProductEntry | None) -> None:
        self.chosen = entry
        self.heading.setText(
            self.tr("Names of {name} ({sku})").format(name=entry.name, sku=entry.sku)
            if entry
            else self.tr("Choose a product to name it in the customers' languages.")
        )
        for row, language in enumerate(SHIPPED_LANGUAGES):
            self._cell(row).setText(entry.names.get(language, "") if entry else "")
        self.names.setEnabled(entry is not None)
        self.save_button.setEnabled(entry is not None)

    def set_name(self, language: str, name: str) -> None:
        """Type `name` as the product's name in `language` (as a manager would in the table)."""
        self._cell(SHIPPED_LANGUAGES.index(language)).setText(name)

    def typed(self) -> dict[str, str]:
        """The names as the table shows them, by language."""
        return {language: self._cell(row).text() for row, language in enumerate(SHIPPED_LANGUAGES)}

    def _cell(self, row: int) -> QTableWidgetItem:
        """The name cell of the language in `row` (every row has one, made in build())."""
        cell = self.names.item(row, 1)
        assert cell is not None
        return cell

    def _commit_typing(self) -> None:
        """A name still being typed (Ctrl+S pressed in the cell) counts as typed."""
        if self.names.state() != QAbstractItemView.State.EditingState:
            return
        editor = next((e for e in self.names.viewport().findChildren(QLineEdit) if e.isVisible()), None)
        if editor is not None:
            self.names.commitData(editor)
            self.names.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def save(self) -> bool:
        if self.chosen is None:
            return False
        self._commit_typing()
        sku, names = self.chosen.sku, self.typed()
        changed = self.stored(
            self.message, lambda session, person: save_names(session, person, sku, names, self.station)
        )
        if changed is None:
            return False
        say_saved(self.message, changed)
        self.load()
        return bool(changed)


def main() -> int:
    from packstation.ui.demo_env import run_settings_page

    return run_settings_page(ProductNamesPage, 1000, 780)


if __name__ == "__main__":
    sys.exit(main())
