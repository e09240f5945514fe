"""Carrying on after a failure: a station that restarts resumes its open order exactly where
it was, and a manager can move a stale session (its station died, its packer left) to
another bench with everything scanned so far. The bench's methods of the same names call these."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.bench.codes import MAX_SCAN, clean_scan, hold_reason_words
from packstation.bench.rules import LEASE, BenchError
from packstation.bench.view import Outcome, Tone
from packstation.core.orders import order_number
from packstation.core.staff import audit
from packstation.core.wording import Words, tr
from packstation.storage.database import DATABASE_DOWN, diagnose
from packstation.storage.models import Order, Packer, PackSession, ScanKind, ScanResult, SessionStatus

if TYPE_CHECKING:
    from packstation.bench.service import Bench


def take_over(self: Bench, code: str, manager_badge: str, pin: str) -> Outcome:
    """A manager moves a stale session (its station crashed, its packer left) to this bench,
    with everything scanned so far; the old session is closed as taken over."""
    manager = self._manager(manager_badge, pin)
    if self.packer is None:
        raise BenchError(tr("Sign in first"))
    number = order_number(code)
    now = self.clock()
    with self.sessions.begin() as session:
        old = session.scalars(
            select(PackSession).join(Order, Order.id == PackSession.order_id)
            .where(Order.number == number, PackSession.status == SessionStatus.OPEN)
        ).first()  # fmt: skip
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
        pack = PackSession(order_id=old.order_id, packer_id=self.packer.id, station=self.station,
                           status=SessionStatus.OPEN, started_at=now, lease_until=now + LEASE,
                           note_acknowledged=old.note_acknowledged, taken_over_from=old.id,
                           weight_grams=old.weight_grams, tracking_number=old.tracking_number, carrier=old.carrier)  # fmt: skip
        session.add(pack)
        session.flush()
        self._session_id, self._order_id, self._seq, self._scans = pack.id, old.order_id, 0, []
        for scan in old.scans:
            if not scan.undone and scan.result is ScanResult.OK and scan.kind is not ScanKind.ORDER:
                self._record(
                    session, scan.code, scan.kind, scan.result, scan.line_id, scan.packaging_code, now=now
                )
        self._record(session, f"TAKEOVER by {manager.badge}", ScanKind.COMMAND, ScanResult.OK, now=now)
        audit(session, manager, "session taken over", number, self.station, from_station=old.station,
              from_session=old.id)  # fmt: skip
    self.order = self._load_view()
    return Outcome(
        Tone.INFO,
        tr(
            "{order} taken over from the stale session (approved by {manager})",
            order=number,
            manager=manager.name,
        ),
        self.order,
    )


def carry_on_held(
    self: Bench, session: Session, order: Order, pack: PackSession, now: datetime
) -> Words | None:
    """An order put on hold is opened again: the new session starts where the held one stopped
    (its scans, note, weight, tracking) and the packer reads why it was held and by whom."""
    held = session.scalars(
        select(PackSession).where(PackSession.order_id == order.id, PackSession.status == SessionStatus.HELD,
                                  PackSession.id != pack.id).order_by(PackSession.id.desc())
    ).first()  # fmt: skip
    if held is None or order_was_reset_after(session, order.id, held.id):
        return None
    pack.note_acknowledged, pack.weight_grams = held.note_acknowledged, held.weight_grams
    pack.tracking_number, pack.carrier = held.tracking_number, held.carrier
    for scan in held.scans:
        if (
            not scan.undone
            and scan.result is ScanResult.OK
            and scan.kind not in (ScanKind.ORDER, ScanKind.COMMAND)
        ):
            self._record(
                session, scan.code, scan.kind, scan.result, scan.line_id, scan.packaging_code, now=now
            )
    who = session.get(Packer, held.packer_id)
    return tr("Held: {reason} ({packer}, {when:%d.%m. %H:%M}) — carried on where it stopped",
              reason=hold_reason_words(held.hold_reason or ""), packer=who.name if who else "?",
              when=held.ended_at or held.started_at)  # fmt: skip


def order_was_reset_after(session: Session, order_id: int, session_id: int) -> bool:
    """A session put back (cancelled) after the hold started the order over."""
    return session.scalar(
        select(PackSession.id).where(PackSession.order_id == order_id, PackSession.id > session_id,
                                     PackSession.status == SessionStatus.CANCELLED).limit(1)
    ) is not None  # fmt: skip


def resume(self: Bench) -> Outcome | None:
    """Reopen this station's open session after a restart, exactly where it was."""
    if self.packer is None:
        return None
    with self.sessions.begin() as session:
        pack = session.scalars(
            select(PackSession).where(
                PackSession.station == self.station, PackSession.status == SessionStatus.OPEN
            )
        ).first()
        if pack is None:
            return None
        pack.lease_until = self.clock() + LEASE
        self._session_id, self._order_id = pack.id, pack.order_id
        scans = list(pack.scans)
        self._seq = max((s.seq for s in scans), default=0)
        self._scans = [(s.id, s.kind, s.line_id, s.packaging_code) for s in scans
                       if not s.undone and s.result is ScanResult.OK]  # fmt: skip
    self.order = self._load_view()
    return Outcome(
        Tone.INFO,
        tr(
            "Resumed {order} where it was: {done} of {total} items in",
            order=self.order.number,
            done=self.order.items_done,
            total=self.order.items_total,
        ),
        self.order,
    )


