"""The bench's figures for a period, split by packer, station, day or hour: throughput,
accuracy and the eco impact of the packaging used.

A pack event is a pack session: one packer packing one order at one station. Completed
sessions count for throughput and eco (by the time they ended); every session that started in
the period counts for accuracy, holds included.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from math import ceil, floor

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from packstation.stats.rollup import COUNTED, HourRow, hour_key, period_rows
from packstation.storage.models import (
    Order,
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
    plastic_avoided_grams: int = 0  # the baseline parcel's plastic less what was used, per parcel
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


def _kth(a: list[int], b: list[int], k: int) -> int:
    """The k-th smallest (from 0) of two sorted lists together, without merging them: a
    month's median pack time is read from the single- and the multi-item orders' lists."""
    low, high = max(0, k + 1 - len(b)), min(k + 1, len(a))
    while True:  # i of the k + 1 smallest come from a, the rest from b
        i = (low + high) // 2
        j = k + 1 - i
        if i < len(a) and j > 0 and b[j - 1] > a[i]:
            low = i + 1
        elif i > 0 and j < len(b) and a[i - 1] > b[j]:
            high = i - 1
        else:
            return max(a[i - 1] if i else b[j - 1], b[j - 1] if j else a[i - 1])


def _median(values: list[int]) -> float:
    return float(statistics.median(values)) if values else 0.0


def _group_of(row: HourRow, grouping: str | None, names: dict[int, str]) -> str:
    if grouping == "packer":
        return names.get(row.packer_id, "?")
    if grouping == "station":
        return row.station
    if grouping == "day":
        return row.hour[:10]
    if grouping == "hour":
        return f"{row.hour[11:13]}:00"
    return "all"


@dataclass
class Period:
    """A period's hour rows and holds, read once and split as many ways as the screen needs."""

    rows: list[HourRow]
    holds: list[tuple[HourRow, str, int]]  # the hour row a hold falls in, its reason, sessions
    names: dict[int, str]  # packer id -> name
    baseline_plastic_grams: int = BASELINE_PLASTIC_GRAMS
    _times: list[tuple[list[int], list[int]]] | None = None  # per row: single, multi, read once

    def times(self) -> list[tuple[list[int], list[int]]]:
        if self._times is None:
            self._times = [
                (list(map(int, row.single_ms.split())), list(map(int, row.multi_ms.split())))
                for row in self.rows
            ]
        return self._times

    def figures(self, grouping: str | None = None, pack_times: bool = True) -> list[PackFigures]:
        """One row per group, sorted by group, or one row for all. Without `pack_times` the
        medians and the single/multi-item split are left at 0 (enough for a chart of orders),
        and the pack times are not read."""
        if grouping is not None and grouping not in GROUPINGS:
            raise ValueError(f"cannot split by {grouping!r}: choose {', '.join(GROUPINGS)}")
        totals: dict[str, list[int]] = {}
        hours: dict[str, set[str]] = defaultdict(set)
        single: dict[str, list[int]] = defaultdict(list)
        multi: dict[str, list[int]] = defaultdict(list)
        orders = COUNTED.index("orders")
        for i, row in enumerate(self.rows):
            group = _group_of(row, grouping, self.names)
            counts = totals.get(group)
            totals[group] = (
                row.counts if counts is None else [a + b for a, b in zip(counts, row.counts, strict=True)]
            )
            if row.counts[orders]:
                hours[group].add(row.hour)
            if pack_times:
                single[group] += self.times()[i][0]
                multi[group] += self.times()[i][1]
        held: dict[str, Counter[str]] = defaultdict(Counter)
        for row, reason, count in self.holds:
            group = _group_of(row, grouping, self.names)
            held[group][reason] += count
            totals.setdefault(group, [0] * len(COUNTED))  # a group with holds only still gets its row
        figures = [
            self._figures(group, dict(zip(COUNTED, summed, strict=True)), len(hours[group]),
                          sorted(single[group]), sorted(multi[group]), dict(sorted(held[group].items())))
            for group, summed in totals.items()
        ]  # fmt: skip
        return sorted(figures, key=lambda row: row.group) or [PackFigures()]

    def _figures(self, group: str, counts: dict[str, int], packing_hours: int, singles: list[int],
                 multis: list[int], holds: dict[str, int]) -> PackFigures:  # fmt: skip
        grams, logged = counts["packaging_grams"], counts["logged_parcels"]
        timed = len(singles) + len(multis)
        middle = (timed - 1) / 2
        return PackFigures(
            group=group,
            orders=counts["orders"],
            items=counts["items"],
            packing_hours=packing_hours,
            median_seconds=(_kth(singles, multis, floor(middle)) + _kth(singles, multis, ceil(middle))) / 2000
            if timed
            else 0.0,
            p90_seconds=_kth(singles, multis, round(0.9 * (timed - 1))) / 1000 if timed else 0.0,
            single_item_orders=len(singles),
            single_item_median_seconds=_median(singles) / 1000,
            multi_item_orders=len(multis),
            multi_item_median_seconds=_median(multis) / 1000,
            wrong_scans=counts["wrong_scans"],
            over_scans=counts["over_scans"],
            unknown_scans=counts["unknown_scans"],
            manual_confirmations=counts["confirmations"],
            short_ships=counts["short_ships"],
            holds=holds,
            plastic_free_parcels=counts["plastic_free"],
            recycled_pct=100 * counts["recycled_grams"] / grams if grams else 0.0,
            plastic_avoided_grams=logged * self.baseline_plastic_grams - counts["plastic_grams"],
            co2e_grams=counts["co2e_grams"],
        )


