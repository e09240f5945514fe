"""The facts of one parcel that its inserts are made from, formatted for the customer's
language: plain data, so rendering needs no database (gathering.py reads them from it). This
module imports no database code: a batch's helper processes draw from these facts alone."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import NumberPattern, format_percent

from packstation.core.languages import SHIPPED_LANGUAGES, primary_subtag
from packstation.paths import shipped

if TYPE_CHECKING:
    from packstation.storage.models import Brand


@dataclass
class Item:
    name: str  # in the customer's language where the catalogue has it, else the shop's
    quantity: int
    unit_price: str
    line_total: str
    localized: bool = False  # `name` is in the customer's language: a sentence may inflect around it


@dataclass
class PackagingFact:
    name: str
    disposal: str
    plastic_free: bool


@dataclass(frozen=True)
class Amounts:
    """A parcel's prices and days before they are written the customer's way. A batch's
    chunks are handed over so, and written out where they are drawn (`InsertFacts.write_out`):
    writing the first needs babel's locale data, which took the batch's own process 60 ms to
    load before it could hand out its first chunk — while its helpers waited."""

    prices: list[tuple[Decimal, int, str]]  # each item's unit price, quantity and currency
    total: Decimal
    currency: str
    percent_off: int | None  # the voucher's discount: a percentage, else an amount
    amount_off: Decimal
    voucher_currency: str
    min_spend: Decimal | None
    expires: date
    return_by: date
    packed: date


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
    first_name_vocative: str  # the buyer's, as a greeting calls it (core/names.py vocative)
    greet_vocative: str  # greet_name, as a greeting calls it: "Lukáši" in Czech
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
    amounts: Amounts | None = None  # prices and days not written out yet (see Amounts)

    def write_out(self) -> None:
        """Write the prices and days the customer's way, if they are not yet."""
        amounts, locale = self.amounts, self.locale
        if amounts is None:
            return
        for item, (unit, quantity, currency) in zip(self.items, amounts.prices, strict=True):
            item.unit_price = money(unit, currency, locale)
            item.line_total = money(unit * quantity, currency, locale)
        self.total = money(amounts.total, amounts.currency, locale)
        if amounts.percent_off:
            self.voucher_discount = str(format_percent(amounts.percent_off / 100, locale=locale))
        else:
            self.voucher_discount = money(amounts.amount_off, amounts.voucher_currency, locale)
        if amounts.min_spend:
            self.voucher_min_spend = money(amounts.min_spend, amounts.voucher_currency, locale)
        self.voucher_expires = long_date(amounts.expires, locale)
        self.return_by = long_date(amounts.return_by, locale)
        self.pack_date = long_date(amounts.packed, locale)
        self.amounts = None
        self.__dict__.pop("_context", None)

    def context(self) -> dict[str, Any]:
        """The facts as the templates see them; made once, as every insert of the set asks.
        Shallow: items and packaging stay the objects they are (a template reads `item.name`
        either way, and the immutable sandbox lets no template change them) — copying them
        deeply cost more than a tenth of a batch's time."""
        cached = self.__dict__.get("_context")
        if cached is None:
            self.write_out()
            cached = self.__dict__["_context"] = {name: getattr(self, name) for name in _FIELDS}
        return cached


_FIELDS = tuple(name for name in InsertFacts.__dataclass_fields__ if name != "amounts")


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


def load_locales(languages: Sequence[str]) -> None:
    """Load babel's data for `languages` now: a batch's helper does, while it waits for its
    first chunk, instead of when it writes that chunk's prices."""
    for language in languages:
        _money_format(language)


#: CLDR's long date where it ends in an abbreviation's full stop (Ukrainian "2 березня 2027 р."):
#: a sentence ending on the date then shows two ("р.."). Written out, as a copywriter would.
WRITTEN_OUT = {"uk": "d MMMM y 'року'"}


@lru_cache(maxsize=4096)
def long_date(day: date, locale: str) -> str:
    """A day as the customer's locale writes it in full; a batch's orders share their days."""
    pattern = WRITTEN_OUT.get(locale.split("_")[0], "long")
    return str(format_date(day, format=pattern, locale=locale))
