"""The pack sessions rolled up by the hour (the `pack_hour` table), and the rows of a period.

A session adds itself to its hour's row when it closes, in the same transaction as its tally:
the throughput and eco columns go to the hour it was completed in, the accuracy columns to the
hour it started in. A period's figures then read its whole hours from the roll-up and its
partial first and last hours from the sessions themselves, so any period comes out exactly as
if every session had been read — and a month is a few thousand rows, not a few hundred
thousand.

Adding to a row is one INSERT … ON CONFLICT DO UPDATE on both SQLite and PostgreSQL, so two
stations closing sessions at once never lose each other's counts (each station has its own
rows anyway: the station is part of the key)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from importlib import import_module
from typing import TYPE_CHECKING, Any

from sqlalchemy import Text, case, cast, delete, func, insert, select
from sqlalchemy.orm import Session

from packstation.storage.models import PackHour, PackSession, SessionStatus

if TYPE_CHECKING:
    from sqlalchemy.dialects import postgresql, sqlite

HOUR_FORMAT = "%Y-%m-%d %H"
THROUGHPUT = (
    "orders",
    "items",
    "short_ships",
    "plastic_free",
    "logged_parcels",
    "plastic_grams",
    "co2e_grams",
    "packaging_grams",
    "recycled_grams",
)
ACCURACY = ("wrong_scans", "over_scans", "unknown_scans", "confirmations")
COUNTED = (*THROUGHPUT, *ACCURACY)
CLOSED = (SessionStatus.COMPLETED, SessionStatus.HELD, SessionStatus.CANCELLED)

Key = tuple[str, int, str]  # hour, packer id, station


@dataclass
class HourRow:
    """One packer at one station in one hour, as the figures add it up: the counts in the order
    of COUNTED, and the pack times as the roll-up keeps them (milliseconds separated by spaces),
    read into numbers only once a whole group is together."""

    hour: str
    packer_id: int
    station: str
    counts: list[int] = field(default_factory=lambda: [0] * len(COUNTED))
    single_ms: str = ""
    multi_ms: str = ""

    def add(self, counts: Iterable[int | None], single: str | None, multi: str | None, at: int = 0) -> None:
        """Add counts, starting at COUNTED[at], and pack times."""
        for i, value in enumerate(counts, at):
            self.counts[i] += int(value or 0)
        if single:
            self.single_ms += f" {single}"
        if multi:
            self.multi_ms += f" {multi}"

    @property
    def named(self) -> dict[str, int]:
        return dict(zip(COUNTED, self.counts, strict=True))


def hour_of(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(HOUR_FORMAT)


def hour_key(column: Any, dialect: str) -> Any:
    """The clock hour (UTC) a time falls in, computed by the database, as `YYYY-MM-DD HH`."""
    if dialect == "postgresql":
        return func.to_char(func.timezone("UTC", column), "YYYY-MM-DD HH24")
    return func.substr(column, 1, 13)  # SQLite keeps UTC times as text


def _joined(column: Any, dialect: str) -> Any:
    if dialect == "postgresql":
        return func.string_agg(cast(column, Text), " ")
    return func.group_concat(column, " ")


def _throughput(dialect: str, where: Any) -> Any:
    logged = PackSession.packaging_logged
    key = hour_key(PackSession.ended_at, dialect)
    return (
        select(key, PackSession.packer_id, PackSession.station, func.count(), func.sum(PackSession.items),
               func.count(PackSession.short_ship_approved_by),
               func.sum(case((logged & (PackSession.plastic_grams == 0), 1), else_=0)),
               func.sum(case((logged, 1), else_=0)),
               func.sum(case((logged, PackSession.plastic_grams), else_=0)),
               func.sum(case((logged, PackSession.co2e_grams), else_=0)),
               func.sum(case((logged, PackSession.packaging_grams), else_=0)),
               func.sum(case((logged, PackSession.recycled_grams), else_=0)),
               _joined(case((PackSession.items <= 1, PackSession.pack_ms)), dialect),
               _joined(case((PackSession.items > 1, PackSession.pack_ms)), dialect))
        .where(PackSession.status == SessionStatus.COMPLETED, where)
        .group_by(key, PackSession.packer_id, PackSession.station)
    )  # fmt: skip


def _accuracy(dialect: str, where: Any) -> Any:
    key = hour_key(PackSession.started_at, dialect)
    return (
        select(key, PackSession.packer_id, PackSession.station, func.sum(PackSession.wrong_scans),
               func.sum(PackSession.over_scans), func.sum(PackSession.unknown_scans),
               func.sum(PackSession.confirmations))
        .where(PackSession.status.in_(CLOSED), where)
        .group_by(key, PackSession.packer_id, PackSession.station)
    )  # fmt: skip


def from_sessions(session: Session, ended: Any, started: Any) -> dict[Key, HourRow]:
    """Hour rows added up from the sessions themselves: throughput of those completed where
    `ended` holds, accuracy of those closed where `started` holds."""
    dialect = session.get_bind().dialect.name
    rows: dict[Key, HourRow] = {}
    for hour, packer_id, station, *counts, single, multi in session.execute(_throughput(dialect, ended)):
        key = (hour, packer_id, station)
        rows.setdefault(key, HourRow(*key)).add(counts, single, multi)
    for hour, packer_id, station, *counts in session.execute(_accuracy(dialect, started)):
        key = (hour, packer_id, station)
        rows.setdefault(key, HourRow(*key)).add(counts, None, None, at=len(THROUGHPUT))
    return rows


def period_rows(session: Session, since: datetime, until: datetime, rolled_up: bool = True) -> list[HourRow]:
    """The hour rows of a period: whole hours from the roll-up, the partial hours at either end
    from the sessions (`rolled_up=False` reads every session, for checking)."""
    first = since.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
    if first < since:
        first += timedelta(hours=1)
    last = until.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
    if not rolled_up or first >= last:
        ended = (PackSession.ended_at >= since) & (PackSession.ended_at < until)
        started = (PackSession.started_at >= since) & (PackSession.started_at < until)
        return list(from_sessions(session, ended, started).values())
    rows = list(
        from_sessions(
            session,
            ((PackSession.ended_at >= since) & (PackSession.ended_at < first))
            | ((PackSession.ended_at >= last) & (PackSession.ended_at < until)),
            ((PackSession.started_at >= since) & (PackSession.started_at < first))
            | ((PackSession.started_at >= last) & (PackSession.started_at < until)),
        ).values()
    )
    columns = [getattr(PackHour, name) for name in COUNTED]
    for hour, packer_id, station, *counts, single, multi in session.execute(
        select(PackHour.hour, PackHour.packer_id, PackHour.station, *columns, PackHour.single_ms, PackHour.multi_ms)
        .where(PackHour.hour >= hour_of(first), PackHour.hour < hour_of(last))
    ):  # fmt: skip
        rows.append(HourRow(hour, packer_id, station, counts, single, multi))
    return rows


def _add(session: Session, key: Key, counts: dict[str, int], single: str = "", multi: str = "") -> None:
    """Add to one hour row, creating it if need be, in one statement."""
    dialect = session.get_bind().dialect.name
    # each database's own upsert, its module loaded on the database in use only (loading
    # PostgreSQL's cost every command on the embedded SQLite default 40 ms of its start)
    database = import_module(
        "sqlalchemy.dialects.postgresql" if dialect == "postgresql" else "sqlalchemy.dialects.sqlite"
    )
    upsert: Callable[[type[PackHour]], postgresql.Insert | sqlite.Insert] = database.insert
    hour, packer_id, station = key
    values = {name: counts.get(name, 0) for name in COUNTED}
    statement = upsert(PackHour).values(
        hour=hour, packer_id=packer_id, station=station, single_ms=single, multi_ms=multi, **values
    )
    added = {name: getattr(PackHour, name) + statement.excluded[name] for name in counts}
    if single:
        added["single_ms"] = PackHour.single_ms + statement.excluded.single_ms
    if multi:
        added["multi_ms"] = PackHour.multi_ms + statement.excluded.multi_ms
    session.execute(
        statement.on_conflict_do_update(index_elements=["hour", "packer_id", "station"], set_=added)
        if added
        else statement.on_conflict_do_nothing(index_elements=["hour", "packer_id", "station"])
    )


def record_closed(session: Session, pack: PackSession) -> None:
    """Add a session that has just closed, with its tally written, to its hours' rows."""
    if pack.status not in CLOSED or pack.ended_at is None:
        return
    accuracy = {
        "wrong_scans": pack.wrong_scans,
        "over_scans": pack.over_scans,
        "unknown_scans": pack.unknown_scans,
        "confirmations": pack.confirmations,
    }
    _add(session, (hour_of(pack.started_at), pack.packer_id, pack.station), accuracy)
    if pack.status != SessionStatus.COMPLETED:
        return
    logged = pack.packaging_logged
    throughput = {
        "orders": 1,
        "items": pack.items,
        "short_ships": int(pack.short_ship_approved_by is not None),
        "plastic_free": int(logged and pack.plastic_grams == 0),
        "logged_parcels": int(logged),
        "plastic_grams": pack.plastic_grams if logged else 0,
        "co2e_grams": pack.co2e_grams if logged else 0,
        "packaging_grams": pack.packaging_grams if logged else 0,
        "recycled_grams": pack.recycled_grams if logged else 0,
    }
    times = f" {pack.pack_ms}"
    single, multi = (times, "") if pack.items <= 1 else ("", times)
    _add(session, (hour_of(pack.ended_at), pack.packer_id, pack.station), throughput, single, multi)


def rebuild(session: Session) -> int:
    """Roll every closed session up afresh (after a bulk load, or when upgrading); returns the
    rows written."""
    session.execute(delete(PackHour))
    rows = from_sessions(session, PackSession.ended_at.is_not(None), PackSession.started_at.is_not(None))
    if rows:
        session.execute(insert(PackHour), list(_as_records(rows.values())))
    return len(rows)


def _as_records(rows: Iterable[HourRow]) -> Iterable[dict[str, Any]]:
    for row in rows:
        yield {
            "hour": row.hour,
            "packer_id": row.packer_id,
            "station": row.station,
            **row.named,
            "single_ms": row.single_ms.strip(),
            "multi_ms": row.multi_ms.strip(),
        }
