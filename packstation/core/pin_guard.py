"""The one place a manager's PIN is checked — the command line, the Manager and Settings
sign-in, the first-run wizard, the bench's manager sign-in and its approvals all call
`check_pin` — so that guessing a PIN takes longer than anyone can stay at a bench.

The figures: a manager who mistypes twice never notices them; a guesser of a 6-digit PIN (a
million of them) gets ten tries in about an hour, then the badge is locked.

- A badge: 3 wrong PINs in a row cost nothing (a slip, a sticky key). After the 3rd the next try
  waits 30 seconds, and each further wrong PIN doubles the wait: 1, 2, 4, 8, 16, 32 minutes.
  The 10th wrong PIN in a row locks the badge: even the right PIN is refused until a manager or
  admin unlocks it (Settings › Staff & badges, or `packstation staff unlock BADGE`) — except the
  badge of the shop's last manager or admin who could: nobody would be left to unlock it, so it
  is never locked and keeps doubling its wait instead, up to a day (a guesser's million PINs
  would take longer than the shop exists; its owner gets in the next day with the right one).
- A station (a bench, or the command line of one computer): 10 wrong PINs in a row, on any
  badges, cost nothing; then the same doubling wait, at most 15 minutes, and no lockout — a
  prank may slow a bench, never close it for the day.
- The right PIN clears its badge's count and its station's.

A try while a wait runs, or on a locked badge, is refused without looking at the PIN and does
not count (waiting out the delays is the only way on). Every refusal is written to the audit
log — which badge was tried, at which station, when, how many in a row — never the PIN typed;
the one typing is unknown, so the entry has no actor.

The counts live in the database (table pin_guard), so neither a restart nor another process
starts them afresh. A try is counted as wrong *before* its PIN is checked, and taken back when
the PIN was right: many processes guessing at the same moment are held to the same schedule
as one. Both steps run in transactions of their own, so a wrong PIN stays counted when the
caller's transaction is rolled back; the caller must not have written anything yet (SQLite
would make the guard wait for the caller's own lock).
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.core.security import verify_pin
from packstation.core.wording import Words, tr
from packstation.storage.models import AuditEntry, Packer, PinGuard, Role

FREE_TRIES = 3  # wrong PINs in a row on a badge before the first wait
FIRST_WAIT = timedelta(seconds=30)  # then doubled by each further wrong PIN
LOCK_AT = 10  # the wrong PIN in a row that locks the badge
STATION_FREE_TRIES = 10  # wrong PINs in a row at a station, on any badges, before it waits
STATION_LONGEST_WAIT = timedelta(minutes=15)
LAST_UNLOCKER_LONGEST_WAIT = timedelta(days=1)  # the badge nobody could unlock is never locked


def unlock_command(badge: str) -> str:
    return f"packstation staff unlock {badge}"


class Refusal(StrEnum):
    WRONG = "wrong"  # a wrong PIN, with tries left before any wait
    WAIT = "wait"  # wrong, or tried too soon: the next try must wait
    LOCKED = "locked"  # the badge is locked until a manager or admin unlocks it


class PinRefused(PermissionError):
    """The PIN was not accepted; `words` (also the exception's text) say why and what to do."""

    def __init__(self, words: Words, why: Refusal) -> None:
        super().__init__(words)
        self.words, self.why = words, why


def badge_key(badge: str) -> str:
    return f"badge:{badge}"


def station_key(station: str) -> str:
    return f"station:{station[:100]}"  # the column holds 120


def badge_wait(failures: int) -> timedelta | None:
    """How long a badge waits after this many wrong PINs in a row (None: not at all)."""
    return FIRST_WAIT * (1 << min(failures - FREE_TRIES, 20)) if failures >= FREE_TRIES else None


def station_wait(failures: int) -> timedelta | None:
    if failures < STATION_FREE_TRIES:
        return None
    return min(FIRST_WAIT * (1 << min(failures - STATION_FREE_TRIES, 16)), STATION_LONGEST_WAIT)


def said_wait(wait: timedelta) -> Words:
    """A wait as a person reads it: up to 50 seconds in tens of seconds, then whole minutes, past
    an hour and a half whole hours (all rounded up: the try is never refused again for being a
    moment too soon)."""
    seconds = max(1.0, wait.total_seconds())
    if seconds <= 50:
        return tr("%n seconds", None, 10 * math.ceil(seconds / 10))
    minutes = math.ceil(seconds / 60)
    if minutes > 90:
        return tr("%n hours", None, math.ceil(minutes / 60))
    return tr("1 minute") if minutes == 1 else tr("%n minutes", None, minutes)


def locked_words(name: str, badge: str, failures: int) -> Words:
    return tr("{name}'s badge is locked after {count} wrong PINs: a manager or admin must unlock it "
              "(Settings › Staff & badges, or {command})", name=name, count=failures,
              command=unlock_command(badge))  # fmt: skip


def check_pin(session: Session, person: Packer, pin: str, station: str = "",
              now: datetime | None = None) -> None:  # fmt: skip
    """Return when `pin` is `person`'s and neither the badge nor the station has to wait;
    PinRefused saying why otherwise. Of the caller's `session` only its database is used, in
    transactions of the guard's own; `now` is the station's clock (the bench's, in tests). On
    record: "wrong PIN", or "PIN refused: wait" / "PIN refused: locked" for a try not looked at."""
    when = now or datetime.now(UTC)
    keys = [badge_key(person.badge)] + ([station_key(station)] if station else [])
    with Session(bind=session.get_bind()) as own, own.begin():
        guards = _guards(own, keys)
        refused = _refused_before_trying(own, person, guards, keys, station, when)
        if refused is not None:
            _audit(own, person, f"PIN refused: {refused.why}", station, when,
                   in_a_row=guards[keys[0]].failures)  # fmt: skip
        else:  # counted as wrong until the PIN proves right
            _count_wrong(own, person, guards, keys, when)
    if refused is not None:
        raise refused
    right = verify_pin(pin, person.pin_hash)
    with Session(bind=session.get_bind()) as own, own.begin():
        guards = _guards(own, keys)
        if right:
            for guard in guards.values():
                guard.failures, guard.wait_until, guard.locked = 0, None, False
            return
        badge = guards[keys[0]]
        _audit(own, person, "wrong PIN", station, when, in_a_row=badge.failures, locked=badge.locked)
        wrong = _wrong(person, guards, keys, station, when)
    raise wrong


def _guards(own: Session, keys: list[str]) -> dict[str, PinGuard]:
    """The rows of these keys, made when missing, locked for this transaction (in key order, so
    that two stations never wait for each other's)."""
    dialect = own.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:  # SQLite: the only other database packstation runs on
        from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]
    rows = [{"key": key, "failures": 0, "locked": False} for key in keys]
    own.execute(insert(PinGuard).values(rows).on_conflict_do_nothing(index_elements=["key"]))
    found = own.scalars(
        select(PinGuard).where(PinGuard.key.in_(keys)).order_by(PinGuard.key).with_for_update()
    )
    return {guard.key: guard for guard in found}


