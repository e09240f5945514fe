"""Take the README's screenshots offscreen: `QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py`."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from packstation.ui.demo_env import demo_app
from packstation.ui.main_window import MainWindow
from packstation.ui.theme import apply_theme

OUT = Path(__file__).parent / "screenshots"


def main() -> int:
    qt = QApplication(sys.argv)
    apply_theme(qt)
    with tempfile.TemporaryDirectory() as folder:
        app = demo_app(200, Path(folder))
        window = MainWindow(app)
        window.resize(1280, 720)
        window.show()
        qt.processEvents()
        window.orders.grab().save(str(OUT / "order-list.png"))
        app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
