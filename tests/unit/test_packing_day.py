"""Staff print a batch ahead of its wave for the day it will be packed: today, or one of the
next two weeks — never a day gone, never so far ahead that the codes would sit in a drawer."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from packstation.core.working_days import station_day
from packstation.inserts.batch import DAYS_AHEAD, check_packing_day
from packstation.inserts.service import InsertError

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize("ahead", [0, 1, 7, DAYS_AHEAD])
def test_today_or_a_day_of_the_next_two_weeks_is_a_packing_day(ahead: int) -> None:
    check_packing_day(TODAY + timedelta(days=ahead), TODAY)
    check_packing_day(None, TODAY)  # not given: the bench's own day


def test_yesterday_is_refused_in_the_words_the_staff_gave_it() -> None:
    with pytest.raises(
        InsertError, match=r"^--packing-day 2026-12-03 has passed: give today or a day to come$"
    ):
        check_packing_day(TODAY - timedelta(days=1), TODAY, "--packing-day")


def test_a_day_past_two_weeks_is_refused_with_what_to_do() -> None:
    with pytest.raises(
        InsertError, match="packing day 2026-12-19 is more than 14 days ahead: print the batch"
    ):
        check_packing_day(TODAY + timedelta(days=DAYS_AHEAD + 1), TODAY)


@pytest.fixture
def in_prague(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Prague")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_parcel_packed_at_half_past_midnight_in_prague_was_packed_that_day_not_utcs(
    in_prague: None,
) -> None:
    assert station_day(datetime(2026, 12, 4, 23, 30, tzinfo=UTC)) == date(2026, 12, 5)
    assert station_day(datetime(2026, 12, 4, 22, 59, tzinfo=UTC)) == date(2026, 12, 4)
