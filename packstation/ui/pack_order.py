"""The Pack screen's order panel: the order's number, customer and language, the gift and note
boxes, the lines counting up as items are scanned, and beside them the parcel column
(`ui/pack_parcel.py`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.bench.view import OrderView
from packstation.ui.pack_parcel import ParcelPanel
from packstation.ui.theme import scaled_font, text_scale

# the Pack screen's words stay filed under its one context, "PackView", for its translators
translate = QCoreApplication.translate

TITLE_POINTS, LINE_POINTS, BOX_POINTS = 26, 15, 16
ROW_HEIGHT = 40  # a line's height at the standard text size


class OrderPanel(QWidget):
    """Everything about the open order, shown by `show_order`; `who` says who is at the bench."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.who = QLabel()
        self.title = QLabel()
        self.gift = _box_label("#FFF8E1", "#8A4B00")
        self.note = _box_label("#FFF59D", "#3E2723")
        self.lines = QTableWidget(0, 3)
        self.lines.setHorizontalHeaderLabels(
            ["", translate("PackView", "Item"), translate("PackView", "Packed")]
        )
        self.lines.verticalHeader().hide()
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.lines.setColumnWidth(0, 44)
        self.lines.setColumnWidth(2, 110)
        self.parcel = ParcelPanel()
        self.rescale()  # sizes scale with the station's text size

        grid = QGridLayout()
        grid.addWidget(self.lines, 0, 0)
        grid.addWidget(self.parcel, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.who)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.gift)
        layout.addWidget(self.note)
        layout.addLayout(grid, 1)

    def rescale(self) -> None:
        """Fonts and row heights at the station's text size."""
        self.title.setFont(scaled_font(TITLE_POINTS, bold=True))
        self.lines.setFont(scaled_font(LINE_POINTS))
        self.lines.verticalHeader().setDefaultSectionSize(round(ROW_HEIGHT * text_scale()))
        self.lines.resizeRowsToContents()
        self.parcel.rescale()

    def show_order(self, order: OrderView | None, signed_in: bool) -> None:
        self.parcel.show_order(order)
        if order is None:
            self.title.setText(
                translate("PackView", "Scan an order")
                if signed_in
                else translate("PackView", "Scan your badge")
            )
            for widget in (self.gift, self.note):
                widget.hide()
            self.lines.setRowCount(0)
            return
        # a direction mark first: a customer's name in another script must not turn the title
        # round; the staff language decides (left to right, or right to left for Arabic staff)
        mark = "\u200f" if self.layoutDirection() is Qt.LayoutDirection.RightToLeft else "\u200e"
        self.title.setText(f"{mark}{order.number} · {order.first_name} · {order.language.upper()}")
        self.gift.setVisible(order.is_gift)
        message = f"  “{order.gift_message}”" if order.gift_message else ""
        self.gift.setText(f"{mark}★ " + translate("PackView", "GIFT — no prices in the parcel.") + message)
        self.note.setVisible(bool(order.notes))
        state = (
            "✔ " + translate("PackView", "read")
            if order.note_acknowledged
            else translate("PackView", "scan OK when read")
        )
        self.note.setText(
            "✎ " + translate("PackView", "NOTE ({state}): {note}").format(state=state, note=order.notes)
        )
        self._show_lines(order)

    def _show_lines(self, order: OrderView) -> None:
        self.lines.setRowCount(len(order.lines))
        for row, line in enumerate(order.lines):
            cells = [
                "✔" if line.done else "",
                f"{line.name}\n{line.sku}",
                f"{line.scanned} / {line.quantity}",
            ]
            colour = QColor("#C8E6C9" if line.done else "#FFFFFF" if not line.scanned else "#FFF9C4")
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setBackground(colour)
                self.lines.setItem(row, column, item)
        self.lines.resizeRowsToContents()


def _box_label(background: str, foreground: str) -> QLabel:
    label = QLabel(wordWrap=True)
    label.setStyleSheet(
        f"background: {background}; color: {foreground}; font-size: {BOX_POINTS * text_scale():.0f}pt; padding: 8px;"
        " border-radius: 6px;"
    )
    label.hide()
    return label
