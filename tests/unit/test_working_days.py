"""Honest dates: a delivery estimate and a return deadline counted in the destination's own
working days — its weekend, its public holidays — never landing on a day the post is shut."""

from __future__ import annotations

from datetime import date

from packstation.core.settings import ShopSettings
from packstation.core.working_days import (
    add_working_days,
    estimated_delivery,
    is_working_day,
    on_a_working_day,
    return_deadline,
)


def test_a_parcel_to_brno_packed_before_christmas_skips_the_czech_holidays() -> None:
    # 23 Dec is a working day; 24, 25, 26 Dec are Czech public holidays; 26-27 a weekend
    assert add_working_days(date(2026, 12, 22), 3, "CZ") == date(2026, 12, 29)
    assert add_working_days(date(2026, 12, 22), 3, "XX") == date(2026, 12, 25)  # unknown: weekends only


def test_saudi_arabia_rests_on_friday_and_saturday() -> None:
    assert not is_working_day(date(2026, 12, 4), "SA")  # a Friday
    assert is_working_day(date(2026, 12, 6), "SA")  # a Sunday
    assert add_working_days(date(2026, 12, 3), 1, "SA") == date(2026, 12, 6)  # Thursday, then Sunday


def test_a_return_deadline_never_falls_on_new_years_day_or_a_weekend() -> None:
    # delivered 2 Dec 2026, 30 days: 1 Jan 2027, a Friday and a holiday -> Monday 4 Jan
    assert return_deadline(date(2026, 12, 2), 30, "CZ") == date(2027, 1, 4)
    assert return_deadline(date(2026, 12, 2), 30, "RO") == date(2027, 1, 4)  # 1-2 Jan: holidays too
    assert on_a_working_day(date(2026, 12, 1), "CZ") == date(2026, 12, 1)


def test_the_return_window_counts_from_the_estimated_delivery_and_the_shops_closed_days() -> None:
    settings = ShopSettings(transit_days={"default": 2}, holidays=["2026-12-08"])
    delivered = estimated_delivery(date(2026, 12, 7), "PPL Parcel CZ", "CZ", settings)
    assert delivered == date(2026, 12, 10)  # the 8th the shop set as closed: 9th, 10th
    assert return_deadline(delivered, 30, "CZ") == date(2027, 1, 11)  # 9 Jan is a Saturday
