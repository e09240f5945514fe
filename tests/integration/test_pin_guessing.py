"""Someone tries to guess a manager's PIN. Each wrong PIN is on record (never the PIN), the tries
slow down after three, the badge locks at ten, and only a manager's or admin's unlock opens it
again — the right PIN included. Through the command line (a script guessing, processes at the
same moment), at the bench, and where a manager's PIN is set.

Times: the bench runs on a clock of the test's own (a Monday in March, moved on by hand); the
command line reads the real clock, and its tests only use waits counted from their own tries."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from packstation.bench.rules import BenchError
from packstation.bench.service import Bench
from packstation.bench.view import Tone
from packstation.bootstrap import App
from packstation.core.admin import add_person
from packstation.core.pin_guard import LOCK_AT, badge_wait, pin_state, station_wait
from packstation.core.staff import audit_log
from packstation.storage.models import AuditEntry, Packer, Role
from tests.support.demo import demo_shop

MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
LOCKED = (
    "Marek Hájek's badge is locked after 10 wrong PINs: a manager or admin must unlock it "
    "(Settings › Staff & badges, or packstation staff unlock M-2001)"
)


@pytest.fixture
def shop(app: App) -> App:
    demo_shop(app, 5)
    return app


class Clock:
    """The bench's clock, moved on by the test."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def wait(self, **how_long: float) -> None:
        self.at += timedelta(**how_long)


def bench_at(shop: App, station: str) -> tuple[Bench, Clock]:
    clock = Clock(MONDAY)
    return Bench(shop.sessions, station, clock=clock), clock


