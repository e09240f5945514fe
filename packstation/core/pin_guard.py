"""Guessing a manager's PIN takes longer than a shift: wrong PINs are counted per badge and per
station, each further try waits longer, and a badge guessed at too often is locked until a
manager or admin unlocks it. Every wrong PIN is written to the audit log (never the PIN).

The figures, for a PIN of at least 6 digits (a million to try):
- a badge: 3 wrong PINs in a row are free (a slip, a sticky key); then each try waits
  30 s, 1 min, 2 min, 4 min … (doubling); the 10th wrong PIN locks the badge;
- a station: 10 wrong PINs in a row, whatever the badges, are free; then the same doubling wait
  (someone trying the PINs of many badges from one bench).
- the right PIN clears its badge's and its station's count.
A locked badge is unlocked with `packstation unlock BADGE --badge MANAGER` (core/admin.py
unlock_badge)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from packstation.core.security import verify_pin
from packstation.storage.models import AuditEntry, Packer, PinGuard

FREE_FOR_BADGE, FREE_FOR_STATION, LOCK_AT = 3, 10, 10
FIRST_WAIT = timedelta(seconds=30)


class PinRefused(PermissionError):
    """A wrong PIN, a PIN tried too soon, or a locked badge; the message says which, and
    `just_wrong` is true for a plain wrong PIN (no wait, no lockout)."""

    def __init__(self, message: str, just_wrong: bool = False) -> None:
        super().__init__(message)
        self.just_wrong = just_wrong


def _wait(failures: int, free: int) -> timedelta | None:
    return FIRST_WAIT * 2 ** (failures - free) if failures >= free else None


def _spoken(wait: timedelta) -> str:
    seconds = max(1, int(wait.total_seconds() + 0.999))
    if seconds < 120:
        return f"{seconds} s"
    return f"{-(-seconds // 60)} minutes" if seconds < 7200 else f"{-(-seconds // 3600)} hours"


def check_pin(session: Session, person: Packer, pin: str, station: str = "",
              now: datetime | None = None) -> None:  # fmt: skip
    """PinRefused unless `pin` is `person`'s and neither the badge nor the station must wait.
    A wrong PIN is counted and audited in a transaction of its own (it stays counted though
    the caller's is rolled back); the right one clears the counts in the caller's."""
    when = now or datetime.now(UTC)
    keys = [f"badge:{person.badge}"] + ([f"station:{station}"] if station else [])
    guards = {key: session.get(PinGuard, key) for key in keys}
    badge = guards[keys[0]]
    if badge is not None and badge.locked:
        raise PinRefused(f"{person.name}'s badge is locked after {badge.failures} wrong PINs: a manager "
                         f"or admin must unlock it (packstation unlock {person.badge} --badge …)")  # fmt: skip
    for guard in guards.values():
        if guard is not None and guard.wait_until is not None and guard.wait_until > when:
            raise PinRefused(f"too many wrong PINs {'for ' + person.name if guard is badge else 'at ' + station}: "
                             f"try again in {_spoken(guard.wait_until - when)}")  # fmt: skip
    if verify_pin(pin, person.pin_hash):
        for guard in guards.values():
            if guard is not None:
                guard.failures, guard.wait_until = 0, None
        return
    failures = _count_failure(session, person, keys, station, when)
    if failures >= LOCK_AT:
        raise PinRefused(f"wrong PIN for {person.name}: the badge is now locked — a manager or admin must "
                         f"unlock it (packstation unlock {person.badge} --badge …)")  # fmt: skip
    if _wait(failures, FREE_FOR_BADGE) is not None:
        raise PinRefused(
            f"wrong PIN for {person.name}: try again in {_spoken(_wait(failures, FREE_FOR_BADGE))}"
        )  # type: ignore[arg-type]
    raise PinRefused(f"wrong PIN for {person.name}", just_wrong=True)


def _count_failure(session: Session, person: Packer, keys: list[str], station: str, when: datetime) -> int:
    """Count and audit one wrong PIN on its own connection; returns the badge's count."""
    counted = 0
    with Session(bind=session.get_bind()) as own, own.begin():
        for key in keys:
            guard = own.get(PinGuard, key, with_for_update=True) or PinGuard(
                key=key, failures=0, locked=False
            )
            own.add(guard)
            guard.failures += 1
            free = FREE_FOR_BADGE if key.startswith("badge:") else FREE_FOR_STATION
            wait = _wait(guard.failures, free)
            guard.wait_until = when + wait if wait else None
            if key.startswith("badge:"):
                counted = guard.failures
                guard.locked = guard.failures >= LOCK_AT
        own.add(AuditEntry(at=when, actor_id=person.id, actor=person.name, role=person.role.value,
                           action="wrong PIN", subject=person.badge, station=station[:80],
                           detail={"in_a_row": counted}))  # fmt: skip
    for key in keys:  # what the caller's session holds is older now
        known = session.get(PinGuard, key)
        if known is not None:
            session.expire(known)
    return counted
