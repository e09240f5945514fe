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
from typing import Any

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import Session

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


def _bucket(column: Any, grouping: str | None, dialect: str) -> Any:
    """The group a session falls in, computed by the database: its packer, station, day or
    hour (in UTC), or one group for all."""
    if grouping == "packer":
        return PackSession.packer_id
    if grouping == "station":
        return PackSession.station
    if grouping in ("day", "hour"):
        if dialect == "postgresql":
            return func.to_char(func.timezone("UTC", column), "YYYY-MM-DD" if grouping == "day" else "HH24")
        return func.substr(column, 1, 10) if grouping == "day" else func.substr(column, 12, 2)
    return literal("all")


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
    """The period's figures: one row per group, sorted by group, or one row for all. The
    database adds up the sessions' tallies (bench/tally.py); only the pack times come back
    one by one, for their median and 90th percentile."""
    if grouping is not None and grouping not in GROUPINGS:
        raise ValueError(f"cannot split by {grouping!r}: choose {', '.join(GROUPINGS)}")
    dialect = session.get_bind().dialect.name
    names = dict(session.execute(select(Packer.id, Packer.name)).all())
    rows: dict[Any, PackFigures] = defaultdict(PackFigures)
    done = (
        (PackSession.status == SessionStatus.COMPLETED)
        & (PackSession.ended_at >= since)
        & (PackSession.ended_at < until)
    )
    key = _bucket(PackSession.ended_at, grouping, dialect).label("key")
    logged = PackSession.packaging_logged
    plastic_free = case((logged & (PackSession.plastic_grams == 0), 1), else_=0)
    avoided = case(
        (
            logged & (PackSession.plastic_grams < baseline_plastic_grams),
            baseline_plastic_grams - PackSession.plastic_grams,
        ),
        else_=0,
    )
    hour = (
        func.to_char(func.timezone("UTC", PackSession.ended_at), "YYYY-MM-DD HH24")
        if dialect == "postgresql"
        else func.substr(PackSession.ended_at, 1, 13)
    )  # the clock hour a session ended in, for the packing hours
    for group, orders, items, shorts, hours, free, saved, co2e, grams, recycled in session.execute(
        select(key, func.count(), func.sum(PackSession.items), func.count(PackSession.short_ship_approved_by),
               func.count(func.distinct(hour)), func.sum(plastic_free), func.sum(avoided),
               func.sum(case((logged, PackSession.co2e_grams), else_=0)),
               func.sum(case((logged, PackSession.packaging_grams), else_=0)),
               func.sum(case((logged, PackSession.recycled_grams), else_=0)))
        .where(done).group_by(key)
    ):  # fmt: skip
        row = rows[group]
        row.orders, row.items, row.short_ships, row.packing_hours = orders, int(items or 0), shorts, hours
        row.plastic_free_parcels, row.plastic_avoided_grams = int(free or 0), int(saved or 0)
        row.co2e_grams = int(co2e or 0)
        row.recycled_pct = 100 * int(recycled or 0) / int(grams) if grams else 0.0

    durations: dict[Any, list[tuple[float, int]]] = defaultdict(list)
    for group, ms, items in session.execute(select(key, PackSession.pack_ms, PackSession.items).where(done)):
        durations[group].append((ms / 1000, items))

    started = _bucket(PackSession.started_at, grouping, dialect).label("key")
    began = (
        (PackSession.started_at >= since)
        & (PackSession.started_at < until)
        & PackSession.status.in_([SessionStatus.COMPLETED, SessionStatus.HELD, SessionStatus.CANCELLED])
    )
    for group, wrong, over, unknown, confirmations in session.execute(
        select(started, func.sum(PackSession.wrong_scans), func.sum(PackSession.over_scans),
               func.sum(PackSession.unknown_scans), func.sum(PackSession.confirmations))
        .where(began).group_by(started)
    ):  # fmt: skip
        row = rows[group]
        row.wrong_scans, row.over_scans = int(wrong or 0), int(over or 0)
        row.unknown_scans, row.manual_confirmations = int(unknown or 0), int(confirmations or 0)
    for group, reason, held in session.execute(
        select(started, PackSession.hold_reason, func.count())
        .where(began, PackSession.status == SessionStatus.HELD)
        .group_by(started, PackSession.hold_reason)
    ):  # fmt: skip
        rows[group].holds[reason or "no reason"] = held

    for group, row in rows.items():
        row.group = (
            names.get(group, "?")
            if grouping == "packer"
            else f"{group}:00"
            if grouping == "hour"
            else str(group)
        )
        seconds = [d for d, _ in durations[group]]
        row.median_seconds = statistics.median(seconds) if seconds else 0.0
        row.p90_seconds = _percentile(seconds, 0.9)
        single = [d for d, n in durations[group] if n <= 1]
        multi = [d for d, n in durations[group] if n > 1]
        row.single_item_orders, row.multi_item_orders = len(single), len(multi)
        row.single_item_median_seconds = statistics.median(single) if single else 0.0
        row.multi_item_median_seconds = statistics.median(multi) if multi else 0.0
    return sorted(rows.values(), key=lambda row: row.group) or [PackFigures()]


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
