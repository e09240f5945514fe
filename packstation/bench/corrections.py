"""What a packer or a manager corrects in an open order: undo the last scan, the parcel's
weight, a manager's approval to ship what is there. The bench's methods of the same names call
these."""

from __future__ import annotations

from typing import TYPE_CHECKING

from packstation.bench.codes import Command
from packstation.bench.rules import BenchError
from packstation.bench.view import OrderView, Outcome, Tone
from packstation.core.staff import audit
from packstation.core.wording import Words, tr
from packstation.storage.models import PackScan, PackSession, ScanKind, ScanResult

if TYPE_CHECKING:
    from packstation.bench.service import Bench


def approve_short_ship(self: Bench, manager_badge: str, pin: str) -> Outcome:
    """A manager lets the order go with what is there; the missing lines stay on record."""
    manager = self._manager(manager_badge, pin)
    if self.order is None:
        raise BenchError(tr("No order is open"))
    self.order.short_ship_approved = True
    now = self.clock()
    with self.sessions.begin() as session:
        pack = session.get(PackSession, self._session_id)
        assert pack is not None
        pack.short_ship_approved_by = manager.id
        self._record(
            session, f"{Command.SHORT.value} by {manager.badge}", ScanKind.COMMAND, ScanResult.OK, now=now
        )
        missing = {l.sku: l.quantity - l.scanned for l in self.order.lines if not l.done}  # noqa: E741
        audit(session, manager, "short ship approved", self.order.number, self.station, missing=missing)
    self.pending_error = None
    return self.complete()


def undo(self: Bench) -> Outcome:
    order = self.order
    assert order is not None
    undoable = [
        s
        for s in self._scans
        if s[1] in (ScanKind.ITEM, ScanKind.PACKAGING, ScanKind.SAMPLE, ScanKind.TRACKING)
    ]
    if not undoable:
        return Outcome(Tone.INFO, tr("Nothing to undo"), order)
    scan_id, kind, line_id, packaging_code = undoable[-1]
    with self.sessions.begin() as session:
        scan = session.get(PackScan, scan_id)
        assert scan is not None
        scan.undone = True
        self._record(session, Command.UNDO.value, ScanKind.COMMAND, ScanResult.OK)
    self._scans.remove(undoable[-1])
    self.order = self._load_view()
    return Outcome(
        Tone.INFO, _what_was_undone(self.order, kind, line_id, packaging_code, scan.code), self.order
    )


def _what_was_undone(
    order: OrderView, kind: ScanKind, line_id: int | None, packaging: str | None, code: str
) -> Words:
    """Undo names what it took back, and where the order stands now."""
    if kind is ScanKind.ITEM:
        line = next((l for l in order.lines if l.line_id == line_id), None)  # noqa: E741
        if line is not None:
            return tr("Undone: {item} — now {scanned}/{quantity}", item=line.name, scanned=line.scanned,
                      quantity=line.quantity)  # fmt: skip
    if kind is ScanKind.PACKAGING:
        material = next((p for p in order.packaging if p.code == packaging), None)
        left = material.count if material else 0
        return tr("Undone: packaging {packaging} — {left} left in the parcel", packaging=packaging, left=left)
    if kind is ScanKind.TRACKING:
        return tr("Undone: tracking number {code}", code=code)
    return tr("Undone: sample {code}", code=code)


def set_weight(self: Bench, grams: int) -> Outcome:
    if self.order is None:
        raise BenchError(tr("No order is open"))
    if not 0 < grams <= 70_000:
        return Outcome(
            Tone.REFUSED, tr("{grams} g is not a parcel's weight (1 g to 70 kg)", grams=grams), self.order
        )
    with self.sessions.begin() as session:
        pack = session.get(PackSession, self._session_id)
        assert pack is not None
        pack.weight_grams = grams
    self.order.weight_grams = grams
    return Outcome(Tone.INFO, tr("Weight {kilograms:.2f} kg", kilograms=grams / 1000), self.order)
