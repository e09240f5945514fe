"""`packstation demo`: a believable shop to try the bench on — brand, packaging, products,
staff, stations and orders from customers in six languages. The same seed gives the same
shop, so running it twice adds nothing twice."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from packstation.core.incoming import (
    IncomingAddress,
    IncomingCustomer,
    IncomingLine,
    IncomingOrder,
    IncomingProduct,
)
from packstation.core.names import first_name_of
from packstation.core.security import hash_pin
from packstation.core.settings import load_settings, save_setting
from packstation.demo.catalogue import BRAND, PACKAGING, PRODUCTS, product_barcode
from packstation.demo.people import (
    CURRENCY_BY_COUNTRY,
    EXPATS,
    LOCALES,
    RATE_BY_CURRENCY,
    STAFF,
    STATIONS,
    Locale,
    Place,
)
from packstation.importers.parsed import ParsedFile
from packstation.importers.report import ImportReport
from packstation.importers.store import store_orders, store_products
from packstation.storage.models import Brand, Packaging, Packer, Role, Station

Progress = Callable[[int, int], None]
SELLABLE = [p for p in PRODUCTS if not p.sample]


@dataclass
class DemoSummary:
    orders_created: int
    orders_updated: int
    orders_unchanged: int
    products: int
    packaging: int
    packers: int
    stations: int


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return ".".join(part for part in "".join(c if c.isalnum() else " " for c in ascii_name).split())


def _price(eur: str, currency: str, rate: float) -> Decimal:
    amount = Decimal(eur) * Decimal(str(rate))
    if currency == "IDR":
        return (amount / 1000).quantize(Decimal("1"), ROUND_HALF_UP) * 1000
    if currency in ("CZK", "UAH"):
        return amount.quantize(Decimal("1"), ROUND_HALF_UP).quantize(Decimal("0.01"))
    return amount.quantize(Decimal("0.01"), ROUND_HALF_UP)


def _customer(index: int) -> tuple[Locale, str, Place, str]:
    """The index-th customer of the demo shop: locale, name, address, language."""
    locale = LOCALES[index % len(LOCALES)]
    name = locale.names[(index // len(LOCALES)) % len(locale.names)]
    if index % 23 == 5:  # now and then someone who lives abroad
        language, place = EXPATS[index % len(EXPATS)]
        locale = next(loc for loc in LOCALES if loc.language == language)
        name = locale.names[index % len(locale.names)]
        return locale, name, place, language
    place = locale.places[(index // (len(LOCALES) * len(locale.names))) % len(locale.places)]
    return locale, name, place, locale.language


def make_order(number: int, rng: random.Random, customers: int, now: datetime, days: int) -> IncomingOrder:
    """The demo's order `number`: every customer orders once first, then some come back."""
    sequence = number - 1001
    index = sequence if 0 <= sequence < customers else rng.randrange(customers)
    locale, name, place, language = _customer(index)
    currency = CURRENCY_BY_COUNTRY.get(place.country, locale.currency)
    rate = RATE_BY_CURRENCY.get(currency, locale.rate)
    slug = _slug(name) or "customer"
    line_count = rng.choices([1, 2, 3, 4, 5], weights=[40, 30, 15, 10, 5])[0]
    lines = []
    for product in rng.sample(SELLABLE, line_count):
        lines.append(
            IncomingLine(
                name=product.name,
                quantity=rng.choices([1, 2, 3], weights=[85, 12, 3])[0],
                unit_price=_price(product.price_eur, currency, rate),
                currency=currency,
                sku=product.sku,
            )
        )
    is_gift = rng.random() < 0.1
    tags = []
    if rng.random() < 0.05:
        tags.append("vip")
    if rng.random() < 0.08:
        tags.append("subscription")
    return IncomingOrder(
        number=f"#{number}",
        channel="demo",
        created_at=(now - timedelta(minutes=rng.randrange(days * 24 * 60))).replace(second=0, microsecond=0),
        customer=IncomingCustomer(
            full_name=name,
            first_name=first_name_of(name),
            email=f"{slug}.{index}@{locale.email_domain}",
            phone=None,
            language=language,
            marketing_consent=rng.random() < 0.6,
        ),
        address=IncomingAddress(
            name=name,
            address1=place.street,
            city=place.city,
            zip=place.zip,
            province=place.province,
            country=place.country,
        ),
        currency=currency,
        lines=lines,
        ready=rng.random() > 0.06,
        is_gift=is_gift,
        gift_message=rng.choice(locale.gift_messages) if is_gift else None,
        shipping_method=rng.choice(locale.shipping),
        notes=rng.choice(locale.notes) if rng.random() < 0.08 else None,
        tags=sorted(tags),
    )


