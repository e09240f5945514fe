"""Keyboard-wedge scanners, captured wherever the focus is.

A scanner types a code as a fast burst of keys ending with Enter (or Tab). Installed on the
application, `ScannerCapture` collects such bursts and emits `scanned(code)`, so the packer never
has to click into a field first. It tells a scan from typing by the time between keys: when a
text field has the focus, keys that arrive slower than `max_gap_ms` are typing and go to the
field; a fast burst is taken out of the field again and becomes a scan. With no text field
focused, every key belongs to the scanner (a code typed by hand and Enter works too).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit

TERMINATORS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)


@dataclass
class ScannerSettings:
    max_gap_ms: float = 50.0  # scanners send a key every 1 to 20 ms; people rarely under 60 ms
    min_length: int = 3
    prefix: str = ""  # some scanners are set to send a prefix and a suffix around every code
    suffix: str = ""


class ScannerCapture(QObject):
    scanned = Signal(str)

    def __init__(self, settings: ScannerSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or ScannerSettings()
        self.enabled = True
        self._buffer: list[str] = []
        self._last = 0.0
        self._typed_into: QLineEdit | None = None  # a field that took the burst's first key

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.enabled or event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        if watched is not focus and focus is not None:
            return False  # each key press reaches the filter once per receiver; judge it once
        now = time.monotonic() * 1000
        gap = now - self._last
        self._last = now
        in_text_field = isinstance(focus, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox))
        if event.key() in TERMINATORS:
            return self._finish(gap, in_text_field)
        text = event.text()
        if (
            not text
            or not text.isprintable()
            or event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            self._reset()
            return False
        if not in_text_field:
            self._buffer.append(text)
            return True
        if self._buffer and gap <= self.settings.max_gap_ms:
            self._buffer.append(text)  # part of a burst: keep it out of the field
            if self._typed_into is not None and len(self._buffer) == 2:
                self._typed_into.backspace()  # the burst's first key went in before we knew
            return True
        self._buffer = [text]  # may be typing, may be a burst starting: let the field have it
        self._typed_into = focus if isinstance(focus, QLineEdit) else None
        return False

    def _finish(self, gap: float, in_text_field: bool) -> bool:
        code = "".join(self._buffer)
        burst = len(self._buffer) >= 2 and gap <= self.settings.max_gap_ms * 3
        self._reset()
        if in_text_field and not burst:
            return False  # Enter in a field after typing: the field's own business
        code = self._strip(code)
        if len(code) < self.settings.min_length:
            return False
        self.scanned.emit(code)
        return True

    def _strip(self, code: str) -> str:
        if self.settings.prefix and code.startswith(self.settings.prefix):
            code = code[len(self.settings.prefix) :]
        if self.settings.suffix and code.endswith(self.settings.suffix):
            code = code[: -len(self.settings.suffix)]
        return code.strip()

    def _reset(self) -> None:
        self._buffer = []
        self._typed_into = None
