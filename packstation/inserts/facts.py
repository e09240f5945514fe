"""The facts of one parcel that its inserts are made from, gathered once from the database and
formatted for the customer's language: plain data, so rendering needs no database."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import NumberPattern, format_percent
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from packstation.core.languages import SHIPPED_LANGUAGES, primary_subtag
from packstation.core.settings import ShopSettings, load_settings
from packstation.importers.fields import first_name_of
from packstation.inserts.issuing import issue_missing, issue_return_label, issue_voucher
from packstation.paths import shipped
from packstation.storage.models import Brand, Order, OrderStatus, Packaging, ReturnLabel, Voucher

KINDS = ("note", "voucher", "return", "slip")


@dataclass
class Item:
    name: str
    quantity: int
    unit_price: str
    line_total: str


@dataclass
class PackagingFact:
    name: str
    disposal: str
    plastic_free: bool


@dataclass
class InsertFacts:
    language: str  # the language the texts are in: the customer's, or English when not shipped
    locale: str  # for dates and money: language and shipping country, e.g. en_GB
    brand_name: str
    primary_color: str
    accent_color: str
    logo: Path | None
    support_email: str
    support_phone: str
    support_chat: str
    website: str
    return_address: list[str]
    order_number: str
    first_name: str  # the buyer's
    full_name: str
    greet_name: str  # who opens the parcel: the recipient of a gift, else the buyer
    is_gift: bool
    gift_message: str
    first_order: bool
    order_count: int
    items: list[Item]
    item_count: int
    total: str
    ship_to: list[str]
    packaging: list[PackagingFact] = field(default_factory=list)
    voucher_code: str = ""
    voucher_discount: str = ""
    voucher_min_spend: str = ""
    voucher_expires: str = ""
    redeem_url: str = ""
    rma: str = ""
    return_by: str = ""
    return_days: int = 30
    returns_url: str = ""
    pack_date: str = ""
    notices: list[str] = field(default_factory=list)  # what fell back, for the operator

    def context(self) -> dict[str, Any]:
        """The facts as the templates see them; made once, as every insert of the set asks.
        Shallow: items and packaging stay the objects they are (a template reads `item.name`
        either way, and the immutable sandbox lets no template change them) — copying them
        deeply cost more than a tenth of a batch's time."""
        cached = self.__dict__.get("_context")
        if cached is None:
            cached = self.__dict__["_context"] = {name: getattr(self, name) for name in _FIELDS}
        return cached


_FIELDS = tuple(InsertFacts.__dataclass_fields__)


def logo_of(brand: Brand) -> Path | None:
    """The brand's logo file, when it has one that is there."""
    logo = shipped(brand.logo_path) if brand.logo_path else None
    return logo if logo is not None and logo.is_file() else None


def texts_language(tag: str) -> tuple[str, str | None]:
    """The shipped language for a customer's tag, and a notice when it had to fall back."""
    primary = primary_subtag(tag or "en")
    if primary in SHIPPED_LANGUAGES:
        return primary, None
    return "en", f"no insert texts in {tag!r}: printed in English"


@lru_cache(maxsize=1024)
def locale_for(language: str, country: str) -> str:
    for candidate in (f"{language}_{country}", language):
        try:
            Locale.parse(candidate)
            return candidate
        except (UnknownLocaleError, ValueError):
            continue
    return "en"


@lru_cache(maxsize=8192)
def money(amount: Decimal, currency: str, locale: str) -> str:
    """A price as the customer's locale writes it. Babel takes a good fraction of a
    millisecond for each, and a catalogue's prices repeat from order to order."""
    parsed, pattern = _money_format(locale)
    return str(pattern.apply(amount, parsed, currency=currency))


@lru_cache(maxsize=256)
def _money_format(locale: str) -> tuple[Locale, NumberPattern]:
    """The locale and its standard currency pattern, as babel's format_currency looks them up
    on every call (the look-up was half of it; an order's total is rarely one seen before)."""
    parsed = Locale.parse(locale)
    return parsed, parsed.currency_formats["standard"]


@lru_cache(maxsize=4096)
def long_date(day: date, locale: str) -> str:
    """A day as the customer's locale writes it in full; a batch's orders share their days."""
    return str(format_date(day, format="long", locale=locale))


def gather(
    session: Session,
    order_number: str,
    packaging_codes: list[str] | None = None,
    settings: ShopSettings | None = None,
    now: datetime | None = None,
) -> InsertFacts:
    """Everything the inserts of `order_number` say, issuing its voucher and RMA if it has
    none yet (the caller commits)."""
    return gather_many(session, [order_number], packaging_codes, settings, now)[0]


