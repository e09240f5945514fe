"""Take the README's screenshots offscreen: `python docs/make_screenshots.py`."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PACKSTATION_MUTE"] = "1"

from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from packstation.storage.models import Order, OrderStatus, Product
from packstation.ui.demo_env import demo_app
from packstation.ui.main_window import MainWindow
from packstation.ui.pack_view import PackView
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
        pack.close()
        window.close()
        app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
