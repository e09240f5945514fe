"""A Czech shop with Czech and Ukrainian customers, from its own export (no demo): Lukáš's note
thanks "Lukáši", Єлизавета's thank-you mail opens "Вітаємо, Єлизавето!" — the name called in
the vocative as a native speaker calls it — and Xiaoling, a name neither language knows, is
greeted exactly as she wrote it."""

from __future__ import annotations

import os
import subprocess
import sys
from email.message import Message
from pathlib import Path

from sqlalchemy import select

from packstation.bootstrap import bootstrap
from packstation.core.catalogue import PackagingEntry, save_packaging
from packstation.core.staff import authenticate_manager
from tests.support.pdf import page_text
from tests.support.smtp import SmtpServer

PIN = "482913"
ITEM = "8590045120150"
# the shop's own CSV export: one order each, in the customer's language
EXPORT = f"""\
order_number,created_at,status,customer_name,email,language,marketing_consent,gift,gift_message,ship_address1,ship_city,ship_zip,ship_country,shipping_method,notes,tags,currency,sku,barcode,item_name,quantity,unit_price,requires_shipping
L-3001,2026-11-21 08:00,ready,Lukáš Dvořák,lukas.dvorak@seznam.cz,cs,no,no,,Křižíkova 148/34,Praha 8,186 00,CZ,Zásilkovna,,,CZK,SOAP-OAT,{ITEM},Oat soap bar,1,129.00,yes
L-3002,2026-11-21 09:00,ready,Єлизавета Коваленко,yelyzaveta.k@ukr.net,uk,no,no,,вул. Січових Стрільців 21,Київ,04053,UA,Nova Poshta,,,UAH,SOAP-OAT,{ITEM},Oat soap bar,1,180.00,yes
L-3003,2026-11-21 10:00,ready,Xiaoling Wang,xiaoling.wang@gmail.com,cs,no,no,,Vinohradská 12,Praha 2,120 00,CZ,PPL,,,CZK,SOAP-OAT,{ITEM},Oat soap bar,1,129.00,yes
"""  # fmt: skip
SETUP = [
    "setup", "--admin-name", "Marta Dvořáková", "--admin-badge", "A-0001",
    "--shop-name", "Lípa & Len", "--website", "https://lipaalen.example", "--platform", "shopify",
    "--support-email", "ahoj@lipaalen.example", "--support-phone", "+420 530 000 111",
    "--return-name", "Lípa & Len s.r.o.", "--return-street", "Květná 12", "--return-postcode", "602 00",
    "--return-city", "Brno", "--return-country", "Česko",
    "--returns-url", "https://lipaalen.example/vraceni?rma={rma}",
    "--review-url", "https://lipaalen.example/recenze?order={order}",
    "--unsubscribe-url", "https://lipaalen.example/odhlasit?t={token}",
    "--referral-url", "https://lipaalen.example/doporuceni/{token}",
]  # fmt: skip


def packstation(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PACKSTATION_DB": db, "PACKSTATION_PIN": PIN}
    done = subprocess.run([sys.executable, "-m", "packstation", *args], capture_output=True, text=True,
                          timeout=120, env=env)  # fmt: skip
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done


def a_shop_with_its_own_orders(tmp_path: Path) -> str:
    """Imported from its export, set up in one command, a box in its packaging catalogue."""
    db = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    export = tmp_path / "orders_export.csv"
    export.write_text(EXPORT, encoding="utf-8")
    packstation(db, "import", str(export))
    packstation(db, *SETUP)
    app = bootstrap(db)
    with app.sessions.begin() as session:  # the manager adds the shop's box in Settings
        manager = authenticate_manager(session, "A-0001", PIN)
        save_packaging(session, manager, PackagingEntry("BOX-S", "Small recycled box", recyclable=True))
    app.close()
    return db


def packed_and_mailed(db: str, tmp_path: Path, order: str) -> tuple[str, Message]:
    """Pack `order` at the bench from the command line, print its note and send the mails that
    are due over a real SMTP server: the note's text and the thank-you mail received."""
    packstation(db, "pack", order, "--packer", "A-0001", "--station", "Bench 1", "--no-print",
                "--scan", ITEM, "--scan", "BOX-S", "--scan", "1Z999AA10123456784")  # fmt: skip
    note = tmp_path / f"{order}.pdf"
    packstation(db, "inserts", order, "--kinds", "note", "--out", str(note))
    server = SmtpServer().start()
    try:
        packstation(db, "dispatch", "--once", "--smtp", server.url)
    finally:
        server.stop()
    [thanks] = [m for m in server.inbox.messages if order in str(m.get_body(("plain",)).get_content())]
    return page_text(note, 0), thanks


def test_lukas_and_jelyzaveta_are_thanked_in_the_vocative_on_the_note_and_in_the_mail(tmp_path: Path) -> None:
    db = a_shop_with_its_own_orders(tmp_path)

    note, mail = packed_and_mailed(db, tmp_path, "L-3001")
    assert "Děkujeme, Lukáši!" in note and "Lukáš!" not in note
    assert mail["Subject"].startswith("Lukáši,")
    assert mail.get_body(("plain",)).get_content().startswith("Dobrý den, Lukáši,")

    note, mail = packed_and_mailed(db, tmp_path, "L-3002")
    assert "Дякуємо, Єлизавето!" in note
    assert mail["Subject"].startswith("Єлизавето,")
    assert mail.get_body(("plain",)).get_content().startswith("Вітаємо, Єлизавето!")


def test_a_name_czech_does_not_know_is_greeted_as_written(tmp_path: Path) -> None:
    db = a_shop_with_its_own_orders(tmp_path)

    note, mail = packed_and_mailed(db, tmp_path, "L-3003")
    assert "Děkujeme, Xiaoling!" in note  # not "Xiaolingu"
    assert mail["Subject"].startswith("Xiaoling,")
    assert mail.get_body(("plain",)).get_content().startswith("Dobrý den, Xiaoling,")
    app = bootstrap(db)
    with app.sessions() as session:  # the shop's own templates still see the name as written
        from packstation.storage.models import Customer

        assert (
            session.scalar(select(Customer.first_name).where(Customer.email.like("xiaoling%"))) == "Xiaoling"
        )
    app.close()
