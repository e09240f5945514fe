"""Carrying on after a failure: a station that restarts resumes its open order exactly where
it was, a manager can move a stale session (its station died, its packer left) to another
bench with everything scanned so far, and an order put on hold carries on where it stopped.
Each works on the bench's record (`PackRecord`); the bench says what came of it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.bench.codes import hold_reason_words
from packstation.bench.record import PackRecord
from packstation.bench.rules import LEASE, BenchError
from packstation.core.staff import audit
from packstation.core.wording import Words, tr
from packstation.storage.models import Order, Packer, PackSession, ScanKind, ScanResult, SessionStatus


def take_over(record: PackRecord, number: str, packer: Packer, manager: Packer, station: str) -> None:
    """Move the stale open session of order `number` to this bench's record, with everything
    scanned so far; the old session is closed as taken over. Refused while its lease runs."""
    now = record.clock()
    with record.sessions.begin() as session:
        old = session.scalars(
            select(PackSession)
            .join(Order, Order.id == PackSession.order_id)
            .where(Order.number == number, PackSession.status == SessionStatus.OPEN)
        ).first()
        if old is None:
            raise BenchError(tr("{order} has no open session to take over", order=number))
        if old.lease_until >= now:
            raise BenchError(
                tr(
                    "{order} is still being packed at {station}: its lease runs until {until:%H:%M}",
                    order=number,
                    station=old.station,
                    until=old.lease_until,
                )
            )
        old.status, old.ended_at = SessionStatus.TAKEN_OVER, now
        session.flush()
        pack = PackSession(
            order_id=old.order_id,
            packer_id=packer.id,
            station=station,
            status=SessionStatus.OPEN,
            started_at=now,
            lease_until=now + LEASE,
            note_acknowledged=old.note_acknowledged,
            taken_over_from=old.id,
            weight_grams=old.weight_grams,
            tracking_number=old.tracking_number,
            carrier=old.carrier,
        )
        session.add(pack)
        session.flush()
        record.begin(pack.id, old.order_id)
        record.copy(session, old.scans, (ScanKind.ORDER,), now)
        record.add(session, f"TAKEOVER by {manager.badge}", ScanKind.COMMAND, ScanResult.OK, now=now)
        audit(
            session,
            manager,
            "session taken over",
            number,
            station,
            from_station=old.station,
            from_session=old.id,
        )


def carry_on_held(
    record: PackRecord, session: Session, order: Order, pack: PackSession, now: datetime
) -> Words | None:
    """An order put on hold is opened again: the new session starts where the held one stopped
    (its scans, note, weight, tracking) and the packer reads why it was held and by whom."""
    held = session.scalars(
        select(PackSession)
        .where(
            PackSession.order_id == order.id,
            PackSession.status == SessionStatus.HELD,
            PackSession.id != pack.id,
        )
        .order_by(PackSession.id.desc())
    ).first()
    if held is None or order_was_reset_after(session, order.id, held.id):
        return None
    pack.note_acknowledged, pack.weight_grams = held.note_acknowledged, held.weight_grams
    pack.tracking_number, pack.carrier = held.tracking_number, held.carrier
    record.copy(session, held.scans, (ScanKind.ORDER, ScanKind.COMMAND), now)
    who = session.get(Packer, held.packer_id)
    return tr(
        "Held: {reason} ({packer}, {when:%d.%m. %H:%M}) — carried on where it stopped",
        reason=hold_reason_words(held.hold_reason or ""),
        packer=who.name if who else "?",
        when=held.ended_at or held.started_at,
    )


def order_was_reset_after(session: Session, order_id: int, session_id: int) -> bool:
    """A session put back (cancelled) after the hold started the order over."""
    return (
        session.scalar(
            select(PackSession.id)
            .where(
                PackSession.order_id == order_id,
                PackSession.id > session_id,
                PackSession.status == SessionStatus.CANCELLED,
            )
            .limit(1)
        )
        is not None
    )


def resume(record: PackRecord, station: str) -> bool:
    """Take up this station's open session after a restart, exactly where it was, and renew
    its lease; False when the station has none."""
    with record.sessions.begin() as session:
        pack = session.scalars(
            select(PackSession).where(
                PackSession.station == station, PackSession.status == SessionStatus.OPEN
            )
        ).first()
        if pack is None:
            return False
        pack.lease_until = record.clock() + LEASE
        record.follow(pack)
    return True


def reload(record: PackRecord) -> bool:
    """The open session as stored (memory may hold a scan the database never took); False
    when it is closed after all: its closing commit did arrive."""
    if not record.is_open:
        return False
    with record.sessions() as session:
        pack = session.get(PackSession, record.session_id)
        if pack is None or pack.status is not SessionStatus.OPEN:
            record.forget()
            return False
        record.follow(pack)
    return True
