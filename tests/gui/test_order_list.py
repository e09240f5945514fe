"""A packer or manager finds an order in the list without touching the mouse."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from packstation.bootstrap import App
from packstation.storage.models import OrderStatus
from packstation.ui.events import AppEvents
from packstation.ui.main_window import MainWindow
from packstation.ui.orders_view import PAGE, OrderListView
from tests.conftest import DATA
from tests.support.keys import type_text


def open_list(qtbot: QtBot, shop: App) -> OrderListView:
    view = OrderListView(shop.sessions, AppEvents())
    qtbot.addWidget(view)
    view.show()
    return view


def test_the_list_opens_on_the_newest_orders_a_page_at_a_time(qtbot: QtBot, shop: App) -> None:
    view = open_list(qtbot, shop)

    assert view.model.total == 250 and view.model.rowCount() == PAGE
    dates = [view.model.order_at(row).created_at for row in range(PAGE)]
    assert dates == sorted(dates, reverse=True)
    assert view.count.text() == "Orders: 250 — scroll for more"
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() == 250)


def test_typing_part_of_a_name_finds_the_order(qtbot: QtBot, shop: App) -> None:
    view = open_list(qtbot, shop)

    type_text(view.search, "ґедз")  # lower case finds Євгенія Ґедз
    qtbot.waitUntil(lambda: view.model.total < 250)
    customers = {view.model.order_at(row).customer for row in range(view.model.rowCount())}
    assert customers == {"Євгенія Ґедз"}


def test_an_order_number_finds_exactly_that_order(qtbot: QtBot, shop: App) -> None:
    view = open_list(qtbot, shop)

    qtbot.keyClicks(view.search, "1042")
    qtbot.waitUntil(lambda: view.model.total == 1)
    assert view.model.order_at(0).number == "#1042"
    assert view.count.text() == "Orders: 1"


def test_the_status_filter_counts_and_filters(qtbot: QtBot, shop: App) -> None:
    view = open_list(qtbot, shop)

    labels = [view.status.itemText(i) for i in range(view.status.count())]
    assert labels[0] == "All statuses (250)"
    unpaid = next(label for label in labels if "Unpaid" in label)
    view.set_status_filter(OrderStatus.NEW)
    count = int(unpaid.rsplit("(", 1)[1].rstrip(")"))
    assert 0 < view.model.total == count
    assert {view.model.order_at(r).status for r in range(view.model.rowCount())} == {OrderStatus.NEW}


def test_enter_on_an_order_opens_it(qtbot: QtBot, shop: App) -> None:
    view = open_list(qtbot, shop)
    view.table.setFocus()
    view.table.selectRow(2)
    expected = view.model.order_at(2).number

    with qtbot.waitSignal(view.order_activated) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [expected]


def test_an_import_runs_off_the_ui_thread_and_refreshes_the_list(qtbot: QtBot, shop: App) -> None:
    window = MainWindow(shop)
    qtbot.addWidget(window)

    task = window.import_path(DATA / "orders.csv")
    assert window.busy.isVisible() or not window.isVisible()
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    assert window.last_import is not None and window.last_import.created == 2
    assert window.orders.model.total == 252
    qtbot.waitUntil(lambda: window.findChild(QMessageBox) is not None)
    assert "line 5, quantity: 0 is not a quantity to pack" in window.findChild(QMessageBox).text()


def test_a_file_that_is_not_an_export_is_explained(qtbot: QtBot, shop: App, tmp_path: Path) -> None:
    window = MainWindow(shop)
    qtbot.addWidget(window)
    picture = tmp_path / "photo.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")

    with qtbot.waitSignal(window.import_path(picture).finished, timeout=20000):
        pass
    box = window.findChild(QMessageBox)
    assert box is not None and "is a binary file, not a CSV or JSON export" in box.text()
    assert window.orders.model.total == 250
