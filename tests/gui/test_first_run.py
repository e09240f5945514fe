"""A new shop opens the window for the first time on an empty database: the setup wizard asks
what only the shop can say, keyboard only, and the shop's own inserts print afterwards."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from packstation.bootstrap import App, bootstrap
from packstation.core.shop_setup import still_missing
from packstation.importers.service import import_file
from packstation.inserts.service import order_inserts
from packstation.storage.models import Brand, Packer, Role
from packstation.ui.first_run import FirstRunWizard
from packstation.ui.main_window import MainWindow
from tests.support.pdf import page_text

EXPORT = Path(__file__).parents[1] / "data" / "shopify_orders_export.csv"
SHOTS = os.environ.get("PACKSTATION_WIZARD_SHOTS")  # a folder: the pages as PNG, for the guide


def type_into(qtbot: QtBot, wizard: QWizard, answers: dict[str, str]) -> None:
    for key, text in answers.items():
        field = wizard.fields[key]  # type: ignore[attr-defined]
        field.setFocus()
        if text.isascii():
            qtbot.keyClicks(field, text)
        else:  # QtTest types ASCII keys only; an input method gives the rest as text
            field.insert(text)


def next_page(qtbot: QtBot, wizard: QWizard, shot: str = "") -> None:
    if SHOTS and shot:
        wizard.grab().save(str(Path(SHOTS) / f"wizard-{shot}.png"))
    qtbot.keyClick(wizard.currentPage().focusWidget() or wizard, Qt.Key.Key_Return)


def test_a_new_shop_is_set_up_by_the_wizard_on_its_first_start(qtbot: QtBot, tmp_path: Path) -> None:
    app: App = bootstrap(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    import_file(app.sessions, EXPORT)  # its own orders, no demo
    window = MainWindow(app, "Bench 1")
    qtbot.addWidget(window)
    wizard = window.offer_first_run()
    assert isinstance(wizard, FirstRunWizard) and wizard.needs_admin
    wizard.resize(720, 560)

    type_into(qtbot, wizard, {"admin_name": "Marta Dvořáková", "admin_badge": "A-0001",
                              "pin": "482913", "pin_again": "482913"})  # fmt: skip
    next_page(qtbot, wizard, "1-admin")
    type_into(qtbot, wizard, {"shop_name": "Lípa & Len", "website": "https://lipaalen.example",
                              "support_email": "ahoj@lipaalen.example"})  # fmt: skip
    wizard.shopify.setChecked(True)
    next_page(qtbot, wizard, "2-shop")
    type_into(qtbot, wizard, {"return_name": "Lípa & Len s.r.o.", "return_street": "Květná 12",
                              "return_postcode": "602 00", "return_city": "Brno", "return_country": "Česko"})  # fmt: skip
    next_page(qtbot, wizard, "3-returns")
    assert wizard.fields["voucher_redeem_url"].text() == "https://lipaalen.example/discount/{code}"
    assert "Shopify" in wizard.derived_note.text()
    type_into(qtbot, wizard, {"return_portal_url": "https://lipaalen.example/vraceni?rma={rma}"})
    next_page(qtbot, wizard, "4-links")
    if SHOTS:
        wizard.grab().save(str(Path(SHOTS) / "wizard-5-ready.png"))

    assert wizard.currentPage() is wizard.done_page
    with app.sessions() as session:
        left = still_missing(session)
    assert [need.key for need in left] == ["review_url", "unsubscribe_url", "referral_url"]  # not answered
    assert "The packaging catalogue is empty" in wizard.done_text.text()  # its own export holds no box
    assert all(
        need.what in wizard.done_text.text() and need.window in wizard.done_text.text() for need in left
    )
    with app.sessions() as session:
        brand = session.get(Brand, 1)
        admin = session.scalars(select(Packer).where(Packer.badge == "A-0001")).one()
    assert brand is not None and brand.name == "Lípa & Len" and admin.role is Role.ADMIN
    wizard.accept()
    assert window.windowTitle() == "packstation — Lípa & Len — Bench 1"

    out = tmp_path / "first.pdf"
    order_inserts(app.sessions, "#1009", out)
    assert "Květná 12" in page_text(out, 2) and "Lípa & Len" in page_text(out, 0)
    app.close()


def test_a_bad_answer_keeps_the_wizard_on_its_page_and_stores_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    app: App = bootstrap(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    wizard = FirstRunWizard(app.sessions, "Bench 1")
    qtbot.addWidget(wizard)
    wizard.show()
    type_into(qtbot, wizard, {"admin_name": "Marta", "admin_badge": "A-0001", "pin": "482913",
                              "pin_again": "482914"})  # fmt: skip
    for _ in range(3):
        next_page(qtbot, wizard)
    next_page(qtbot, wizard)  # leaving the links page stores the answers: the PINs differ

    assert wizard.currentPage() is wizard.links_page
    assert "Not stored: the two PINs differ" in wizard.links_page.subTitle()
    with app.sessions() as session:
        assert session.scalars(select(Packer)).first() is None and session.get(Brand, 1) is None
    app.close()


def test_a_shop_that_is_set_up_is_not_asked_again(qtbot: QtBot, shop: App) -> None:
    window = MainWindow(shop, "Bench 1")
    qtbot.addWidget(window)
    assert window.offer_first_run() is None
