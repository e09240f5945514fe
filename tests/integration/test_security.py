"""Who may do what is decided in the core, every manager's action is on record, secrets stay out
of the database, and old customers can be forgotten without losing a single figure."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from packstation.bench.rules import BenchError
from packstation.bench.service import Bench
from packstation.bootstrap import App
from packstation.cli.main import main
from packstation.core.admin import change_settings
from packstation.core.purge import ANONYMISED, purge_personal_data
from packstation.core.settings import load_settings
from packstation.core.staff import audit_log, authorize
from packstation.stats.packing import pack_figures
from packstation.stats.summary import summary
from packstation.storage.models import AuditEntry, Customer, Order, OrderStatus, OutboxMessage, Packer, Role
from tests.integration.test_followups import PACKED_AT, pack
from tests.support.demo import demo_shop


@pytest.fixture
def shop(app: App) -> App:
    demo_shop(app, 40)
    return app


def person(app: App, badge: str) -> Packer:
    with app.sessions() as session:
        return session.scalars(select(Packer).where(Packer.badge == badge)).one()


def test_roles_are_enforced_in_the_core_not_only_hidden_in_the_window(shop: App) -> None:
    with shop.sessions.begin() as session:
        jana = session.scalars(select(Packer).where(Packer.badge == "P-1001")).one()
        with pytest.raises(PermissionError, match="Jana Veselá \\(packer\\) may not change the settings"):
            change_settings(session, jana, {"return_days": 60})
        with pytest.raises(PermissionError, match="is not a manager's"):
            authorize(session, "P-1001", "", Role.MANAGER, "the audit log")
        marek = session.scalars(select(Packer).where(Packer.badge == "M-2001")).one()
        with pytest.raises(PermissionError, match="may not purge personal data: it needs an admin"):
            purge_personal_data(session, marek, timedelta(days=180))
        with pytest.raises(PermissionError, match="wrong PIN for Marek"):
            authorize(session, "M-2001", "1234", Role.MANAGER, "the audit log")
        assert (
            marek.pin_hash is not None
            and marek.pin_hash.startswith("scrypt$")
            and "4321" not in marek.pin_hash
        )
    with shop.sessions() as session:
        assert load_settings(session).return_days != 60
        assert [(e.action, e.subject) for e in audit_log(session)] == [("wrong PIN", "M-2001")]  # only that


def test_a_manager_changes_a_setting_and_the_audit_log_says_who(
    shop: App, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", shop.db_url]
    monkeypatch.setenv("PACKSTATION_PIN", "4321")
    assert main([*db, "settings", "set", "return_days", "45", "--badge", "M-2001"]) == 0
    assert "return_days = 45 (changed by Marek Hájek)" in capsys.readouterr().out

    assert main([*db, "settings", "set", "smtp_password", "hunter2", "--badge", "M-2001"]) == 2
    assert "secrets are kept in the system keyring or the environment" in capsys.readouterr().err
    assert main([*db, "settings", "set", "no_such_thing", "1", "--badge", "M-2001"]) == 2
    assert "no setting called 'no_such_thing'" in capsys.readouterr().err
    assert main([*db, "settings", "set", "return_days", "1", "--badge", "P-1002"]) == 1
    assert "is not a manager's" in capsys.readouterr().err
    monkeypatch.setenv("PACKSTATION_PIN", "0000")
    assert main([*db, "settings", "set", "return_days", "1", "--badge", "M-2001"]) == 1
    assert "wrong PIN" in capsys.readouterr().err

    with shop.sessions() as session:
        assert load_settings(session).return_days == 45
        [entry] = [e for e in audit_log(session) if e.action != "wrong PIN"]
        wrong = next(e for e in audit_log(session) if e.action == "wrong PIN")
        assert wrong.station.startswith("command line on ")
    assert (entry.actor, entry.role, entry.action, entry.subject) == ("Marek Hájek", "manager", "setting changed",
                                                                      "return_days")  # fmt: skip
    assert entry.detail["new"] == 45 and entry.detail["old"] != 45
    monkeypatch.setenv("PACKSTATION_PIN", "4321")
    assert main([*db, "audit", "--badge", "M-2001"]) == 0
    assert "Marek Hájek (manager)  setting changed: return_days" in capsys.readouterr().out


def test_short_ships_take_overs_and_reprints_after_packing_are_on_record(shop: App) -> None:
    with shop.sessions() as session:
        order = session.scalars(
            select(Order).where(Order.notes.is_(None), Order.status == OrderStatus.READY).order_by(Order.id)
        ).first()
        assert order is not None
        number = order.number
    bench = Bench(shop.sessions, "Bench 2", queue_followups=lambda n: None)
    bench.scan("P-1002")
    bench.scan(number)
    bench.scan("BOX-M")
    with pytest.raises(BenchError, match="is not a manager's"):
        bench.approve_short_ship("P-1001", "")
    assert bench.approve_short_ship("M-2001", "4321").completed
    bench.scan("CMD-REPRINT-VOUCHER")  # a second voucher in hand after the parcel closed

    with shop.sessions() as session:
        entries = {e.action: e for e in session.scalars(select(AuditEntry))}
    assert (
        entries["short ship approved"].actor == "Marek Hájek"
        and entries["short ship approved"].subject == number
    )
    assert (
        entries["short ship approved"].station == "Bench 2"
        and entries["short ship approved"].detail["missing"]
    )
    assert entries["inserts reprinted"].actor == "Ion Popa" and entries["inserts reprinted"].detail == {
        "kinds": ["voucher"]
    }


def test_old_customers_are_forgotten_and_every_figure_stays(
    shop: App, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    packed = [pack(shop, language=language) for language in ("en", "cs", "uk")]
    with shop.sessions.begin() as session:  # two of them were customers a year ago, and not since
        old = [o.customer_id for o in packed[:2]]
        session.execute(update(Order).where(Order.customer_id.in_(old))
                        .values(created_at=PACKED_AT - timedelta(days=400)))  # fmt: skip
        session.execute(update(Customer).where(Customer.id.in_(old))
                        .values(created_at=PACKED_AT - timedelta(days=400)))  # fmt: skip
    period = (PACKED_AT - timedelta(days=1), PACKED_AT + timedelta(days=1))
    with shop.sessions() as session:
        figures_before, summary_before = pack_figures(session, *period, "packer"), summary(session, *period)

    db = ["--db", shop.db_url]
    monkeypatch.setenv("PACKSTATION_PIN", "4321")
    assert main([*db, "purge", "--older-than", "180d", "--badge", "M-2001"]) == 1  # a manager may not
    assert "is not an admin's" in capsys.readouterr().err
    monkeypatch.setenv("PACKSTATION_PIN", "9001")
    assert main([*db, "purge", "--older-than", "2d", "--badge", "A-9001"]) == 2
    assert "at least 30 days" in capsys.readouterr().err
    assert main([*db, "purge", "--older-than", "180d", "--badge", "A-9001"]) == 0
    assert "anonymised 2 customers" in capsys.readouterr().out

    with shop.sessions() as session:
        forgotten = list(session.scalars(select(Customer).where(Customer.id.in_(old))))
        kept = session.get(Customer, packed[2].customer_id)
        orders = list(session.scalars(select(Order).where(Order.customer_id.in_(old))))
        assert all(o.number and o.lines for o in orders)  # the orders themselves stay, for the figures
        messages = list(
            session.scalars(select(OutboxMessage).where(OutboxMessage.order_id.in_([o.id for o in orders])))
        )
        assert pack_figures(session, *period, "packer") == figures_before  # not one figure changed
        summary_after = summary(session, *period)
    # the follow-ups still waiting for them will not go (no address left): cancelled, still counted
    assert {rule: sum(by.values()) for rule, by in summary_after.followups.items()} == {
        rule: sum(by.values()) for rule, by in summary_before.followups.items()
    }
    summary_after.followups = summary_before.followups
    assert summary_after == summary_before
    with shop.sessions() as session:
        [entry] = [e for e in audit_log(session) if e.action == "personal data purged"]
    assert all(c.full_name == ANONYMISED and c.email is None and c.phone is None for c in forgotten)
    assert kept is not None and kept.full_name != ANONYMISED and kept.email
    assert all(o.ship_name == "" and o.ship_address1 == "" and o.gift_message is None for o in orders)
    assert messages and all(m.recipient == "" and m.body_text == "" for m in messages)
    assert (entry.actor, entry.role, entry.detail["older_than_days"]) == ("Admin", "admin", 180)

    assert main([*db, "purge", "--older-than", "180d", "--badge", "A-9001"]) == 0  # again: nothing left
    assert "anonymised 0 customers" in capsys.readouterr().out
