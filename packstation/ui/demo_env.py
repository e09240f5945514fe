"""A throw-away demo shop for launching one screen alone, for screenshots and tests."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from packstation.bootstrap import App, bootstrap
from packstation.demo.shop import create_demo


def demo_app(orders: int = 200, folder: Path | None = None) -> App:
    """A fresh SQLite database in a temporary folder, filled with the demo shop."""
    where = folder or Path(tempfile.mkdtemp(prefix="packstation-demo-"))
    app = bootstrap(f"sqlite:///{where / 'demo.sqlite3'}")
    create_demo(app.sessions, orders=orders)
    return app


def run_alone(make_screen: Callable[[App], Any], width: int = 1280, height: int = 760) -> int:
    """`python -m packstation.ui.<screen>`: the screen on its own window, on a fresh demo shop."""
    from PySide6.QtWidgets import QApplication

    from packstation.ui.language import install_language, station_language
    from packstation.ui.theme import apply_theme

    qt = QApplication(sys.argv)
    install_language(qt, station_language())  # PACKSTATION_LANGUAGE=ar shows the screen in Arabic
    apply_theme(qt)
    screen = make_screen(demo_app())
    screen.resize(width, height)
    screen.show()
    return int(qt.exec())


def run_settings_page(page_class: Any, width: int, height: int) -> int:
    """A Settings page alone on a fresh demo shop, signed in as its manager (badge M-2001)."""
    from sqlalchemy import select

    from packstation.storage.models import Packer

    def make(app: App) -> Any:
        with app.sessions() as session:
            manager = session.scalars(select(Packer).where(Packer.badge == "M-2001")).one()
        page = page_class(app.sessions, "Bench 1", lambda: manager)
        page.load()
        return page

    return run_alone(make, width, height)
