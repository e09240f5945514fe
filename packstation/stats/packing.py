"""The bench's figures for a period, split by packer, station, day or hour: throughput,
accuracy and the eco impact of the packaging used.

A pack event is a pack session: one packer packing one order at one station. Completed
sessions count for throughput and eco (by the time they ended); every session that started in
the period counts for accuracy, holds included.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.storage.models import (
    Packer,
    PackSession,
    SessionStatus,
)

GROUPINGS = ("packer", "station", "day", "hour")
BASELINE_PLASTIC_GRAMS = 42  # a poly mailer, a sheet of bubble wrap and plastic tape


@dataclass
class PackFigures:
    """One group's figures (or the whole period's, with the group "all")."""

    group: str = "all"
    orders: int = 0
    items: int = 0
    packing_hours: int = 0  # clock hours with at least one order completed
    median_seconds: float = 0.0  # order opened -> completed
    p90_seconds: float = 0.0
    single_item_orders: int = 0
    single_item_median_seconds: float = 0.0
    multi_item_orders: int = 0
    multi_item_median_seconds: float = 0.0
    wrong_scans: int = 0
    over_scans: int = 0
    unknown_scans: int = 0
    manual_confirmations: int = 0  # errors and notes confirmed by hand (OK scanned or Enter)
    short_ships: int = 0
    holds: dict[str, int] = field(default_factory=dict)  # reason -> sessions held
    plastic_free_parcels: int = 0
    recycled_pct: float = 0.0  # of the packaging's weight
    plastic_avoided_grams: int = 0  # against the baseline parcel
    co2e_grams: int = 0

    @property
    def orders_per_hour(self) -> float:
        return self.orders / self.packing_hours if self.packing_hours else 0.0

    @property
    def wrong_per_100_items(self) -> float:
        return 100 * self.wrong_scans / self.items if self.items else 0.0

    @property
    def plastic_free_share(self) -> float:
        return self.plastic_free_parcels / self.orders if self.orders else 0.0


def _key(grouping: str | None, packer: str, station: str, moment: datetime) -> str:
    if grouping == "packer":
        return packer
    if grouping == "station":
        return station
    if grouping == "day":
        return f"{moment:%Y-%m-%d}"
    if grouping == "hour":
        return f"{moment:%H}:00"
    return "all"


def _percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def pack_figures(
    session: Session,
    since: datetime,
    until: datetime,
    grouping: str | None = None,
    baseline_plastic_grams: int = BASELINE_PLASTIC_GRAMS,
) -> list[PackFigures]:
    """The period's figures: one row per group, sorted by group, or one row for all."""
    if grouping is not None and grouping not in GROUPINGS:
        raise ValueError(f"cannot split by {grouping!r}: choose {', '.join(GROUPINGS)}")
    names = dict(session.execute(select(Packer.id, Packer.name)).all())
    rows: dict[str, PackFigures] = defaultdict(PackFigures)
    durations: dict[str, list[tuple[float, int]]] = defaultdict(list)  # (seconds, items)
    hours: dict[str, set[str]] = defaultdict(set)
    weights: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # packaging grams, recycled grams

    # every figure comes from the sessions' tallies (bench/tally.py), never from their scans
    completed = session.execute(
        select(PackSession.packer_id, PackSession.station, PackSession.started_at, PackSession.ended_at,
               PackSession.short_ship_approved_by, PackSession.items, PackSession.packaging_logged,
               PackSession.plastic_grams, PackSession.co2e_grams, PackSession.packaging_grams,
               PackSession.recycled_grams)
        .where(PackSession.status == SessionStatus.COMPLETED, PackSession.ended_at >= since,
               PackSession.ended_at < until)
    ).all()  # fmt: skip
    for packer_id, station, started, ended, short, count, logged, plastic, co2e, grams, recycled in completed:
        assert ended is not None  # a completed session has ended
        key = _key(grouping, names.get(packer_id, "?"), station, ended)
        row = rows[key]
        row.orders += 1
        row.items += count
        row.short_ships += short is not None
        durations[key].append(((ended - started).total_seconds(), count))
        hours[key].add(f"{ended:%Y-%m-%d %H}")
        if logged:  # a parcel whose packaging was scanned
            row.plastic_free_parcels += plastic == 0
            row.plastic_avoided_grams += max(0, baseline_plastic_grams - plastic)
            row.co2e_grams += co2e
            weights[key][0] += grams
            weights[key][1] += recycled

    started_in = session.execute(
        select(PackSession.packer_id, PackSession.station, PackSession.started_at, PackSession.status,
               PackSession.hold_reason, PackSession.wrong_scans, PackSession.over_scans,
               PackSession.unknown_scans, PackSession.confirmations)
        .where(PackSession.started_at >= since, PackSession.started_at < until,
               PackSession.status.in_([SessionStatus.COMPLETED, SessionStatus.HELD, SessionStatus.CANCELLED]))
    ).all()  # fmt: skip
    for packer_id, station, started, status, reason, wrong, over, unknown, confirmations in started_in:
        row = rows[_key(grouping, names.get(packer_id, "?"), station, started)]
        row.wrong_scans += wrong
        row.over_scans += over
        row.unknown_scans += unknown
        row.manual_confirmations += confirmations
        if status is SessionStatus.HELD:
            row.holds[reason or "no reason"] = row.holds.get(reason or "no reason", 0) + 1

    for key, row in rows.items():
        row.group = key
        row.packing_hours = len(hours[key])
        seconds = [d for d, _ in durations[key]]
        row.median_seconds = statistics.median(seconds) if seconds else 0.0
        row.p90_seconds = _percentile(seconds, 0.9)
        single = [d for d, n in durations[key] if n <= 1]
        multi = [d for d, n in durations[key] if n > 1]
        row.single_item_orders, row.multi_item_orders = len(single), len(multi)
        row.single_item_median_seconds = statistics.median(single) if single else 0.0
        row.multi_item_median_seconds = statistics.median(multi) if multi else 0.0
        grams, recycled = weights[key]
        row.recycled_pct = 100 * recycled / grams if grams else 0.0
    return [rows[key] for key in sorted(rows)] or [PackFigures()]
