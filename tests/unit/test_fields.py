"""What a field in an import file may hold, and what the packer is told when it does not."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from packstation.core.languages import language_for_country, normalise_language_tag
from packstation.core.names import first_name_of
from packstation.importers import fields
from packstation.importers.shopify_orders import note_attributes, split_tags


@pytest.mark.parametrize(
    ("full", "first"),
    [
        ("Tereza Růžičková", "Tereza"),
        ("Ing. Petr Kořínek", "Petr"),
        ("عبد الرحمن السديري", "عبد الرحمن"),
        ("فاطمة الزهراء الحربي", "فاطمة"),
        ("Suharti", "Suharti"),
        ("  Ștefan   Popescu ", "Ștefan"),
    ],
)
def test_the_note_greets_the_customer_by_first_name(full: str, first: str) -> None:
    assert first_name_of(full) == first


def test_quantities_must_be_whole_and_packable() -> None:
    assert fields.quantity("3") == 3
    for bad, reason in (("two", "not a whole number"), ("0", "at least 1"), ("-2", "at least 1"),
                        ("1.5", "not a whole number"), ("10001", "more than 10000")):  # fmt: skip
        with pytest.raises(fields.FieldError, match=reason):
            fields.quantity(bad)


def test_prices_are_read_by_the_files_own_decimal_sign_and_never_guessed() -> None:
    assert fields.price("469,5", ",") == Decimal("469.50")
    assert (
        fields.price("1,234.50")
        == fields.price("1.234,50", ",")
        == fields.price("1 234,50", ",")
        == Decimal("1234.50")
    )
    assert fields.price("1,234") == Decimal("1234.00")  # a file writing 12.50: the comma groups thousands
    for wrong, mark in (("1,234", ","), ("469,5", "."), ("1,23,4", "."), ("12.345,6", ".")):
        with pytest.raises(fields.FieldError, match=re.escape(repr(wrong))):  # quoted as the file holds it
            fields.price(wrong, mark)
    assert fields.decimal_mark(["12,50", "1 234,50", "7"]) == ","
    assert fields.decimal_mark(["12.50", "1,234", "7"]) == "."
    with pytest.raises(fields.FieldError, match=re.escape("both as '12.50' and as '3,20'")):
        fields.decimal_mark(["12.50", "3,20"])
    # prices that do not tell (whole numbers, 1.234): the caller's default, "," for a ; file
    assert fields.decimal_mark(["469", "1.234"], default=",") == ","
    assert fields.decimal_mark(["469", "1.234"]) == "."
    assert fields.decimal_mark(["12.50", "469"], default=",") == "."
    assert fields.price(116.0) == Decimal("116.00")
    assert fields.price("") == Decimal("0.00")
    for bad in ("free", "-1", "NaN", "1e30"):
        with pytest.raises(fields.FieldError):
            fields.price(bad)


def test_times_without_a_zone_are_taken_as_utc() -> None:
    assert fields.timestamp("2026-11-20 09:15:00 +0100").isoformat() == "2026-11-20T09:15:00+01:00"
    assert fields.timestamp("2026-11-20").isoformat() == "2026-11-20T00:00:00+00:00"
    with pytest.raises(fields.FieldError, match="not a real date"):
        fields.timestamp("2026-02-30 09:15:00 +0100")


def test_text_refuses_control_characters_and_overlong_values() -> None:
    with pytest.raises(fields.FieldError, match="control characters"):
        fields.text("Jana\x00Veselá", 100)
    with pytest.raises(fields.FieldError, match="201 characters long; at most 200"):
        fields.text("x" * 201, 200)
    assert fields.text("first\nsecond", 100, multiline=True) == "first\nsecond"


def test_barcodes_with_a_wrong_check_digit_are_caught() -> None:
    assert fields.barcode("8590045120006") == "8590045120006"
    assert fields.barcode("'0012345678905") == "0012345678905"  # a spreadsheet's leading quote
    assert fields.barcode("SKU-ABC-1") == "SKU-ABC-1"  # not an EAN: no check digit to verify
    with pytest.raises(fields.FieldError, match="wrong check digit"):
        fields.barcode("8590045120007")


def test_yes_and_no_in_the_shops_languages() -> None:
    assert [fields.boolean(v) for v in ("yes", "ano", "da", "так", "ya", "نعم", "TRUE")] == [True] * 7
    assert [fields.boolean(v) for v in ("no", "ne", "nu", "ні", "tidak", "لا", "")] == [False] * 7
    with pytest.raises(fields.FieldError, match="neither yes nor no"):
        fields.boolean("maybe")


def test_languages_from_tags_and_countries() -> None:
    assert normalise_language_tag("cs_cz") == "cs-CZ"
    assert normalise_language_tag("zh-hant-tw") == "zh-Hant-TW"
    assert normalise_language_tag("not a tag") is None
    assert [language_for_country(c) for c in ("CZ", "RO", "MD", "UA", "SA", "EG", "ID", "GB", "")] == [
        "cs", "ro", "ro", "uk", "ar", "ar", "id", "en", "en",
    ]  # fmt: skip


def test_shopify_note_attributes_and_tags() -> None:
    assert note_attributes("language: uk\nGift message: Ať ti to voní: celý rok!") == {
        "language": "uk",
        "gift_message": "Ať ti to voní: celý rok!",
    }
    assert split_tags("vip, lang:cs,, gift ") == ["gift", "lang:cs", "vip"]
