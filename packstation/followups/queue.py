"""Queueing the follow-ups a packed parcel earns, from the facts of the bench: the packaging
that went in, the tracking number, the voucher in the box. Each message's key (order and rule)
is unique in the outbox, so packing, reprinting or re-importing never queues one twice.

Completing an order only requests its follow-ups: the completed pack session, committed with
the order's new status, is the request. `queue_requested` turns requests into messages just
after, off the packer's path (the station's background worker, the CLI, every dispatcher
round), so a crash in between loses nothing: the request is still there for the next sweep.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import make_msgid
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from packstation.core.carriers import tracking_for
from packstation.core.customer_links import customer_link
from packstation.core.product_names import product_name
from packstation.core.settings import ShopSettings, load_settings
from packstation.core.shop_setup import missing, shop_brand
from packstation.core.working_days import estimated_delivery, morning_of, station_day
from packstation.followups.mail_html import mail_domain
from packstation.followups.messages import (
    OCCASIONS,
    MessageTemplates,
    Rule,
    care_texts,
    playbook_for,
    shipped_templates,
)
from packstation.inserts.facts import long_date
from packstation.inserts.gathering import gather
from packstation.storage.models import (
    Customer,
    MessageStatus,
    Order,
    OrderLine,
    OutboxMessage,
    PackScan,
    PackSession,
    Product,
    ScanKind,
    ScanResult,
    SessionStatus,
    Voucher,
)


@dataclass
class QueueReport:
    orders: int = 0
    messages: int = 0
    problems: list[tuple[str, str]] = field(default_factory=list)  # (order number, what went wrong)


def queue_requested(
    sessions: sessionmaker[Session],
    order_number: str | None = None,
    now: datetime | None = None,
    limit: int = 500,
) -> QueueReport:
    """Queue the follow-ups of packed orders whose requests are still open (of one order, if
    given); each order in its own transaction, so one broken order never holds up the rest."""
    report = QueueReport()
    with sessions() as session:
        query = (
            select(PackSession.id, Order.number)
            .join(Order, Order.id == PackSession.order_id)
            .where(PackSession.status == SessionStatus.COMPLETED, PackSession.followups_queued.is_(False))
            .order_by(PackSession.id)
            .limit(limit)
        )
        if order_number is not None:
            query = query.where(Order.number == order_number)
        requests = [(row[0], row[1]) for row in session.execute(query)]
    for pack_id, number in requests:
        try:
            with sessions.begin() as session:
                report.messages += len(queue_followups(session, number, now))
                session.execute(
                    update(PackSession).where(PackSession.id == pack_id).values(followups_queued=True)
                )
            report.orders += 1
        except Exception as exc:  # kept as a request: the next sweep tries again
            report.problems.append((number, f"{type(exc).__name__}: {exc}"))
    return report


#: the links a follow-up cannot go out without, besides the shop's name and support e-mail
RULE_LINKS = {"review_request": {"review_url"}, "loyalty": {"referral_url"}}


def links_needed(rule: Rule) -> set[str]:
    """What the shop must have set before `rule` sends anything: a signed sender, its link, and
    for marketing the unsubscribe link the law asks for."""
    needed = {"name", "support_email"} if rule.channel == "email" else {"name"}
    needed |= RULE_LINKS.get(rule.name, set())
    if rule.marketing:
        needed.add("unsubscribe_url")
    return needed


def queue_followups(
    session: Session,
    order_number: str,
    now: datetime | None = None,
    playbook: list[Rule] | None = None,
    templates: MessageTemplates | None = None,
) -> list[OutboxMessage]:
    """Queue the order's follow-ups (in the caller's transaction); returns those added now."""
    when = now or datetime.now(UTC)
    order = session.scalars(select(Order).where(Order.number == order_number)).one()
    customer = session.get(Customer, order.customer_id)
    assert customer is not None
    settings = load_settings(session)
    phone = order.ship_phone or customer.phone
    addresses = {"email": customer.email, "sms": phone if settings.sms_webhook_url else None}
    if not any(addresses.values()):
        return []
    pack = session.scalars(
        select(PackSession).where(PackSession.order_id == order.id, PackSession.status == SessionStatus.COMPLETED)
        .order_by(PackSession.ended_at.desc())
    ).first()  # fmt: skip
    packaging = [] if pack is None else list(session.scalars(
        select(PackScan.packaging_code).where(PackScan.session_id == pack.id, PackScan.kind == ScanKind.PACKAGING,
                                              PackScan.result == ScanResult.OK, PackScan.undone.is_(False))
    ))  # fmt: skip
    facts = gather(session, order_number, [code for code in packaging if code], settings, when)
    context: dict[str, Any] = dict(facts.context())
    tracking = (pack.tracking_number if pack else None) or ""
    # the carrier's name in the customer's script and its tracking page (the shop's link first)
    shipped = tracking_for(tracking, pack.carrier if pack else None, facts.language, settings.tracking_urls)
    packed_at = pack.ended_at if pack and pack.ended_at else when
    packed_on = station_day(packed_at)  # the day the note says, not UTC's
    delivered_on = estimated_delivery(packed_on, order.shipping_method, order.ship_country, settings)
    context |= {
        "tracking_number": tracking,
        "carrier": shipped.carrier,
        "tracking_url": shipped.url,
        "delivery_date": long_date(delivered_on, facts.locale),
        "review_url": settings.review_url.format(order=order.number.lstrip("#")),
        "has_voucher": bool(facts.voucher_code),
        "has_phone": bool(phone),
        "tags": order.tag_names,
        "packaging_codes": [code for code in packaging if code],
    }
    context |= _catalogue_facts(session, order, customer.id, settings, facts.language)
    referral = customer_link(settings.referral_url, customer.link_token)
    context |= {"shop_url": facts.website, "referral_url": referral}
    voucher = session.scalar(select(Voucher).where(Voucher.order_id == order.id))
    unsubscribe = customer_link(settings.unsubscribe_url, customer.link_token)
    chosen = shipped_templates() if templates is None else templates
    existing = set(session.scalars(select(OutboxMessage.key).where(OutboxMessage.order_id == order.id)))
    domain = mail_domain(facts.support_email, facts.website)  # Message-IDs on the shop's own domain
    added = []
    # nothing goes out with a link the shop has not set (the settings loaded above, not again)
    unset = {need.key for need in missing(shop_brand(session), settings, (), messages=True)}
    country = order.ship_country or ""  # whose morning the messages due on a day go in
    for rule in playbook or playbook_for(session):
        recipient = addresses.get(rule.channel)
        if (
            not rule.enabled
            or rule.relative_to in OCCASIONS  # not a parcel's: the daily sweep's (followups/occasions.py)
            or not recipient
            or not rule.applies(context)
            or (rule.marketing and not customer.marketing_consent)
            or unset & links_needed(rule)
        ):
            continue
        key = f"{order.number}:{rule.name}"
        if key in existing:
            continue
        if rule.relative_to == "voucher_expiry" and voucher is not None:
            due = morning_of((voucher.expires_at + timedelta(days=rule.delay_days)).date(), country)
        elif rule.relative_to == "delivery":
            due = morning_of(delivered_on + timedelta(days=rule.delay_days), country)
        elif rule.relative_to == "replenish":
            days = max(1, int(context["replenish_days"]) + rule.delay_days)
            due = morning_of(packed_on + timedelta(days=days), country)
        else:
            due = (
                morning_of(packed_on + timedelta(days=rule.delay_days), country)
                if rule.delay_days
                else packed_at  # due from the packing, however much later the request is answered
            )
        rendered = chosen.render(rule, facts.language, context, unsubscribe)
        message = OutboxMessage(
            key=key, order_id=order.id, rule=rule.name, marketing=rule.marketing, channel=rule.channel,
            recipient=recipient, language=facts.language, subject=rendered.subject, body_text=rendered.text,
            body_html=rendered.html, message_id=make_msgid(domain=domain), created_at=when,
            scheduled_at=due, expires_at=due + timedelta(days=rule.expires_days), status=MessageStatus.QUEUED,
            attempts=0, max_attempts=rule.attempts,
        )  # fmt: skip
        try:
            with session.begin_nested():  # another station may queue the same key at this moment
                session.add(message)
        except IntegrityError:
            continue
        added.append(message)
    return added


def _catalogue_facts(
    session: Session, order: Order, customer_id: int, settings: ShopSettings, language: str
) -> dict[str, Any]:
    """What the catalogue knows of the parcel: the consumable to run out first, how to care
    for each durable, the products that go with what was bought (never one the customer has),
    and whether they are loyal. Each product is named in the customer's language where the
    catalogue has it, else by the shop's name, and says which (`localized`): a text lists a
    shop-language name apart rather than inflect a sentence around it."""
    lines = list(session.scalars(select(OrderLine).where(OrderLine.order_id == order.id)))
    skus = {line.sku for line in lines if line.sku}
    products = {p.sku: p for p in session.scalars(select(Product).where(Product.sku.in_(skus)))}
    local = {sku: product_name(p, language) for sku, p in products.items()}
    consumables = sorted(
        (p.days_of_use, local[p.sku].name, local[p.sku].localized)
        for p in products.values()
        if p.days_of_use and not p.is_sample
    )
    texts = care_texts()
    care = [
        {"item": local[p.sku].name, "localized": local[p.sku].localized,
         "tips": texts[key].get(language) or texts[key].get("en", "")}
        for p in sorted(products.values(), key=lambda p: local[p.sku].name)
        if (key := p.care_tips_key) and key in texts and not p.is_sample
    ][:3]  # fmt: skip
    bought = set(session.scalars(select(OrderLine.sku).join(Order).where(Order.customer_id == customer_id)))
    linked = [
        sku
        for p in products.values()
        for sku in p.complementary_skus
        if sku not in bought and sku not in skus
    ]
    names = {
        p.sku: product_name(p, language)
        for p in session.scalars(select(Product).where(Product.sku.in_(linked), Product.is_sample.is_(False)))
    }
    suggested = list(dict.fromkeys(names[sku] for sku in linked if sku in names))[:3]
    count = session.scalar(select(func.count(Order.id)).where(Order.customer_id == customer_id,
                                                              Order.created_at <= order.created_at)) or 1  # fmt: skip
    return {
        "product_kinds": sorted({p.kind.value for p in products.values()}),
        "care": care,
        "has_care": bool(care),
        "has_consumables": bool(consumables),
        "replenish_days": consumables[0][0] if consumables else 0,
        "replenish_item": consumables[0][1] if consumables else "",
        "replenish_item_localized": consumables[0][2] if consumables else False,
        "suggestions": [s.name for s in suggested],
        "suggestion_items": [{"name": s.name, "localized": s.localized} for s in suggested],
        "suggestions_localized": all(s.localized for s in suggested) if suggested else False,
        "has_suggestions": bool(suggested),
        "loyal": count >= settings.loyalty_from_order,
    }
