"""A bench monitor is small: every screen fits 1366×768 and stays usable at 1024×600, in every
staff language, with no word cut off — checked on each screen with a packer signed in, an order
open and a manager signed in to the figures and the settings."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton, QRadioButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from packstation.bootstrap import App
from packstation.storage.models import Order, OrderStatus
from packstation.ui.language import STAFF_LANGUAGES, install_language
from packstation.ui.main_window import MINIMUM_SIZE, MainWindow

SIZES = [(1366, 768), (1024, 600)]


@pytest.fixture
def staff_language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")


def plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text.replace("<br>", "\n")).replace("&nbsp;", " ")


def clipped(window: QWidget) -> list[str]:
    """Every visible label, button and check box whose words need more room than it has."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            room = widget.contentsRect()
            if widget.wordWrap():
                need_height = widget.heightForWidth(widget.width())  # margins and padding included
                if need_height > widget.height() + 2:
                    found.append(
                        f"QLabel {plain(widget.text())[:60]!r}: {need_height} px high in {widget.height()}"
                    )
            else:
                need = max(
                    metrics.horizontalAdvance(line) for line in plain(widget.text()).splitlines() or [""]
                )
                if need > room.width() + 2:
                    found.append(f"QLabel {plain(widget.text())[:60]!r}: {need} px wide in {room.width()}")
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton) and widget.text():
            need = widget.minimumSizeHint().width()
            if need > widget.width() + 2:
                found.append(f"{type(widget).__name__} {widget.text()!r}: {need} px wide in {widget.width()}")
    return found


def every_screen(window: MainWindow, when: str) -> list[str]:
    problems = []
    for width, height in SIZES:
        window.resize(width, height)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            assert window.width() <= width and window.height() <= height, "the window grew past the screen"
            problems += [
                f"{width}×{height} {window.tabs.tabText(index)}, {when}: {p}" for p in clipped(window)
            ]
    return problems


@pytest.mark.parametrize("staff_language", STAFF_LANGUAGES, indirect=True)
def test_every_screen_fits_a_bench_monitor_in_every_staff_language(
    qtbot: QtBot, shop: App, staff_language: str
) -> None:
    window = MainWindow(shop, "Bench 1")
    qtbot.addWidget(window)
    window.show()
    with shop.sessions() as session:
        number = session.scalars(select(Order.number).where(Order.status == OrderStatus.READY)).first()
    problems = every_screen(window, "before anyone signs in")
    window.pack.handle("P-1001")
    window.pack.handle(str(number))
    window.manager.badge.setText("M-2001")
    window.manager.pin.setText("4321")
    assert window.manager.sign_in()
    problems += every_screen(window, "an order open, a manager signed in")
    assert window.minimumSize() == MINIMUM_SIZE
    assert not problems, "\n".join(problems)
