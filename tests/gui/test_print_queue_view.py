"""A label printer is switched off: the station's job waits in the Print queue with what went
wrong, the tab says so, and once the printer is back one click prints it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from packstation.bootstrap import App
from packstation.printing.service import print_order_inserts
from packstation.storage.models import PrintJobStatus
from packstation.ui.print_queue_view import PrintQueueView
from tests.integration.test_printing import LabelPrinter
from tests.support.ports import free_port


def test_a_failed_job_waits_visibly_and_prints_when_the_printer_is_back(
    qtbot: QtBot, shop: App, tmp_path: Path
) -> None:
    port = free_port()
    [job] = print_order_inserts(shop.sessions, "#1001", ["return"], station="Bench 2",
                                printer=f"raw:127.0.0.1:{port}", spool_dir=tmp_path / "spool",
                                default_folder=tmp_path / "printed")  # fmt: skip
    assert job.status is PrintJobStatus.FAILED
    view = PrintQueueView(shop.sessions)
    qtbot.addWidget(view)
    failures: list[int] = []
    view.failed_count.connect(failures.append)
    view.refresh()

    assert view.table.rowCount() == 1 and failures[-1] == 1
    assert view.table.item(0, 0).text() == "✖ failed" and view.table.item(0, 2).text() == "Bench 2"
    assert "cannot be reached" in view.table.item(0, 7).text()
    assert view.count.text() == "1 waiting, 1 of them failed"

    printer = LabelPrinter(port)  # switched back on
    try:
        view.table.selectRow(0)
        view.retry_selected()
        qtbot.waitUntil(lambda: not view.retrying, timeout=15_000)
        assert len(printer.wait_for(1)) == 1
    finally:
        printer.close()
    assert view.table.rowCount() == 0 and view.count.text() == "Nothing waiting" and failures[-1] == 0
    view.only_waiting.setChecked(False)
    assert view.table.item(0, 0).text() == "✔ printed" and view.table.item(0, 6).text() == "2"


def test_a_job_nobody_needs_any_more_is_cancelled(qtbot: QtBot, shop: App, tmp_path: Path) -> None:
    print_order_inserts(shop.sessions, "#1001", ["return"], station="Bench 1", printer=f"raw:127.0.0.1:{free_port()}",
                        spool_dir=tmp_path / "spool", default_folder=tmp_path / "printed")  # fmt: skip
    view = PrintQueueView(shop.sessions)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    assert view.cancel_selected() == 1
    assert view.table.rowCount() == 0
