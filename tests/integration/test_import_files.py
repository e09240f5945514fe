"""A shop owner imports the files her tools really save — Excel's semicolons and decimal
commas, a tab-separated export, a column pasted twice, one runaway note, a file in a Windows
code page — through `packstation import FILE` on a fresh database: each is read exactly, or
refused with what is wrong and where, and nothing already stored is lost or half-written."""

from __future__ import annotations

import csv
import random
import re
import subprocess
import sys
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from packstation.bootstrap import App, bootstrap
from packstation.demo.exports import SHOPIFY_ORDER_COLUMNS, shopify_rows
from packstation.demo.shop import make_order
from packstation.storage.models import Order, Voucher
from tests.support.demo import demo_shop

PACKSTATION = [sys.executable, "-m", "packstation"]
MONEY = ("Subtotal", "Shipping", "Taxes", "Total", "Lineitem price", "Outstanding Balance")


def packstation(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*PACKSTATION, *args], capture_output=True, text=True, timeout=300)


def export_rows(orders: int) -> list[dict[str, str]]:
    """The demo shop's orders #5001… as the rows of a Shopify Orders export."""
    rng, now = random.Random(7), datetime(2026, 11, 20, tzinfo=UTC)
    return [row for i in range(orders) for row in shopify_rows(make_order(5001 + i, rng, 60, now, 60), 5_000_000_000 + i)]  # fmt: skip


def as_czech_excel(value: str) -> str:
    """A price as Excel in a Czech Windows writes it: a decimal comma, no-break spaces between
    thousands (2467.00 -> 2 467,00)."""
    whole, cents = value.split(".")
    return f"{int(whole):,}".replace(",", "\u00a0") + "," + cents


def write_export(
    path: Path,
    rows: list[dict[str, str]],
    *,
    separator: str = ",",
    line_end: str = "\n",
    bom: bool = False,
    decimal_comma: bool = False,
    header: list[str] | None = None,
) -> Path:
    columns = header or SHOPIFY_ORDER_COLUMNS
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=separator, lineterminator=line_end)
        writer.writerow(columns)
        for row in rows:
            cells = dict(row)
            if decimal_comma:
                cells.update({name: as_czech_excel(cells[name]) for name in MONEY if cells.get(name)})
            writer.writerow([cells.get(name, "") for name in columns])
    return path


def stored(url: str) -> dict[str, tuple[Any, ...]]:
    """Every order in the database as the bench will see it: customer, address, note, lines."""
    app = bootstrap(url)
    try:
        with app.sessions() as session:
            orders = session.scalars(
                select(Order).options(selectinload(Order.lines), selectinload(Order.customer))
            )
            return {
                o.number: (o.status.value, o.customer.full_name, o.customer.email, o.customer.language,
                           o.ship_address1, o.ship_city, o.ship_zip, o.ship_country, o.notes, o.is_gift,
                           o.gift_message, o.currency, o.shipping_method,
                           tuple((line.sku, line.name, line.quantity, line.unit_price) for line in o.lines))
                for o in orders
            }  # fmt: skip
    finally:
        app.close()


def line_of(path: Path, number: str) -> int:
    """The line of the file on which the order's first row starts."""
    text = path.read_text(encoding="utf-8-sig")
    return text[: text.index(f"\n{number},") + 1].count("\n") + 1


@pytest.mark.parametrize(
    ("resave", "said"),
    [
        (dict(separator=";", decimal_comma=True, line_end="\r\n", bom=True),
         "(shopify, columns separated by semicolons, prices with a decimal comma)"),
        (dict(separator="\t"), "(shopify, columns separated by tabs)"),
    ],
    ids=["excel-cs-semicolons-decimal-commas-crlf-bom", "tabs"],
)  # fmt: skip
def test_an_export_resaved_by_excel_imports_to_the_same_orders_and_prices(
    tmp_path: Path, resave: dict[str, Any], said: str
) -> None:
    rows = export_rows(40)
    original = write_export(tmp_path / "orders_export.csv", rows)
    resaved = write_export(tmp_path / "orders_export_excel.csv", rows, **resave)
    as_exported, as_resaved = f"sqlite:///{tmp_path / 'a.sqlite3'}", f"sqlite:///{tmp_path / 'b.sqlite3'}"

    assert packstation("--db", as_exported, "import", str(original)).returncode == 0
    done = packstation("--db", as_resaved, "import", str(resaved))

    assert done.returncode == 0, done.stdout + done.stderr
    assert said in done.stdout and "orders: 40 new" in done.stdout
    assert stored(as_resaved) == stored(as_exported)
    prices = [line[3] for order in stored(as_resaved).values() for line in order[-1]]
    assert max(prices) >= Decimal("1000") and any(p % 1 for p in prices)  # 2 467,00 and 12,50 read exactly
    if resave.get("decimal_comma"):
        assert (
            "\u00a0" in resaved.read_text(encoding="utf-8-sig")
            and resaved.read_bytes()[:3] == b"\xef\xbb\xbf"
        )
    again = packstation("--db", as_resaved, "import", str(resaved), "--format", "shopify")
    assert again.returncode == 0 and "0 new, 0 updated, 40 unchanged" in again.stdout


