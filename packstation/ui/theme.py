"""How the bench looks: large type, high contrast, and every state shown by colour, symbol and
word together, so a colour-blind packer reads it as surely as anyone."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

from packstation.storage.models import OrderStatus
from packstation.ui.language import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class StatusLook:
    label: str
    symbol: str
    background: str
    foreground: str


STATUS_LOOKS: dict[OrderStatus, StatusLook] = {
    OrderStatus.NEW: StatusLook(QT_TRANSLATE_NOOP("status", "Unpaid"), "○", "#ECEFF1", "#37474F"),
    OrderStatus.READY: StatusLook(QT_TRANSLATE_NOOP("status", "Ready"), "▶", "#E3F2FD", "#0D47A1"),
    OrderStatus.PACKING: StatusLook(QT_TRANSLATE_NOOP("status", "Packing"), "◐", "#FFF3E0", "#8A4B00"),
    OrderStatus.PACKED: StatusLook(QT_TRANSLATE_NOOP("status", "Packed"), "✔", "#E8F5E9", "#1B5E20"),
    OrderStatus.HELD: StatusLook(QT_TRANSLATE_NOOP("status", "Held"), "‖", "#FDECEA", "#B71C1C"),
    OrderStatus.CANCELLED: StatusLook(QT_TRANSLATE_NOOP("status", "Cancelled"), "✕", "#F5F5F5", "#616161"),
}

BASE_POINT_SIZE = 12


def text_scale() -> float:
    """The station's text size (View › Larger text) as a factor of the standard size."""
    return max(QApplication.font().pointSizeF(), 1.0) / BASE_POINT_SIZE


def scaled_font(points: int, *, bold: bool = False) -> QFont:
    """A font of `points` at the standard size, grown with the station's text size."""
    font = QFont()
    font.setPointSizeF(points * text_scale())
    font.setBold(bold)
    return font


def status_text(status: OrderStatus) -> str:
    look = STATUS_LOOKS[status]
    return f"{look.symbol} {QCoreApplication.translate('status', look.label)}"


def color(value: str) -> QColor:
    return QColor(value)


SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)  # the text sizes a station can choose

_STANDARD = """
QTableView { gridline-color: #CFD8DC; selection-background-color: #263238; selection-color: #FFFFFF; }
QHeaderView::section { background: #263238; color: #FFFFFF; padding: 6px; border: none; font-weight: bold; }
QLineEdit, QComboBox, QDateEdit { padding: 6px; border: 2px solid #90A4AE; border-radius: 4px; }
QLineEdit:focus, QComboBox:focus, QDateEdit:focus { border-color: #0D47A1; }
"""

# white on black, yellow where the keyboard is: for low vision and for glare at the bench
_HIGH_CONTRAST = """
QWidget { background: #000000; color: #FFFFFF; }
QTableView { gridline-color: #FFFFFF; selection-background-color: #FFD600; selection-color: #000000; }
QHeaderView::section { background: #FFFFFF; color: #000000; padding: 6px; border: none; font-weight: bold; }
QLineEdit, QComboBox, QPlainTextEdit, QDateEdit, QSpinBox { padding: 6px; border: 3px solid #FFFFFF;
    border-radius: 4px; background: #000000; color: #FFFFFF; }
QPushButton { border: 3px solid #FFFFFF; padding: 6px 12px; background: #000000; color: #FFFFFF; }
*:focus { border: 4px solid #FFD600; }
QTabBar::tab { background: #000000; color: #FFFFFF; border: 2px solid #FFFFFF; padding: 6px 12px; }
QTabBar::tab:selected { background: #FFD600; color: #000000; }
"""


@dataclass(frozen=True)
class Display:
    """How a station shows things: its text size and whether it is in high contrast."""

    scale: float = 1.0
    high_contrast: bool = False

    def larger(self) -> Display:
        bigger = [s for s in SCALES if s > self.scale]
        return Display(bigger[0] if bigger else self.scale, self.high_contrast)

    def smaller(self) -> Display:
        less = [s for s in SCALES if s < self.scale]
        return Display(less[-1] if less else self.scale, self.high_contrast)


def apply_theme(app: QApplication, scale: float = 1.0, high_contrast: bool = False) -> None:
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    app.setStyleSheet(_HIGH_CONTRAST if high_contrast else _STANDARD)


def load_display() -> Display:
    """The station's choice, kept in its Qt settings."""
    from PySide6.QtCore import QSettings

    stored = QSettings()
    try:
        scale = float(stored.value("display/font_scale", 1.0) or 1.0)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        scale = 1.0
    contrast = str(stored.value("display/high_contrast", "false")).lower() in ("true", "1")
    return Display(min(SCALES, key=lambda s: abs(s - scale)), contrast)


def save_display(display: Display) -> None:
    from PySide6.QtCore import QSettings

    stored = QSettings()
    stored.setValue("display/font_scale", display.scale)
    stored.setValue("display/high_contrast", display.high_contrast)
