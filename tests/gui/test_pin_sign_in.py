"""A manager at the window's sign-in (the Manager and Settings screens, the bench's approval)
who mistypes the PIN is told plainly how long to wait; a badge someone guessed at is locked, the
right PIN included, until an admin unlocks it in Settings › Staff & badges; a new manager's PIN has six
digits. In the station's language.

Times: the window reads the real clock, and these tests only use waits counted from their own
tries; the guessing of the night before is done at a bench on a clock of the test's own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from packstation.bench.service import Bench
from packstation.bootstrap import App
from packstation.core.pin_guard import LOCK_AT
from packstation.core.staff import audit_log
from packstation.ui.language import install_language
from packstation.ui.manager_view import ManagerView
from packstation.ui.pack_view import PackView
from packstation.ui.settings_view import SettingsView
from tests.gui.test_pack_view import banner, ready_order, scan

LOCKED = (
    "Not signed in: Marek Hájek's badge is locked after 10 wrong PINs: a manager or admin must unlock it "
    "(Settings › Staff & badges, or packstation staff unlock M-2001)"
)


def type_in(qtbot: QtBot, view: ManagerView | SettingsView, badge: str, pin: str) -> str:
    """The badge scanned into its field, the PIN typed, Enter: what the sign-in then says."""
    view.badge.clear()
    qtbot.keyClicks(view.badge, badge)
    qtbot.keyClick(view.badge, Qt.Key.Key_Return)
    qtbot.keyClicks(view.pin, pin)
    qtbot.keyClick(view.pin, Qt.Key.Key_Return)
    return view.sign_in_message.text()


def guessed_last_night(shop: App) -> None:
    """Someone at Bench 2 tried ten PINs on Marek's badge during the night, waiting out each delay."""
    at = [datetime(2026, 3, 2, 22, 0, tzinfo=UTC)]
    bench = Bench(shop.sessions, "Bench 2", clock=lambda: at[0])
    for guess in range(LOCK_AT):
        bench.sign_in("M-2001", f"{guess:06d}")
        at[0] += timedelta(hours=1)


@pytest.fixture
def czech(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "cs")
    yield
    install_language(qapp, "en")


def test_a_manager_who_mistypes_is_told_how_long_to_wait_and_the_pin_is_not_even_tried(
    qtbot: QtBot, shop: App
) -> None:
    view = ManagerView(shop.sessions, station="Office")
    qtbot.addWidget(view)

    assert type_in(qtbot, view, "M-2001", "1234") == "Not signed in: wrong PIN for Marek Hájek"
    assert view.pin.text() == ""  # typed again from the start
    assert type_in(qtbot, view, "M-2001", "4312") == "Not signed in: wrong PIN for Marek Hájek"
    assert type_in(qtbot, view, "M-2001", "4231") == (
        "Not signed in: wrong PIN for Marek Hájek, 3 in a row: try again in 30 seconds"
    )
    too_soon = type_in(qtbot, view, "M-2001", "4321")  # the right PIN, at once
    assert re.fullmatch(
        r"Not signed in: too many wrong PINs for Marek Hájek: try again in \d0 seconds", too_soon
    )
    assert view.pages.currentIndex() == 0 and view.manager is None

    with shop.sessions() as session:
        tried = [(e.action, e.subject, e.station) for e in reversed(audit_log(session))]
    assert tried == [("wrong PIN", "M-2001", "Office")] * 3 + [("PIN refused: wait", "M-2001", "Office")]


