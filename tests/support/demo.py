"""The demo shop a story starts from, made once per test process and size and then copied: the
demo is the same shop every time (its random choices are seeded, its dates counted from the
day), so a copy is the shop `create_demo` would write — in milliseconds rather than the second
PostgreSQL takes for the thousands of rows. `tests/integration/test_demo.py` makes it for real.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import uuid
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

from packstation.bootstrap import App, bootstrap
from packstation.demo.shop import create_demo
from tests.support.postgres import copy_database

_MADE: dict[tuple[str, int], str] = {}  # (the server or "sqlite", orders) -> its template
_FOLDER = Path(tempfile.mkdtemp(prefix="packstation-demo-"))
atexit.register(shutil.rmtree, _FOLDER, True)


def demo_shop(app: App, orders: int) -> None:
    """Fill `app`'s empty database with the demo shop of `orders` orders."""
    url = make_url(app.db_url)
    if url.get_backend_name() == "sqlite":
        template = _MADE.get(("sqlite", orders))
        if template is None:
            template = str(_FOLDER / f"demo-{orders}.sqlite3")
            app.engine.dispose()
            shutil.copyfile(str(url.database), template)  # the test's migrated database: no migrating again
            _made_for_real(f"sqlite:///{template}", orders)
            _MADE["sqlite", orders] = template
        app.engine.dispose()
        for left in (Path(f"{url.database}-wal"), Path(f"{url.database}-shm")):
            left.unlink(missing_ok=True)
        shutil.copyfile(template, str(url.database))
        return
    if url.database == "postgres":  # a server of the test's own, on its maintenance database
        create_demo(app.sessions, orders=orders)
        return
    server = f"{url.host}:{url.port}"
    app.engine.dispose()
    name = _MADE.get((server, orders))
    if name is not None:
        try:
            copy_database(app.db_url, name)
            return
        except psycopg.errors.InvalidCatalogName:  # made on a server of a test's own, stopped since
            copy_database(app.db_url, "template0")  # an empty database again: made below
    name = f"demo_{orders}_{uuid.uuid4().hex[:8]}"
    template = str(url.set(database=name))
    copy_database(template, str(url.database))  # the test's migrated database, not migrating again
    _made_for_real(template, orders)
    _MADE[server, orders] = name
    copy_database(app.db_url, name)


def _made_for_real(db_url: str, orders: int) -> None:
    shop = bootstrap(db_url)
    try:
        create_demo(shop.sessions, orders=orders)
    finally:
        shop.close()
