"""The headless bench when the database cannot take a scan: a file locked by a long import, a
read-only file, a server that restarts mid-order. `packstation pack` answers a scan "kept"
only to store it: it tries again until the database takes it, or names every scan that was not
stored and exits 3 — never ends with a kept scan lost."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from packstation.bootstrap import App, bootstrap
from packstation.storage.database import diagnose
from packstation.storage.models import Order, OrderStatus, PackScan, PackSession
from tests.support.demo import demo_shop
from tests.support.postgres import PostgresServer


@pytest.fixture
def shop(sqlite_app: App) -> App:
    demo_shop(sqlite_app, 20)
    return sqlite_app


def an_order(app: App) -> tuple[str, list[str]]:
    """A ready order without a note, and the item codes its parcel takes."""
    with app.sessions() as session:
        order = session.scalars(
            select(Order).where(Order.status == OrderStatus.READY, Order.notes.is_(None)).order_by(Order.id)
        ).first()
        assert order is not None
        return order.number, [line.barcode or "" for line in order.lines for _ in range(line.quantity)]


def pack(
    db_url: str, number: str, *scans: str, wait: float = 60, stdin: bool = False
) -> subprocess.Popen[str]:
    words = [arg for code in scans for arg in ("--scan", code)]
    return subprocess.Popen(
        [sys.executable, "-m", "packstation", "--db", db_url, "pack", number, "--packer", "P-1001",
         "--station", "Bench 4", "--no-print", "--wait", str(wait), *words, *(["--stdin"] if stdin else [])],
        stdin=subprocess.PIPE if stdin else subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip


def stored_scans(app: App, number: str) -> list[str]:
    with app.sessions() as session:
        return list(
            session.scalars(
                select(PackScan.code).join(PackSession).join(Order).where(Order.number == number)
                .order_by(PackScan.session_id, PackScan.seq)
            )
        )  # fmt: skip


class WriteLock:
    """Another program holding the SQLite file's write lock (as a long import's transaction
    does) for `seconds`."""

    def __init__(self, path: str, seconds: float) -> None:
        self.connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.connection.execute("BEGIN IMMEDIATE")
        self.released = threading.Event()
        self.timer = threading.Timer(seconds, self.release)
        self.timer.start()

    def release(self) -> None:
        if not self.released.is_set():
            self.connection.execute("ROLLBACK")
            self.connection.close()
            self.released.set()


def sqlite_file(app: App) -> str:
    return app.db_url.removeprefix("sqlite:///")


def test_a_pack_while_an_import_holds_the_file_locked_waits_and_stores_every_scan(shop: App) -> None:
    number, codes = an_order(shop)
    lock = WriteLock(sqlite_file(shop), seconds=12)  # longer than the 10 s a write waits by itself
    try:
        run = pack(shop.db_url, number, *codes, "BOX-S", "CMD-COMPLETE")
        out, err = run.communicate(timeout=120)
    finally:
        lock.release()

    assert run.returncode == 0, err
    assert "[offline] the database file is locked by another program" in out
    assert "Database back, kept scans sent" in out
    assert stored_scans(shop, number) == [number, *codes, "BOX-S", "CMD-COMPLETE"]
    with shop.sessions() as session:
        assert session.scalars(select(Order.status).where(Order.number == number)).one() is OrderStatus.PACKED


def test_a_pack_that_cannot_wait_long_enough_names_every_scan_it_did_not_store(shop: App) -> None:
    number, codes = an_order(shop)
    lock = WriteLock(sqlite_file(shop), seconds=25)
    try:
        run = pack(shop.db_url, number, *codes, "BOX-S", "CMD-COMPLETE", wait=1)
        _, err = run.communicate(timeout=120)
    finally:
        lock.release()

    assert run.returncode == 3
    assert "the database file is locked by another program" in err
    assert f"NOT stored: {number}" in err  # the order's own scan was the first the file refused
    assert f"not tried: {' '.join([*codes, 'BOX-S', 'CMD-COMPLETE'])}" in err
    assert stored_scans(shop, number) == []  # what it named as not stored is indeed not stored


def test_a_read_only_database_file_is_named_as_such_and_not_waited_for(shop: App) -> None:
    number, codes = an_order(shop)
    read_only = f"sqlite:///file:{sqlite_file(shop)}?mode=ro&uri=true"
    started = time.monotonic()
    run = pack(read_only, number, *codes, "BOX-S", "CMD-COMPLETE", wait=600)
    out, err = run.communicate(timeout=120)

    assert run.returncode == 3, (out, err)
    assert "the database file is read-only" in err
    assert time.monotonic() - started < 300  # it did not sit out its 600 s wait: waiting cannot help
    assert stored_scans(shop, number) == []


def test_what_each_trouble_is_called() -> None:
    assert diagnose(sqlite3.OperationalError("database is locked")).lasting is False
    assert diagnose(sqlite3.OperationalError("attempt to write a readonly database")).lasting is True
    assert "folder is missing" in diagnose(sqlite3.OperationalError("unable to open database file")).reason
    refused = diagnose(OSError('connection failed: connection to server at "127.0.0.1", port 1 failed: '
                               "Connection refused"))  # fmt: skip
    assert refused.reason.startswith("the database server is not answering") and not refused.lasting


@pytest.fixture
def restarting_warehouse(own_server: PostgresServer) -> Iterator[tuple[App, PostgresServer]]:
    app = bootstrap(own_server.url("postgres"))
    demo_shop(app, 20)
    yield app, own_server
    app.close()


@pytest.mark.postgres
def test_the_server_stopping_mid_order_loses_no_scan_of_a_headless_pack(
    restarting_warehouse: tuple[App, PostgresServer],
) -> None:
    app, server = restarting_warehouse
    number, codes = an_order(app)
    run = pack(server.url("postgres"), number, stdin=True)
    assert run.stdin is not None and run.stdout is not None

    def answer() -> str:
        line = run.stdout.readline()  # type: ignore[union-attr]
        assert line, run.stderr.read()  # type: ignore[union-attr]
        return line

    while not answer().startswith("[info]"):  # signed in, the order open
        pass
    run.stdin.write(codes[0] + "\n")
    run.stdin.flush()
    assert answer().startswith("[ok]")

    server.halt()
    for code in [*codes[1:], "BOX-M", "CMD-COMPLETE"]:
        run.stdin.write(code + "\n")
    run.stdin.close()
    assert answer().startswith("[offline]")
    time.sleep(3)
    server.resume()
    run.wait(timeout=120)
    out, err = run.stdout.read(), run.stderr.read()  # type: ignore[union-attr]

    assert run.returncode == 0, (out, err)
    assert "Database back, kept scans sent" in out
    assert stored_scans(app, number) == [number, *codes, "BOX-M", "CMD-COMPLETE"]  # each once, in order


def test_a_missing_database_folder_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "shop.sqlite3"
    run = subprocess.run([sys.executable, "-m", "packstation", "--db", f"sqlite:///{missing}", "orders"],
                         capture_output=True, text=True, env={**os.environ}, timeout=60)  # fmt: skip
    assert run.returncode == 3
    assert (
        "cannot be opened (its folder is missing or not writable)" in run.stderr
        and str(missing) in run.stderr
    )


def test_a_large_import_lets_the_stations_store_their_scans_while_it_runs(shop: App, tmp_path: Path) -> None:
    """A 60,000-line Shopify export is imported while a station keeps writing: the import gives
    the write lock back between steps, so the station never waits past a few seconds."""
    from packstation.demo.exports import write_shopify_orders_export

    export = tmp_path / "orders_export.csv"
    write_shopify_orders_export(export, 60_000, start_number=70_001)
    station = sqlite3.connect(sqlite_file(shop), timeout=3, isolation_level=None)  # waits 3 s, no more
    run = subprocess.Popen([sys.executable, "-m", "packstation", "--db", shop.db_url, "import", str(export)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    writes, refused = 0, []
    while run.poll() is None:
        try:
            station.execute("BEGIN IMMEDIATE")  # what storing a scan takes: the write lock
            station.execute("COMMIT")
            writes += 1
        except sqlite3.OperationalError as exc:  # held past 3 s by the import
            refused.append(str(exc))
        time.sleep(0.05)
    out, err = run.communicate()
    station.close()

    assert run.returncode == 0, err
    assert "new" in out and writes > 20  # the station wrote all along the import
    assert refused == []