def test_a_locked_badge_is_refused_until_an_admin_unlocks_it_in_settings(qtbot: QtBot, shop: App) -> None:
    guessed_last_night(shop)
    view = SettingsView(shop.sessions, "Office")
    qtbot.addWidget(view)
    assert type_in(qtbot, view, "M-2001", "4321") == LOCKED  # the next morning, the right PIN

    type_in(qtbot, view, "A-9001", "9001")  # the admin signs in
    assert view.pages.currentIndex() == 1 and view.manager is not None
    row = next(i for i, p in enumerate(view.people) if p.badge == "M-2001")
    assert view.staff.item(row, 3).text() == "locked: too many wrong PINs"
    view.staff.selectRow(row)
    unlock = next(b for b in view.findChildren(QPushButton) if b.text() == "Unlock badge")
    qtbot.mouseClick(unlock, Qt.MouseButton.LeftButton)
    assert view.staff_message.text() == "Unlocked Marek Hájek (M-2001)"
    assert view.staff.item(row, 3).text() == "yes"

    manager = ManagerView(shop.sessions, station="Office")
    qtbot.addWidget(manager)
    type_in(qtbot, manager, "M-2001", "4321")
    assert manager.manager is not None and manager.manager.name == "Marek Hájek"
    assert manager.pages.currentIndex() == 1
    with shop.sessions() as session:
        [unlocked] = [e for e in audit_log(session) if e.action == "badge unlocked"]
    assert (unlocked.actor, unlocked.subject, unlocked.station) == ("Admin", "M-2001", "Office")


def test_the_waits_and_the_lock_are_said_in_the_stations_language(
    qtbot: QtBot, shop: App, czech: None
) -> None:
    guessed_last_night(shop)
    view = ManagerView(shop.sessions, station="Kancelář")
    qtbot.addWidget(view)
    assert type_in(qtbot, view, "M-2001", "4321") == (
        "Nepřihlášeno: Marek Hájek má kartu zamčenou po 10 špatných PINech: odemknout ji musí vedoucí "
        "nebo správce (Nastavení › Zaměstnanci a karty nebo packstation staff unlock M-2001)"
    )
    for pin in ("1234", "4312"):
        assert type_in(qtbot, view, "A-9001", pin) == "Nepřihlášeno: špatný PIN pro Admin"
    assert type_in(qtbot, view, "A-9001", "4231") == (
        "Nepřihlášeno: špatný PIN pro Admin, 3× za sebou: zkuste to znovu za 30 sekund"
    )


def test_a_new_manager_gets_a_pin_of_six_digits_at_least(qtbot: QtBot, shop: App) -> None:
    view = SettingsView(shop.sessions, "Office")
    qtbot.addWidget(view)
    type_in(qtbot, view, "A-9001", "9001")  # the demo's admin: a PIN from before, still good
    view.new_name.setText("Ioana Popescu")
    view.new_badge.setText("M-2009")
    view.new_role.setCurrentIndex(1)  # manager
    assert view.new_pin.placeholderText() == "PIN (managers: 6 digits or more)"
    view.new_pin.setText("2468")
    assert not view.add_person()
    assert view.staff_message.text() == (
        "Not added: PIN: a manager or admin needs at least 6 digits (a PIN set before keeps working)"
    )
    view.new_pin.setText("246813")
    assert view.add_person() and view.staff_message.text() == "Added Ioana Popescu (M-2009)"
    manager = ManagerView(shop.sessions)
    qtbot.addWidget(manager)
    type_in(qtbot, manager, "M-2009", "246813")
    assert manager.manager is not None and manager.manager.name == "Ioana Popescu"


def test_a_short_ship_approved_with_wrong_pins_waits_at_the_bench(
    qtbot: QtBot, shop: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = PackView(shop.sessions, "Bench 1")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.setFocus()
    scan(qtbot, view, "P-1001")
    order = ready_order(shop)
    scan(qtbot, view, order.number)
    scan(qtbot, view, order.lines[0].barcode or "")
    scan(qtbot, view, "BOX-S")
    for pin in ("9999", "9998", "9997"):
        monkeypatch.setattr(view, "ask_manager", lambda pin=pin: ("M-2001", pin))
        qtbot.keyClick(view, Qt.Key.Key_F6)
    assert banner(view).endswith(
        "  Not approved: wrong PIN for Marek Hájek, 3 in a row: try again in 30 seconds"
    )
    monkeypatch.setattr(view, "ask_manager", lambda: ("M-2001", "4321"))
    qtbot.keyClick(view, Qt.Key.Key_F6)
    assert re.fullmatch(
        r".*  Not approved: too many wrong PINs for Marek Hájek: try again in \d0 seconds", banner(view)
    )
    assert view.last is None or not view.last.completed
    view.hide()
