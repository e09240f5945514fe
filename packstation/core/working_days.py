"""Honest dates: when a parcel should arrive and until when it may be sent back, counted in the
destination country's working days — its weekend (Friday and Saturday in Saudi Arabia) and its
public holidays, from the `holidays` library rather than a list someone keeps by hand — plus any
days the shop itself sets as closed.

The return window counts from the estimated delivery, as return policies do ("30 days from
receiving your order"), and a deadline never falls on a day the post offices are shut."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays
from babel.core import get_global

from packstation.core.settings import ShopSettings


@lru_cache(maxsize=64)
def _calendar(country: str) -> tuple[frozenset[int], holidays.HolidayBase | None]:
    """The country's weekend days (Monday is 0) and its holidays; a country the library does
    not know gets Saturday and Sunday and no public holidays."""
    try:
        days = holidays.country_holidays(country.upper())
    except (NotImplementedError, KeyError, AttributeError):
        return frozenset({5, 6}), None
    return frozenset(getattr(days, "weekend", {5, 6})), days


def is_working_day(day: date, country: str, closed: Collection[date] = ()) -> bool:
    """A day parcels move and post offices are open in `country` (`closed`: the shop's own days
    off, given as a set by the callers that ask day after day)."""
    weekend, public = _calendar(country or "")
    return day.weekday() not in weekend and (public is None or day not in public) and day not in closed


def add_working_days(start: date, days: int, country: str, closed: Iterable[date] = ()) -> date:
    """`days` working days after `start` (the day itself not counted)."""
    shut = set(closed)
    day = start
    while days > 0:
        day += timedelta(days=1)
        if is_working_day(day, country, shut):
            days -= 1
    return day


def on_a_working_day(day: date, country: str, closed: Iterable[date] = ()) -> date:
    """`day`, or the first working day after it: where a deadline that fell on a holiday moves."""
    shut = set(closed)
    while not is_working_day(day, country, shut):
        day += timedelta(days=1)
    return day


def return_deadline(delivered: date, return_days: int, country: str, closed: Iterable[date] = ()) -> date:
    """The last day to send a parcel back: `return_days` calendar days from its delivery, moved
    on to a working day."""
    return on_a_working_day(delivered + timedelta(days=return_days), country, closed)


def transit_days(shipping_method: str, table: dict[str, int] | None) -> int:
    """The working days a parcel is on its way by `shipping_method`: the first word of the
    shop's table found in the method's name, else the table's default (3 without one)."""
    method = (shipping_method or "").casefold()
    found = table or {}
    return next(
        (d for word, d in found.items() if word != "default" and word in method), found.get("default", 3)
    )


def estimated_delivery(packed: date, shipping_method: str, country: str, settings: ShopSettings) -> date:
    """Packing day plus the method's transit days, in the destination's working days."""
    return add_working_days(packed, transit_days(shipping_method, settings.transit_days), country,
                            closed_days(settings))  # fmt: skip


def closed_days(settings: ShopSettings) -> set[date]:
    """Days the shop set as closed on top of the public holidays (a carrier's strike, stock-taking)."""
    return {date.fromisoformat(day) for day in settings.holidays or []}


#: where a country spans several zones, the one most of its people live in
_MAIN_ZONE = {
    "US": "America/New_York", "CA": "America/Toronto", "ID": "Asia/Jakarta", "RU": "Europe/Moscow",
    "UA": "Europe/Kyiv", "AU": "Australia/Sydney", "BR": "America/Sao_Paulo", "MX": "America/Mexico_City",
    "ES": "Europe/Madrid", "PT": "Europe/Lisbon", "KZ": "Asia/Almaty", "CD": "Africa/Kinshasa",
    "EC": "America/Guayaquil", "CL": "America/Santiago", "MN": "Asia/Ulaanbaatar", "GL": "America/Nuuk",
    "AR": "America/Argentina/Buenos_Aires", "NZ": "Pacific/Auckland", "PG": "Pacific/Port_Moresby",
    "KI": "Pacific/Tarawa", "FM": "Pacific/Pohnpei", "PF": "Pacific/Tahiti", "UM": "Pacific/Honolulu",
}  # fmt: skip
#: when a follow-up due on a day goes out: the customer's morning, wherever the customer is
SEND_AT = time(9, 0)


def station_day(moment: datetime) -> date:
    """The day `moment` falls on at the station (its own clock's zone): the day a note says
    it was packed, not UTC's — at 00:30 in Prague it is already tomorrow there."""
    return moment.astimezone().date()


def zone_for_country(country: str) -> ZoneInfo:
    """The customer's time zone as far as the shipping country tells it (CLDR's zones); UTC
    when unknown."""
    code = (country or "").strip().upper()
    names = _MAIN_ZONE.get(code) or next(iter(get_global("territory_zones").get(code, [])), None)
    try:
        return ZoneInfo(names or "UTC")
    except ZoneInfoNotFoundError:
        return ZoneInfo("UTC")


def morning_of(day: date, country: str) -> datetime:
    """09:00 on `day` where the customer lives, in UTC: a reminder due on a day reaches them
    over breakfast, not at 01:00 (a voucher's expiry is 23:59:59 UTC) nor mid-afternoon."""
    return datetime.combine(day, SEND_AT, zone_for_country(country)).astimezone(UTC)