def _refused_before_trying(own: Session, person: Packer, guards: dict[str, PinGuard], keys: list[str],
                           station: str, when: datetime) -> PinRefused | None:  # fmt: skip
    badge = guards[keys[0]]
    if badge.locked and _last_who_could_unlock(own, person):  # locked by an older version: it waits
        badge.locked = False
    if badge.locked:
        return PinRefused(locked_words(person.name, person.badge, badge.failures), Refusal.LOCKED)
    if badge.wait_until is not None and badge.wait_until > when:
        said = tr("too many wrong PINs for {name}: try again in {wait}", name=person.name,
                  wait=said_wait(badge.wait_until - when))  # fmt: skip
        return PinRefused(said, Refusal.WAIT)
    place = guards.get(keys[-1]) if station else None
    if place is not None and place.wait_until is not None and place.wait_until > when:
        said = tr("too many wrong PINs at {station}: try again in {wait}", station=station,
                  wait=said_wait(place.wait_until - when))  # fmt: skip
        return PinRefused(said, Refusal.WAIT)
    return None


def _count_wrong(own: Session, person: Packer, guards: dict[str, PinGuard], keys: list[str],
                 when: datetime) -> None:  # fmt: skip
    for key in keys:
        guard = guards[key]
        guard.failures += 1
        wait = badge_wait(guard.failures) if key == keys[0] else station_wait(guard.failures)
        guard.wait_until = when + wait if wait is not None else None
        if key == keys[0] and guard.failures >= LOCK_AT:
            guard.locked = not _last_who_could_unlock(own, person)
            if not guard.locked and wait is not None:
                guard.wait_until = when + min(wait, LAST_UNLOCKER_LONGEST_WAIT)


