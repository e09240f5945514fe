"""A manager sets the shop up without a developer: the brand, the voucher and return rules, how
follow-ups are sent (a test e-mail to a real SMTP server), the staff and their badge cards —
every value checked before it is stored, every change on record."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from packstation.bootstrap import App
from packstation.core.settings import load_settings
from packstation.core.staff import audit_log
from packstation.storage.models import Brand, Packer
from packstation.ui.settings_view import SettingsView
from tests.support.pdf import barcodes
from tests.support.smtp import SmtpServer


def signed_in(qtbot: QtBot, shop: App) -> SettingsView:
    view = SettingsView(shop.sessions, "Office")
    qtbot.addWidget(view)
    view.badge.setText("P-1001")
    view.pin.setText("")
    assert not view.sign_in() and "is not a manager's" in view.sign_in_message.text()
    view.badge.setText("M-2001")
    view.pin.setText("4321")
    assert view.sign_in()
    return view


def test_a_manager_changes_the_rules_and_a_bad_value_changes_nothing(qtbot: QtBot, shop: App) -> None:
    view = signed_in(qtbot, shop)
    form = view.voucher_form
    form.editors["voucher_percent_off"].setValue(20)  # type: ignore[attr-defined]
    form.editors["return_days"].setValue(60)  # type: ignore[attr-defined]
    assert set(form.save()) == {"voucher_percent_off", "return_days"}
    assert "Saved: " in form.message.text()

    form.editors["voucher_percent_off"].setValue(25)  # type: ignore[attr-defined]
    form.editors["voucher_redeem_url"].setText("https://shop.example/discount")  # type: ignore[attr-defined]
    assert form.save() == []
    assert "voucher_redeem_url: the link must contain {code}" in form.message.text()
    form.editors["voucher_min_spend"].setText("{EUR: 30")  # type: ignore[attr-defined]
    assert form.save() == [] and "not JSON" in form.message.text()

    with shop.sessions() as session:
        settings = load_settings(session)
        assert (settings.voucher_percent_off, settings.return_days) == (20, 60)  # the bad save stored nothing
        log = audit_log(session)
    assert {(e.actor, e.action, e.subject) for e in log} >= {
        ("Marek Hájek", "setting changed", "voucher_percent_off"),
        ("Marek Hájek", "setting changed", "return_days"),
        ("Marek Hájek", "signed in", "Settings screen"),
    }


def test_the_brand_is_checked_and_stored(qtbot: QtBot, shop: App) -> None:
    view = signed_in(qtbot, shop)
    form = view.brand_form
    form.editors["primary_color"].setText("green")  # type: ignore[attr-defined]
    assert form.save() == [] and "a colour like #2F5D50" in form.message.text()
    form.editors["primary_color"].setText("#1B5E20")  # type: ignore[attr-defined]
    form.editors["return_address"].setText("Verde Atelier | Skladová 12 | 250 01 Brandýs")  # type: ignore[attr-defined]
    assert set(form.save()) == {"primary_color", "return_address"}
    with shop.sessions() as session:
        brand = session.get(Brand, 1)
        assert brand is not None and brand.primary_color == "#1B5E20"
        assert brand.return_address == "Verde Atelier\nSkladová 12\n250 01 Brandýs"


def test_a_test_email_goes_through_the_smtp_server_set_here(qtbot: QtBot, shop: App) -> None:
    server = SmtpServer().start()
    try:
        view = signed_in(qtbot, shop)
        view.sending_form.editors["smtp_url"].setText(server.url)  # type: ignore[attr-defined]
        assert view.sending_form.save() == ["smtp_url"]
        view.test_to.setText("manager@verde-atelier.example")
        view.send_test()
        qtbot.waitUntil(lambda: view.test_result.text().startswith(("sent", "Not sent")), timeout=15_000)
        assert view.test_result.text().startswith("sent to manager@verde-atelier.example")
        assert server.inbox.messages[0]["Subject"] == "packstation test message"
    finally:
        server.stop()

    view.sending_form.editors["smtp_url"].setText("smtp://shop:hunter2@mail.example")  # type: ignore[attr-defined]
    assert view.sending_form.save() == []
    assert "secrets are never stored" in view.sending_form.message.text()
    assert "hunter2" not in view.sending_form.message.text()


def test_staff_are_added_retired_and_get_badge_cards_that_scan(
    qtbot: QtBot, shop: App, tmp_path: Path
) -> None:
    view = signed_in(qtbot, shop)
    view.new_name.setText("Siti Rahayu")
    view.new_badge.setText("P-1005")
    assert view.add_person() and "Added Siti Rahayu (P-1005)" in view.staff_message.text()
    view.new_name.setText("Someone Else")
    view.new_badge.setText("P-1005")
    assert not view.add_person() and "already someone's" in view.staff_message.text()
    view.new_badge.setText("A-9002")
    view.new_role.setCurrentIndex(2)  # admin: only an admin may add one
    view.new_pin.setText("2468")
    assert not view.add_person() and "it needs an admin" in view.staff_message.text()

    row = next(i for i, p in enumerate(view.people) if p.badge == "P-1004")
    view.staff.selectRow(row)
    view.retire_selected()
    with shop.sessions() as session:
        retired = session.scalars(select(Packer).where(Packer.badge == "P-1004")).one()
        assert not retired.active

    cards = tmp_path / "badges.pdf"
    assert view.write_cards(cards) >= 5
    assert "P-1005" in {value for _, value in barcodes(cards, 0, 203)}


def test_printers_are_checked_and_a_test_text_goes_through_the_webhook(qtbot: QtBot, shop: App) -> None:
    from PySide6.QtWidgets import QTableWidgetItem

    from packstation.ui.settings_printers import KINDS
    from tests.support.webhook import SmsProvider

    view = signed_in(qtbot, shop)
    printers = view.printers
    assert printers.stations[0] == "*" and "Bench 1" in printers.stations  # this station is listed
    printers.new_station.setText("Bench 9")  # a station that has not started yet
    assert printers.add_station() and printers.stations[-1] == "Bench 9"
    printers.new_station.setText("Bench 9")
    assert not printers.add_station()  # once is enough
    bench_9, returns, batches = len(printers.stations) - 1, KINDS.index("return"), KINDS.index("batch")
    printers.table.setItem(bench_9, returns, QTableWidgetItem("lpt1"))
    assert not printers.save() and "printers: 'Bench 9' return:" in printers.message.text()
    printers.table.setItem(bench_9, returns, QTableWidgetItem("raw:10.0.0.40:9100"))
    printers.table.setItem(0, batches, QTableWidgetItem("cups:Office_A4"))
    assert printers.save() and printers.message.text() == "Saved: printers"
    with shop.sessions() as session:
        settings = load_settings(session)
    assert settings.printer_for("Bench 9", "return") == "raw:10.0.0.40:9100"
    assert settings.printer_for("Bench 7", "batch") == "cups:Office_A4"  # the row for every station

    provider = SmsProvider().start()
    try:
        view.sending_form.editors["sms_webhook_url"].setText(provider.url)  # type: ignore[attr-defined]
        view.text_to.setText("+420601234567")
        view.send_test_text()
        qtbot.waitUntil(lambda: view.test_result.text().startswith(("text sent", "Not sent")), timeout=15_000)
        assert view.test_result.text().startswith("text sent to +420601234567")
        assert provider.received and provider.received[0][1]["to"] == "+420601234567"
    finally:
        provider.stop()
