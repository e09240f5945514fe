"""Keyboard-wedge scanners, captured wherever the focus is in the bench's own window.

A scanner is a keyboard: it types a code as a fast burst of keys (1 to 20 ms apart) ending with
Enter, Tab or a suffix it is set to send. A USB HID scanner types a capital as a real keyboard
does — Shift down, the key, Shift up — and some layouts need AltGr or NumLock for digits and
signs, so keys that only change a modifier never end, break or reach a burst.

Installed on the application, `ScannerCapture` collects such bursts and emits `scanned(code)`,
so the packer never has to click into a field first. It tells a scan from typing by the time
between keys: when a text field has the focus, keys that arrive slower than `max_gap_ms` are
typing and go to the field; a fast burst is taken out of the field again and becomes a scan.
With no text field focused, every key belongs to the scanner (a code typed by hand and Enter
works too). While a dialog of the bench is open (a manager's badge, an order to take over), its
keys are the dialog's: a badge scanned there fills the dialog's field, never the bench behind.

Nothing a scanner sends disappears silently: a burst holding a key that cannot be part of a code
(an arrow, a function key), or too short to be one, is emitted as `unreadable(what_arrived)`.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

TERMINATORS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab})
LINE_ENDS = frozenset({"\r", "\n", "\t"})
#: keys that only change what the next key types: they never end, break or join a burst
MODIFIER_KEYS = frozenset({
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_ScrollLock, Qt.Key.Key_Super_L,
    Qt.Key.Key_Super_R, Qt.Key.Key_Hyper_L, Qt.Key.Key_Hyper_R, Qt.Key.Key_Mode_switch,
    Qt.Key.Key_Dead_Grave, Qt.Key.Key_Dead_Acute, Qt.Key.Key_Dead_Circumflex,
    Qt.Key.Key_Dead_Diaeresis, Qt.Key.Key_Dead_Caron,
})  # fmt: skip
#: an AIM symbology identifier a scanner may put before the code: ]C1 (Code 128), ]E0 (EAN-13), ]Q1 (QR)
AIM_ID = re.compile(r"^\][A-Za-z][0-9A-Za-z]")


@dataclass
class ScannerSettings:
    max_gap_ms: float = 50.0  # scanners send a key every 1 to 20 ms; people rarely under 60 ms
    min_length: int = 3
    prefix: str = ""  # some scanners are set to send a prefix and a suffix around every code
    suffix: str = ""  # a printable suffix ends the code by itself, as Enter does
    strip_aim_id: bool = True  # ]C1, ]E0 … before the code: the scanner saying what it read


class ScannerCapture(QObject):
    scanned = Signal(str)
    unreadable = Signal(str)  # a burst that cannot be used, as it arrived: the bench says so

    def __init__(self, settings: ScannerSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or ScannerSettings()
        self.enabled = True
        self._buffer: list[str] = []
        self._damaged = False
        self._last = 0.0
        self._typed_into: QLineEdit | None = None  # a field that took the burst's first key
        self.last_scan_at = 0.0

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.enabled or event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        if watched is not focus and focus is not None:
            return False  # each key press reaches the filter once per receiver; judge it once
        if not self._in_own_window(focus):
            return False  # a dialog's keys are the dialog's
        key = event.key()
        if key in MODIFIER_KEYS:
            return False  # Shift, AltGr, CapsLock, NumLock: part of the next key, not a key
        now = time.monotonic() * 1000
        gap = now - self._last
        self._last = now
        in_text_field = isinstance(focus, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox))
        text = event.text()
        if key in TERMINATORS or text in LINE_ENDS:  # a Linefeed key sends "\n" with no Qt key of its own
            return self._finish(gap, in_text_field)
        shortcut = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier) and not (
            event.modifiers() & Qt.KeyboardModifier.AltModifier  # AltGr is Ctrl+Alt on some systems
        )
        if not text or not text.isprintable() or shortcut:
            if self._buffer and gap <= self.settings.max_gap_ms and not in_text_field:
                self._damaged = True  # inside a burst: the code is not whole
                return True
            self._reset()
            return False
        if not in_text_field:
            self._buffer.append(text)
            return self._maybe_suffix(in_text_field)
        if self._buffer and gap <= self.settings.max_gap_ms:
            self._buffer.append(text)  # part of a burst: keep it out of the field
            if self._typed_into is not None and len(self._buffer) == 2:
                self._typed_into.backspace()  # the burst's first key went in before we knew
            return self._maybe_suffix(in_text_field)
        self._buffer = [text]  # may be typing, may be a burst starting: let the field have it
        self._typed_into = focus if isinstance(focus, QLineEdit) else None
        return False

    def _in_own_window(self, focus: QWidget | None) -> bool:
        owner = self.parent()
        if focus is None or not isinstance(owner, QWidget):
            return True
        return focus.window() is owner.window()

    def _maybe_suffix(self, in_text_field: bool) -> bool:
        """A scanner set to end each code with a printable suffix: the suffix ends the code."""
        suffix = self.settings.suffix
        if suffix and "".join(self._buffer).endswith(suffix):
            self._finish(0.0, in_text_field)
        return True

    def _finish(self, gap: float, in_text_field: bool) -> bool:
        arrived = "".join(self._buffer)
        burst = len(self._buffer) >= 2 and gap <= self.settings.max_gap_ms * 3
        damaged = self._damaged
        self._reset()
        if in_text_field and not burst:
            return False  # Enter in a field after typing: the field's own business
        if not arrived and not damaged:
            return False  # Enter or Tab alone: a key of the screen's (Enter acknowledges)
        code = self._strip(arrived)
        if damaged or len(code) < self.settings.min_length:
            self.unreadable.emit(arrived)
            return True
        self.last_scan_at = time.perf_counter()  # when the code's last key arrived (benchmarks/)
        self.scanned.emit(code)
        return True

    def _strip(self, code: str) -> str:
        if self.settings.prefix and code.startswith(self.settings.prefix):
            code = code[len(self.settings.prefix) :]
        if self.settings.suffix and code.endswith(self.settings.suffix):
            code = code[: -len(self.settings.suffix)]
        if self.settings.strip_aim_id and AIM_ID.match(code):
            code = code[3:]
        return code.strip()

    def _reset(self) -> None:
        self._buffer = []
        self._damaged = False
        self._typed_into = None