def packstation(shop: App, *args: str, pin: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PACKSTATION_PIN": pin}
    return subprocess.run([sys.executable, "-m", "packstation", "--db", shop.db_url, *args],
                          capture_output=True, text=True, timeout=120, env=env)  # fmt: skip


def entries(shop: App, *actions: str) -> list[AuditEntry]:
    with shop.sessions() as session:
        return [e for e in reversed(audit_log(session)) if e.action in actions]


def test_the_waits_are_the_ones_the_managers_guide_promises() -> None:
    assert [badge_wait(n) for n in range(1, LOCK_AT)] == [None, None] + [
        timedelta(seconds=s) for s in (30, 60, 120, 240, 480, 960, 1920)
    ]
    assert station_wait(9) is None and station_wait(10) == timedelta(seconds=30)
    assert station_wait(14) == timedelta(minutes=8) and station_wait(50) == timedelta(minutes=15)


def test_a_manager_who_mistypes_waits_a_little_and_the_right_pin_clears_the_count(shop: App) -> None:
    bench, clock = bench_at(shop, "Bench 1")

    assert bench.sign_in("M-2001", "1234").message == "Wrong PIN for Marek Hájek"
    assert bench.sign_in("M-2001", "4312").message == "Wrong PIN for Marek Hájek"
    third = bench.sign_in("M-2001", "4231")
    assert third.message == "Not signed in: wrong PIN for Marek Hájek, 3 in a row: try again in 30 seconds"
    assert third.tone is Tone.REFUSED and third.needs_pin and bench.packer is None

    clock.wait(seconds=12)  # the right PIN, too soon: not even looked at
    assert bench.sign_in("M-2001", "4321").message == (
        "Not signed in: too many wrong PINs for Marek Hájek: try again in 20 seconds"
    )
    clock.wait(seconds=20)
    fourth = bench.sign_in("M-2001", "4322")
    assert fourth.message == "Not signed in: wrong PIN for Marek Hájek, 4 in a row: try again in 1 minute"
    clock.wait(seconds=61)
    assert bench.sign_in("M-2001", "4321").message == "Hello Marek — scan an order"

    with shop.sessions() as session:
        state = pin_state(session, "M-2001")
        assert state is not None and (state.failures, state.wait_until, state.locked) == (0, None, False)
    wrong = entries(shop, "wrong PIN", "PIN refused: wait")
    assert [(e.action, e.detail["in_a_row"]) for e in wrong] == [("wrong PIN", 1), ("wrong PIN", 2),
                                                                 ("wrong PIN", 3), ("PIN refused: wait", 3),
                                                                 ("wrong PIN", 4)]  # fmt: skip
    assert {(e.subject, e.station, e.actor_id, e.detail["badge_of"]) for e in wrong} == {
        ("M-2001", "Bench 1", None, "Marek Hájek")
    }
    assert [e.at for e in wrong][-1] == MONDAY + timedelta(seconds=32)
    assert not any(pin in str(e.detail) for e in wrong for pin in ("1234", "4312", "4231", "4321", "4322"))


def test_twenty_wrong_pins_lock_the_badge_and_the_right_pin_is_refused_until_an_admin_unlocks_it(
    shop: App,
) -> None:
    bench, clock = bench_at(shop, "Bench 2")
    said = []
    for guess in range(20):  # a patient guesser: waits out every delay, an hour between tries
        said.append(bench.sign_in("M-2001", f"{guess:06d}").message)
        clock.wait(hours=1)
    assert said[LOCK_AT - 1] == (
        "Not signed in: wrong PIN for Marek Hájek, 10 in a row: the badge is locked until a manager or "
        "admin unlocks it (Settings › Staff & badges, or packstation staff unlock M-2001)"
    )
    assert said[LOCK_AT:] == [f"Not signed in: {LOCKED}"] * 10  # not even looked at

    right = bench.sign_in("M-2001", "4321")  # the next morning, the right PIN
    assert right.message == f"Not signed in: {LOCKED}" and bench.packer is None
    with pytest.raises(BenchError, match="Not approved: Marek Hájek's badge is locked"):
        bench._manager("M-2001", "4321")  # nor may he approve a short ship or a take-over
    refused = packstation(shop, "audit", "--badge", "M-2001", pin="4321")  # another process: still locked
    assert refused.returncode == 1 and refused.stderr.strip() == f"packstation: {LOCKED}"

    jana = packstation(shop, "staff", "unlock", "M-2001", "--badge", "P-1001", pin="")
    assert jana.returncode == 1 and "is not a manager's" in jana.stderr  # a packer cannot unlock it
    unlocked = packstation(shop, "staff", "unlock", "M-2001", "--badge", "A-9001", "--station", "Office",
                           pin="9001")  # fmt: skip
    assert unlocked.returncode == 0, unlocked.stderr
    assert unlocked.stdout.strip() == "M-2001: unlocked, its PIN can be tried again"
    assert bench.sign_in("M-2001", "4321").message == "Hello Marek — scan an order"
    again = packstation(shop, "staff", "unlock", "M-2001", "--badge", "A-9001", pin="9001")
    assert again.stdout.strip() == "M-2001: was not locked"

    assert len(entries(shop, "wrong PIN")) == 10 and len(entries(shop, "PIN refused: locked")) == 13
    [unlock] = entries(shop, "badge unlocked")
    assert (unlock.actor, unlock.role, unlock.subject, unlock.station) == (
        "Admin",
        "admin",
        "M-2001",
        "Office",
    )
    assert unlock.detail == {"name": "Marek Hájek", "wrong_pins": 10, "was_locked": True}


def test_a_script_guessing_through_the_command_line_is_slowed_after_three_and_on_record(shop: App) -> None:
    tries = [packstation(shop, "audit", "--badge", "M-2001", pin=f"{guess:04d}") for guess in range(3)]
    right_too_soon = packstation(shop, "audit", "--badge", "M-2001", pin="4321")

    assert [t.returncode for t in [*tries, right_too_soon]] == [1, 1, 1, 1]
    assert [t.stderr.strip() for t in tries[:2]] == ["packstation: wrong PIN for Marek Hájek"] * 2
    assert (
        tries[2].stderr.strip()
        == "packstation: wrong PIN for Marek Hájek, 3 in a row: try again in 30 seconds"
    )
    assert re.fullmatch(r"packstation: too many wrong PINs for Marek Hájek: try again in \d0 seconds",
                        right_too_soon.stderr.strip())  # fmt: skip
    wrong = entries(shop, "wrong PIN", "PIN refused: wait")
    assert [e.action for e in wrong] == ["wrong PIN"] * 3 + ["PIN refused: wait"]
    assert all(e.station.startswith("command line on ") and e.subject == "M-2001" for e in wrong)
    shown = packstation(shop, "audit", "--badge", "A-9001", pin="9001").stdout
    assert re.search(r"  unknown  wrong PIN: M-2001  command line on \S+  \{\"badge_of\": \"Marek Hájek\", "
                     r"\"in_a_row\": 3, \"locked\": false\}", shown)  # fmt: skip


def test_processes_guessing_at_the_same_moment_get_no_more_tries_than_one(shop: App) -> None:
    env = {**os.environ, "PACKSTATION_PIN": "000000"}
    guessers = [subprocess.Popen([sys.executable, "-m", "packstation", "--db", shop.db_url, "audit", "--badge",
                                  "M-2001"], stderr=subprocess.PIPE, text=True, env=env)
                for _ in range(6)]  # fmt: skip
    told = [guesser.communicate(timeout=120)[1] for guesser in guessers]

    assert sorted("too many wrong PINs" in t for t in told) == [False] * 3 + [True] * 3, told
    with shop.sessions() as session:
        state = pin_state(session, "M-2001")
        assert state is not None and state.failures == 3 and state.wait_until is not None
    assert len(entries(shop, "wrong PIN")) == 3 and len(entries(shop, "PIN refused: wait")) == 3


def test_someone_trying_many_badges_at_one_bench_slows_that_bench_and_no_other(shop: App) -> None:
    pins = {f"M-30{n}": f"5{n}8{n}41" for n in range(5)}
    with shop.sessions.begin() as session:
        admin = session.scalars(select(Packer).where(Packer.badge == "A-9001")).one()
        for n, (badge, pin) in enumerate(pins.items()):
            add_person(session, admin, f"Manager {n}", badge, Role.MANAGER, pin)
    bench, clock = bench_at(shop, "Bench 3")
    for badge in [*pins, *pins]:  # two wrong PINs on each of five badges: no badge waits yet
        told = bench.sign_in(badge, "111111").message
        clock.wait(seconds=1)
    assert (
        told
        == "Not signed in: wrong PIN for Manager 4; too many wrong PINs at Bench 3: try again in 30 seconds"
    )
    assert bench.sign_in("M-300", pins["M-300"]).message == (
        "Not signed in: too many wrong PINs at Bench 3: try again in 30 seconds"  # the right PIN of another
    )
    other, _ = bench_at(shop, "Bench 1")
    assert other.sign_in("M-301", pins["M-301"]).message == "Hello Manager — scan an order"
    clock.wait(seconds=30)
    assert bench.sign_in("M-300", pins["M-300"]).message == "Hello Manager — scan an order"
    with shop.sessions() as session:
        assert pin_state(session, "M-300").failures == 0  # type: ignore[union-attr]
        assert pin_state(session, "M-304").failures == 2  # type: ignore[union-attr]


def test_a_new_managers_pin_has_six_digits_and_the_older_shorter_ones_keep_working(shop: App) -> None:
    with shop.sessions.begin() as session:
        admin = session.scalars(select(Packer).where(Packer.badge == "A-9001")).one()
        for short in ("1234", "12345", "12a456", ""):
            with pytest.raises(ValueError, match="a manager or admin needs at least 6 digits"):
                add_person(session, admin, "Ioana Popescu", "M-2009", Role.MANAGER, short)
        add_person(session, admin, "Ioana Popescu", "M-2009", Role.MANAGER, "204917")
    bench, _ = bench_at(shop, "Bench 1")
    assert bench.sign_in("M-2009", "204917").message == "Hello Ioana — scan an order"
    assert Bench(shop.sessions, "Bench 2").sign_in("M-2001", "4321").message == "Hello Marek — scan an order"


def test_every_pin_check_goes_through_the_guard() -> None:
    """Only the guard compares a PIN with its hash: a new door cannot skip the count."""
    package = Path(__file__).parents[2] / "packstation"
    callers = {path.relative_to(package).as_posix() for path in package.rglob("*.py")
               if "verify_pin" in path.read_text(encoding="utf-8")}  # fmt: skip
    assert callers == {"core/security.py", "core/pin_guard.py"}


def test_the_shops_only_admin_is_slowed_ever_more_but_never_locked_out_of_the_shop(sqlite_app: App) -> None:
    """Nobody could unlock the badge of the shop's last manager or admin, so it is never locked:
    its wait keeps doubling, up to a day, and the right PIN opens it once the wait is over."""
    from packstation.core.shop_setup import first_admin

    with sqlite_app.sessions.begin() as session:
        first_admin(session, "Marta Dvořáková", "A-0001", "482913")  # a new shop: her alone
    bench, clock = bench_at(sqlite_app, "Bench 1")
    said = []
    for guess in range(16):  # a patient guesser: a day between tries
        said.append(bench.sign_in("A-0001", f"{guess:06d}").message)
        clock.wait(days=1)
    assert not [message for message in said if "locked" in message]
    assert said[LOCK_AT - 1 :] == [
        f"Not signed in: wrong PIN for Marta Dvořáková, {count} in a row: try again in {wait}"
        for count, wait in zip(range(LOCK_AT, 17), ["64 minutes", "3 hours", "5 hours", "9 hours",
                                                     "18 hours", "24 hours", "24 hours"], strict=False)
    ]  # fmt: skip

    clock.wait(hours=-1)  # an hour before the day is over: the right PIN is not even looked at
    assert bench.sign_in("A-0001", "482913").message == (
        "Not signed in: too many wrong PINs for Marta Dvořáková: try again in 60 minutes"
    )
    clock.wait(hours=1)
    assert bench.sign_in("A-0001", "482913").message.startswith("Hello Marta")
    with sqlite_app.sessions() as session:
        state = pin_state(session, "A-0001")
        assert state is not None and (state.failures, state.locked) == (0, False)


def test_an_only_admin_locked_out_before_this_version_gets_in_with_the_right_pin(sqlite_app: App) -> None:
    from packstation.core.shop_setup import first_admin
    from packstation.storage.models import PinGuard

    with sqlite_app.sessions.begin() as session:
        first_admin(session, "Marta Dvořáková", "A-0001", "482913")
        session.add(PinGuard(key="badge:A-0001", failures=10, locked=True, wait_until=None))
    bench, _ = bench_at(sqlite_app, "Bench 1")
    assert bench.sign_in("A-0001", "482913").message.startswith("Hello Marta")
