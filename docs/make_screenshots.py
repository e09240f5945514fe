"""Take the README's and the user guide's screenshots offscreen: `python docs/make_screenshots.py`."""

from __future__ import annotations

import os
import socket
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PACKSTATION_MUTE"] = "1"

from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from packstation.bootstrap import App
from packstation.demo.events import create_events
from packstation.printing.service import print_order_inserts
from packstation.storage.models import Order, OrderStatus, Product
from packstation.ui.demo_env import demo_app
from packstation.ui.language import install_language
from packstation.ui.main_window import MainWindow
from packstation.ui.manager_view import ManagerView
from packstation.ui.pack_view import PackView
from packstation.ui.print_queue_view import PrintQueueView
from packstation.ui.theme import apply_theme

OUT = Path(__file__).parent / "screenshots"


def main() -> int:
    qt = QApplication(sys.argv)
    apply_theme(qt)
    with tempfile.TemporaryDirectory() as folder:
        app = demo_app(200, Path(folder))
        window = MainWindow(app, "Bench 1")
        window.resize(1280, 720)
        window.show()
        qt.processEvents()
        window.orders.grab().save(str(OUT / "order-list.png"))
        with app.sessions() as session:
            order = next(
                o for o in session.scalars(select(Order).where(Order.status == OrderStatus.READY).order_by(Order.id))
                if len(o.lines) == 3 and o.is_gift and all(line.quantity == 1 for line in o.lines)
            )  # fmt: skip
            codes = [line.barcode or "" for line in order.lines]
            stranger = session.scalars(select(Product.barcode).where(Product.sku == "HOME-SNUFFER")).one()
        pack = PackView(app.sessions, "Bench 1")
        pack.resize(1280, 760)
        pack.show()
        for code in ("P-1001", order.number, codes[0], "BOX-M", "FILL-PAPER"):
            pack.handle(code)
        qt.processEvents()
        pack.grab().save(str(OUT / "pack-midway.png"))
        pack.handle(stranger or "")
        qt.processEvents()
        pack.grab().save(str(OUT / "pack-wrong-item.png"))
        pack.bench.acknowledge()
        for code in codes[1:]:
            pack.handle(code)
        qt.processEvents()
        pack.grab().save(str(OUT / "pack-completed.png"))
        window.outbox.refresh()
        window.outbox.table.selectRow(0)
        window.tabs.setCurrentWidget(window.outbox)
        qt.processEvents()
        window.outbox.grab().save(str(OUT / "outbox.png"))
        _batch(qt, window)
        _settings(qt, window)
        _manager(qt, app)
        _print_queue(qt, app, Path(folder))
        _arabic_bench(qt, app)
        pack.close()
        window.close()
        app.close()
    return 0


def _wait(qt: QApplication, done: Callable[[], bool], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        qt.processEvents()
        time.sleep(0.02)
    qt.processEvents()


def _batch(qt: QApplication, window: MainWindow) -> None:
    """A wave of ready orders rendered and previewed."""
    batch = window.batch
    window.tabs.setCurrentWidget(batch)
    batch.recount()
    batch.start()
    _wait(qt, lambda: batch.result is not None)
    _wait(qt, lambda: False, 3)  # the preview draws its pages in the background
    window.grab().save(str(OUT / "batch.png"))


def _settings(qt: QApplication, window: MainWindow) -> None:
    settings = window.settings
    window.tabs.setCurrentWidget(settings)
    settings.badge.setText("M-2001")
    settings.pin.setText("4321")
    settings.sign_in()
    settings.sections.setCurrentIndex(1)
    qt.processEvents()
    window.grab().save(str(OUT / "settings.png"))
    texts = settings.texts
    settings.sections.setCurrentWidget(texts)
    texts.language.setCurrentIndex(texts.language.findData("cs"))
    _wait(qt, lambda: not texts.rendering and texts.document.pageCount() == 1)
    _wait(qt, lambda: False, 1)
    window.grab().save(str(OUT / "settings-insert-texts.png"))
    settings.sections.setCurrentWidget(settings.followups)
    qt.processEvents()
    window.grab().save(str(OUT / "settings-follow-ups.png"))
    settings.sections.setCurrentWidget(settings.packaging)
    settings.packaging.table.selectRow(1)
    qt.processEvents()
    window.grab().save(str(OUT / "settings-packaging.png"))


def _arabic_bench(qt: QApplication, app: App) -> None:
    """An Arabic-speaking packer's station: the whole window right to left."""
    install_language(qt, "ar")
    with app.sessions() as session:
        number = session.scalars(select(Order.number).where(Order.status == OrderStatus.READY)).first()
    window = MainWindow(app, "Bench 3")
    window.resize(1280, 720)
    window.show()
    for code in ("P-1002", str(number)):
        window.pack.handle(code)
    qt.processEvents()
    window.grab().save(str(OUT / "pack-arabic.png"))
    window.close()
    install_language(qt, "en")


def _manager(qt: QApplication, app: App) -> None:
    create_events(app.sessions, 20_000, now=datetime.now(UTC))
    manager = ManagerView(app.sessions)
    manager.resize(1400, 860)
    manager.show()
    manager.badge.setText("M-2001")
    manager.pin.setText("4321")
    manager.sign_in()
    _wait(qt, lambda: manager.dashboard is not None and not manager.loading)
    manager.grab().save(str(OUT / "manager.png"))
    manager.close()


def _print_queue(qt: QApplication, app: App, folder: Path) -> None:
    """Two return labels a switched-off label printer refused."""
    for number in ("#1001", "#1002"):
        print_order_inserts(app.sessions, number, ["return"], station="Bench 2", printer=f"raw:127.0.0.1:{free_port()}",
                            spool_dir=folder / "spool", default_folder=folder / "printed")  # fmt: skip
    queue = PrintQueueView(app.sessions)
    queue.resize(1100, 400)
    queue.show()
    qt.processEvents()
    queue.grab().save(str(OUT / "print-queue.png"))
    queue.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


if __name__ == "__main__":
    sys.exit(main())
