"""A manager signs in with badge and PIN and reviews the benches: the same numbers as the core,
charts, a sortable table, and a packer's own pack events on a double click."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from packstation.bootstrap import App
from packstation.demo.events import create_events
from packstation.stats.packing import pack_figures
from packstation.ui.manager_view import ManagerView


def test_a_packer_cannot_see_the_figures_and_a_manager_can(qtbot: QtBot, shop: App) -> None:
    now = datetime.now(UTC)
    create_events(shop.sessions, 3000, days=60, now=now)
    view = ManagerView(shop.sessions)
    qtbot.addWidget(view)

    view.badge.setText("P-1001")
    view.pin.setText("4321")
    assert not view.sign_in() and "is not a manager's" in view.sign_in_message.text()
    view.badge.setText("M-2001")
    view.pin.setText("0000")
    assert not view.sign_in() and "wrong PIN" in view.sign_in_message.text()
    assert view.pages.currentIndex() == 0 and view.dashboard is None

    view.pin.setText("4321")
    assert view.sign_in() and view.pages.currentIndex() == 1
    qtbot.waitUntil(lambda: view.dashboard is not None and not view.loading, timeout=20_000)
    since, until = view.period()
    with shop.sessions() as session:
        [total] = pack_figures(session, since, until)
    assert view.dashboard is not None and view.dashboard.total.orders == total.orders > 0
    assert f"<b>{total.orders:,}</b> orders" in view.figures.text()
    assert view.hours_chart.chart().title() == "Orders per hour of the day"
    assert view.table.rowCount() == 4  # the demo's four packers

    view.table.sortItems(1)  # by orders, fewest first
    counts = [int(view.table.item(row, 1).text().replace(",", "")) for row in range(4)]
    assert counts == sorted(counts)
    view._drill_down(0, 0)
    qtbot.waitUntil(lambda: view.events.rowCount() > 0, timeout=10_000)
    assert view.table.item(0, 0).text() in view.events_title.text()

    view.since.setDate(QDate(2020, 1, 1))
    view.until.setDate(QDate(2020, 1, 31))
    view.refresh()
    qtbot.waitUntil(lambda: not view.loading and view.dashboard is not None and view.dashboard.total.orders == 0,
                    timeout=10_000)  # fmt: skip


def test_the_manager_takes_the_table_away_as_csv_and_the_report_as_pdf(
    qtbot: QtBot, shop: App, tmp_path: Path
) -> None:
    from tests.support.pdf import page_text

    create_events(shop.sessions, 500, days=20, now=datetime.now(UTC))
    view = ManagerView(shop.sessions)
    qtbot.addWidget(view)
    view.badge.setText("M-2001")
    view.pin.setText("4321")
    assert view.sign_in()
    qtbot.waitUntil(lambda: view.dashboard is not None and not view.loading, timeout=20_000)
    assert view.dashboard is not None

    table = tmp_path / "by-packer.csv"
    assert view.export_csv(table)
    rows = list(csv.DictReader(table.open(encoding="utf-8")))
    assert [row["group"] for row in rows] == [g.group for g in view.dashboard.groups]
    assert sum(int(row["orders"]) for row in rows) == view.dashboard.total.orders
    assert not view.export_csv(tmp_path / "no-such-folder" / "x.csv")
    assert "cannot be written" in view.figures.text()

    report = tmp_path / "report.pdf"
    view.export_pdf(report)
    qtbot.waitUntil(lambda: view.who.text() == "Saved report.pdf", timeout=20_000)
    assert f"{view.dashboard.total.orders:,} orders" in " ".join(page_text(report, 0).split())
