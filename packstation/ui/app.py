"""Starting the window: one QApplication, the theme, the main window."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from packstation.bootstrap import App
from packstation.paths import resource
from packstation.ui.main_window import MainWindow
from packstation.ui.theme import apply_theme


def run_app(app: App) -> int:
    qt = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qt, QApplication)
    qt.setApplicationName("packstation")
    qt.setWindowIcon(QIcon(str(resource("icons", "packstation.svg"))))
    apply_theme(qt)
    window = MainWindow(app)
    window.resize(1280, 800)
    window.show()
    code = qt.exec()
    app.close()
    return int(code)
