"""A manager at the bench's real window, with the keyboard the station has and the badge
scanner: F11, the badge scanned and the PIN typed, then a product named in the customers'
languages on Settings › Products — typed key by key through the X server, Czech diacritics and
Cyrillic included. What was stored is read back from the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from packstation.bootstrap import App
from packstation.storage.models import AuditEntry, Product
from tests.support.xserver import RealApp, wait_until

pytestmark = pytest.mark.x11

PRODUCTS_TAB = 6  # Shop & brand, Vouchers, Insert texts, Follow-ups, Delivery, Packaging, Products


def names_of(shop: App, sku: str) -> dict[str, str]:
    with shop.sessions() as session:
        return dict(session.scalar(select(Product.names).where(Product.sku == sku)) or {})


def test_a_manager_names_a_product_in_czech_and_ukrainian_without_the_mouse(
    shop: App, window: RealApp, tmp_path: Path
) -> None:
    before = names_of(shop, "HOME-SNUFFER")
    window.key("F11")  # from the bench: the sign-in has the keyboard, the scan lands in it
    window.scan("M-2001")
    window.scan("4321", delay_ms=120)
    window.key(*["ctrl+Tab"] * PRODUCTS_TAB)
    window.scan("snuffer", delay_ms=20)  # typed into the search; Enter chooses what it found
    window.key("Down")  # en -> cs
    window.write("Zhášedlo z mosazi, ruční práce\r", "cz")  # on the Czech keyboard, then the Ukrainian
    window.key("Down", "Down")  # ro -> uk
    window.write("Гасильник із латуні\r", "ua")
    window.key("ctrl+s")

    wait_until(lambda: names_of(shop, "HOME-SNUFFER").get("uk") == "Гасильник із латуні", timeout=30)
    window.x.screenshot(tmp_path / "products-named.png")
    after = names_of(shop, "HOME-SNUFFER")
    assert after["cs"] == "Zhášedlo z mosazi, ruční práce"
    assert {k: v for k, v in after.items() if k not in ("cs", "uk")} == {
        k: v for k, v in before.items() if k not in ("cs", "uk")
    }  # the other languages as they were
    with shop.sessions() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "product names changed")).one()
    assert entry.subject == "HOME-SNUFFER" and entry.actor and entry.station == "Bench 1"
