"""A packer with low vision, a bench in glaring light, hands that never leave the scanner:
larger text and high contrast from the keyboard, kept for the station, and every screen's
actions reachable without a mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from packstation.bootstrap import App
from packstation.ui.main_window import MainWindow
from packstation.ui.theme import BASE_POINT_SIZE, Display, apply_theme, load_display


def _action(window: MainWindow, keys: str) -> None:
    for action in window.menuBar().actions():
        menu = action.menu()
        for item in menu.actions() if menu else []:
            if item.shortcut().toString() == keys:
                item.trigger()
                return
    raise LookupError(keys)


def test_larger_text_and_high_contrast_from_the_keyboard_are_kept_for_the_station(
    qtbot: QtBot, shop: App
) -> None:
    qt = QApplication.instance()
    assert isinstance(qt, QApplication)
    window = MainWindow(shop, "Bench 1")
    qtbot.addWidget(window)
    try:
        window.show()
        window.pack.handle("P-1001")
        window.pack.handle("#1002")
        row, title = window.pack.lines.rowHeight(0), window.pack.title.font().pointSizeF()
        _action(window, "Ctrl++")
        _action(window, "Ctrl++")
        assert qt.font().pointSizeF() == BASE_POINT_SIZE * 1.5
        QApplication.processEvents()
        assert (
            window.pack.lines.rowHeight(0) > row and window.pack.title.font().pointSizeF() == 26 * 1.5 > title
        )
        assert "font-size: 33pt" in window.pack.banner.styleSheet()  # the banner too, rows and all
        _action(window, "Ctrl+-")
        assert qt.font().pointSizeF() == BASE_POINT_SIZE * 1.25
        _action(window, "Ctrl+Shift+H")
        assert (
            "#FFD600" in qt.styleSheet()
            and window.statusBar().currentMessage() == "Text at 125%, high contrast"
        )
        assert load_display() == Display(1.25, True)  # the next start of this station looks the same

        for _ in range(10):
            _action(window, "Ctrl++")
        assert load_display().scale == 2.0  # the largest there is, not beyond
    finally:
        apply_theme(qt)


def test_every_button_on_every_screen_can_be_reached_without_a_mouse(qtbot: QtBot, shop: App) -> None:
    window = MainWindow(shop, "Bench 1")
    qtbot.addWidget(window)
    unreachable = [
        f"{window.tabs.tabText(i)}: {button.text()!r}"
        for i in range(window.tabs.count())
        for button in window.tabs.widget(i).findChildren(QAbstractButton)
        if button.text() and button.focusPolicy() == Qt.FocusPolicy.NoFocus and button.shortcut().isEmpty()
    ]
    assert unreachable == []
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert all("(F" in tab for tab in tabs), tabs  # each screen has its function key
