"""Prices on the inserts read exactly as babel writes them in the customer's locale."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import format_currency

from packstation.inserts.facts import money

AMOUNTS = [
    Decimal("0"),
    Decimal("0.5"),
    Decimal("7.99"),
    Decimal("1274"),
    Decimal("12345.678"),
    Decimal("999999.99"),
]


@pytest.mark.parametrize(
    ("locale", "currency"),
    [("en_GB", "GBP"), ("cs_CZ", "CZK"), ("ro_RO", "RON"), ("uk_UA", "UAH"), ("ar_EG", "EGP"), ("ar_SA", "SAR"),
     ("id_ID", "IDR"), ("en_US", "USD"), ("cs", "EUR"), ("ar", "JPY")],
)  # fmt: skip
def test_a_price_reads_as_babel_writes_it(locale: str, currency: str) -> None:
    for amount in AMOUNTS:
        assert money(amount, currency, locale) == format_currency(amount, currency, locale=locale)
