"""What happened, told to every screen; each decides for itself what to redraw."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    orders_changed = Signal()  # imported, packed, held, cancelled: any change to the order list