def create_demo(
    sessions: sessionmaker[Session], orders: int = 200, seed: int = 42, progress: Progress | None = None
) -> DemoSummary:
    """Fill the database with the demo shop. Orders are written in chunks so that 100,000 of
    them take seconds and little memory; `progress(done, total)` is called after each chunk."""
    with sessions.begin() as session:
        _catalogue(session)
        packers, stations = _staff(session)
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)  # same day, same shop
    days = 21 if orders <= 1000 else 365
    customers = max(len(LOCALES) * 12, orders // 3)
    totals = ImportReport(source="demo", format="demo")
    chunk = 5000
    for start in range(0, orders, chunk):
        parsed = ParsedFile(format="demo")
        parsed.orders = [
            make_order(1001 + i, rng, customers, now, days) for i in range(start, min(orders, start + chunk))
        ]
        with sessions.begin() as session:
            store_orders(session, parsed, totals)
        if progress:
            progress(min(orders, start + chunk), orders)
    return DemoSummary(
        orders_created=totals.created,
        orders_updated=totals.updated,
        orders_unchanged=totals.unchanged,
        products=len(PRODUCTS),
        packaging=len(PACKAGING),
        packers=packers,
        stations=stations,
    )


#: the demo shop's own links: a real shop's are empty until it sets them (core/shop_setup.py)
DEMO_LINKS = {
    "voucher_redeem_url": "https://verde-atelier.example/discount/{code}",
    "return_portal_url": "https://verde-atelier.example/returns?rma={rma}",
    "review_url": "https://verde-atelier.example/review?order={order}",
    "unsubscribe_url": "https://verde-atelier.example/unsubscribe?t={token}",
    "referral_url": "https://verde-atelier.example/r/{token}",
}


def _catalogue(session: Session) -> None:
    brand = session.get(Brand, 1)
    if brand is None:
        session.add(Brand(id=1, **BRAND))
    stored = load_settings(session)
    for name, link in DEMO_LINKS.items():
        if not getattr(stored, name):
            save_setting(session, name, link)
    known = {p.code: p for p in session.scalars(select(Packaging))}
    for material in PACKAGING:
        if material["code"] in known:
            for key, value in material.items():
                setattr(known[material["code"]], key, value)
        else:
            session.add(Packaging(**material))
    products = [
        IncomingProduct(
            sku=p.sku,
            name=p.name,
            barcode=product_barcode(i),
            days_of_use=p.days_of_use,
            care_tips_key=p.care,
            complementary_skus=p.links,
            is_sample=p.sample,
            names=p.names,
        )
        for i, p in enumerate(PRODUCTS)
    ]
    store_products(session, products, ImportReport(source="demo", format="demo"))


def _staff(session: Session) -> tuple[int, int]:
    now = datetime.now(UTC)
    badges = set(session.scalars(select(Packer.badge)))
    for name, badge, role, pin in STAFF:
        if badge not in badges:
            row: dict[str, Any] = {"name": name, "badge": badge, "role": Role(role), "created_at": now}
            row["pin_hash"] = hash_pin(pin) if pin else None
            session.add(Packer(**row))
    names = set(session.scalars(select(Station.name)))
    for station in STATIONS:
        if station not in names:
            session.add(Station(name=station, created_at=now))
    return len(STAFF), len(STATIONS)
