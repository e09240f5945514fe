"""Settings › Printers: which printer each station uses for each insert (and for batches), as a
table of stations by inserts, with the first row for every station at once. A printer is
folder:PATH, cups:QUEUE, raw:HOST:PORT (ZPL labels on a thermal printer) or qt:NAME (a printer
this computer knows); an empty cell means the row above, then the station's print folder.
Run alone on a demo shop: `python -m packstation.ui.settings_printers`."""

from __future__ import annotations

import sys

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)
from sqlalchemy import select

from packstation.core.admin import change_settings
from packstation.core.settings import PRINTED, declaration_of, load_settings
from packstation.storage.models import Station
from packstation.ui.language import spoken
from packstation.ui.settings_page import SettingsPage, say, say_saved

EVERY_STATION = "*"
KINDS = PRINTED  # a printer per insert kind, and one for batches


class PrintersPage(SettingsPage):
    def build(self) -> None:
        self.stations: list[str] = []
        self.table = QTableWidget(0, len(KINDS))
        self.table.setHorizontalHeaderLabels([self.tr("Thank-you note"), self.tr("Voucher"), self.tr("Return label"),
                                              self.tr("Packing slip"), self.tr("Batches")])  # fmt: skip
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        printers, page = declaration_of("printers"), declaration_of("insert_page")
        heading, page_label = QLabel(spoken(printers.label)), QLabel(spoken(page.label))
        heading.setBuddy(self.table)
        self.page = QComboBox()
        for name, words in page.choices.items():
            self.page.addItem(spoken(words), name)
        page_label.setBuddy(self.page)
        for widget, declared in (
            (heading, printers),
            (self.table, printers),
            (page_label, page),
            (self.page, page),
        ):
            widget.setToolTip(spoken(declared.help))
        self.editors = {"printers": self.table, "insert_page": self.page}  # as the other forms name theirs
        known = ", ".join(f"qt:{name}" for name in QPrinterInfo.availablePrinterNames()) or self.tr("none")
        hint = QLabel(self.tr("A printer is folder:PATH, cups:QUEUE, raw:HOST:9100 (ZPL for a thermal printer) or "
                              "qt:NAME. An empty cell uses the first row, then the print folder. "
                              "Printers this computer knows: {known}").format(known=known))  # fmt: skip
        hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        save = QPushButton(self.tr("Save  (Ctrl+S)"))
        save.setShortcut("Ctrl+S")
        save.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(page_label, self.page)
        self.new_station = QLineEdit()
        self.new_station.setPlaceholderText(self.tr("a bench that has not started yet, e.g. Bench 4"))
        add = QPushButton(self.tr("Add a station"))
        add.clicked.connect(self.add_station)
        self.new_station.returnPressed.connect(self.add_station)
        adding = QHBoxLayout()
        adding.addWidget(self.new_station, 1)
        adding.addWidget(add)
        form.addRow(self.tr("Station"), adding)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def load(self) -> None:
        with self.sessions() as session:
            settings = load_settings(session)
            known = list(session.scalars(select(Station.name).order_by(Station.name)))
        printers = settings.printers or {}
        self.stations = [EVERY_STATION, *sorted({*known, *printers, self.station} - {EVERY_STATION, ""})]
        self.table.setRowCount(len(self.stations))
        self.table.setVerticalHeaderLabels(
            [self.tr("Every station") if name == EVERY_STATION else name for name in self.stations]
        )
        for row, station in enumerate(self.stations):
            for column, kind in enumerate(KINDS):
                self.table.setItem(row, column, QTableWidgetItem(printers.get(station, {}).get(kind, "")))
        self.page.setCurrentIndex(max(0, self.page.findData(settings.insert_page)))

    def add_station(self) -> bool:
        """A row for a bench that has not started yet, so its printers are set before it does."""
        name = " ".join(self.new_station.text().split())
        if not name or name == EVERY_STATION or name in self.stations or len(name) > 80:
            say(self.message, self.tr("Not added: {station}").format(station=name or "—"), ok=False)
            return False
        self.stations.append(name)
        self.table.setRowCount(len(self.stations))
        self.table.setVerticalHeaderItem(len(self.stations) - 1, QTableWidgetItem(name))
        for column in range(len(KINDS)):
            self.table.setItem(len(self.stations) - 1, column, QTableWidgetItem(""))
        self.new_station.clear()
        say(
            self.message,
            self.tr("{station} added: set its printers, then save").format(station=name),
            ok=True,
        )
        return True

    def chosen(self) -> dict[str, dict[str, str]]:
        """The table as the printers setting: only the cells that name a printer."""
        printers: dict[str, dict[str, str]] = {}
        for row, station in enumerate(self.stations):
            for column, kind in enumerate(KINDS):
                item = self.table.item(row, column)
                if item is not None and item.text().strip():
                    printers.setdefault(station, {})[kind] = item.text().strip()
        return printers

    def save(self) -> bool:
        wanted = {"printers": self.chosen() or None, "insert_page": self.page.currentData()}
        changed = self.stored(
            self.message, lambda session, person: change_settings(session, person, wanted, self.station)
        )
        if changed is None:
            return False
        say_saved(self.message, changed)
        return bool(changed)


def main() -> int:
    from packstation.ui.demo_env import run_settings_page

    return run_settings_page(PrintersPage, 1100, 500)


if __name__ == "__main__":
    sys.exit(main())
