"""Someone tries to guess a manager's PIN: each wrong PIN is on record, the tries slow down
after three, the badge locks at ten, and only another manager's unlock opens it again — the
right PIN included. Through the command line (a script guessing) and at the bench."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from packstation.bench.service import Bench
from packstation.bootstrap import App
from packstation.core.pin_guard import LOCK_AT, PinRefused, check_pin
from packstation.core.staff import audit_log
from packstation.demo.shop import create_demo
from packstation.storage.models import Packer


@pytest.fixture
def shop(sqlite_app: App) -> App:
    create_demo(sqlite_app.sessions, orders=5)
    return sqlite_app


def audit(app: App, badge: str, pin: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PACKSTATION_PIN": pin}
    return subprocess.run([sys.executable, "-m", "packstation", "--db", app.db_url, "audit", "--badge", badge],
                          capture_output=True, text=True, timeout=120, env=env)  # fmt: skip


def test_a_script_guessing_a_pin_is_slowed_locked_and_on_record(shop: App) -> None:
    tries = [audit(shop, "M-2001", f"{guess:04d}") for guess in range(5)]  # a script, as fast as it can

    assert [t.returncode for t in tries] == [1] * 5
    assert tries[0].stderr.strip().endswith("wrong PIN for Marek Hájek")
    assert "try again in 30 s" in tries[2].stderr  # the third wrong PIN: the next one waits
    assert "too many wrong PINs for Marek Hájek: try again in" in tries[3].stderr  # not even checked
    assert "too many wrong PINs" in audit(shop, "M-2001", "4321").stderr  # the right PIN waits too

    with shop.sessions() as session:
        wrong = [e for e in audit_log(session) if e.action == "wrong PIN"]
    assert len(wrong) == 3 and {e.subject for e in wrong} == {"M-2001"}
    assert all("4321" not in str(e.detail) and "0001" not in str(e.detail) for e in wrong)  # never the PIN


def test_ten_wrong_pins_lock_the_badge_until_another_manager_unlocks_it(shop: App) -> None:
    with shop.sessions() as session:
        marek = session.scalars(select(Packer).where(Packer.badge == "M-2001")).one()
    when = datetime.now(UTC) - timedelta(days=3)  # three days ago, every few hours
    for n in range(LOCK_AT):  # a patient guesser, waiting out each delay
        with shop.sessions.begin() as session, pytest.raises(PinRefused):
            check_pin(session, marek, f"{n:06d}", "Bench 2", now=when)
        when += timedelta(hours=3)
    with (
        shop.sessions.begin() as session,
        pytest.raises(PinRefused, match="badge is locked after 10 wrong PINs"),
    ):
        check_pin(session, marek, "4321", "Bench 2")  # today: the right PIN, and still locked

    bench = Bench(shop.sessions, "Bench 2")
    refused = bench.sign_in("M-2001", "4321")
    assert bench.packer is None and "locked" in refused.message and refused.needs_pin

    not_him = audit(shop, "M-2001", "4321")
    assert not_him.returncode == 1 and "packstation unlock M-2001" in not_him.stderr
    env = {**os.environ, "PACKSTATION_PIN": "9001"}  # the shop's admin, A-9001
    unlocked = subprocess.run([sys.executable, "-m", "packstation", "--db", shop.db_url, "unlock", "M-2001",
                               "--badge", "A-9001"], capture_output=True, text=True, timeout=120, env=env)  # fmt: skip
    assert unlocked.returncode == 0, unlocked.stderr
    assert "M-2001: unlocked" in unlocked.stdout
    assert bench.sign_in("M-2001", "4321").tone.value != "refused" and bench.packer is not None
    with shop.sessions() as session:
        assert any(e.action == "badge unlocked" and e.subject == "M-2001" for e in audit_log(session))


def test_a_new_managers_pin_has_six_digits_at_least(shop: App) -> None:
    from packstation.core.admin import add_person
    from packstation.storage.models import Role

    with shop.sessions.begin() as session:
        admin = session.scalars(select(Packer).where(Packer.role == Role.ADMIN)).first()
        assert admin is not None
        with pytest.raises(ValueError, match="at least 6 digits"):
            add_person(session, admin, "Ioana Popescu", "M-2009", Role.MANAGER, "1234")
        assert add_person(session, admin, "Ioana Popescu", "M-2009", Role.MANAGER, "204917").pin_hash
