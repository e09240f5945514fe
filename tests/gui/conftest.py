from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation.bootstrap import App
from packstation.ui.demo_env import demo_app


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[App]:
    """A demo shop with 250 orders on SQLite, as `python -m packstation.ui.…` launches."""
    app = demo_app(orders=250, folder=tmp_path)
    yield app
    app.close()
