"""A parcel leaves with the carrier's label: the customer's thank-you and text name the carrier
as their language writes it and link its tracking page, from the carrier table; the shop's
own link for a carrier comes first; a number with no link still reads as a sentence."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, update

from packstation.bench.service import Bench
from packstation.bootstrap import App
from packstation.cli.main import main
from packstation.core.settings import save_setting
from packstation.followups.queue import queue_requested
from packstation.storage.models import Customer, Order, OrderStatus, OutboxMessage, PackSession
from tests.support.demo import demo_shop

PACKED_AT = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


@pytest.fixture
def shop(sqlite_app: App) -> App:  # the links are no storage matter: SQLite only
    demo_shop(sqlite_app, 40)
    with sqlite_app.sessions.begin() as session:
        save_setting(session, "sms_webhook_url", "https://sms.verde-atelier.example/send")
        session.execute(update(Order).values(ship_phone="+420 603 123 456"))
    return sqlite_app


def pack(
    app: App, language: str, method: str, tracking: str, queue: Callable[[str], None] | None = None
) -> tuple[Order, str]:
    """Pack the first ready order of a customer speaking `language`, shipped by `method`, and
    scan the carrier label `tracking`; returns the order and what the bench said of the label."""
    with app.sessions.begin() as session:
        order = session.scalars(
            select(Order).join(Customer).where(Order.status == OrderStatus.READY, Order.is_gift.is_(False),
                                               Order.notes.is_(None), Customer.language == language)
            .order_by(Order.id)
        ).first()  # fmt: skip
        assert order is not None, language
        order.shipping_method = method
        codes = [line.barcode or "" for line in order.lines for _ in range(line.quantity)]
    bench = Bench(
        app.sessions, "Bench 1", auto_complete=False, clock=lambda: PACKED_AT, queue_followups=queue
    )
    bench.scan("P-1001")
    bench.scan(order.number)
    said = str(bench.scan(tracking).message)
    bench.scan("FILL-PAPER")
    for code in codes:
        bench.scan(code)
    bench.scan("BOX-M")
    assert bench.scan("CMD-COMPLETE").completed
    return order, said


def queued(app: App, order: Order) -> dict[str, str]:
    with app.sessions() as session:
        return {
            m.rule: m.body_text
            for m in session.scalars(select(OutboxMessage).where(OutboxMessage.order_id == order.id))
        }


MARKETS = [
    # language, shipping method, label scanned, the carrier as the customer reads it, its link
    ("cs", "DPD Private", "15509876543210", "s dopravcem DPD",
     "https://tracking.dpd.de/status/cs_CZ/parcel/15509876543210"),
    ("ro", "Sameday Easybox", "SD20261125001", "cu Sameday", "https://www.sameday.ro/#awb=SD20261125001"),
    ("uk", "Укрпошта", "RR123456785UA", "доставляє Укрпошта",
     "https://track.ukrposhta.ua/tracking_UA.html?barcode=RR123456785UA"),
    ("ar", "SMSA Express", "290019315792", "مع سمسا",
     "https://www.smsaexpress.com/trackingdetails?tracknumbers=290019315792"),
    ("en", "Royal Mail Tracked 48", "RR123456785GB", "with Royal Mail",
     "https://www.royalmail.com/track-your-item#/tracking-results/RR123456785GB"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "method", "label", "carrier", "link"), MARKETS)
def test_the_thank_you_and_the_text_link_the_carriers_tracking_page(
    shop: App, language: str, method: str, label: str, carrier: str, link: str
) -> None:
    order, said = pack(shop, language, method, label)

    messages = queued(shop, order)
    assert carrier in messages["thank_you"] and link in messages["thank_you"]
    assert link in messages["shipped_sms"]
    assert label in said  # the bench took the label for what it is


def test_a_ukrainian_customer_reads_the_carrier_in_cyrillic(shop: App) -> None:
    order, said = pack(shop, "uk", "Нова пошта — відділення", "20450012345678")

    thanks = queued(shop, order)["thank_you"]
    assert (
        "доставляє Нова пошта" in thanks
        and "https://novaposhta.ua/tracking/?cargo_number=20450012345678" in thanks
    )
    assert "Nova" not in thanks and "Ukrposhta" not in thanks
    assert "Nova Post" in said  # the packer reads the carrier's own name


def test_a_carrier_without_a_known_link_leaves_a_readable_number_until_the_shop_sets_one(
    shop: App, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    order, said = pack(shop, "id", "J&T Express", "JP1234567890")

    messages = queued(shop, order)
    assert "bersama J&T Express" in messages["thank_you"]
    assert "Nomor resi paketmu: JP1234567890." in messages["thank_you"]
    assert "(resi JP1234567890)." in messages["shipped_sms"]
    assert "J&T Express" in said

    # the manager sets the shop's own J&T page, as the shop writes J&T; a link without the number is refused
    monkeypatch.setenv("PACKSTATION_PIN", "4321")
    manager = ["--db", shop.db_url, "settings", "set", "tracking_urls"]
    assert main([*manager, '{"J&T": "https://lacak.example/jt"}', "--badge", "M-2001"]) == 2
    assert "tracking_urls: the link for 'J&T' must contain {number}" in capsys.readouterr().err
    link = '{"J&T": "https://lacak.verde-atelier.example/jt/{number}"}'
    assert main([*manager, link, "--badge", "M-2001"]) == 0
    later, _ = pack(shop, "id", "J&T Express", "JP1234567891")
    assert "https://lacak.verde-atelier.example/jt/JP1234567891" in queued(shop, later)["thank_you"]


def test_the_shops_link_for_a_carrier_comes_before_the_tables(shop: App) -> None:
    with shop.sessions.begin() as session:
        save_setting(session, "tracking_urls", {"dpd cz": "https://sledovani.verde-atelier.example/{number}"})
    order, _ = pack(shop, "cs", "DPD Private", "15509876543210")

    thanks = queued(shop, order)["thank_you"]
    assert (
        "https://sledovani.verde-atelier.example/15509876543210" in thanks and "tracking.dpd.de" not in thanks
    )


def test_the_shape_of_the_number_names_a_carrier_the_bench_did_not_record(shop: App) -> None:
    def record_then_forget(number: str) -> None:  # as a pack from before the table recorded it
        with shop.sessions.begin() as session:
            session.execute(update(PackSession).values(carrier=None))

    order, _ = pack(shop, "ar", "Emirates Post Standard", "RB123456785AE", queue=record_then_forget)
    queue_requested(shop.sessions, order.number, now=PACKED_AT)

    thanks = queued(shop, order)["thank_you"]
    assert "مع بريد الإمارات" in thanks and "رقم تتبّع شحنتك: RB123456785AE." in thanks


def test_a_carrier_the_table_does_not_know_keeps_the_shops_word(shop: App) -> None:
    def as_the_shop_wrote_it(number: str) -> None:
        with shop.sessions.begin() as session:
            session.execute(update(PackSession).values(carrier="Speedy", tracking_number="SP0012345678"))

    order, _ = pack(shop, "cs", "PPL Parcel", "4001234567890", queue=as_the_shop_wrote_it)
    queue_requested(shop.sessions, order.number, now=PACKED_AT)

    thanks = queued(shop, order)["thank_you"]
    assert "s dopravcem Speedy" in thanks and "Číslo vaší zásilky je SP0012345678." in thanks


def test_the_bench_knows_a_label_by_the_tables_shapes(shop: App) -> None:
    with shop.sessions() as session:
        assert session.scalar(select(PackSession.id)) is None
    pack(shop, "ro", "Cargus", "RR123456785RO")  # a Poșta Română label on a Cargus order: its own shape wins
    pack(shop, "en", "Evri Standard", "1Z999AA10123456784")
    pack(shop, "cs", "Zásilkovna", "15509876543210")  # bare digits: the shipping method decides

    with shop.sessions() as session:
        recorded = session.execute(
            select(PackSession.tracking_number, PackSession.carrier).order_by(PackSession.id)
        ).all()
    assert [tuple(row) for row in recorded] == [
        ("RR123456785RO", "Poșta Română"),
        ("1Z999AA10123456784", "UPS"),
        ("15509876543210", "Packeta"),
    ]
