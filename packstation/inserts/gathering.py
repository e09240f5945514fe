"""Gathering a parcel's facts from the database — its order, customer, voucher and return
label (issued now if it has none), packaging — for its inserts (facts.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from packstation.core.names import first_name_of, vocative
from packstation.core.product_names import name_for
from packstation.core.settings import ShopSettings, load_settings
from packstation.core.shop_setup import PLAIN_ACCENT, PLAIN_PRIMARY, colour_or_plain, shop_brand
from packstation.core.working_days import station_day
from packstation.inserts.facts import (
    Amounts,
    InsertFacts,
    Item,
    PackagingFact,
    locale_for,
    logo_of,
    texts_language,
)
from packstation.inserts.issuing import follow_packing_day, issue_missing, issue_return_label, issue_voucher
from packstation.storage.models import (
    Brand,
    Order,
    OrderLine,
    OrderStatus,
    Packaging,
    PackSession,
    Product,
    ReturnLabel,
    SessionStatus,
    Voucher,
)


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
    written: bool = True,
    packing_day: date | None = None,
) -> list[InsertFacts]:
    """The facts of several orders with a handful of queries for all of them — a batch's
    chunk — issuing the vouchers and RMAs they lack (the caller commits). Not `written`: their
    prices and days are left for the process that draws them to write out (facts.Amounts).
    The parcels are packed on `packing_day` (a batch printed ahead of its wave), else on the
    station's day of `now`; a parcel packed already, on its day. The note says that day, and
    the voucher and return window count from it."""
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
    brand = shop_brand(session)
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
    skus = {line.sku for order in orders.values() for line in order.lines if line.sku}
    names: dict[str, dict[str, str]] = {
        sku: dict(local or {})
        for sku, local in session.execute(select(Product.sku, Product.names).where(Product.sku.in_(skus)))
    }  # SKU -> the catalogue's names per language
    logo = logo_of(brand)  # looked for once, not once an order
    when = now or datetime.now(UTC)
    packed = _packing_days(session, list(orders.values()), packing_day or station_day(when))
    issue_missing(session, list(orders.values()), settings, when, vouchers, labels, packed)
    facts = []
    for number in order_numbers:
        order = orders[number]
        count = sum(1 for created in placed.get(order.customer_id, []) if created <= order.created_at) or 1
        day = packed[order.id]
        voucher = issue_voucher(session, order, settings, when, known=vouchers, packing_day=day)
        label = issue_return_label(session, order, settings, when, known=labels, packing_day=day)
        follow_packing_day(order, settings, day, voucher, label)
        language = texts_language(order.customer.language)[0]
        if language not in packaging:
            packaging[language] = _packaging(session, packaging_codes or [], language)
        items = [_item(line, names.get(line.sku or ""), language) for line in order.lines]
        facts.append(_facts(order, brand, settings, count, voucher, label, packaging[language], day, logo,
                            items))  # fmt: skip
        if written:
            facts[-1].write_out()
    return facts


def _packing_days(session: Session, orders: list[Order], day: date) -> dict[int, date]:
    """Each order's packing day: the station's day its parcel was packed on, for one packed
    already (its inserts printed again), else `day` (today, or the wave's day ahead)."""
    days = {order.id: day for order in orders}
    packed = [order.id for order in orders if order.status is OrderStatus.PACKED]
    if packed:
        for order_id, ended in session.execute(
            select(PackSession.order_id, func.max(PackSession.ended_at))
            .where(PackSession.order_id.in_(packed), PackSession.status == SessionStatus.COMPLETED)
            .group_by(PackSession.order_id)
        ):
            if ended is not None:
                days[order_id] = station_day(ended)
    return days


def _facts(
    order: Order,
    brand: Brand,
    settings: ShopSettings,
    count: int,
    voucher: Voucher,
    label: ReturnLabel,
    packaging: list[PackagingFact],
    packed: date,
    logo: Path | None,
    items: list[Item],
) -> InsertFacts:
    language, notice = texts_language(order.customer.language)
    locale = locale_for(language, order.ship_country)
    greet_name = (
        first_name_of(order.ship_name) if order.is_gift and order.ship_name else order.customer.first_name
    )
    notices = [notice] if notice else []
    if brand.logo_path and logo is None:
        notices.append(f"logo {brand.logo_path} not found: printed without a logo")
    amounts = Amounts(
        prices=[(line.unit_price, line.quantity, line.currency) for line in order.lines],
        total=sum((line.unit_price * line.quantity for line in order.lines), Decimal(0)),
        currency=order.currency,
        percent_off=voucher.percent_off,
        amount_off=voucher.amount_off or Decimal(0),
        voucher_currency=voucher.currency,
        min_spend=voucher.min_spend or None,
        expires=voucher.expires_at.date(),
        return_by=label.return_by.date(),
        packed=packed,
    )
    return InsertFacts(
        language=language,
        locale=locale,
        brand_name=brand.name,
        primary_color=colour_or_plain(brand.primary_color, PLAIN_PRIMARY),
        accent_color=colour_or_plain(brand.accent_color, PLAIN_ACCENT),
        logo=logo,
        support_email=brand.support_email or "",
        support_phone=brand.support_phone or "",
        support_chat=brand.support_chat_url or "",
        website=brand.website or "",
        return_address=(brand.return_address or "").splitlines(),
        order_number=order.number,
        first_name=order.customer.first_name,
        full_name=order.customer.full_name,
        greet_name=greet_name,
        first_name_vocative=vocative(order.customer.first_name, language),
        greet_vocative=vocative(greet_name, language),
        is_gift=order.is_gift,
        gift_message=order.gift_message or "",
        first_order=count <= 1,
        order_count=int(count),
        items=items,
        item_count=sum(line.quantity for line in order.lines),
        total="",
        ship_to=_address(order),
        packaging=packaging,
        voucher_code=voucher.code,
        voucher_discount="",
        voucher_min_spend="",
        voucher_expires="",
        redeem_url=settings.voucher_redeem_url.format(code=voucher.code, order=order.number),
        rma=label.rma,
        return_by="",
        return_days=settings.return_days,
        returns_url=settings.return_portal_url.format(rma=label.rma, order=order.number),
        pack_date="",
        notices=notices,
        amounts=amounts,
    )


def _item(line: OrderLine, names: dict[str, str] | None, language: str) -> Item:
    """The line as the texts name it: the catalogue's name in the customer's language, else the
    name the order line came with (the shop's, as it was sold)."""
    local = name_for(line.name, names, language)
    return Item(local.name, line.quantity, "", "", localized=local.localized)


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
