"""The order list: find an order by number or name, filter by status.

Rows are fetched a page at a time as the list scrolls, so 100,000 orders open as fast as 100.
Run alone on a fresh demo shop with `python -m packstation.ui.orders_view`.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from packstation.core.orders import OrderQuery, OrderSummary, count_orders, counts_by_status, list_orders
from packstation.storage.models import OrderStatus
from packstation.ui.events import AppEvents
from packstation.ui.language import QT_TRANSLATE_NOOP
from packstation.ui.theme import STATUS_LOOKS, color, status_text

PAGE = 200
AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("OrderTableModel", "Order"),
    QT_TRANSLATE_NOOP("OrderTableModel", "Status"),
    QT_TRANSLATE_NOOP("OrderTableModel", "Created"),
    QT_TRANSLATE_NOOP("OrderTableModel", "Customer"),
    QT_TRANSLATE_NOOP("OrderTableModel", "Lang"),
    QT_TRANSLATE_NOOP("OrderTableModel", "Country"),
    QT_TRANSLATE_NOOP("OrderTableModel", "Items"),
    QT_TRANSLATE_NOOP("OrderTableModel", "Shipping"),
    QT_TRANSLATE_NOOP("OrderTableModel", "Flags"),
)


class OrderTableModel(QAbstractTableModel):
    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._query = OrderQuery()
        self._rows: list[OrderSummary] = []
        self._total = 0

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: OrderQuery) -> None:
        self.beginResetModel()
        self._query = query
        with self._sessions() as session:
            self._total = count_orders(session, query)
            self._rows = list_orders(session, query, limit=PAGE)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        with self._sessions() as session:
            more = list_orders(session, self._query, limit=PAGE, offset=len(self._rows))
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def order_at(self, row: int) -> OrderSummary:
        return self._rows[row]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        order = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(order, column)
        if column == 1 and role == Qt.ItemDataRole.BackgroundRole:
            return color(STATUS_LOOKS[order.status].background)
        if column == 1 and role == Qt.ItemDataRole.ForegroundRole:
            return color(STATUS_LOOKS[order.status].foreground)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 8:
            return ", ".join(
                text
                for flag, text in ((order.is_gift, self.tr("gift")), (order.has_notes, self.tr("has a note")))
                if flag
            )
        return None

    def _display(self, order: OrderSummary, column: int) -> str:
        match column:
            case 0:
                return order.number
            case 1:
                return status_text(order.status)
            case 2:
                return f"{order.created_at:%Y-%m-%d %H:%M}"
            case 3:
                return order.customer
            case 4:
                return order.language
            case 5:
                return order.country
            case 6:
                return str(order.items)
            case 7:
                return order.shipping_method
            case _:
                return "  ".join(
                    word
                    for flag, word in ((order.is_gift, self.tr("Gift")), (order.has_notes, self.tr("Note")))
                    if flag
                )


class OrderListView(QWidget):
    """Search box, status filter and the table. Emits `order_activated(number)` on Enter."""

    order_activated = Signal(str)

    def __init__(
        self, sessions: sessionmaker[Session], events: AppEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search order number, name or e-mail  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.count = QLabel()
        self.model = OrderTableModel(sessions, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 90), (1, 160), (2, 175), (4, 60), (5, 90), (6, 65), (7, 240), (8, 110)):
            self.table.setColumnWidth(column, width)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.count)

        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.activated.connect(
            lambda index: self.order_activated.emit(self.model.order_at(index.row()).number)
        )
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.search.setFocus)
        events.orders_changed.connect(self.refresh)
        self.refresh()

    def _fill_status_filter(self) -> None:
        with self._sessions() as session:
            counts = counts_by_status(session)
        chosen = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("All statuses ({count})").format(count=f"{sum(counts.values()):,}"), None)
        for status in OrderStatus:
            self.status.addItem(f"{status_text(status)} ({counts[status]:,})", status.value)
        self.status.setCurrentIndex(max(0, self.status.findData(chosen)))
        self.status.blockSignals(False)

    def set_status_filter(self, status: OrderStatus | None) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(status.value if status else None)))

    def refresh(self) -> None:
        self._fill_status_filter()
        chosen = self.status.currentData()
        query = OrderQuery(status=OrderStatus(chosen) if chosen else None, search=self.search.text())
        self.model.set_query(query)
        shown = self.model.rowCount()
        total = self.model.total
        said = self.tr("Orders: {count}") if shown >= total else self.tr("Orders: {count} — scroll for more")
        self.count.setText(said.format(count=f"{total:,}"))


def main() -> int:
    from packstation.ui.demo_env import run_alone

    return run_alone(lambda app: OrderListView(app.sessions, AppEvents()), 1200, 700)


if __name__ == "__main__":
    sys.exit(main())
