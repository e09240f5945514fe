"""Words as a native copywriter writes them: the count of a parcel's items in the right plural
form, and a date that ends a Ukrainian sentence with one full stop, not two."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from packstation.core.settings import ShopSettings
from packstation.inserts.facts import long_date
from packstation.inserts.sample import sample_facts
from packstation.inserts.templates import InsertTemplates
from packstation.storage.models import Brand

BRAND = Brand(id=1, name="Lípa & Len", primary_color="#2F5D50", accent_color="#E9B44C")


@pytest.mark.parametrize(("count", "words"), [(1, "1 produs"), (3, "3 produse"), (19, "19 produse"),
                                               (20, "20 de produse"), (101, "101 produse")])  # fmt: skip
def test_a_romanian_slip_counts_its_items_in_the_right_form(count: int, words: str) -> None:
    facts = replace(sample_facts("ro", BRAND, ShopSettings()), item_count=count)
    order_line = InsertTemplates().texts("slip", "ro", dict(facts.context())).blocks["order"]
    assert order_line.endswith(words)


def test_a_ukrainian_voucher_ends_its_sentence_on_the_date_with_one_full_stop() -> None:
    assert long_date(date(2027, 3, 2), "uk_UA") == "2 березня 2027 року"
    facts = sample_facts("uk", BRAND, ShopSettings())
    terms = InsertTemplates().texts("voucher", "uk", dict(facts.context())).blocks["terms"]
    assert "року." in terms and ".." not in terms.replace("…", "")
