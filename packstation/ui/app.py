"""Starting the window: one QApplication, the theme, the main window."""

from __future__ import annotations

import socket
import sys

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from packstation.bootstrap import App
from packstation.paths import resource
from packstation.ui.language import install_language, remember_language, station_language
from packstation.ui.main_window import MainWindow
from packstation.ui.theme import apply_theme, load_display


def run_app(app: App, station: str | None = None, language: str | None = None) -> int:
    qt = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qt, QApplication)
    qt.setApplicationName("packstation")
    qt.setOrganizationName("packstation")
    qt.setWindowIcon(QIcon(str(resource("icons", "packstation.svg"))))
    if language:
        remember_language(language)
    install_language(qt, station_language())
    display = load_display()
    apply_theme(qt, display.scale, display.high_contrast)
    chosen = station or str(QSettings().value("station/name", "") or "") or socket.gethostname()
    QSettings().setValue("station/name", chosen)
    window = MainWindow(app, chosen)
    window.fit_to_screen()
    window.show()
    window.offer_first_run()
    code = qt.exec()
    app.close()
    return int(code)
