"""A made-up parcel in each language, for trying insert texts before they are saved: the
Settings preview draws it, and a text is checked against every kind of parcel it may meet
(a first order, a returning customer, a gift, no packaging logged) before it is stored.
Nothing here writes to the database: no voucher or RMA is issued for a preview."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from packstation.core.names import vocative
from packstation.core.settings import ShopSettings
from packstation.core.shop_setup import PLAIN_ACCENT, PLAIN_PRIMARY, colour_or_plain
from packstation.inserts.facts import InsertFacts, Item, PackagingFact, locale_for, logo_of, long_date, money
from packstation.storage.models import Brand

CUSTOMERS = {  # language -> (country, first name, full name, street, city line)
    "en": ("GB", "Emma", "Emma Clarke", "14 Harbour Road", "Bristol BS1 4DJ"),
    "cs": ("CZ", "Jana", "Jana Nováková", "Křižíkova 148/34", "186 00 Praha 8"),
    "ro": ("RO", "Ioana", "Ioana Popescu", "Strada Mihai Eminescu 12", "400001 Cluj-Napoca"),
    "uk": ("UA", "Олена", "Олена Коваль", "вул. Січових Стрільців, 21", "Київ, 04053"),
    "ar": ("SA", "ليلى", "ليلى حداد", "شارع الأمير سلطان 45", "الرياض 12211"),
    "id": ("ID", "Sari", "Sari Wulandari", "Jl. Malioboro No. 52", "Yogyakarta 55271"),
}


def sample_facts(
    language: str, brand: Brand, settings: ShopSettings, now: datetime | None = None
) -> InsertFacts:
    """A returning customer's parcel of two items in `language`, with a voucher and a return
    label whose codes are samples."""
    country, first, full, street, city = CUSTOMERS.get(language, CUSTOMERS["en"])
    locale = locale_for(language, country)
    today = (now or datetime.now(UTC)).date()
    code, rma = f"{settings.voucher_prefix}-K7QM-3XPA-R", f"{settings.rma_prefix}-SAMPLE1"
    percent = settings.voucher_percent_off
    return InsertFacts(
        language=language, locale=locale, brand_name=brand.name, primary_color=colour_or_plain(brand.primary_color, PLAIN_PRIMARY),
        accent_color=colour_or_plain(brand.accent_color, PLAIN_ACCENT), logo=logo_of(brand), support_email=brand.support_email or "",
        support_phone=brand.support_phone or "", support_chat=brand.support_chat_url or "",
        website=brand.website or "", return_address=(brand.return_address or "").splitlines(),
        order_number="#1001", first_name=first, full_name=full, greet_name=first, is_gift=False,
        first_name_vocative=vocative(first, language), greet_vocative=vocative(first, language),
        gift_message="", first_order=False, order_count=3,
        items=[Item("Bamboo toothbrush", 2, money(Decimal("4.50"), "EUR", locale), money(Decimal("9.00"), "EUR", locale)),
               Item("Nettle shampoo bar", 1, money(Decimal("11.90"), "EUR", locale), money(Decimal("11.90"), "EUR", locale))],
        item_count=3, total=money(Decimal("20.90"), "EUR", locale), ship_to=[full, street, city],
        packaging=[PackagingFact("Recycled paper mailer", "Paper recycling.", True)],
        voucher_code=code, voucher_discount=f"{percent} %" if percent else money(Decimal(5), "EUR", locale),
        voucher_min_spend=money(Decimal(30), "EUR", locale),
        voucher_expires=long_date(today + timedelta(days=settings.voucher_valid_days), locale),
        redeem_url=settings.voucher_redeem_url.format(code=code, order="1001"), rma=rma,
        return_by=long_date(today + timedelta(days=settings.return_days), locale), return_days=settings.return_days,
        returns_url=settings.return_portal_url.format(rma=rma, order="1001"), pack_date=long_date(today, locale),
    )  # fmt: skip


def every_kind_of_parcel(facts: InsertFacts) -> list[InsertFacts]:
    """The sample as each branch of a text meets it: returning, first order, gift, no packaging."""
    return [
        facts,
        replace(facts, first_order=True, order_count=1),
        replace(facts, is_gift=True, gift_message="Happy birthday!", greet_name=facts.first_name),
        replace(facts, packaging=[]),
    ]
