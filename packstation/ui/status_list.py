"""The one list of things on their way out of the warehouse — follow-up messages in the Outbox,
documents in the Print queue: filters above, a row per thing with its status as a symbol and a
word, what went wrong in the last column, a count and the actions below. The screens that use
it say what their rows are and what may be done with them; the list itself knows nothing of
messages or printers.

The screens pass their texts already translated (their own `tr` context), so a translator sees
each word where it is used."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class StatusList(QWidget):
    """Filters, the table, the count and the actions, laid out once.

    `stretch` is the column that takes the width left (the subject, what went wrong). A screen
    adds its filters to `filters`, its buttons with `action`, then calls `place`."""

    def __init__(self, columns: Sequence[str], stretch: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stretch = stretch
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(list(columns))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()
        self.filters = QHBoxLayout()
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.count, 1)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(self.filters)

    def place(self, middle: QWidget | None = None) -> None:
        """Lay out the filters, `middle` (the table, or a splitter holding it) and the actions."""
        self._layout.addWidget(middle or self.table, 1)
        self._layout.addLayout(self.buttons)

    def action(self, text: str, then: Callable[[], object], shortcut: str = "") -> QPushButton:
        """A button in the actions row, in the order added."""
        button = QPushButton(text)
        if shortcut:
            button.setShortcut(shortcut)
        button.clicked.connect(then)
        self.buttons.addWidget(button)
        return button

    def show_rows(self, rows: Sequence[Sequence[str]], *, fit: bool = False) -> None:
        """One row of cells per thing, each cell's whole text in its tooltip (a long error is
        cut in the cell); `fit` sizes the columns to what they hold."""
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        if fit:
            self.table.resizeColumnsToContents()
            self.table.horizontalHeader().setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)

    def selected_rows(self) -> list[int]:
        """The chosen rows, top to bottom."""
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})


def status_cell(symbol: str, word: str) -> str:
    """A status as the lists show it: a symbol to see from afar and a word to read."""
    return f"{symbol} {word}"
