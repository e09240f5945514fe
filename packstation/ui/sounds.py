"""A sound for every kind of scan, so the packer hears what happened without looking up.

The sounds are short WAV files in resources/sounds/, one per tone: a bright blip for an item,
a rising chime for a packed order, a low buzz for a wrong item, a double knock for one too
many, a falling pair for an unknown code. A machine with no audio device stays silent.
"""

from __future__ import annotations

import math
import os
import struct
import wave
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl

from packstation.bench.view import Tone
from packstation.paths import resource

RATE = 22_050
#: (frequency Hz, milliseconds) notes per tone; 0 Hz is a pause
MELODIES: dict[Tone, list[tuple[float, int]]] = {
    Tone.OK: [(1568, 70)],
    Tone.INFO: [(988, 60), (0, 30), (1319, 60)],
    Tone.DONE: [(784, 90), (988, 90), (1175, 90), (1568, 220)],
    Tone.WRONG: [(196, 420)],
    Tone.OVER: [(330, 120), (0, 70), (330, 120)],
    Tone.UNKNOWN: [(660, 150), (440, 260)],
    Tone.REFUSED: [(262, 160)],
    Tone.OFFLINE: [(523, 70), (0, 60), (523, 70), (0, 60), (523, 70)],
}


def write_sounds(folder: Path) -> None:
    """Synthesize the tones (sine notes with soft edges, square-ish for the error buzz)."""
    folder.mkdir(parents=True, exist_ok=True)
    for tone, notes in MELODIES.items():
        frames = bytearray()
        for frequency, ms in notes:
            count = RATE * ms // 1000
            for i in range(count):
                envelope = min(1.0, i / 200, (count - i) / 400)
                wave_value = math.sin(2 * math.pi * frequency * i / RATE) if frequency else 0.0
                if tone is Tone.WRONG:
                    wave_value = max(-0.6, min(0.6, wave_value * 3))
                frames += struct.pack("<h", int(12000 * envelope * wave_value))
        with wave.open(str(folder / f"{tone.value}.wav"), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(bytes(frames))


class Sounds(QObject):
    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder or resource("sounds")
        self.muted = os.environ.get("PACKSTATION_MUTE") == "1"
        self._effects: dict[Tone, Any] = {}
        self.last_played: Tone | None = None

    def file_for(self, tone: Tone) -> Path:
        return self.folder / f"{tone.value}.wav"

    def play(self, tone: Tone) -> None:
        self.last_played = tone
        if self.muted:
            return
        effect = self._effects.get(tone)
        if effect is None:
            sound_effect = _sound_effect_class()
            if sound_effect is None:  # no Qt Multimedia here (no audio libraries): stay silent
                self.muted = True
                return
            effect = sound_effect(self)
            effect.setSource(QUrl.fromLocalFile(str(self.file_for(tone))))
            effect.setVolume(0.8)
            self._effects[tone] = effect
        effect.play()


def _sound_effect_class() -> Any:
    try:
        from PySide6.QtMultimedia import QSoundEffect
    except ImportError:
        return None
    return QSoundEffect
