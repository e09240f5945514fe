"""A keyboard-wedge scanner at the real window: scan -> screen, through the real X11 path.

The real `packstation app` on Xvfb (Qt's xcb platform), a demo shop on SQLite, a packer signed
in and an order open; xdotool types N codes (default 1,000) at 2 ms a key, Shift for every
capital, Enter after each — packaging codes, unknown codes in mixed case, CMD-OK after each
error. The Pack screen writes, per scan, the time from the code's last key reaching the
capture to the screen painted with the outcome ($PACKSTATION_SCAN_TIMINGS). Then the database
is read: every scan typed must be stored, none lost.

Baseline in the same run: the bare capture loop — the same ScannerCapture on a window whose
only work is to paint the code it received, typed into the same way. Target: p99 <= 20 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from packstation.bootstrap import bootstrap
from packstation.demo.shop import create_demo
from packstation.storage.models import Order, OrderStatus, PackScan
from tests.support.xserver import RealApp, XServer, wait_until

BARE_LOOP = """
import sys, time
from PySide6.QtWidgets import QApplication, QLabel
from packstation.ui.scanner import ScannerCapture
app = QApplication([])
window = QLabel("ready"); window.setWindowTitle("bare capture loop"); window.resize(800, 200)
capture = ScannerCapture(parent=window)
out = open(sys.argv[1], "a")
def shown(code):
    window.setText(code)
    window.repaint()
    out.write(f"{(time.perf_counter() - capture.last_scan_at) * 1000:.3f} {code}\\n"); out.flush()
capture.scanned.connect(shown)
capture.install(app)
window.show()
app.exec()
"""


def codes_for(count: int, rng: random.Random) -> list[str]:
    packaging = ["BOX-S", "BOX-M", "FILL-PAPER", "TAPE-KRAFT", "WRAP-TISSUE", "MAILER-COMPOST"]
    alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789-./_+"
    codes: list[str] = []
    while len(codes) < count:
        if rng.random() < 0.7:
            codes.append(rng.choice(packaging))
        else:
            codes += ["Q" + "".join(rng.choice(alphabet) for _ in range(rng.randint(5, 12))), "CMD-OK"]
    return codes[:count]


def summary(name: str, path: Path, skip: int = 0) -> tuple[float, float, int]:
    times = [float(line.split()[0]) for line in path.read_text().splitlines()[skip:] if line.strip()]
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
    print(f"  {name:<34} {len(times):>5} scans  median {statistics.median(times):6.2f} ms  p99 {p99:6.2f} ms")
    return statistics.median(times), p99, len(times)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench_scanner")
    parser.add_argument("--scans", type=int, default=1000)
    parser.add_argument("--delay-ms", type=int, default=2)
    args = parser.parse_args(argv)
    codes = codes_for(args.scans, random.Random(7))
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        shop = bootstrap(f"sqlite:///{folder / 'shop.sqlite3'}")
        create_demo(shop.sessions, orders=60)
        with shop.sessions() as session:
            number = session.scalars(select(Order.number).where(Order.status == OrderStatus.READY)).first()
        assert number is not None
        x = XServer(1366, 768)
        try:
            bare_log = folder / "bare.txt"
            env = x.env() | {"QT_QPA_PLATFORM": "xcb"}
            bare = subprocess.Popen([sys.executable, "-c", BARE_LOOP, str(bare_log)], env=env)
            wait_until(lambda: bool(x.find_window("bare capture loop")), 60)
            window_id = x.find_window("bare capture loop")
            x.xdotool("windowfocus", "--sync", window_id)
            time.sleep(0.3)
            started = time.perf_counter()
            x.xdotool("type", "--delay", str(args.delay_ms), "".join(f"{c}\r" for c in codes), timeout=600)
            wait_until(
                lambda: bare_log.exists() and len(bare_log.read_text().splitlines()) >= len(codes), 120
            )
            bare_seconds = time.perf_counter() - started
            bare.terminate()

            timings = folder / "pack.txt"
            os.environ["PACKSTATION_SCAN_TIMINGS"] = str(timings)
            app = RealApp(x, shop.db_url, folder)
            del os.environ["PACKSTATION_SCAN_TIMINGS"]
            app.scan("P-1002", number)

            def stored() -> int:
                with shop.sessions() as session:
                    return int(session.scalar(select(func.count()).select_from(PackScan)) or 0)

            wait_until(lambda: stored() == 1 and len(timings.read_text().splitlines()) == 2, 60)
            started = time.perf_counter()
            x.xdotool("type", "--delay", str(args.delay_ms), "".join(f"{c}\r" for c in codes), timeout=600)
            wait_until(lambda: stored() >= len(codes) + 1, 300)
            pack_seconds = time.perf_counter() - started
            app.stop()
            lost = len(codes) + 1 - stored()
        finally:
            x.stop()
            shop.close()
        print(f"scanner at the real window (Xvfb, xcb), {len(codes)} codes at {args.delay_ms} ms a key")
        bare_median, bare_p99, _ = summary("bare capture loop (baseline)", bare_log)
        median, p99, seen = summary(
            "Pack screen: scan -> screen painted", timings, skip=2
        )  # not the sign-in, the order
        print(f"  ratio to the bare loop: median {median / bare_median:.1f}×, p99 {p99 / bare_p99:.1f}×")
        print(f"  typed and handled in {pack_seconds:.1f} s (bare loop {bare_seconds:.1f} s)")
        print(f"  scans lost: {lost} of {len(codes)} (stored in the database); p99 <= 20 ms: "
              f"{'met' if p99 <= 20 else 'NOT met'}")  # fmt: skip
        assert seen == len(codes), f"the screen showed {seen} of {len(codes)} scans"
