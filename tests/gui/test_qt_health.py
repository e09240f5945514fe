"""The Qt binding itself must hold up for an eight-hour shift."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    happened = Signal(object)


def test_emitting_signals_does_not_eat_references_to_true() -> None:
    # PySide6 6.12.0 dropped a reference to True on every emit(); after enough scans the
    # interpreter aborted ("bool_dealloc: deallocating True or False")
    # The collector is kept out of the measurement: freeing the garbage of earlier tests (many
    # objects holding True) in the middle of the loop moved the count by thousands.
    emitter = Emitter()
    received: list[object] = []
    emitter.happened.connect(received.append)
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(True)
        for index in range(20_000):
            emitter.happened.emit(index)
        after = sys.getrefcount(True)
    finally:
        gc.enable()
    assert len(received) == 20_000
    assert after >= before - 1_000  # the broken binding loses 20,000
