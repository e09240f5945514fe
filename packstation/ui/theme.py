"""How the bench looks: large type, high contrast, and every state shown by colour, symbol and
word together, so a colour-blind packer reads it as surely as anyone."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

from packstation.storage.models import OrderStatus


@dataclass(frozen=True)
class StatusLook:
    label: str
    symbol: str
    background: str
    foreground: str


STATUS_LOOKS: dict[OrderStatus, StatusLook] = {
    OrderStatus.NEW: StatusLook("Unpaid", "○", "#ECEFF1", "#37474F"),
    OrderStatus.READY: StatusLook("Ready", "▶", "#E3F2FD", "#0D47A1"),
    OrderStatus.PACKING: StatusLook("Packing", "◐", "#FFF3E0", "#8A4B00"),
    OrderStatus.PACKED: StatusLook("Packed", "✔", "#E8F5E9", "#1B5E20"),
    OrderStatus.HELD: StatusLook("Held", "⏸", "#FDECEA", "#B71C1C"),
    OrderStatus.CANCELLED: StatusLook("Cancelled", "✕", "#F5F5F5", "#616161"),
}

BASE_POINT_SIZE = 12


def status_text(status: OrderStatus) -> str:
    look = STATUS_LOOKS[status]
    return f"{look.symbol} {look.label}"


def color(value: str) -> QColor:
    return QColor(value)


def apply_theme(app: QApplication, scale: float = 1.0) -> None:
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    app.setStyleSheet(
        """
        QTableView { gridline-color: #CFD8DC; selection-background-color: #263238; selection-color: #FFFFFF; }
        QHeaderView::section { background: #263238; color: #FFFFFF; padding: 6px; border: none; font-weight: bold; }
        QLineEdit, QComboBox { padding: 6px; border: 2px solid #90A4AE; border-radius: 4px; }
        QLineEdit:focus, QComboBox:focus { border-color: #0D47A1; }
        """
    )