def scan_or_keep(self: Bench, raw: str) -> Outcome:
    """A scan through the bench, or kept for later while the database is unreachable."""
    if any(mark in raw.strip() for mark in "\t\r\n"):  # two codes joined by a Tab or a line break
        return Outcome(Tone.REFUSED, tr("Two codes in one scan: scan them one at a time"), self.order)
    code = clean_scan(raw)
    if len(code) > MAX_SCAN:
        return Outcome(Tone.REFUSED, tr("Not a barcode: {length} characters at once (at most {most}) — scan again",
                                          length=len(code), most=MAX_SCAN), self.order)  # fmt: skip
    if self.waiting:
        if code:
            self.waiting.append(code)
        return send_waiting(self)
    try:
        outcome = self._scan(code)
    except DATABASE_DOWN as exc:
        self.waiting.append(code)
        self.trouble = diagnose(exc)
        return unreachable(self)
    self.trouble = None
    return outcome


def unreachable(self: Bench) -> Outcome:
    waiting = len(self.waiting)
    return Outcome(
        Tone.OFFLINE,
        tr(
            "Database unreachable — {code} kept (scans waiting: {waiting}); retrying, carry on",
            code=self.waiting[-1],
            waiting=waiting,
        ),
        self.order,
    )


def send_waiting(self: Bench) -> Outcome:
    """Reload what the database holds (a scan that failed half-way left nothing behind), then
    send the kept scans in order; stop at the first that cannot reach the database."""
    outcome: Outcome | None = None
    try:
        _reload(self)
        while self.waiting:
            outcome = self._scan(self.waiting[0])
            self.waiting.pop(0)
    except DATABASE_DOWN as exc:
        self.trouble = diagnose(exc)
        return unreachable(self)
    self.trouble = None
    if outcome is None:
        return Outcome(Tone.INFO, tr("Database reachable again"), self.order)
    outcome.message = tr("Database back, kept scans sent — {message}", message=outcome.message)
    return outcome


def _reload(self: Bench) -> None:
    """The open order as stored: memory may hold a scan the database never took."""
    if self._session_id is None:
        return
    with self.sessions() as session:
        pack = session.get(PackSession, self._session_id)
        if pack is None or pack.status is not SessionStatus.OPEN:  # closed: the commit did arrive
            self.order, self._session_id, self._order_id, self._scans = None, None, None, []
            return
        scans = list(pack.scans)
    self._seq = max((s.seq for s in scans), default=0)
    self._scans = [(s.id, s.kind, s.line_id, s.packaging_code) for s in scans
                   if not s.undone and s.result is ScanResult.OK and s.kind is not ScanKind.COMMAND]  # fmt: skip
    self.order = self._load_view()
