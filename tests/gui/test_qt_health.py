"""The Qt binding itself must hold up for an eight-hour shift."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    happened = Signal(object)


def test_emitting_signals_does_not_eat_references_to_true() -> None:
    # PySide6 6.12.0 dropped a reference to True on every emit(); after enough scans the
    # interpreter aborted ("bool_dealloc: deallocating True or False")
    emitter = Emitter()
    received: list[object] = []
    emitter.happened.connect(received.append)
    before = sys.getrefcount(True)
    for index in range(2000):
        emitter.happened.emit(index)
    assert len(received) == 2000
    assert sys.getrefcount(True) >= before - 10
