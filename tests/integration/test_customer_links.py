"""A shop owner's story: the unsubscribe and referral links in the messages carry each
customer's own random token, so nobody can unsubscribe another customer or claim their
referral by counting (`unsubscribe?c=54`, `/r/54`); an unsubscribe the shop's page reports
through `packstation unsubscribe` stops the next marketing mail."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from packstation.bootstrap import App, bootstrap
from packstation.cli.main import main
from packstation.core.customer_links import NoSuchLink, customer_for_link
from packstation.demo.shop import create_demo
from packstation.followups.dispatch import dispatch_once, smtp_config
from packstation.storage.models import Customer, MessageStatus, Order, OutboxMessage, Setting
from tests.integration.test_followups import PACKED_AT, outbox, pack, smtp  # noqa: F401 (a fixture)
from tests.support.demo import demo_shop
from tests.support.smtp import SmtpServer

UNSUBSCRIBE = re.compile(r"https://verde-atelier\.example/unsubscribe\?t=(\S+)")


@pytest.fixture
def shop(sqlite_app: App) -> App:
    demo_shop(sqlite_app, 40)
    return sqlite_app


def review_link_token(app: App, order: Order) -> str:
    with app.sessions() as session:
        review = session.scalars(
            select(OutboxMessage).where(
                OutboxMessage.order_id == order.id, OutboxMessage.rule == "review_request"
            )
        ).one()
    found = UNSUBSCRIBE.search(review.body_text)
    assert found is not None, review.body_text
    return found.group(1)


def test_two_customers_links_differ_and_cannot_be_worked_out_from_their_number(
    shop: App, tmp_path: Path
) -> None:
    first, second = pack(shop), pack(shop)
    tokens = [review_link_token(shop, first), review_link_token(shop, second)]

    assert tokens[0] != tokens[1]
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{22,}", token) for token in tokens)  # >= 128 bits, URL-safe
    with shop.sessions() as session:
        customer = session.get(Customer, first.customer_id)
        assert customer is not None and customer.link_token == tokens[0]
        assert str(customer.id) not in tokens[0]
    # the same demo shop made again: the same customer numbers, other tokens
    again = bootstrap(f"sqlite:///{tmp_path / 'again.sqlite3'}")
    try:
        create_demo(again.sessions, orders=40)
        with again.sessions() as session:
            twin = session.get(Customer, first.customer_id)
            assert twin is not None and twin.email == customer.email and twin.link_token != tokens[0]
    finally:
        again.close()


@pytest.mark.parametrize("guess", ["54", "unsubscribe?c=54", "https://verde-atelier.example/r/54",
                                   "AAAAAAAAAAAAAAAAAAAAAAAA", "x' OR '1'='1"])  # fmt: skip
def test_a_counted_or_made_up_link_is_no_customers_and_changes_nothing(
    shop: App, guess: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with shop.sessions() as session:
        before = {row[0]: row[1] for row in session.execute(select(Customer.id, Customer.marketing_consent))}

    assert main(["--db", shop.db_url, "unsubscribe", guess]) == 1

    assert "no customer has this link" in capsys.readouterr().err
    with shop.sessions() as session:
        assert {
            row[0]: row[1] for row in session.execute(select(Customer.id, Customer.marketing_consent))
        } == before
        with pytest.raises(NoSuchLink, match="no customer has this link"):
            customer_for_link(session, guess)  # what the shop's referral page asks, likewise


def test_the_referral_link_leads_to_its_customer(shop: App) -> None:
    with shop.sessions() as session:
        customer = session.scalars(select(Customer).order_by(Customer.id)).first()
        assert customer is not None
        assert customer_for_link(session, f" {customer.link_token}\n").id == customer.id


def test_a_link_setting_with_the_customer_number_is_refused_saying_what_to_write(
    shop: App, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PACKSTATION_PIN", "4321")
    for name, link in [("unsubscribe_url", "https://shop.example/unsubscribe?c={customer}"),
                       ("referral_url", "https://shop.example/r/{customer}?t={token}")]:  # fmt: skip
        assert main(["--db", shop.db_url, "settings", "set", name, link, "--badge", "M-2001"]) == 2
        assert "write {token} instead" in capsys.readouterr().err
    assert main(["--db", shop.db_url, "settings", "set", "referral_url", "https://shop.example/r/{token}",
                 "--badge", "M-2001"]) == 0  # fmt: skip
    with shop.sessions() as session:
        assert session.get(Setting, "referral_url").value == "https://shop.example/r/{token}"  # type: ignore[union-attr]
        assert session.get(Setting, "unsubscribe_url").value.endswith("?t={token}")  # type: ignore[union-attr]


def test_an_older_shops_links_and_customers_are_brought_over_by_the_migration(shop: App) -> None:
    from alembic import command

    from packstation.storage.migrate import _config, schema_change, upgrade

    with schema_change(shop.engine) as connection:  # the schema before customers had tokens
        command.downgrade(_config(connection), "0018")
    with shop.sessions.begin() as session:
        session.merge(Setting(name="unsubscribe_url", value="https://shop.example/odhlasit?c={customer}"))
        session.merge(Setting(name="referral_url", value="https://shop.example/r/{customer}"))

    upgrade(shop.engine)

    with shop.sessions() as session:
        links = {row.name: row.value for row in session.scalars(select(Setting))}
        tokens = list(session.scalars(select(Customer.link_token)))
    assert links["unsubscribe_url"] == "https://shop.example/odhlasit?c={token}"
    assert links["referral_url"] == "https://shop.example/r/{token}"
    assert len(tokens) > 10 and len(set(tokens)) == len(tokens)
    assert all(token and len(token) >= 22 for token in tokens)


def test_an_unsubscribe_the_shop_reports_stops_the_next_marketing_mail(shop: App, smtp: SmtpServer) -> None:  # noqa: F811
    order = pack(shop, language="en")
    token = review_link_token(shop, order)
    config = smtp_config(smtp.url)
    dispatch_once(shop.sessions, config, now=PACKED_AT + timedelta(minutes=1))  # the thank-you
    [thanks] = smtp.inbox.messages

    said = subprocess.run(
        [sys.executable, "-m", "packstation", "--db", shop.db_url, "unsubscribe", token],
        capture_output=True, text=True, timeout=60, env=os.environ.copy(),
    )  # fmt: skip

    assert said.returncode == 0, said.stderr
    assert "unsubscribed" in said.stdout
    dispatch_once(shop.sessions, config, now=PACKED_AT + timedelta(days=30))  # everything due by now
    assert smtp.inbox.messages == [thanks]  # no review request, no reminder, nothing more
    marketing = [m for m in outbox(shop).values() if m.marketing]
    assert marketing and all(m.status is MessageStatus.CANCELLED for m in marketing)
    with shop.sessions() as session:
        customer = session.get(Customer, order.customer_id)
        assert customer is not None and not customer.marketing_consent


def test_unsubscribes_from_a_file_each_count_on_their_own(
    shop: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with shop.sessions() as session:
        agreed = list(
            session.scalars(select(Customer).where(Customer.marketing_consent).order_by(Customer.id))
        )[:2]
    hook = tmp_path / "unsubscribed.txt"
    hook.write_text(f"# from the shop's web hook\n{agreed[0].link_token}\n54\n\n{agreed[1].link_token}\n")

    assert main(["--db", shop.db_url, "unsubscribe", "--file", str(hook)]) == 1

    assert f"{hook}, line 3: '54': no customer has this link" in capsys.readouterr().err
    with shop.sessions() as session:
        assert not any(session.get(Customer, c.id).marketing_consent for c in agreed)  # type: ignore[union-attr]


def test_an_older_export_does_not_give_back_the_consent_an_unsubscribe_withdrew(
    shop: App, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from packstation.core.customer_links import unsubscribe

    head = "order_number,created_at,customer_name,email,marketing_consent,ship_city,ship_country,item_name,quantity,unit_price\n"
    export = tmp_path / "export.csv"
    export.write_text(head + "W-801,2026-11-20 10:00,Eva Dvořák,eva@example.cz,yes,Brno,CZ,Mýdlo,1,99\n")
    assert main(["--db", shop.db_url, "import", str(export)]) == 0
    with shop.sessions.begin() as session:  # the shop's unsubscribe page, on 25 November
        token = session.scalars(select(Customer.link_token).where(Customer.email == "eva@example.cz")).one()
        unsubscribe(session, token, now=PACKED_AT)

    def consent_after(row: str) -> bool:
        export.write_text(head + row)
        assert main(["--db", shop.db_url, "import", str(export)]) == 0
        with shop.sessions() as session:
            return session.scalars(
                select(Customer.marketing_consent).where(Customer.email == "eva@example.cz")
            ).one()

    # her order of the day before, exported later, still says she accepts marketing
    assert not consent_after("W-802,2026-11-24 10:00,Eva Dvořák,eva@example.cz,yes,Brno,CZ,Svíčka,1,349\n")
    # she agrees again in the shop, with an order placed after the unsubscribe
    assert consent_after("W-803,2026-12-01 10:00,Eva Dvořák,eva@example.cz,yes,Brno,CZ,Svíčka,1,349\n")
    capsys.readouterr()
    monkeypatch.setenv("PACKSTATION_PIN", "4321")
    assert main(["--db", shop.db_url, "audit", "--badge", "M-2001"]) == 0
    assert "customer unsubscribed" in capsys.readouterr().out
