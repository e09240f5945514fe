"""A manager checks the follow-ups a packed parcel earned, previews one, cancels or resends."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from packstation.bench.service import Bench
from packstation.bootstrap import App
from packstation.storage.models import MessageStatus, Order, OrderStatus, OutboxMessage
from packstation.ui.events import AppEvents
from packstation.ui.outbox_view import OutboxView


def pack_one(shop: App) -> str:
    with shop.sessions() as session:
        order = next(
            o for o in session.scalars(select(Order).where(Order.status == OrderStatus.READY).order_by(Order.id))
            if not o.notes and o.customer.marketing_consent and not o.is_gift and o.customer.language == "uk"
        )  # fmt: skip
        codes = [line.barcode or "" for line in order.lines for _ in range(line.quantity)]
    bench = Bench(
        shop.sessions, "Bench 1", auto_complete=False, clock=lambda: datetime(2026, 11, 25, 10, tzinfo=UTC)
    )
    for code in ["P-1001", order.number, *codes, "BOX-M", "CMD-COMPLETE"]:
        bench.scan(code)
    return order.number


def test_the_outbox_shows_previews_cancels_and_resends(qtbot: QtBot, shop: App) -> None:
    number = pack_one(shop)
    view = OutboxView(shop.sessions, AppEvents())
    qtbot.addWidget(view)

    view.order.setText(number.lstrip("#"))
    assert view.table.rowCount() >= 3
    thanks = next(row for row, m in enumerate(view.messages) if m.rule == "thank_you")
    view.table.selectRow(thanks)
    assert "посилка" in view.subject.text()
    assert f"Дякуємо за замовлення {number}" in view.preview.toPlainText()  # as the customer reads it

    review = next(row for row, m in enumerate(view.messages) if m.rule == "review_request")
    view.table.selectRow(review)
    assert view.cancel_selected() == 1
    with shop.sessions() as session:
        cancelled = session.scalars(select(OutboxMessage).where(OutboxMessage.rule == "review_request")).one()
    assert cancelled.status is MessageStatus.CANCELLED and cancelled.last_error == "cancelled by hand"

    with shop.sessions.begin() as session:  # the thank-you failed after its attempts
        session.execute(update(OutboxMessage).where(OutboxMessage.rule == "thank_you")
                        .values(status=MessageStatus.FAILED, attempts=8, last_error="the SMTP server refused it"))  # fmt: skip
    view.refresh()
    view.status.setCurrentIndex(view.status.findData("failed"))
    assert view.table.rowCount() == 1 and "refused" in view.table.item(0, 6).text()
    view.table.selectRow(0)
    assert view.retry_selected() == 1
    with shop.sessions() as session:
        again = session.scalars(select(OutboxMessage).where(OutboxMessage.rule == "thank_you")).one()
    assert again.status is MessageStatus.QUEUED and again.max_attempts == 9


def test_the_preview_shows_the_mail_with_the_shops_logo(qtbot: QtBot, shop: App) -> None:
    number = pack_one(shop)
    view = OutboxView(shop.sessions, AppEvents())
    qtbot.addWidget(view)
    view.order.setText(number.lstrip("#"))
    view.table.selectRow(next(row for row, m in enumerate(view.messages) if m.rule == "thank_you"))

    document = view.preview.document()
    images = []
    block = document.begin()
    while block.isValid():
        for fragment in (it.fragment() for it in block):  # type: ignore[attr-defined]
            if fragment.charFormat().isImageFormat():
                images.append(fragment.charFormat().toImageFormat().name())
        block = block.next()
    [logo] = images  # the logo the mail carries inline, as the customer sees it
    assert logo.startswith("file://") and logo.endswith("logo.png")
    loaded = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(logo))
    assert loaded is not None and not loaded.isNull()
    assert "Verde Atelier s.r.o." in view.preview.toPlainText()  # the footer's postal address
