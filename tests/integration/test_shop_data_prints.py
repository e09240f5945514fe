"""Whatever a shop has set and whatever its export brings, an insert prints or is refused with a
reason — never a traceback. Property-based (hypothesis) over the brand a shop sets (or does
not), its orders as an export brings them, every insert kind and every page."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from packstation.bootstrap import App, bootstrap
from packstation.inserts.service import InsertError, order_inserts
from packstation.paths import resource
from packstation.storage.models import Brand, Order, OrderLine, ReturnLabel, Voucher
from packstation.vocabulary import INSERT_KINDS, PAGE_NAMES
from tests.support.demo import demo_shop
from tests.support.pdf import page_count

NAMES = st.one_of(
    st.just(""),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=200),
    st.sampled_from(["Lípa & Len", "Ґедзь і Ко", "متجر الورد", "Toko Kopi Nusantara", "Ş" * 200]),
)
COLOURS = st.one_of(st.none(), st.sampled_from(["#2F5D50", "#ffffff", "green", "#12345", "#GGGGGG", ""]))
LOGOS = st.sampled_from([None, "", "/no/such/logo.png", str(resource("brand", "logo.png"))])
ADDRESSES = st.one_of(st.none(), st.just("\n\n\n"), st.sampled_from([
    "Lípa & Len s.r.o.\nKvětná 12\n602 00 Brno\nČesko", "x" * 300, "Name\n\nStreet\n\n\nCountry"]))  # fmt: skip
CURRENCIES = st.sampled_from(
    ["EUR", "CZK", "RON", "MDL", "UAH", "SAR", "AED", "IDR", "GBP", "USD", "JPY", "XYZ"]
)
LINE_NAMES = st.one_of(
    st.text(min_size=1, max_size=300), st.sampled_from(["Svíčka ze sójového vosku", "شمعة"])
)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    app = bootstrap(f"sqlite:///{tmp_path_factory.mktemp('shop') / 'shop.sqlite3'}")
    demo_shop(app, 12)
    yield app
    app.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=NAMES, primary=COLOURS, accent=COLOURS, logo=LOGOS, address=ADDRESSES, email=st.sampled_from(["", "a@b.cz", "a@b.cz"]),
    phone=st.sampled_from(["", "+420 530 000 111"]), currency=CURRENCIES, line_name=LINE_NAMES,
    sku=st.sampled_from([None, "", "SKU-1"]), barcode=st.sampled_from([None, "", "8594001234567"]),
    price=st.decimals(min_value=0, max_value=Decimal("99999999.99"), places=2),
    kinds=st.lists(st.sampled_from(INSERT_KINDS), min_size=1, max_size=4, unique=True),
    page=st.sampled_from(PAGE_NAMES), with_brand=st.sampled_from([True, True, True, False]),
)  # fmt: skip
@example(  # found on a fresh clone: a code point Unicode has not assigned, in a right-to-left block
    name="\U0001089f", primary=None, accent=None, logo=None, address=None, email="a@b.cz", phone="",
    currency="EUR", line_name="0", sku=None, barcode=None, price=Decimal("0.00"), kinds=["note"], page="a6",
    with_brand=True,
)  # fmt: skip
def test_whatever_the_shop_set_and_the_export_brought_an_insert_prints_or_is_refused_clearly(
    shop: App, tmp_path: Path, name: str, primary: str | None, accent: str | None, logo: str | None,
    address: str | None, email: str, phone: str, currency: str, line_name: str, sku: str | None,
    barcode: str | None, price: Decimal, kinds: list[str], page: str, with_brand: bool,
) -> None:  # fmt: skip
    with shop.sessions.begin() as session:
        session.execute(delete(Brand))
        if with_brand:
            session.add(Brand(id=1, name=name, primary_color=primary, accent_color=accent, logo_path=logo,
                              return_address=address, support_email=email or None, support_phone=phone or None))  # fmt: skip
        order = session.scalars(select(Order).order_by(Order.id)).first()
        assert order is not None
        session.execute(
            delete(Voucher).where(Voucher.order_id == order.id)
        )  # issued afresh, in this currency
        session.execute(delete(ReturnLabel).where(ReturnLabel.order_id == order.id))
        order.currency = currency
        session.execute(delete(OrderLine).where(OrderLine.order_id == order.id))
        session.add(OrderLine(order_id=order.id, position=1, sku=sku, barcode=barcode, name=line_name, quantity=1,
                              unit_price=price, currency=currency))  # fmt: skip
        number = order.number
    out = tmp_path / "inserts.pdf"
    out.unlink(missing_ok=True)
    try:
        report = order_inserts(shop.sessions, number, out, kinds=kinds, page=page)
    except InsertError as exc:
        message = str(exc)
        assert "is not set —" in message and "packstation setup" in message  # what to set, and where
        assert not out.exists()
        event("refused, naming what to set")
        return
    assert report.inserts == len(kinds) and page_count(out) >= 1
    event("printed")
