"""A shop manager's story of the playbook's occasions: a year after a customer's first order an
anniversary offer goes out, and on their birthday (imported or set by the shop) a birthday
offer — once each, only with consent, never inside the marketing gap. The clock is the story's
own, handed in; the sweep runs as a dispatcher's first round of a day runs it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from packstation.bootstrap import App
from packstation.cli.main import main
from packstation.followups.dispatch import dispatch_once, smtp_config
from packstation.followups.messages import SUBJECT_LIMIT
from packstation.followups.occasions import occasion_day, queue_occasions
from packstation.storage.models import Customer, MessageStatus, OutboxMessage
from tests.support.demo import demo_shop
from tests.support.smtp import SmtpServer

HEAD = ("order_number,created_at,customer_name,email,language,marketing_consent,birthday,ship_address1,"
        "ship_city,ship_zip,ship_country,item_name,quantity,unit_price,currency\n")  # fmt: skip
LUKAS = "W-501,2025-12-10 10:15,Lukáš Novák,lukas.novak@example.cz,cs,yes,,Dlouhá 5,Praha,11000,CZ,Svíčka,1,349,CZK\n"
OLENA = (
    "W-502,2025-12-10 11:00,Олена Коваль,olena@example.ua,uk,no,,Хрещатик 1,Київ,01001,UA,Мило,1,120,UAH\n"
)
ANA = "W-503,2025-06-01 09:00,Ana Pop,ana.pop@example.ro,ro,yes,--02-29,Str. Unirii 3,Cluj,400001,RO,Lumânare,1,80,RON\n"
DAY = datetime(2026, 12, 10, 8, 0, tzinfo=UTC)  # the morning of Lukáš's first anniversary


@pytest.fixture
def shop(sqlite_app: App, tmp_path: Path) -> App:
    demo_shop(sqlite_app, 10)  # the shop's name, links and settings
    orders = tmp_path / "orders.csv"
    orders.write_text(HEAD + LUKAS + OLENA + ANA, encoding="utf-8")
    assert main(["--db", sqlite_app.db_url, "import", str(orders)]) == 0
    return sqlite_app


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    yield server
    server.stop()


def occasions(app: App, email: str) -> list[OutboxMessage]:
    with app.sessions() as session:
        return list(
            session.scalars(
                select(OutboxMessage)
                .where(OutboxMessage.recipient == email, OutboxMessage.rule.in_(["anniversary", "birthday"]))
                .order_by(OutboxMessage.id)
            )
        )


def test_the_anniversary_offer_is_queued_on_the_day_once_and_sent(shop: App, smtp: SmtpServer) -> None:
    queue_occasions(shop.sessions, DAY - timedelta(days=1))
    assert occasions(shop, "lukas.novak@example.cz") == []  # not before the day

    queue_occasions(shop.sessions, DAY)
    queue_occasions(shop.sessions, DAY + timedelta(hours=3))  # the sweep runs again and again
    [offer] = occasions(shop, "lukas.novak@example.cz")

    with shop.sessions() as session:
        token = session.scalars(select(Customer.link_token).where(Customer.email == offer.recipient)).one()
    assert offer.key == f"anniversary:{token}:2026" and offer.marketing
    assert offer.scheduled_at == datetime(2026, 12, 10, 9, 0, tzinfo=ZoneInfo("Europe/Prague"))  # his morning
    assert "10. prosince 2025" in offer.body_text and "Dobrý den, Lukáši," in offer.body_text
    assert len(offer.subject) <= SUBJECT_LIMIT
    assert occasions(shop, "olena@example.ua") == []  # same day, no consent: nothing

    report = dispatch_once(shop.sessions, smtp_config(smtp.url), now=DAY + timedelta(hours=1, minutes=5))
    [mail] = [m for m in smtp.inbox.messages if "lukas.novak@example.cz" in m["To"]]
    assert report.sent >= 1 and mail["Subject"] == offer.subject
    assert mail["List-Unsubscribe"] == f"<https://verde-atelier.example/unsubscribe?t={token}>"
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_day_without_a_dispatcher_is_caught_up_but_a_week_late_is_too_late(shop: App) -> None:
    queue_occasions(shop.sessions, DAY + timedelta(days=3))
    assert len(occasions(shop, "lukas.novak@example.cz")) == 1

    with shop.sessions.begin() as session:
        session.query(OutboxMessage).delete()
    queue_occasions(shop.sessions, DAY + timedelta(days=8))  # the rule's 7 days are over
    assert occasions(shop, "lukas.novak@example.cz") == []


def test_the_anniversary_waits_out_the_marketing_gap(shop: App, smtp: SmtpServer) -> None:
    queue_occasions(shop.sessions, DAY)
    [offer] = occasions(shop, "lukas.novak@example.cz")
    sent_before = DAY + timedelta(minutes=30)  # another marketing mail went out half an hour earlier
    with shop.sessions.begin() as session:
        session.add(OutboxMessage(
            key="W-501:review_request", order_id=offer.order_id, rule="review_request", marketing=True,
            channel="email", recipient=offer.recipient, language="cs", subject="Jak se vám líbí?",
            body_text="…", body_html="…", message_id="<review@verde-atelier.example>", created_at=DAY,
            scheduled_at=sent_before, status=MessageStatus.SENT, sent_at=sent_before,
        ))  # fmt: skip

    dispatch_once(shop.sessions, smtp_config(smtp.url), now=DAY + timedelta(hours=1, minutes=5))

    [waiting] = occasions(shop, "lukas.novak@example.cz")
    assert waiting.status is MessageStatus.QUEUED and waiting.scheduled_at == sent_before + timedelta(
        hours=16
    )
    assert not [m for m in smtp.inbox.messages if "lukas.novak@example.cz" in m["To"]]


def test_a_birthday_set_by_the_shop_gets_its_offer_on_the_day(shop: App) -> None:
    assert main(["--db", shop.db_url, "customer", "birthday", "Lukas.Novak@example.cz", "1990-03-17"]) == 0

    queue_occasions(shop.sessions, datetime(2027, 3, 16, 8, 0, tzinfo=UTC))
    assert [m.rule for m in occasions(shop, "lukas.novak@example.cz")] == []
    queue_occasions(shop.sessions, datetime(2027, 3, 17, 8, 0, tzinfo=UTC))
    queue_occasions(shop.sessions, datetime(2027, 3, 17, 18, 0, tzinfo=UTC))
    [offer] = occasions(shop, "lukas.novak@example.cz")
    assert offer.rule == "birthday" and offer.key.endswith(":2027")
    assert "narozeninám" in offer.body_text and "Odhlásit se: https://" in offer.body_text

    assert main(["--db", shop.db_url, "customer", "birthday", "olena@example.ua", "03-17"]) == 0
    queue_occasions(shop.sessions, datetime(2027, 3, 17, 8, 0, tzinfo=UTC))
    assert occasions(shop, "olena@example.ua") == []  # no consent, no birthday offer


def test_a_birthday_the_shop_sets_on_the_day_itself_is_queued_at_once(shop: App) -> None:
    today = datetime.now(UTC).date()  # the command's real clock: the test holds on any day
    assert (
        main(["--db", shop.db_url, "customer", "birthday", "lukas.novak@example.cz", f"{today:%m-%d}"]) == 0
    )
    [offer] = occasions(shop, "lukas.novak@example.cz")
    assert offer.rule == "birthday" and offer.key.endswith(f":{today.year}")


def test_the_dispatcher_sweeps_once_a_day_and_the_next_day_catches_what_came_later(
    shop: App, smtp: SmtpServer
) -> None:
    from packstation.core.birthdays import set_birthday

    config = smtp_config(smtp.url)
    morning = datetime(2027, 3, 17, 6, 0, tzinfo=UTC)
    dispatch_once(shop.sessions, config, now=morning)
    with shop.sessions.begin() as session:  # the shop's site reports the birthday at noon
        set_birthday(session, "lukas.novak@example.cz", date(1990, 3, 17))
    dispatch_once(shop.sessions, config, now=morning + timedelta(hours=6))
    assert occasions(shop, "lukas.novak@example.cz") == []  # the day's sweep has run

    dispatch_once(shop.sessions, config, now=morning + timedelta(days=1))
    [offer] = occasions(shop, "lukas.novak@example.cz")
    assert offer.rule == "birthday" and offer.key.endswith(":2027")


def test_a_29_february_birthday_from_the_file_falls_on_the_28th(shop: App) -> None:
    with shop.sessions() as session:
        born = session.scalars(select(Customer.birthday).where(Customer.email == "ana.pop@example.ro")).one()
    assert born == date(1904, 2, 29)  # imported, the year not known
    assert occasion_day(2, 29, 2027) == date(2027, 2, 28) and occasion_day(2, 29, 2028) == date(2028, 2, 29)

    queue_occasions(shop.sessions, datetime(2027, 2, 27, 8, 0, tzinfo=UTC))
    assert occasions(shop, "ana.pop@example.ro") == []
    queue_occasions(shop.sessions, datetime(2027, 2, 28, 8, 0, tzinfo=UTC))
    [offer] = occasions(shop, "ana.pop@example.ro")
    assert (
        offer.scheduled_at == datetime(2027, 2, 28, 9, 0, tzinfo=ZoneInfo("Europe/Bucharest"))
        and "La mulți ani" in offer.subject
    )
    queue_occasions(shop.sessions, datetime(2027, 3, 1, 8, 0, tzinfo=UTC))
    assert len(occasions(shop, "ana.pop@example.ro")) == 1


def test_a_bad_birthday_in_a_file_is_named_and_its_order_not_imported(
    shop: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    orders = tmp_path / "more.csv"
    orders.write_text(
        HEAD + "W-601,2026-11-30 10:00,Petra Malá,petra@example.cz,cs,yes,1990-02-30,Krátká 1,Brno,60200,CZ,Mýdlo,1,99,CZK\n",
        encoding="utf-8",
    )  # fmt: skip

    assert main(["--db", shop.db_url, "import", str(orders)]) == 1

    said = capsys.readouterr().out  # the import's report
    assert "line 2" in said and "birthday" in said and "'1990-02-30' is not a real day" in said
    with shop.sessions() as session:
        assert session.scalars(select(Customer).where(Customer.email == "petra@example.cz")).first() is None


def test_a_birthday_typed_wrong_is_refused_and_an_unknown_customer_said(
    shop: App, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", shop.db_url, "customer", "birthday", "lukas.novak@example.cz", "17.3.1990"]) == 2
    assert "is not a birthday (YYYY-MM-DD" in capsys.readouterr().err
    assert main(["--db", shop.db_url, "customer", "birthday", "nobody@example.cz", "03-17"]) == 1
    assert "no customer has this e-mail address" in capsys.readouterr().err
    assert main(["--db", shop.db_url, "customer", "birthday", "lukas.novak@example.cz"]) == 0
    assert "birthday not known" in capsys.readouterr().out


def test_a_manager_moves_the_birthday_offer_two_days_ahead(shop: App) -> None:
    from dataclasses import replace

    from packstation.followups.messages import playbook_toml, shipped_playbook
    from packstation.storage.models import ShopFile

    rules = [replace(rule, delay_days=-2) if rule.name == "birthday" else rule for rule in shipped_playbook()]
    with shop.sessions.begin() as session:  # as Settings › Follow-ups saves it
        session.add(ShopFile(path="followups/playbook.toml", body=playbook_toml(rules), changed_at=DAY,
                             changed_by="the manager"))  # fmt: skip
    assert main(["--db", shop.db_url, "customer", "birthday", "lukas.novak@example.cz", "01-01"]) == 0

    queue_occasions(shop.sessions, datetime(2026, 12, 29, 8, 0, tzinfo=UTC))
    assert occasions(shop, "lukas.novak@example.cz") == []
    queue_occasions(shop.sessions, datetime(2026, 12, 30, 8, 0, tzinfo=UTC))
    [offer] = occasions(shop, "lukas.novak@example.cz")
    assert offer.scheduled_at == datetime(
        2026, 12, 30, 9, 0, tzinfo=ZoneInfo("Europe/Prague")
    ) and offer.key.endswith(":2027")


def test_a_json_export_carries_the_birthday(shop: App, tmp_path: Path) -> None:
    import json

    order = {"number": "J-701", "created_at": "2026-11-30T10:00:00+02:00",
             "customer": {"name": "Ioana Rusu", "email": "ioana@example.ro", "language": "ro",
                          "marketing_consent": True, "birthday": "1988-07-04"},
             "shipping": {"address1": "Str. Mare 1", "city": "Iași", "zip": "700001", "country": "RO"},
             "lines": [{"name": "Lumânare", "quantity": 1, "unit_price": 80}], "currency": "RON"}  # fmt: skip
    export = tmp_path / "orders.json"
    export.write_text(json.dumps({"orders": [order]}), encoding="utf-8")

    assert main(["--db", shop.db_url, "import", str(export)]) == 0

    with shop.sessions() as session:
        born = session.scalars(select(Customer.birthday).where(Customer.email == "ioana@example.ro")).one()
    assert born == date(1988, 7, 4)