def read_period(
    session: Session,
    since: datetime,
    until: datetime,
    baseline_plastic_grams: int = BASELINE_PLASTIC_GRAMS,
    rolled_up: bool = True,
) -> Period:
    """The period's rows: the whole hours from the hourly roll-up (stats/rollup.py), the partial
    hours at either end from the sessions; `rolled_up=False` reads every session instead, for
    checking. Holds are few: they are read from the held sessions themselves."""
    names = {packer_id: name for packer_id, name in session.execute(select(Packer.id, Packer.name))}
    key = hour_key(PackSession.started_at, session.get_bind().dialect.name)
    holds = [
        (HourRow(hour, packer_id, station), reason or "no reason", count)
        for hour, packer_id, station, reason, count in session.execute(
            select(key, PackSession.packer_id, PackSession.station, PackSession.hold_reason, func.count())
            .where(PackSession.status == SessionStatus.HELD, PackSession.started_at >= since,
                   PackSession.started_at < until)
            .group_by(key, PackSession.packer_id, PackSession.station, PackSession.hold_reason)
        )
    ]  # fmt: skip
    return Period(period_rows(session, since, until, rolled_up), holds, names, baseline_plastic_grams)


def pack_figures(
    session: Session,
    since: datetime,
    until: datetime,
    grouping: str | None = None,
    baseline_plastic_grams: int = BASELINE_PLASTIC_GRAMS,
    rolled_up: bool = True,
) -> list[PackFigures]:
    """The period's figures split one way (see Period.figures)."""
    return read_period(session, since, until, baseline_plastic_grams, rolled_up).figures(grouping)


@dataclass(frozen=True)
class PackEvent:
    """One pack session as the manager drills down to it."""

    order_number: str
    station: str
    started_at: datetime
    ended_at: datetime | None
    status: str
    items: int
    wrong_scans: int
    hold_reason: str | None

    @property
    def seconds(self) -> float:
        return (self.ended_at - self.started_at).total_seconds() if self.ended_at else 0.0


def packer_events(
    session: Session, packer_name: str, since: datetime, until: datetime, limit: int = 2000
) -> list[PackEvent]:
    """A packer's pack events that started in the period, newest first."""
    rows = session.execute(
        select(Order.number, PackSession.station, PackSession.started_at, PackSession.ended_at, PackSession.status,
               PackSession.items, PackSession.wrong_scans, PackSession.hold_reason)
        .join(Order, Order.id == PackSession.order_id)
        .join(Packer, Packer.id == PackSession.packer_id)
        .where(Packer.name == packer_name, PackSession.started_at >= since, PackSession.started_at < until,
               PackSession.status != SessionStatus.OPEN)
        .order_by(PackSession.started_at.desc())
        .limit(limit)
    ).all()  # fmt: skip
    return [PackEvent(n, st, s, e, status.value, i, w, h) for n, st, s, e, status, i, w, h in rows]
