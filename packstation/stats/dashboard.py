"""Everything the manager's screen and report show for a period, read in one go: the period's
hour rows are read once and split as many ways as needed, and pack times are only read where
a median is shown (the charts count orders and parcels)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from packstation.stats.packing import PackFigures, read_period
from packstation.stats.summary import Summary, summary


@dataclass
class Dashboard:
    total: PackFigures
    groups: list[PackFigures]  # split the way the manager chose, with pack times
    by_hour: list[PackFigures]  # for the charts: orders and parcels, no pack times
    by_packer: list[PackFigures]
    by_day: list[PackFigures]
    summary: Summary


def load_dashboard(session: Session, since: datetime, until: datetime, grouping: str = "packer") -> Dashboard:
    period = read_period(session, since, until)
    groups = period.figures(grouping)
    return Dashboard(
        period.figures()[0],
        groups,
        period.figures("hour", pack_times=False),
        groups if grouping == "packer" else period.figures("packer", pack_times=False),
        period.figures("day", pack_times=False),
        summary(session, since, until),
    )