def gather_many(
    session: Session,
    order_numbers: Sequence[str],
    packaging_codes: list[str] | None = None,
    settings: ShopSettings | None = None,
    now: datetime | None = None,
) -> list[InsertFacts]:
    """The facts of several orders with a handful of queries for all of them — a batch's
    chunk — issuing the vouchers and RMAs they lack (the caller commits)."""
    orders = {
        order.number: order
        for order in session.scalars(
            select(Order)
            .where(Order.number.in_(list(order_numbers)))
            .options(selectinload(Order.lines), selectinload(Order.customer))
        )
    }
    missing = [number for number in order_numbers if number not in orders]
    if missing:
        raise LookupError(f"no order {missing[0]!r}")
    settings = settings or load_settings(session)
    brand = session.get(Brand, 1) or Brand(id=1, name="Our shop")
    ids = [order.id for order in orders.values()]
    placed: dict[int, list[datetime]] = {}  # customer -> when each of their orders was placed
    for customer_id, created in session.execute(
        select(Order.customer_id, Order.created_at).where(
            Order.customer_id.in_({order.customer_id for order in orders.values()}),
            Order.status != OrderStatus.CANCELLED,
        )
    ):
        placed.setdefault(customer_id, []).append(created)
    vouchers = {v.order_id: v for v in session.scalars(select(Voucher).where(Voucher.order_id.in_(ids)))}
    labels = {
        r.order_id: r for r in session.scalars(select(ReturnLabel).where(ReturnLabel.order_id.in_(ids)))
    }
    packaging: dict[str, list[PackagingFact]] = {}  # per language of the texts
    logo = logo_of(brand)  # looked for once, not once an order
    when = now or datetime.now(UTC)
    issue_missing(session, list(orders.values()), settings, when, vouchers, labels)
    facts = []
    for number in order_numbers:
        order = orders[number]
        count = sum(1 for created in placed.get(order.customer_id, []) if created <= order.created_at) or 1
        voucher = issue_voucher(session, order, settings, when, known=vouchers)
        label = issue_return_label(session, order, settings, when, known=labels)
        language = texts_language(order.customer.language)[0]
        if language not in packaging:
            packaging[language] = _packaging(session, packaging_codes or [], language)
        facts.append(_facts(order, brand, settings, count, voucher, label, packaging[language], when, logo))
    return facts


def _facts(
    order: Order,
    brand: Brand,
    settings: ShopSettings,
    count: int,
    voucher: Voucher,
    label: ReturnLabel,
    packaging: list[PackagingFact],
    when: datetime,
    logo: Path | None,
) -> InsertFacts:
    language, notice = texts_language(order.customer.language)
    locale = locale_for(language, order.ship_country)
    notices = [notice] if notice else []
    if brand.logo_path and logo is None:
        notices.append(f"logo {brand.logo_path} not found: printed without a logo")
    items = [
        Item(
            line.name,
            line.quantity,
            money(line.unit_price, line.currency, locale),
            money(line.unit_price * line.quantity, line.currency, locale),
        )
        for line in order.lines
    ]
    total = sum((line.unit_price * line.quantity for line in order.lines), Decimal(0))
    if voucher.percent_off:
        discount = str(format_percent(voucher.percent_off / 100, locale=locale))
    else:
        discount = money(voucher.amount_off or Decimal(0), voucher.currency, locale)
    return InsertFacts(
        language=language,
        locale=locale,
        brand_name=brand.name,
        primary_color=brand.primary_color,
        accent_color=brand.accent_color,
        logo=logo,
        support_email=brand.support_email or "",
        support_phone=brand.support_phone or "",
        support_chat=brand.support_chat_url or "",
        website=brand.website or "",
        return_address=(brand.return_address or brand.name).splitlines(),
        order_number=order.number,
        first_name=order.customer.first_name,
        full_name=order.customer.full_name,
        greet_name=first_name_of(order.ship_name)
        if order.is_gift and order.ship_name
        else order.customer.first_name,
        is_gift=order.is_gift,
        gift_message=order.gift_message or "",
        first_order=count <= 1,
        order_count=int(count),
        items=items,
        item_count=sum(line.quantity for line in order.lines),
        total=money(total, order.currency, locale),
        ship_to=_address(order),
        packaging=packaging,
        voucher_code=voucher.code,
        voucher_discount=discount,
        voucher_min_spend=money(voucher.min_spend, voucher.currency, locale) if voucher.min_spend else "",
        voucher_expires=long_date(voucher.expires_at.date(), locale),
        redeem_url=settings.voucher_redeem_url.format(code=voucher.code, order=order.number),
        rma=label.rma,
        return_by=long_date(label.return_by.date(), locale),
        return_days=settings.return_days,
        returns_url=settings.return_portal_url.format(rma=label.rma, order=order.number),
        pack_date=long_date(when.date(), locale),
        notices=notices,
    )


def _address(order: Order) -> list[str]:
    """The address as the post of its country writes it: Bristol / BS1 4DJ in Britain,
    Portland, OR 97205 in the US, city after the postcode on the continent."""
    country, city, code, province = order.ship_country, order.ship_city, order.ship_zip, order.ship_province
    if country in ("GB", "IE"):
        tail = [city, code, province]
    elif country in ("US", "CA", "AU"):
        tail = [f"{city}, {' '.join(p for p in (province, code) if p)}".strip(", ")]
    elif country in ("ID", "SA", "AE", "EG", "JO", "MA"):
        tail = [" ".join(p for p in (city, code) if p), province]
    else:
        tail = [" ".join(p for p in (code, city) if p), province]
    lines = [order.ship_name, order.ship_company, order.ship_address1, order.ship_address2, *tail, country]
    return [line for line in lines if line]


def _packaging(session: Session, codes: list[str], language: str) -> list[PackagingFact]:
    if not codes:
        return []
    found = {p.code: p for p in session.scalars(select(Packaging).where(Packaging.code.in_(codes)))}
    facts = []
    for code in dict.fromkeys(codes):
        material = found.get(code)
        if material is None:
            continue
        disposal = material.disposal.get(language) or material.disposal.get("en", "")
        name = material.names.get(language) or material.name
        facts.append(PackagingFact(str(name), str(disposal), material.plastic_grams == 0))
    return facts
