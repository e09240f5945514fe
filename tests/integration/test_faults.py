"""Real kills: a station, a batch print and a full disk, each failing for real — and after a
restart nothing is lost and nothing is there twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from packstation.bench.service import Bench
from packstation.bootstrap import App
from packstation.storage.models import (
    Order,
    OrderStatus,
    PackScan,
    PackSession,
    PrintBatch,
    ReturnLabel,
    ScanKind,
    ScanResult,
    SessionStatus,
    Voucher,
)
from tests.support.demo import demo_shop
from tests.support.pdf import page_count
from tests.support.stations import SPAWN, order_codes, pack_slowly


@pytest.fixture
def shop(app: App) -> App:
    demo_shop(app, 300)
    return app


def many_item_order(app: App) -> tuple[str, list[str]]:
    with app.sessions() as session:
        numbers = list(session.scalars(select(Order.number).where(Order.status == OrderStatus.READY,
                                                                  Order.notes.is_(None))))  # fmt: skip
    codes = order_codes(app.db_url, numbers)
    return max(codes.items(), key=lambda item: len(item[1]))


def wait_for(condition: object, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("the condition was not met in time")
        time.sleep(0.02)


def still_running(marker: str) -> list[int]:
    """Processes whose command line mentions `marker`."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def test_a_station_killed_mid_pack_resumes_with_every_scan_once(shop: App) -> None:
    number, codes = many_item_order(shop)
    assert len(codes) >= 3
    station = SPAWN.Process(target=pack_slowly, args=(shop.db_url, "Bench 3", "P-1003", number, codes, 0.3))
    station.start()

    def items_in() -> int:
        with shop.sessions() as session:
            return int(session.scalar(select(func.count()).select_from(PackScan).join(PackSession).join(Order)
                                      .where(Order.number == number, PackScan.kind == ScanKind.ITEM)) or 0)  # fmt: skip

    wait_for(lambda: items_in() >= 2)
    os.kill(station.pid or 0, signal.SIGKILL)  # the bench PC loses power
    station.join()
    scanned_before = items_in()
    assert 2 <= scanned_before < len(codes)

    bench = Bench(shop.sessions, "Bench 3", queue_followups=lambda n: None)  # switched on again
    bench.scan("P-1003")
    resumed = bench.resume()
    assert resumed is not None and f"{scanned_before} of {len(codes)} items in" in resumed.message
    for code in codes[scanned_before:]:
        bench.scan(code)
    bench.scan("BOX-M")
    assert bench.scan("CMD-COMPLETE").completed

    with shop.sessions() as session:
        sessions = list(session.scalars(select(PackSession).join(Order).where(Order.number == number)))
        items = Counter(session.scalars(select(PackScan.code).where(
            PackScan.session_id == sessions[0].id, PackScan.kind == ScanKind.ITEM,
            PackScan.result == ScanResult.OK)))  # fmt: skip
    assert [s.status for s in sessions] == [SessionStatus.COMPLETED]  # the same session, finished
    assert items == Counter(codes)  # every item once: none lost, none twice


def test_a_batch_killed_mid_render_leaves_no_file_and_no_record_and_the_rerun_reuses_the_codes(
    shop: App, tmp_path: Path
) -> None:
    with shop.sessions() as session:
        numbers = list(session.scalars(select(Order.number).where(Order.status == OrderStatus.READY)))[:240]
    out = tmp_path / "printed" / "wave.pdf"
    out.parent.mkdir()
    command = [sys.executable, "-m", "packstation", "--db", shop.db_url, "print-batch", "--status", "any",
               "--orders", *numbers, "--out", str(out), "--quiet"]  # fmt: skip

    def issued() -> int:
        with shop.sessions() as session:
            return int(session.scalar(select(func.count()).select_from(Voucher)) or 0)

    batch = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(lambda: issued() > 0 or batch.poll() is not None)
    batch.send_signal(signal.SIGKILL)  # mid-render
    batch.wait()
    assert batch.returncode == -signal.SIGKILL, "the batch finished before it could be killed"
    wait_for(lambda: not still_running(str(out)), timeout=10)  # its helpers leave with it
    assert not out.exists()  # no half-written wave at the name the printer would take
    assert all(p.name.startswith(".") for p in out.parent.iterdir())  # only hidden temporaries
    with shop.sessions() as session:
        assert session.scalar(select(func.count()).select_from(PrintBatch)) == 0  # nothing claims it printed
        before = {
            order_id: code for order_id, code in session.execute(select(Voucher.order_id, Voucher.code))
        }
    assert 0 < len(before) < len(numbers)

    done = subprocess.run(command, capture_output=True, text=True, timeout=300)

    assert done.returncode == 0, done.stderr
    assert page_count(out) == 3 * len(numbers)
    with shop.sessions() as session:
        after = {order_id: code for order_id, code in session.execute(select(Voucher.order_id, Voucher.code))}
        labels = session.scalar(select(func.count(func.distinct(ReturnLabel.order_id))))
        assert session.scalar(select(func.count()).select_from(PrintBatch)) == 1
    assert len(after) == labels == len(numbers)
    assert all(after[order_id] == code for order_id, code in before.items())  # the same codes reused
    assert [p.name for p in out.parent.iterdir()] == ["wave.pdf"]  # the killed run's temporaries cleared


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A real, small file system, filled up: a disk with no room left."""
    folder = tmp_path / "full"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(folder)],
                             capture_output=True, check=False)  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {mounted.stderr.decode().strip()}")
    try:
        filler = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
        try:
            while True:
                os.write(filler, b"\0" * 4096)
        except OSError:
            pass  # full
        finally:
            os.close(filler)
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_full_disk_gives_a_clear_error_and_leaves_nothing_behind(
    shop: App, full_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from packstation.cli.main import main

    out = full_disk / "inserts.pdf"
    code = main(["--db", shop.db_url, "inserts", "#1001", "--out", str(out)])

    err = capsys.readouterr().err
    assert code == 2 and "No space left on device" in err and str(out) in err
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler"]  # no half-written file
