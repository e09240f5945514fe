"""The staff language of a station: which one, loading its translation, and saying the core's
words in it.

The window's texts are marked with Qt's `tr()`; the core's bench messages with
`packstation.core.wording.tr`. `./dev translations` runs Qt's `pyside6-lupdate` over both into
`resources/translations/packstation_<code>.ts` (the files a translator edits) and
`pyside6-lrelease` into the `.qm` files loaded here. English is the source language: it needs no
file. Arabic turns the whole layout right to left.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator

from packstation.core.wording import Words
from packstation.paths import resource

STAFF_LANGUAGES: dict[str, str] = {  # code -> the language's own name, as its speakers look for it
    "en": "English",
    "cs": "Čeština",
    "ro": "Română",
    "uk": "Українська",
    "ar": "العربية",
    "id": "Bahasa Indonesia",
}
RIGHT_TO_LEFT = {"ar"}
SETTING = "station/language"
_installed: list[QTranslator] = []  # kept alive while installed (Qt does not own them)


def station_language() -> str:
    """This station's staff language: PACKSTATION_LANGUAGE, else the one chosen in Settings,
    else English."""
    chosen = os.environ.get("PACKSTATION_LANGUAGE") or str(QSettings().value(SETTING, "") or "")
    return chosen if chosen in STAFF_LANGUAGES else "en"


def remember_language(code: str) -> None:
    if code not in STAFF_LANGUAGES:
        raise ValueError(f"{code!r} is not a staff language ({', '.join(STAFF_LANGUAGES)})")
    QSettings().setValue(SETTING, code)


def translation_file(code: str) -> str:
    return str(resource("translations", f"packstation_{code}.qm"))


def install_language(qt: QCoreApplication, code: str) -> bool:
    """Load `code`'s translations (ours and Qt's own, for the standard dialogs' buttons) into the
    application; returns whether ours were found. Call before any window is built."""
    for old in _installed:
        qt.removeTranslator(old)
    _installed.clear()
    direction = Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
    if hasattr(qt, "setLayoutDirection"):
        qt.setLayoutDirection(direction)
    QLocale.setDefault(QLocale(code))
    if code == "en":
        return True
    ours, qts = QTranslator(), QTranslator()
    found = ours.load(translation_file(code))
    if found:
        qt.installTranslator(ours)
        _installed.append(ours)
    qt_files = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qts.load(f"qtbase_{code}", qt_files) or qts.load(str(resource("translations", f"qtbase_{code}.qm"))):
        qt.installTranslator(qts)  # Qt's own for its buttons, or ours where Qt ships none (ro, id)
        _installed.append(qts)
    return found


def spoken(text: str) -> str:
    """The core's words in the station's language (text that is not Words is shown as it is)."""
    if not isinstance(text, Words):
        return str(text)
    try:
        counted = -1 if text.counted is None else text.counted  # Qt picks the plural form and writes %n
        return QCoreApplication.translate("", text.template, None, counted).format(
            **_spoken_values(text.values)
        )
    except (KeyError, IndexError, ValueError):  # a translation that lost or broke a {field}
        return str(text)  # the packer reads it in English rather than the bench stopping


def _spoken_values(values: Mapping[str, object]) -> dict[str, object]:
    return {name: spoken(value) if isinstance(value, Words) else value for name, value in values.items()}


def spoken_error(error: BaseException) -> str:
    """An error raised with Words (a BenchError) in the station's language."""
    first = error.args[0] if error.args else None
    return spoken(first) if isinstance(first, Words) else str(error)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context` where it is defined; translate it where it is
    shown. Qt's own marker returns `object` to a type checker; this one is a `str`."""
    return text
