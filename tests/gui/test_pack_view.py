"""The packer's day at the Pack screen, driven as a keyboard-wedge scanner drives it: a burst
of keys a few milliseconds apart, then Enter — wherever the focus happens to be."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from packstation.bench.view import Tone
from packstation.bootstrap import App
from packstation.storage.models import Order, OrderStatus, OutboxMessage, PackSession, Product
from packstation.ui.pack_view import PackView
from tests.support.demo import demo_shop

os.environ["PACKSTATION_MUTE"] = "1"


def scan(qtbot: QtBot, view: PackView, code: str) -> None:
    """Type as a scanner does: 5 ms between keys, then Enter."""
    target = view.focusWidget() or view
    qtbot.keyClicks(target, code, delay=5)
    qtbot.keyClick(target, Qt.Key.Key_Return)


@pytest.fixture
def view(qtbot: QtBot, shop: App) -> Iterator[PackView]:
    pack = PackView(shop.sessions, "Bench 1")
    qtbot.addWidget(pack)
    pack.show()
    qtbot.waitExposed(pack)
    pack.activateWindow()
    pack.setFocus()
    scan(qtbot, pack, "P-1001")
    assert pack.bench.packer is not None
    yield pack
    pack.hide()


def ready_order(shop: App, *, lines: int = 2, notes: bool = False) -> Order:
    with shop.sessions() as session:
        for order in session.scalars(
            select(Order).where(Order.status == OrderStatus.READY).order_by(Order.id)
        ):
            if (
                len(order.lines) == lines
                and bool(order.notes) == notes
                and all(line.quantity == 1 for line in order.lines)
            ):
                return order
    raise LookupError


def banner(view: PackView) -> str:
    return view.banner.text()


def test_happy_path_the_order_its_items_the_whole_parcel_and_the_carrier_label(
    qtbot: QtBot, view: PackView, shop: App
) -> None:
    order = ready_order(shop)
    completed: list[str] = []
    view.order_completed.connect(completed.append)

    scan(qtbot, view, order.number)
    assert order.number in view.title.text() and view.lines.rowCount() == 2
    assert view.shipping.text() == order.shipping_method
    scan(qtbot, view, order.lines[0].barcode or "")
    assert view.lines.item(0, 2).text() == "1 / 1" and view.lines.item(0, 0).text() == "✔"
    scan(qtbot, view, order.lines[1].barcode or "")
    assert "scan the packaging" in banner(view)
    for material in ("BOX-S", "WRAP-TISSUE", "TAPE-KRAFT"):
        scan(qtbot, view, material)
    assert completed == [] and view.packaging.text().count("1 × ") == 3  # box, tissue, tape: all in
    assert "scan the carrier label or the next order" in banner(view)
    scan(qtbot, view, "1Z999AA10123456784")

    assert completed == [order.number]
    assert view.last is not None and view.last.tone is Tone.DONE and "★ PACKED" in banner(view)
    assert view.sounds.last_played is Tone.DONE

    # the parcel's follow-ups are queued by a worker while the packer takes the next order
    qtbot.waitUntil(lambda: view.followups_pending == 0, timeout=10_000)
    with shop.sessions() as session:
        assert session.scalar(select(PackSession.followups_queued).where(PackSession.order_id == order.id))
        rules = set(session.scalars(select(OutboxMessage.rule).where(OutboxMessage.order_id == order.id)))
    assert "thank_you" in rules


def test_a_wrong_item_stays_red_until_the_packer_presses_enter(
    qtbot: QtBot, view: PackView, shop: App
) -> None:
    order = ready_order(shop)
    with shop.sessions() as session:
        stranger = session.scalars(select(Product.barcode).where(Product.sku == "FIT-MAT")).one()
    scan(qtbot, view, order.number)

    scan(qtbot, view, stranger)
    assert "✖ WRONG ITEM" in banner(view) and "#C62828" in view.banner.styleSheet()
    assert view.sounds.last_played is Tone.WRONG
    assert "#C62828" in view.styleSheet()  # the whole work area, not only the banner
    scan(qtbot, view, order.lines[0].barcode or "")  # the next item does not slip through
    assert "Acknowledge the error first" in banner(view) and view.lines.item(0, 2).text() == "0 / 1"
    assert "Wrong item" in banner(view) and "✖ WRONG ITEM" in banner(view)  # the reason stays

    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert banner(view) == "Error acknowledged" and "#C62828" not in view.styleSheet()
    scan(qtbot, view, order.lines[0].barcode or "")
    assert view.lines.item(0, 2).text() == "1 / 1"


def test_over_scan_and_unknown_code_have_their_own_colours_and_sounds(
    qtbot: QtBot, view: PackView, shop: App
) -> None:
    order = ready_order(shop)
    scan(qtbot, view, order.number)
    scan(qtbot, view, order.lines[0].barcode or "")
    scan(qtbot, view, order.lines[0].barcode or "")
    over_style, over_sound = view.banner.styleSheet(), view.sounds.last_played
    assert "▲ TOO MANY" in banner(view)
    scan(qtbot, view, "CMD-OK")
    scan(qtbot, view, "ZZ-NOTHING")
    assert "? UNKNOWN CODE" in banner(view)
    assert view.banner.styleSheet() != over_style and view.sounds.last_played is Tone.UNKNOWN != over_sound


def test_the_note_is_shown_and_must_be_acknowledged(qtbot: QtBot, view: PackView, shop: App) -> None:
    order = ready_order(shop, lines=1, notes=True)
    scan(qtbot, view, order.number)
    assert view.note.isVisible() and "scan OK when read" in view.note.text()
    scan(qtbot, view, order.lines[0].barcode or "")
    scan(qtbot, view, "MAILER-COMPOST")
    assert view.last is not None and not view.last.completed

    scan(qtbot, view, "CMD-OK")
    assert view.last is not None and not view.last.completed and "Note acknowledged" in banner(view)
    scan(qtbot, view, "CMD-COMPLETE")
    assert view.last is not None and view.last.completed


def test_hold_from_the_bench_sheet(qtbot: QtBot, view: PackView, shop: App) -> None:
    order = ready_order(shop)
    scan(qtbot, view, order.number)
    scan(qtbot, view, "CMD-HOLD-DAMAGED")
    assert banner(view) == f"{order.number} held: damaged"
    with shop.sessions() as session:
        assert session.scalar(select(Order.status).where(Order.id == order.id)) is OrderStatus.HELD


def test_short_ship_with_and_without_a_managers_approval(
    qtbot: QtBot, view: PackView, shop: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    order = ready_order(shop)
    scan(qtbot, view, order.number)
    scan(qtbot, view, order.lines[0].barcode or "")
    scan(qtbot, view, "BOX-S")
    monkeypatch.setattr(view, "ask_manager", lambda: ("M-2001", "9999"))
    qtbot.keyClick(view, Qt.Key.Key_F6)
    assert "Wrong PIN for Marek Hájek" in banner(view)

    monkeypatch.setattr(view, "ask_manager", lambda: ("M-2001", "4321"))
    qtbot.keyClick(view, Qt.Key.Key_F6)
    assert view.last is not None and view.last.completed


def test_undo_with_ctrl_z(qtbot: QtBot, view: PackView, shop: App) -> None:
    order = ready_order(shop)
    scan(qtbot, view, order.number)
    scan(qtbot, view, order.lines[0].barcode or "")
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    line = order.lines[0]
    assert banner(view) == f"Undone: {line.name} — now 0/1" and view.lines.item(0, 2).text() == "0 / 1"


def test_a_scan_while_typing_in_the_manual_field_is_still_a_scan(
    qtbot: QtBot, view: PackView, shop: App
) -> None:
    order = ready_order(shop)
    scan(qtbot, view, order.number)
    view.manual.setFocus()
    qtbot.keyClicks(view.manual, order.lines[0].barcode or "", delay=5)
    qtbot.keyClick(view.manual, Qt.Key.Key_Return)

    assert view.manual.text() == "" and view.lines.item(0, 2).text() == "1 / 1"
    view.manual.setFocus()
    qtbot.keyClicks(view.manual, order.lines[1].barcode or "", delay=90)  # a person, slowly
    assert view.manual.text() == order.lines[1].barcode
    qtbot.keyClick(view.manual, Qt.Key.Key_Return)
    assert view.lines.item(1, 2).text() == "1 / 1"


def test_a_restart_mid_order_shows_the_order_where_it_was(qtbot: QtBot, view: PackView, shop: App) -> None:
    order = ready_order(shop)
    scan(qtbot, view, order.number)
    scan(qtbot, view, order.lines[0].barcode or "")
    view.close()

    again = PackView(shop.sessions, "Bench 1")
    qtbot.addWidget(again)
    again.show()
    again.setFocus()
    scan(qtbot, again, "P-1001")
    assert banner(again).startswith(f"Resumed {order.number}") and again.lines.item(0, 2).text() == "1 / 1"
    again.hide()


def test_two_stations_racing_for_one_order(qtbot: QtBot, view: PackView, shop: App) -> None:
    order = ready_order(shop)
    other = PackView(shop.sessions, "Bench 2")
    qtbot.addWidget(other)
    other.handle("P-1002")

    scan(qtbot, view, order.number)
    refused = other.handle(order.number)

    assert refused.tone is Tone.REFUSED and "being packed by Jana Veselá at Bench 1" in refused.message
    with shop.sessions() as session:
        assert len(list(session.scalars(select(PackSession).where(PackSession.order_id == order.id)))) == 1


def test_a_manager_takes_over_a_stale_order_with_f7(
    qtbot: QtBot, view: PackView, shop: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    order = ready_order(shop)
    crashed = PackView(shop.sessions, "Bench 2")
    qtbot.addWidget(crashed)
    crashed.handle("P-1002")
    crashed.handle(order.number)
    crashed.handle(order.lines[0].barcode or "")
    with shop.sessions.begin() as session:  # Bench 2 lost power an hour ago
        session.execute(update(PackSession).values(lease_until=datetime.now(UTC) - timedelta(hours=1)))
    monkeypatch.setattr(view, "ask_text", lambda *a, **k: order.number)
    monkeypatch.setattr(view, "ask_manager", lambda: ("M-2001", "4321"))

    qtbot.keyClick(view, Qt.Key.Key_F7)

    assert "taken over" in banner(view) and view.lines.item(0, 2).text() == "1 / 1"


def test_completing_prints_every_insert_and_f8_reprints_one(
    qtbot: QtBot, shop: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed: list[tuple[str, tuple[str, ...]]] = []
    pack = PackView(
        shop.sessions, "Bench 1", print_inserts=lambda order, kinds: printed.append((order.number, kinds))
    )
    qtbot.addWidget(pack)
    pack.show()
    pack.setFocus()
    order = ready_order(shop, lines=1)
    for code in ("P-1001", order.number, order.lines[0].barcode or "", "BOX-S", "CMD-COMPLETE"):
        scan(qtbot, pack, code)
    monkeypatch.setattr("packstation.ui.pack_view.QInputDialog.getItem", lambda *a, **k: ("Voucher", True))

    qtbot.keyClick(pack, Qt.Key.Key_F8)

    assert printed == [(order.number, ("note", "voucher", "return", "slip")), (order.number, ("voucher",))]
    pack.hide()


def test_a_pre_printed_insert_opens_its_order_and_is_not_printed_again(
    qtbot: QtBot, shop: App, tmp_path: Path
) -> None:
    from packstation.inserts.batch import render_batch
    from tests.support.pdf import barcodes

    order = ready_order(shop, lines=1)
    wave = tmp_path / "wave.pdf"
    report = render_batch(shop.sessions, [order.number], ["note", "voucher", "return"], wave)
    assert report.batch_id is not None
    printed: list[tuple[str, tuple[str, ...]]] = []
    pack = PackView(
        shop.sessions, "Bench 1", print_inserts=lambda order, kinds: printed.append((order.number, kinds))
    )
    qtbot.addWidget(pack)
    pack.show()
    pack.setFocus()
    scan(qtbot, pack, "P-1001")
    scanned_off_the_note = next(value for fmt, value in barcodes(wave, 0, 203) if value.startswith("#"))
    scan(qtbot, pack, scanned_off_the_note)  # the packer scans the pre-printed thank-you note
    assert order.number in pack.title.text()
    assert "pre-printed thank-you note, voucher, return label: put them in" in banner(pack)
    for code in (order.lines[0].barcode or "", "BOX-S", "CMD-COMPLETE"):
        scan(qtbot, pack, code)

    assert printed == [(order.number, ("slip",))]  # only what the batch did not print
    pack.hide()


@pytest.mark.postgres
def test_the_database_goes_away_the_screen_says_so_keeps_the_scans_and_carries_on(qtbot: QtBot) -> None:
    from packstation.bootstrap import bootstrap
    from packstation.storage.models import PackScan
    from tests.support.postgres import PostgresServer, PostgresUnavailable

    try:
        server = PostgresServer.start(durable=True)
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))
    app = bootstrap(server.url("postgres"))
    try:
        demo_shop(app, 40)
        order = ready_order(app, lines=2)
        codes = [line.barcode or "" for line in order.lines]
        pack = PackView(app.sessions, "Bench 1")
        qtbot.addWidget(pack)
        pack.show()
        qtbot.waitExposed(pack)
        scan(qtbot, pack, "P-1001")
        scan(qtbot, pack, order.number)

        server.halt()
        scan(qtbot, pack, codes[0])
        assert pack.last is not None and pack.last.tone is Tone.OFFLINE
        assert "KEPT — NO DATABASE" in banner(pack) and "scans waiting: 1" in banner(pack)
        scan(qtbot, pack, codes[1])
        scan(qtbot, pack, "BOX-M")
        scan(qtbot, pack, "CMD-COMPLETE")
        assert "scans waiting: 4" in banner(pack) and pack.retry_timer.isActive()

        server.resume()  # the screen tries again by itself
        qtbot.waitUntil(lambda: pack.last is not None and pack.last.completed, timeout=15_000)
        assert "PACKED" in banner(pack) and not pack.retry_timer.isActive()
        with app.sessions() as session:
            stored = list(session.scalars(select(PackScan.code).join(PackSession)
                                          .where(PackSession.order_id == order.id).order_by(PackScan.seq)))  # fmt: skip
        assert stored == [order.number, *codes, "BOX-M", "CMD-COMPLETE"]
        pack.hide()
    finally:
        app.close()
        server.stop()


def test_enter_in_the_manual_field_is_one_scan_not_also_an_acknowledgement(
    qtbot: QtBot, view: PackView, shop: App
) -> None:
    order = ready_order(shop, lines=1)
    scan(qtbot, view, order.number)
    scan(qtbot, view, order.lines[0].barcode or "")
    scan(qtbot, view, "BOX-S")
    view.manual.setFocus()
    qtbot.keyClicks(view.manual, "CMD-COMPLETE", delay=90)  # typed by hand
    qtbot.keyClick(view.manual, Qt.Key.Key_Return)

    assert view.last is not None and view.last.completed and "PACKED" in banner(view)


def test_esc_asks_before_putting_an_order_back(
    qtbot: QtBot, view: PackView, shop: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    order = ready_order(shop)
    scan(qtbot, view, order.number)
    answers = iter([False, True])
    monkeypatch.setattr(view, "confirm", lambda title, question: next(answers))

    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.bench.order is not None  # "keep packing"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.bench.order is None and "put back on the list" in banner(view)


def test_cmd_short_scanned_opens_the_managers_approval(
    qtbot: QtBot, view: PackView, shop: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    order = ready_order(shop)
    scan(qtbot, view, order.number)
    scan(qtbot, view, order.lines[0].barcode or "")
    scan(qtbot, view, "BOX-S")
    monkeypatch.setattr(view, "ask_manager", lambda: ("M-2001", "4321"))
    scan(qtbot, view, "CMD-SHORT")
    assert view.last is not None and view.last.completed


def test_every_symbol_the_bench_shows_has_a_glyph_in_the_shipped_font() -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from packstation.ui.pack_feedback import TONE_LOOKS

    metrics = QFontMetrics(QFont("DejaVu Sans"))
    symbols = {look[2] for look in TONE_LOOKS.values()} | set("✔✎★♻⚠")
    assert {s for s in symbols if not metrics.inFontUcs4(ord(s))} == set()
