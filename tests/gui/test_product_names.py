"""A manager in Settings › Products renames a product in Czech: the next Czech parcel's note
prints the new name, the change is in the audit log, and a name the inserts cannot take is
refused with the reason, nothing of it stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from packstation.bootstrap import App
from packstation.core.staff import audit_log
from packstation.inserts.service import order_inserts
from packstation.storage.models import Customer, Order, OrderStatus, Packer, Product
from packstation.ui.settings_products import ProductNamesPage
from tests.support.pdf import page_text


def a_czech_order(shop: App) -> tuple[str, str]:
    """A Czech customer's order not yet packed, and the SKU of its first line."""
    with shop.sessions() as session:
        order = session.scalars(
            select(Order).join(Customer).where(Customer.language.like("cs%"), Order.status == OrderStatus.READY)
            .order_by(Order.id)
        ).first()  # fmt: skip
        assert order is not None
        sku = next(line.sku for line in order.lines if line.sku)
        return order.number, sku


def type_into(qtbot: QtBot, page: ProductNamesPage, language: str, text: str) -> None:
    """Double-click the language's name cell, clear it, type, as a manager does."""
    from packstation.core.languages import SHIPPED_LANGUAGES

    cell = page.names.item(SHIPPED_LANGUAGES.index(language), 1)
    page.names.editItem(cell)
    editor = next(
        e for e in page.names.viewport().findChildren(QLineEdit) if e.isVisible()
    )  # the cell's, open
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    for char in text:  # QTest types only what a key makes; a Czech keyboard's letters are inserted
        if char.isascii():
            qtbot.keyClicks(editor, char)
        else:
            editor.insert(char)


def test_a_czech_name_changed_in_settings_is_what_the_next_czech_note_prints(
    qtbot: QtBot, shop: App, tmp_path: Path
) -> None:
    with shop.sessions() as session:
        manager = session.scalars(select(Packer).where(Packer.badge == "M-2001")).one()
    number, sku = a_czech_order(shop)
    page = ProductNamesPage(shop.sessions, "Bench 1", lambda: manager)
    qtbot.addWidget(page)
    page.show()
    page.load()
    page.search.setText(sku)
    shown = [row for row in range(page.table.rowCount()) if not page.table.isRowHidden(row)]
    assert [page.table.item(row, 0).text() for row in shown] == [sku]
    page.choose(sku)
    with shop.sessions() as session:
        product = session.scalars(select(Product).where(Product.sku == sku)).one()
        old_czech = product.names["cs"]
    assert page.typed()["cs"] == old_czech  # the demo's Czech name, shown

    type_into(qtbot, page, "cs", "Náš nový název ze Settings")
    assert page.save()  # typed and saved while the cell is still open, as Ctrl+S does
    assert "Saved: cs" in page.message.text()
    with shop.sessions() as session:
        entry = audit_log(session)[0]
        assert (entry.action, entry.subject, entry.actor) == ("product names changed", sku, manager.name)
        assert entry.detail["changed"]["cs"] == {"from": old_czech, "to": "Náš nový název ze Settings"}

    out = tmp_path / "note.pdf"
    order_inserts(shop.sessions, number, out, kinds=["note"])
    note = " ".join(page_text(out, 0).split())
    assert "Náš nový název ze Settings" in note and old_czech not in note

    type_into(qtbot, page, "cs", "x" * 301)  # longer than any name the catalogue keeps
    assert not page.save()
    assert "Not saved" in page.message.text() and "at most 300" in page.message.text()
    with shop.sessions() as session:
        product = session.scalars(select(Product).where(Product.sku == sku)).one()
        assert product.names["cs"] == "Náš nový název ze Settings"

    type_into(qtbot, page, "cs", "")  # no Czech name: the shop's own is printed again
    assert page.save()
    out.unlink()
    order_inserts(shop.sessions, number, out, kinds=["note"])
    with shop.sessions() as session:
        product = session.scalars(select(Product).where(Product.sku == sku)).one()
        assert "cs" not in product.names
        shop_name = product.name
    assert shop_name in " ".join(page_text(out, 0).split())
