"""`packstation demo` gives a shop to try the bench on, in all six languages."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from packstation.bootstrap import App
from packstation.cli.main import main
from packstation.core.security import verify_pin
from packstation.demo.shop import create_demo
from packstation.storage.models import (
    Brand,
    Customer,
    Order,
    OrderLine,
    Packaging,
    Packer,
    Product,
    ProductKind,
    Role,
)


def test_the_demo_shop_has_customers_in_six_languages_gifts_and_notes(app: App) -> None:
    summary = create_demo(app.sessions, orders=200)

    assert summary.orders_created == 200
    with app.sessions() as session:
        languages = set(session.scalars(select(Customer.language)))
        names = " ".join(session.scalars(select(Customer.full_name)))
        gifts = session.scalar(select(func.count()).where(Order.is_gift, Order.gift_message.is_not(None)))
        notes = session.scalar(select(func.count()).where(Order.notes.is_not(None)))
        multi = session.scalar(
            select(func.count()).select_from(
                select(OrderLine.order_id).group_by(OrderLine.order_id).having(func.count() > 1).subquery()
            )
        )
        abroad = session.scalar(
            select(func.count())
            .select_from(Order)
            .join(Customer)
            .where(Customer.language == "uk", Order.ship_country == "CZ")
        )
    assert languages == {"cs", "ro", "uk", "ar", "id", "en"}
    for letters in ("ș", "ț", "Ґ", "Є", "І", "Ї", "ř", "ů", "č"):
        assert letters in names, letters
    assert re.search("[\u0600-\u06ff]", names)
    assert gifts >= 10 and notes >= 5 and multi >= 60 and abroad >= 1


def test_the_catalogue_has_eco_facts_and_complementary_products(app: App) -> None:
    create_demo(app.sessions, orders=0)

    with app.sessions() as session:
        packaging = {p.code: p for p in session.scalars(select(Packaging))}
        products = list(session.scalars(select(Product)))
        brand = session.get(Brand, 1)
    assert len(packaging) >= 8
    assert {p.kind.value for p in packaging.values()} == {"box", "mailer", "void_fill", "tape", "wrap"}
    assert packaging["MAILER-COMPOST"].home_compostable and packaging["MAILER-COMPOST"].plastic_grams == 0
    assert packaging["AIR-PILLOWS"].plastic_grams > 0 and packaging["BOX-REUSED"].co2e_grams == 0
    for material in packaging.values():
        assert set(material.disposal) == {"en", "cs", "ro", "uk", "ar", "id"}, material.code
    assert len(products) >= 30
    consumables = [p for p in products if p.kind is ProductKind.CONSUMABLE]
    durables = [p for p in products if p.kind is ProductKind.DURABLE]
    assert all(p.days_of_use for p in consumables) and all(p.care_tips_key for p in durables)
    skus = {p.sku for p in products}
    assert all(set(p.complementary_skus) <= skus for p in products)
    assert sum(1 for p in products if p.complementary_skus) >= 20
    assert brand is not None and brand.name == "Verde Atelier" and brand.support_email


def test_demo_staff_have_badges_and_managers_a_pin(app: App) -> None:
    create_demo(app.sessions, orders=0)

    with app.sessions() as session:
        staff = {p.badge: p for p in session.scalars(select(Packer))}
    assert sum(p.role is Role.PACKER for p in staff.values()) >= 3
    manager = staff["M-2001"]
    assert manager.role is Role.MANAGER and manager.pin_hash and "4321" not in manager.pin_hash
    assert verify_pin("4321", manager.pin_hash) and not verify_pin("1234", manager.pin_hash)


def test_running_the_demo_twice_adds_nothing_twice(app: App, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", app.db_url, "demo", "--orders", "50"]) == 0
    assert main(["--db", app.db_url, "demo", "--orders", "50"]) == 0

    assert "0 new, 0 updated, 50 unchanged" in capsys.readouterr().out
    with app.sessions() as session:
        assert session.scalar(select(func.count(Order.id))) == 50
        assert session.scalar(select(func.count(Packaging.id))) == 10
