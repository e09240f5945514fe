"""Months of pack events for the manager's view: `packstation demo --events N`.

Each event is a closed pack session with its tally, as the bench writes it: a packer at a
station on a working day between 7:00 and 18:00 (busiest late morning), one to five items,
pack times that grow with the items, a wrong or over-scan now and then, a hold or a short ship
rarely, and the packaging a real bench would use (mostly boxes with paper, some compostable
mailers, a few with plastic fill). The events are attached to the demo's orders as earlier
waves of the same shop; the orders themselves are not changed."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from packstation.stats.rollup import rebuild
from packstation.storage.bulk import bulk_insert
from packstation.storage.models import Order, Packaging, Packer, PackSession, Role, SessionStatus, Station

PARCELS = [  # (share, packaging used)
    (0.55, ["BOX-M", "FILL-PAPER", "TAPE-KRAFT"]),
    (0.15, ["BOX-S", "TAPE-KRAFT"]),
    (0.10, ["MAILER-COMPOST"]),
    (0.08, ["BOX-REUSED", "FILL-PAPER", "TAPE-KRAFT"]),
    (0.07, ["BOX-M", "AIR-PILLOWS", "TAPE-KRAFT"]),
    (0.05, ["BOX-L", "BUBBLE-WRAP", "TAPE-KRAFT"]),
]
HOLD_REASONS = ["missing item", "damaged", "address problem"]
HOURS = [7, 8, 9, 10, 10, 11, 11, 11, 12, 13, 14, 14, 15, 15, 16, 17]  # busiest late morning
CHUNK = 20_000


def create_events(
    sessions: sessionmaker[Session],
    count: int,
    days: int = 180,
    seed: int = 7,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Add `count` closed pack sessions over the last `days` days; returns how many."""
    rng = random.Random(seed)
    end = (now or datetime.now(UTC)).date()
    workdays = [d for d in (end - timedelta(days=n) for n in range(days)) if d.weekday() < 5]
    with sessions() as session:
        orders = list(session.scalars(select(Order.id)))
        packers = list(session.scalars(select(Packer.id).where(Packer.role == Role.PACKER)))
        managers = list(session.scalars(select(Packer.id).where(Packer.role != Role.PACKER)))
        stations = list(session.scalars(select(Station.name))) or ["Bench 1"]
        materials = {p.code: p for p in session.scalars(select(Packaging))}
    if not orders or not packers:
        raise ValueError("load the demo shop first: events need its orders and packers")
    shares = [share for share, _ in PARCELS]
    tallies = []
    for _, codes in PARCELS:
        used = [materials[c] for c in codes if c in materials]
        tallies.append({
            "packaging_logged": bool(used), "packaging_grams": sum(m.weight_grams for m in used),
            "recycled_grams": sum(m.weight_grams * m.recycled_content_pct // 100 for m in used),
            "plastic_grams": sum(m.plastic_grams for m in used), "co2e_grams": sum(m.co2e_grams for m in used),
        })  # fmt: skip
    made = 0
    while made < count:
        rows = []
        for _ in range(min(CHUNK, count - made)):
            day = rng.choice(workdays)
            started = datetime.combine(
                day, time(rng.choice(HOURS), rng.randrange(60), rng.randrange(60)), UTC
            )
            items = min(5, 1 + int(rng.expovariate(1.1)))
            seconds = max(15.0, rng.lognormvariate(4.1, 0.35) + 32 * (items - 1))
            held = rng.random() < 0.015
            wrong = sum(rng.random() < 0.012 for _ in range(items))
            over = sum(rng.random() < 0.006 for _ in range(items))
            unknown = int(rng.random() < 0.004)
            ended = started + timedelta(seconds=seconds)
            row = {
                "order_id": rng.choice(orders), "packer_id": rng.choice(packers), "station": rng.choice(stations),
                "status": SessionStatus.HELD if held else SessionStatus.COMPLETED, "started_at": started,
                "ended_at": ended, "lease_until": ended, "note_acknowledged": True, "followups_queued": True,
                "hold_reason": rng.choice(HOLD_REASONS) if held else None,
                "short_ship_approved_by": rng.choice(managers) if managers and not held and rng.random() < 0.003
                else None,
                "items": items, "wrong_scans": wrong, "over_scans": over, "unknown_scans": unknown,
                "confirmations": wrong + over + unknown, "pack_ms": round(seconds * 1000),
            }  # fmt: skip
            row |= tallies[rng.choices(range(len(PARCELS)), shares)[0]] if not held else _NOTHING_PACKED
            rows.append(row)
        with sessions.begin() as session:
            bulk_insert(session, PackSession, rows)
        made += len(rows)
        if progress:
            progress(made, count)
    with sessions.begin() as session:  # the statistics' hourly roll-up, as the bench keeps it
        rebuild(session)
        if session.get_bind().dialect.name == "postgresql":  # after a bulk load, as autovacuum would
            session.execute(text("ANALYZE pack_session"))
            session.execute(text("ANALYZE pack_hour"))
    return made


_NOTHING_PACKED = {"packaging_logged": False, "packaging_grams": 0, "recycled_grams": 0, "plastic_grams": 0,
                   "co2e_grams": 0}  # fmt: skip