def test_a_romanian_excel_file_of_whole_lei_reads_its_prices_with_a_decimal_comma(tmp_path: Path) -> None:
    """No price with decimals to tell the sign by: a file separated by ; comes from a
    spreadsheet whose decimal sign is the comma, so 1.234 is a thousand and 1,234 no price."""
    db = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    head = "order_number;created_at;customer_name;email;ship_country;item_name;quantity;unit_price\n"
    lei = tmp_path / "comenzi.csv"
    lei.write_text(head + "R-1;2026-11-20;Ioana Popescu;i@example.ro;RO;Săpun;1;469\n"
                   "R-2;2026-11-20;Ioana Popescu;i@example.ro;RO;Set cadou;1;1.234\n"
                   "R-3;2026-11-20;Ioana Popescu;i@example.ro;RO;Perie;1;1,234\n", encoding="utf-8")  # fmt: skip

    done = packstation("--db", db, "import", str(lei))

    assert done.returncode == 1
    assert "line 4, unit_price: '1,234' has more than two decimals" in done.stdout
    assert {number: order[-1][0][3] for number, order in stored(db).items()} == {
        "R-1": Decimal("469.00"),
        "R-2": Decimal("1234.00"),
    }


def test_a_column_pasted_twice_refuses_the_file_whole_naming_both_places(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    rows = export_rows(12)
    assert packstation("--db", db, "import", str(write_export(tmp_path / "monday.csv", rows))).returncode == 0
    before = stored(db)
    # someone pasted two columns at the end of the sheet: the second copy would have won
    pasted = [{**row, "Lineitem quantity": "9", "Email": "someone@else.example"} for row in rows]
    header = [*SHOPIFY_ORDER_COLUMNS, "Lineitem quantity", "Email"]
    twice = tmp_path / "tuesday.csv"
    with twice.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row, paste in zip(rows, pasted, strict=True):
            writer.writerow(
                [row[name] for name in SHOPIFY_ORDER_COLUMNS] + [paste["Lineitem quantity"], paste["Email"]]
            )

    done = packstation("--db", db, "import", str(twice))

    assert done.returncode == 2
    assert "tuesday.csv, line 1: the header names columns twice" in done.stderr
    assert "'Email' in columns B (2) and BK (63)" in done.stderr
    assert "'Lineitem quantity' in columns Q (17) and BJ (62)" in done.stderr
    assert "nothing was imported" in done.stderr
    assert stored(db) == before


def test_one_runaway_note_leaves_out_its_own_order_and_every_other_is_imported(tmp_path: Path) -> None:
    rows = export_rows(148)
    first_row = next(i for i, row in enumerate(rows) if row["Name"] == "#5074")
    runaway = [dict(row) for row in rows]
    runaway[first_row]["Notes"] = (
        'Ring twice at "Verde", 2nd floor; leave it\r\nwith the neighbour.\n' * 80_000
    )  # 5.2 MB
    clean_db, db = f"sqlite:///{tmp_path / 'clean.sqlite3'}", f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    assert (
        packstation("--db", clean_db, "import", str(write_export(tmp_path / "clean.csv", rows))).returncode
        == 0
    )
    export = write_export(tmp_path / "orders_export.csv", runaway)

    done = packstation("--db", db, "import", str(export))

    assert done.returncode == 1, done.stderr
    size = len(runaway[first_row]["Notes"])
    assert (
        f"line {line_of(export, '#5074')}, Notes: is {size:,} characters long, more than the 1,048,576"
        " a field may hold (order #5074)"
    ) in done.stdout
    assert "rejected orders (nothing of them stored): 1 — #5074" in done.stdout
    everything_else = {number: order for number, order in stored(clean_db).items() if number != "#5074"}
    assert len(everything_else) >= 140 and stored(db) == everything_else  # every record after it read whole

    again = packstation("--db", db, "import", str(export))  # the shop imports it once more
    assert again.returncode == 1 and "unchanged" in again.stdout and stored(db) == everything_else


def test_a_stray_quote_refuses_the_file_whole_at_the_row_it_opens_in(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    rows = export_rows(30)
    assert packstation("--db", db, "import", str(write_export(tmp_path / "monday.csv", rows))).returncode == 0
    before = stored(db)
    broken = tmp_path / "tuesday.csv"
    text = write_export(broken, rows).read_text(encoding="utf-8")
    at = text.index("\n#5020,") + 1
    broken.write_text(text[:at] + text[at:].replace(",unfulfilled,", ',"unfulfilled,', 1), encoding="utf-8")

    done = packstation("--db", db, "import", str(broken))

    assert done.returncode == 2
    # the quote runs on into the next rows until csv meets one that cannot close it
    assert f"tuesday.csv, line {line_of(broken, '#5020')}: broken CSV (" in done.stderr
    assert stored(db) == before


HEAD = "order_number,created_at,customer_name,email,ship_city,ship_country,item_name,quantity,unit_price\n"


@pytest.mark.parametrize(
    ("row", "encoding", "named"),
    [
        ("W-1,2026-11-20,Tereza Růžičková,t@example.cz,Říčany,CZ,Šampon s heřmánkem,1,\"189,00\"\n", "cp1250",
         "Windows-1250 (Central European)"),
        ("W-1,2026-11-20,Євгенія Ґедз,y@example.ua,Київ,UA,Мило ручної роботи,2,120.00\n", "cp1251",
         "Windows-1251 (Cyrillic)"),
        ("W-1,2026-11-20,عبد الرحمن السديري,a@example.sa,الرياض,SA,صابون زيت الزيتون,1,45.00\n", "cp1256",
         "Windows-1256 (Arabic)"),
    ],
    ids=["czech", "ukrainian", "arabic"],
)  # fmt: skip
def test_a_file_saved_in_a_windows_code_page_is_refused_naming_it_and_how_to_save_utf8(
    tmp_path: Path, row: str, encoding: str, named: str
) -> None:
    db = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    rows = export_rows(5)
    assert packstation("--db", db, "import", str(write_export(tmp_path / "monday.csv", rows))).returncode == 0
    before = stored(db)
    excel = tmp_path / "orders.csv"
    excel.write_bytes((HEAD + row).encode(encoding))

    done = packstation("--db", db, "import", str(excel))

    assert done.returncode == 2
    assert re.search(r"orders\.csv, line 2: is not UTF-8 text \(byte 0x[0-9a-f]{2}\)", done.stderr)
    assert f"it looks like text in the Windows code page {named}" in done.stderr
    assert "'CSV UTF-8 (Comma delimited)'" in done.stderr and "nothing was imported" in done.stderr
    assert stored(db) == before
    excel.write_text(HEAD + row, encoding="utf-8")  # saved again as the message says
    assert packstation("--db", db, "import", str(excel)).returncode == 0
    assert set(stored(db)) == set(before) | {"W-1"}


def test_excels_unicode_text_is_named_as_utf16(tmp_path: Path) -> None:
    unicode_text = tmp_path / "orders.txt"
    unicode_text.write_bytes(("\ufeff" + HEAD.replace(",", "\t")).encode("utf-16-le"))

    done = packstation("--db", f"sqlite:///{tmp_path / 'shop.sqlite3'}", "import", str(unicode_text))

    assert done.returncode == 2
    assert "orders.txt: is UTF-16 text (what Excel saves as 'Unicode Text'), not UTF-8" in done.stderr


def test_vouchers_redeemed_from_the_whole_orders_export_whose_first_order_used_no_code(
    sqlite_app: App, tmp_path: Path
) -> None:
    """Issue 19: the columns were taken from the first row's filled cells, so an export whose
    first order had no discount code had "no column 'Discount Code'" and redeemed nothing."""
    from tests.integration.test_followups import pack

    demo_shop(sqlite_app, 30)
    packed = pack(sqlite_app)
    with sqlite_app.sessions() as session:
        code = session.scalars(select(Voucher.code).where(Voucher.order_id == packed.id)).one()
    rows = export_rows(3)
    second = next(i for i, row in enumerate(rows) if row["Name"] == "#5002")
    rows[second]["Discount Code"] = code
    usage = write_export(tmp_path / "orders_export.csv", rows)
    assert rows[0]["Discount Code"] == ""

    done = packstation("--db", sqlite_app.db_url, "vouchers", "redeemed", str(usage))

    assert done.returncode == 0, done.stderr
    assert "1 vouchers redeemed" in done.stdout
    with sqlite_app.sessions() as session:
        voucher = session.scalars(select(Voucher).where(Voucher.code == code)).one()
    assert voucher.redeemed_order == "#5002" and voucher.redeemed_total == Decimal(rows[second]["Total"])


def test_a_newer_shopify_export_with_more_columns_in_another_order_imports_the_same(tmp_path: Path) -> None:
    """Shopify adds columns over the years (Payment References, Duties, Risk Level…) and a
    spreadsheet may reorder them: read by name, the orders are the same."""
    rows = export_rows(20)
    added = [name for name in ("Payment References", "Duties", "Receipt Number", "Payment Terms Name")
             if name not in SHOPIFY_ORDER_COLUMNS]  # fmt: skip
    newer = [*reversed(SHOPIFY_ORDER_COLUMNS), *added]
    original = write_export(tmp_path / "orders_export.csv", rows)
    later = write_export(tmp_path / "orders_export_2027.csv",
                         [{**row, **dict.fromkeys(added, "x")} for row in rows], header=newer)  # fmt: skip
    as_exported, as_later = f"sqlite:///{tmp_path / 'a.sqlite3'}", f"sqlite:///{tmp_path / 'b.sqlite3'}"

    assert packstation("--db", as_exported, "import", str(original)).returncode == 0
    done = packstation("--db", as_later, "import", str(later))

    assert done.returncode == 0, done.stdout + done.stderr
    assert "orders: 20 new" in done.stdout and stored(as_later) == stored(as_exported)


def test_an_export_cut_down_in_a_spreadsheet_says_what_its_orders_will_miss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A manager deleted columns before saving: the orders still come in, and the summary says
    what they lack and what that costs; without an order's number nothing can come in."""
    db = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    rows = export_rows(6)
    cut = [c for c in SHOPIFY_ORDER_COLUMNS if c not in ("Email", "Shipping Country", "Billing Country")]
    done = packstation("--db", db, "import", str(write_export(tmp_path / "cut.csv", rows, header=cut)))
    assert done.returncode == 0, done.stderr
    assert "6 new" in done.stdout
    assert "warning: the file has no 'Email' column, so its orders have no e-mail address" in done.stdout
    assert (
        "warning: the file has no 'Shipping Country' or 'Billing Country' column, so its orders have no country"
        in done.stdout
    )

    from packstation.importers import service  # the same file stored two orders at a time: said once

    monkeypatch.setattr(service, "ORDERS_AT_ONCE", 2)
    again = bootstrap(f"sqlite:///{tmp_path / 'again.sqlite3'}")
    try:
        report = service.import_file(again.sessions, tmp_path / "cut.csv")
    finally:
        again.close()
    assert report.created == 6 and len(report.warnings) == 2, report.warnings

    no_number = [c for c in SHOPIFY_ORDER_COLUMNS if c != "Name"]
    refused = packstation(
        "--db", db, "import", str(write_export(tmp_path / "no-name.csv", rows, header=no_number))
    )
    assert refused.returncode == 2
    assert (
        "no-name.csv, line 1: a Shopify orders export, but the header lacks the column 'Name'"
        in refused.stderr
    )


def test_a_download_cut_short_in_a_character_is_said_to_be_cut_short(tmp_path: Path) -> None:
    whole = write_export(tmp_path / "whole.csv", export_rows(3)).read_bytes()
    last = max(i for i, byte in enumerate(whole) if byte >= 0xC2)  # the last letter of two bytes or more
    cut = tmp_path / "cut.csv"
    cut.write_bytes(whole[: last + 1])
    done = packstation("--db", f"sqlite:///{tmp_path / 'shop.sqlite3'}", "import", str(cut))
    assert done.returncode == 2
    assert (
        "cut.csv, line " in done.stderr
        and "the file ends in the middle of a character: it was cut short" in done.stderr
    )
