"""The shop and the window every story at the real window starts from: a demo shop of its own
(on SQLite, beside the test) and `packstation app` on a screen of its own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation.bootstrap import App, bootstrap
from tests.support.demo import demo_shop
from tests.support.xserver import RealApp, real_window


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[App]:
    app = bootstrap(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    demo_shop(app, 60)
    yield app
    app.close()


@pytest.fixture
def window(shop: App, tmp_path: Path) -> Iterator[RealApp]:
    with real_window(shop.db_url, tmp_path) as opened:
        yield opened
