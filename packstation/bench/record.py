"""The bench's record-keeping: the open pack session as the database holds it.

A `PackRecord` knows which session and order a station has open, numbers its scans, writes each
one in its own short transaction with the session's lease, and reads the order back as stored.
The bench decides what a scan means; the record only keeps it. Recovery (resume, take-over, a
held order carried on) and the packer's corrections build on this class's methods.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from packstation.bench.codes import Command
from packstation.bench.loading import load_order_view
from packstation.bench.rules import LEASE
from packstation.bench.tally import write_tally
from packstation.bench.view import OrderView
from packstation.printing.requests import request_print
from packstation.stats.rollup import record_closed
from packstation.storage.models import (
    Order,
    OrderStatus,
    PackScan,
    PackSession,
    ScanKind,
    ScanResult,
    SessionStatus,
)

Clock = Callable[[], datetime]


class KeptScan(NamedTuple):
    """A scan of the open session that counts (taken, not undone): what undo can take back."""

    scan_id: int
    kind: ScanKind
    line_id: int | None
    packaging_code: str | None


class PackRecord:
    """One station's open pack session on record; empty while no order is open."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self.sessions = sessions
        self.clock = clock
        self.session_id: int | None = None
        self.order_id: int | None = None
        self.seq = 0  # the last scan's number in this session
        self.scans: list[KeptScan] = []

    @property
    def is_open(self) -> bool:
        return self.session_id is not None

    def begin(self, session_id: int, order_id: int) -> None:
        """A session just inserted: its first scan is number 1."""
        self.session_id, self.order_id, self.seq, self.scans = session_id, order_id, 0, []

    def follow(self, pack: PackSession) -> None:
        """Take up a stored session as it stands: its numbering and the scans that count."""
        stored = list(pack.scans)
        self.session_id, self.order_id = pack.id, pack.order_id
        self.seq = max((s.seq for s in stored), default=0)
        self.scans = [
            KeptScan(s.id, s.kind, s.line_id, s.packaging_code)
            for s in stored
            if not s.undone and s.result is ScanResult.OK and s.kind is not ScanKind.COMMAND
        ]

    def forget(self) -> None:
        self.session_id, self.order_id, self.seq, self.scans = None, None, 0, []

    # -- writing ----------------------------------------------------------------------------------

    def add(
        self,
        session: Session,
        code: str,
        kind: ScanKind,
        result: ScanResult,
        line_id: int | None = None,
        packaging_code: str | None = None,
        *,
        now: datetime | None = None,
    ) -> PackScan:
        """One scan row in the caller's transaction, numbered next."""
        self.seq += 1
        scan = PackScan(
            session_id=self.session_id,
            seq=self.seq,
            at=now or self.clock(),
            code=code[:128],
            kind=kind,
            result=result,
            line_id=line_id,
            packaging_code=packaging_code,
        )
        session.add(scan)
        session.flush()
        if result is ScanResult.OK and kind is not ScanKind.COMMAND:
            self.scans.append(KeptScan(scan.id, kind, line_id, packaging_code))
        return scan

    def copy(
        self, session: Session, scans: Iterable[PackScan], skipped: tuple[ScanKind, ...], now: datetime
    ) -> None:
        """Carry another session's scans that count into this one (a take-over, a held order)."""
        for scan in scans:
            if not scan.undone and scan.result is ScanResult.OK and scan.kind not in skipped:
                self.add(
                    session, scan.code, scan.kind, scan.result, scan.line_id, scan.packaging_code, now=now
                )

    def store(
        self,
        code: str,
        kind: ScanKind,
        result: ScanResult,
        line_id: int | None = None,
        packaging_code: str | None = None,
        tracking: tuple[str, str] | None = None,
        note_ack: bool = False,
    ) -> None:
        """One scan, one short transaction: the scan row and the session's lease."""
        now = self.clock()
        with self.sessions.begin() as session:
            self.add(session, code, kind, result, line_id, packaging_code, now=now)
            values: dict[str, Any] = {"lease_until": now + LEASE}
            if tracking:
                values["tracking_number"], values["carrier"] = tracking
            if note_ack:
                values["note_acknowledged"] = True
            session.execute(update(PackSession).where(PackSession.id == self.session_id).values(**values))

    def store_if_open(self, code: str, kind: ScanKind, result: ScanResult) -> None:
        if self.is_open:
            self.store(code, kind, result)

    def close(
        self,
        status: SessionStatus,
        order_status: OrderStatus,
        code: str,
        station: str,
        hold_reason: str | None = None,
        print_kinds: tuple[str, ...] = (),
    ) -> None:
        """The closing command, the session's end, the order's new status, the tally and the
        day's figures in one transaction; with `print_kinds` the inserts owed from now on."""
        now = self.clock()
        with self.sessions.begin() as session:
            self.add(session, code, ScanKind.COMMAND, ScanResult.OK, now=now)
            pack = session.get(PackSession, self.session_id)
            order = session.get(Order, self.order_id)
            assert pack is not None and order is not None
            pack.status, pack.ended_at, pack.hold_reason = status, now, hold_reason
            order.status = order_status
            session.flush()
            write_tally(session, pack)
            record_closed(session, pack)
            if print_kinds:  # the inserts are owed from the moment the parcel is packed
                request_print(session, order.number, station, print_kinds, now)
        self.forget()

    def undo_last(self) -> tuple[KeptScan, str] | None:
        """Mark the last scan that counts as undone; None when there is nothing to take back."""
        undoable = [
            s
            for s in self.scans
            if s.kind in (ScanKind.ITEM, ScanKind.PACKAGING, ScanKind.SAMPLE, ScanKind.TRACKING)
        ]
        if not undoable:
            return None
        last = undoable[-1]
        with self.sessions.begin() as session:
            scan = session.get(PackScan, last.scan_id)
            assert scan is not None
            scan.undone = True
            code = scan.code
            self.add(session, Command.UNDO.value, ScanKind.COMMAND, ScanResult.OK)
        self.scans.remove(last)
        return last, code

    def update_session(self, **values: Any) -> None:
        """Columns of the open session itself (its weight), in a transaction of their own."""
        with self.sessions.begin() as session:
            pack = session.get(PackSession, self.session_id)
            assert pack is not None
            for name, value in values.items():
                setattr(pack, name, value)

    # -- reading back -------------------------------------------------------------------------------

    def load_view(self) -> OrderView:
        """The open order as stored: the scans are the truth, the screen only shows them."""
        assert self.order_id is not None and self.session_id is not None
        with self.sessions() as session:
            return load_order_view(session, self.order_id, self.session_id)