def _last_who_could_unlock(own: Session, person: Packer) -> bool:
    """Whether no other active manager or admin has a badge that is not locked."""
    others = own.scalars(
        select(Packer.badge).where(
            Packer.active, Packer.role.in_([Role.MANAGER, Role.ADMIN]), Packer.id != person.id
        )
    ).all()
    if not others:
        return True
    locked = set(own.scalars(select(PinGuard.key).where(PinGuard.key.in_([badge_key(b) for b in others]),
                                                        PinGuard.locked)))  # fmt: skip
    return all(badge_key(badge) in locked for badge in others)


def _wrong(person: Packer, guards: dict[str, PinGuard], keys: list[str], station: str,
           when: datetime) -> PinRefused:  # fmt: skip
    """What a wrong PIN is answered with: plainly wrong, wrong and now waiting, or locked."""
    badge = guards[keys[0]]
    if badge.locked:
        said = tr("wrong PIN for {name}, {count} in a row: the badge is locked until a manager or admin "
                  "unlocks it (Settings › Staff & badges, or {command})", name=person.name, count=badge.failures,
                  command=unlock_command(person.badge))  # fmt: skip
        return PinRefused(said, Refusal.LOCKED)
    place = guards.get(keys[-1]) if station else None
    badge_until = badge.wait_until or when
    if place is not None and place.wait_until is not None and place.wait_until > badge_until:
        said = tr("wrong PIN for {name}; too many wrong PINs at {station}: try again in {wait}",
                  name=person.name, station=station, wait=said_wait(place.wait_until - when))  # fmt: skip
        return PinRefused(said, Refusal.WAIT)
    if badge.wait_until is not None:
        said = tr("wrong PIN for {name}, {count} in a row: try again in {wait}", name=person.name,
                  count=badge.failures, wait=said_wait(badge.wait_until - when))  # fmt: skip
        return PinRefused(said, Refusal.WAIT)
    return PinRefused(tr("wrong PIN for {name}", name=person.name), Refusal.WRONG)


def _audit(own: Session, person: Packer, action: str, station: str, when: datetime, **detail: object) -> None:
    """A refused PIN on record: the badge tried and its owner, never the PIN; no actor (the one
    typing is not known)."""
    own.add(AuditEntry(at=when, actor_id=None, actor="unknown", role="", action=action, subject=person.badge,
                       station=station[:80], detail={"badge_of": person.name, **detail}))  # fmt: skip


def pin_state(session: Session, badge: str) -> PinGuard | None:
    """The badge's count of wrong PINs, its wait and its lock (None: never a wrong PIN)."""
    return session.get(PinGuard, badge_key(badge))


def locked_badges(session: Session) -> set[str]:
    """The badges locked after too many wrong PINs."""
    keys = session.scalars(select(PinGuard.key).where(PinGuard.locked, PinGuard.key.startswith("badge:")))
    return {key.removeprefix("badge:") for key in keys}
