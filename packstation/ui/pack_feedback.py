"""How the Pack screen answers a scan: one big banner saying — in colour, symbol and word —
what the last scan did, and an error colouring the whole work area until it is acknowledged.
The sound of each tone is `ui/sounds.py`'s; every look here pairs its colour with a symbol and a
word, never colour alone."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from packstation.bench.view import Tone
from packstation.ui.language import QT_TRANSLATE_NOOP
from packstation.ui.theme import text_scale

# tone -> (text colour, background, symbol, word): never colour alone
TONE_LOOKS: dict[Tone, tuple[str, str, str, str]] = {
    Tone.OK: ("#FFFFFF", "#2E7D32", "✔", QT_TRANSLATE_NOOP("PackView", "OK")),
    Tone.INFO: ("#0D47A1", "#E3F2FD", "ℹ", ""),
    Tone.DONE: ("#FFFFFF", "#1B5E20", "★", QT_TRANSLATE_NOOP("PackView", "PACKED")),
    Tone.WRONG: ("#FFFFFF", "#C62828", "✖", QT_TRANSLATE_NOOP("PackView", "WRONG ITEM")),
    Tone.OVER: ("#000000", "#FFB300", "▲", QT_TRANSLATE_NOOP("PackView", "TOO MANY")),
    Tone.UNKNOWN: ("#FFFFFF", "#6A1B9A", "?", QT_TRANSLATE_NOOP("PackView", "UNKNOWN CODE")),
    Tone.REFUSED: ("#FFFFFF", "#4E342E", "⊘", QT_TRANSLATE_NOOP("PackView", "NOT NOW")),
    Tone.OFFLINE: ("#000000", "#B0BEC5", "⟳", QT_TRANSLATE_NOOP("PackView", "KEPT — NO DATABASE")),
}
#: the work area when nothing is wrong: quiet captions, a quiet key-hint bar
CALM = "QLabel#caption { color: #607D8B; font-weight: bold; } QLabel#keyhint { color: #455A64; }"
#: the tones that colour the whole work area until the packer acknowledges them
ERROR_LOOKS = {Tone.WRONG, Tone.OVER, Tone.UNKNOWN}


def tone_word(tone: Tone) -> str:
    """The banner's symbol and word for a tone, in the station's language."""
    symbol, word = TONE_LOOKS[tone][2:]
    return f"{symbol} {QCoreApplication.translate('PackView', word)}" if word else symbol


def work_area_style(tone: Tone) -> str:
    """An error fills the whole screen with its colour, readable from two metres, until the
    packer acknowledges it (its words turn white on it); otherwise the work area is plain."""
    if tone not in ERROR_LOOKS:
        return CALM
    colour, ink = TONE_LOOKS[tone][1], TONE_LOOKS[tone][0]
    return (
        f"QWidget#bench {{ background: {colour}; }} QLabel {{ color: {ink}; }}"
        f" QLabel#caption {{ color: {ink}; font-weight: bold; }} QTableWidget {{ border: 6px solid {colour}; }}"
    )


class ScanBanner(QLabel):
    """The top of the Pack screen: the last scan's tone and words, large."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.setMinimumHeight(84)

    def announce(self, tone: Tone, said: str) -> None:
        fg, bg = TONE_LOOKS[tone][:2]
        self.setText(f"{tone_word(tone)}  {said}" if tone is not Tone.INFO else said)
        self.setStyleSheet(
            f"background: {bg}; color: {fg}; font-size: {22 * text_scale():.0f}pt; font-weight: bold;"
            " padding: 10px; border-radius: 6px;"
        )

    def still_offline(self, said: str) -> None:
        """The database is still away: the words change, the look stays."""
        self.setText(f"{tone_word(Tone.OFFLINE)}  {said}")

    def rescale(self) -> None:
        size = f"font-size: {22 * text_scale():.0f}pt"  # the banner's text size is in its style
        self.setStyleSheet(re.sub(r"font-size: \d+pt", size, self.styleSheet()))
