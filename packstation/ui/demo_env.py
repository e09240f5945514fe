"""A throw-away demo shop for launching one screen alone, for screenshots and tests."""

from __future__ import annotations

import tempfile
from pathlib import Path

from packstation.bootstrap import App, bootstrap
from packstation.demo.shop import create_demo


def demo_app(orders: int = 200, folder: Path | None = None) -> App:
    """A fresh SQLite database in a temporary folder, filled with the demo shop."""
    where = folder or Path(tempfile.mkdtemp(prefix="packstation-demo-"))
    app = bootstrap(f"sqlite:///{where / 'demo.sqlite3'}")
    create_demo(app.sessions, orders=orders)
    return app
