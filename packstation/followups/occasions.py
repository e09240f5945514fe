"""The playbook's occasions: an anniversary offer on the day of the customer's first order,
every year after it, and a birthday offer where the shop has the birthday. They follow no
parcel, so no packing queues them: a daily sweep does (`queue_occasions`, run by a dispatcher's
first round of each UTC day and by `packstation occasions`; `packstation customer birthday`
sweeps for the one customer at once), queueing what falls due today — or fell due up to the
rule's `expires_days` ago, when no sweep ran that day, so a consent or a birthday that arrives
later in the day is queued by the next day's sweep; `delay_days` moves the message that many
days after (a minus: before) the occasion.

Each is keyed `<rule>:<customer's link token>:<year>`, unique in the outbox like every
follow-up's key, so however often the sweep runs, a customer gets one of each a year. The
message points at the customer's latest order that was not cancelled (the outbox row needs
one, and the dispatcher re-checks it: consent, the marketing gap, a cancelled order). A 29
February falls on the 28th in other years.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from email.utils import make_msgid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from packstation.core.customer_links import customer_link
from packstation.core.names import vocative
from packstation.core.settings import ShopSettings, load_settings
from packstation.core.shop_setup import PLAIN_ACCENT, PLAIN_PRIMARY, colour_or_plain, missing, shop_brand
from packstation.core.working_days import morning_of
from packstation.followups.mail_html import mail_domain
from packstation.followups.messages import OCCASIONS, MessageTemplates, Rule, playbook_for, shipped_templates
from packstation.followups.queue import links_needed
from packstation.inserts.facts import locale_for, logo_of, long_date, texts_language
from packstation.storage.models import (
    Brand,
    Customer,
    MessageStatus,
    Order,
    OrderStatus,
    OutboxMessage,
    Voucher,
)

VOUCHER_LEFT = timedelta(days=7)  # a voucher offered must stay valid at least this long after the day


@dataclass
class OccasionReport:
    messages: int = 0
    problems: list[str] = field(default_factory=list)  # (customer) what went wrong


def occasion_day(month: int, day: int, year: int) -> date:
    """The day of an occasion in `year`: 29 February is the 28th where the year has none."""
    if (month, day) == (2, 29):
        try:
            return date(year, 2, 29)
        except ValueError:
            return date(year, 2, 28)
    return date(year, month, day)


def _falls(month: int, day: int, today: date, late: int, delay: int) -> tuple[date, date] | None:
    """(the occasion's day, the day its message is due: `delay` days after it) when the due day
    is in the window [today - late days, today]."""
    for year in (today.year + 1, today.year, today.year - 1):  # a delay or window across New Year
        day_in = occasion_day(month, day, year)
        due = day_in + timedelta(days=delay)
        if today - timedelta(days=late) <= due <= today:
            return day_in, due
    return None


def queue_occasions(
    sessions: sessionmaker[Session],
    now: datetime | None = None,
    templates: MessageTemplates | None = None,
    customers: Collection[int] | None = None,
) -> OccasionReport:
    """Queue the anniversaries and birthdays due by `now`'s day — of only `customers`, where
    given; each customer in a transaction of its own, so one that cannot be written never holds
    up the rest."""
    when = now or datetime.now(UTC)
    today = when.date()
    report = OccasionReport()
    with sessions() as session:
        rules = [rule for rule in playbook_for(session) if rule.relative_to in OCCASIONS and rule.enabled]
        settings = load_settings(session)
        unset = {need.key for need in missing(shop_brand(session), settings, (), messages=True)}
        rules = [rule for rule in rules if not unset & links_needed(rule)]
        due = _due(session, rules, today, customers) if rules else []
    for rule, customer_id, day, due_on, first in due:
        try:
            with sessions.begin() as session:
                if _queue_one(session, rule, customer_id, (day, due_on), first, when, settings, templates):
                    report.messages += 1
        except Exception as exc:  # the next sweep tries again
            report.problems.append(
                f"customer {customer_id}: {rule.name} not queued: {type(exc).__name__}: {exc}"
            )
    return report


Due = tuple[Rule, int, date, date, date]  # rule, customer, occasion's day, day due, first order's day


def _due(session: Session, rules: list[Rule], today: date, customers: Collection[int] | None) -> list[Due]:
    """(rule, customer, the occasion's day, the day it is due, their first order's day) for each
    occasion due, of the customers who agree to marketing and have an order not cancelled (the
    first of those is the one whose anniversary counts). Days are UTC days."""
    chosen = (Order.customer_id.in_(customers),) if customers is not None else ()
    firsts = {
        customer_id: first
        for customer_id, first in session.execute(
            select(Order.customer_id, func.min(Order.created_at))
            .join(Customer, Customer.id == Order.customer_id)
            .where(Customer.marketing_consent, Order.status != OrderStatus.CANCELLED, *chosen)
            .group_by(Order.customer_id)
        )
    }
    birthdays: dict[int, date] = {}
    if any(rule.relative_to == "birthday" for rule in rules):
        birthdays = {
            customer_id: born
            for customer_id, born in session.execute(
                select(Customer.id, Customer.birthday).where(
                    Customer.marketing_consent, Customer.birthday.is_not(None)
                )
            )
            if customer_id in firsts and born is not None
        }
    due: list[Due] = []
    for rule in rules:
        late, delay = max(0, rule.expires_days), rule.delay_days
        if rule.relative_to == "anniversary":
            for customer_id, first in firsts.items():
                falls = _falls(first.month, first.day, today, late, delay)
                if falls is not None and falls[0].year > first.year:
                    due.append((rule, customer_id, *falls, first.date()))
        else:
            for customer_id, born in birthdays.items():
                falls = _falls(born.month, born.day, today, late, delay)
                if falls is not None:
                    due.append((rule, customer_id, *falls, firsts[customer_id].date()))
    return due


def _queue_one(
    session: Session,
    rule: Rule,
    customer_id: int,
    days: tuple[date, date],
    first: date,
    when: datetime,
    settings: ShopSettings,
    templates: MessageTemplates | None,
) -> bool:
    day, due_on = days  # the occasion's day, and the day its message is due (the rule's delay after)
    customer = session.get(Customer, customer_id)
    assert customer is not None
    key = f"{rule.name}:{customer.link_token}:{day.year}"
    if session.scalar(select(OutboxMessage.id).where(OutboxMessage.key == key)) is not None:
        return False
    recipient = (
        customer.email if rule.channel == "email" else (customer.phone if settings.sms_webhook_url else None)
    )
    if not recipient or not customer.marketing_consent:
        return False
    latest = session.scalars(
        select(Order).where(Order.customer_id == customer.id, Order.status != OrderStatus.CANCELLED)
        .order_by(Order.created_at.desc(), Order.id.desc())
    ).first()  # fmt: skip
    if latest is None:
        return False
    scheduled = morning_of(due_on, latest.ship_country or "")  # like the other follow-ups due on a day
    language = texts_language(customer.language)[0]
    facts = occasion_facts(session, customer, latest, settings, language, day, first, scheduled)
    if not rule.applies(facts):
        return False
    chosen = shipped_templates() if templates is None else templates
    rendered = chosen.render(
        rule, language, facts, customer_link(settings.unsubscribe_url, customer.link_token)
    )
    domain = mail_domain(facts["support_email"], facts["website"])  # Message-IDs on the shop's own domain
    message = OutboxMessage(
        key=key, order_id=latest.id, rule=rule.name, marketing=rule.marketing, channel=rule.channel,
        recipient=recipient, language=language, subject=rendered.subject, body_text=rendered.text,
        body_html=rendered.html, message_id=make_msgid(domain=domain), created_at=when,
        scheduled_at=scheduled, expires_at=scheduled + timedelta(days=rule.expires_days),
        status=MessageStatus.QUEUED, attempts=0, max_attempts=rule.attempts,
    )  # fmt: skip
    try:
        with session.begin_nested():  # another dispatcher may sweep at this moment
            session.add(message)
    except IntegrityError:
        return False
    return True


def occasion_facts(
    session: Session,
    customer: Customer,
    latest: Order,
    settings: ShopSettings,
    language: str,
    day: date,
    first: date,
    scheduled: datetime,
) -> dict[str, Any]:
    """What an occasion's message says: the customer, the shop, the first order's day, and the
    customer's voucher where they hold one still good for a while (the shop's voucher
    settings made it; a voucher is issued with a parcel, one an order)."""
    brand: Brand = shop_brand(session)
    locale = locale_for(language, latest.ship_country)
    voucher = session.scalars(
        select(Voucher).join(Order, Order.id == Voucher.order_id)
        .where(Order.customer_id == customer.id, Voucher.redeemed_at.is_(None),
               Voucher.expires_at >= scheduled + VOUCHER_LEFT)
        .order_by(Voucher.expires_at.desc())
    ).first()  # fmt: skip
    orders = session.scalar(
        select(func.count(Order.id)).where(
            Order.customer_id == customer.id, Order.status != OrderStatus.CANCELLED
        )
    )
    name = customer.first_name
    facts: dict[str, Any] = {
        "language": language, "locale": locale, "brand_name": brand.name,
        "primary_color": colour_or_plain(brand.primary_color, PLAIN_PRIMARY),
        "accent_color": colour_or_plain(brand.accent_color, PLAIN_ACCENT), "logo": logo_of(brand),
        "support_email": brand.support_email or "", "support_phone": brand.support_phone or "",
        "website": brand.website or "", "shop_url": brand.website or "",
        "return_address": (brand.return_address or "").splitlines(),
        "first_name": name, "full_name": customer.full_name, "greet_name": name,
        "first_name_vocative": vocative(name, language), "is_gift": False,
        "order_count": int(orders or 0), "first_order_date": long_date(first, locale),
        "years": day.year - first.year, "occasion_date": long_date(day, locale),
        "has_voucher": voucher is not None, "voucher_code": voucher.code if voucher else "",
        "voucher_discount": _discount(voucher, locale) if voucher else "",
        "voucher_expires": long_date(voucher.expires_at.date(), locale) if voucher else "",
        "redeem_url": settings.voucher_redeem_url.format(code=voucher.code, order=latest.number)
        if voucher and settings.voucher_redeem_url else "",
    }  # fmt: skip
    facts["greet_vocative"] = facts["first_name_vocative"]
    return facts


def _discount(voucher: Voucher, locale: str) -> str:
    from babel.numbers import format_percent

    from packstation.inserts.facts import money

    if voucher.percent_off:
        return str(format_percent(voucher.percent_off / 100, locale=locale))
    return money(voucher.amount_off or Decimal(0), voucher.currency, locale)
