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
    _admin(app.db_url, f'DROP DATABASE "{url.database}"')
    name = _MADE.get((server, orders))
    if name is not None:
        try:
            _admin(app.db_url, f'CREATE DATABASE "{url.database}" TEMPLATE "{name}"')
            return
        except psycopg.errors.InvalidCatalogName:  # a server of a test's own, stopped since
            pass
    name = f"demo_{orders}_{uuid.uuid4().hex[:8]}"
    _admin(app.db_url, f'CREATE DATABASE "{name}"')
    _made_for_real(str(url.set(database=name)), orders)
    _MADE[server, orders] = name
    _admin(app.db_url, f'CREATE DATABASE "{url.database}" TEMPLATE "{name}"')


def _made_for_real(db_url: str, orders: int) -> None:
    shop = bootstrap(db_url)
    try:
        create_demo(shop.sessions, orders=orders)
    finally:
        shop.close()


def _admin(db_url: str, statement: str) -> None:
    """One statement on the server's maintenance database (CREATE and DROP run outside a
    transaction)."""
    url = make_url(db_url)
    with psycopg.connect(
        host=url.host, port=url.port, user=url.username, dbname="postgres", autocommit=True
    ) as db:
        db.execute(statement.encode())
