"""The Manager screen: behind a manager's badge and PIN, how the benches did in a period —
the key figures, orders per hour through the day, orders per packer, the plastic-free share day
by day, a sortable table split by packer, station, day or hour, and a packer's own pack events
on a double click. Every query runs off the UI thread.
Run alone on a demo shop with months of events: `python -m packstation.ui.manager_view`."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QFont, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from packstation.bench.codes import hold_reason_words
from packstation.core.progress import Progress
from packstation.stats.dashboard import Dashboard, load_dashboard
from packstation.stats.export import write_figures_csv
from packstation.stats.packing import PackEvent, packer_events
from packstation.stats.report import write_report
from packstation.storage.models import Brand, Packer
from packstation.ui.language import QT_TRANSLATE_NOOP, spoken
from packstation.ui.sign_in import ManagerScreen
from packstation.ui.tasks import run_in_background

COLUMNS = (
    QT_TRANSLATE_NOOP("ManagerView", "Group"),
    QT_TRANSLATE_NOOP("ManagerView", "Orders"),
    QT_TRANSLATE_NOOP("ManagerView", "Items"),
    QT_TRANSLATE_NOOP("ManagerView", "Orders/h"),
    QT_TRANSLATE_NOOP("ManagerView", "Median s"),
    QT_TRANSLATE_NOOP("ManagerView", "P90 s"),
    QT_TRANSLATE_NOOP("ManagerView", "Wrong/100"),
    QT_TRANSLATE_NOOP("ManagerView", "Holds"),
    QT_TRANSLATE_NOOP("ManagerView", "Plastic-free"),
)


class _NumberItem(QTableWidgetItem):
    """A cell that sorts by its number, not its text."""

    def __init__(self, value: float, shown: str) -> None:
        super().__init__(shown)
        self.value = value

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.value < getattr(other, "value", 0.0)


class ManagerView(ManagerScreen):
    def __init__(
        self, sessions: sessionmaker[Session], parent: QWidget | None = None, station: str = ""
    ) -> None:
        super().__init__(sessions, station, parent)
        self.dashboard: Dashboard | None = None
        self.loading = False
        intro = self.tr("The manager's figures need a manager's badge and PIN.")
        self._behind_sign_in("Manager screen", intro, self._figures_page())

    def _opened(self, person: Packer) -> None:
        self.who.setText(self.tr("Signed in: {name}").format(name=person.name))
        self.refresh()

    # -- the figures ------------------------------------------------------------------------------

    def _figures_page(self) -> QWidget:
        page = QWidget()
        today = datetime.now(UTC).date()
        first = today - timedelta(days=29)
        self.since = QDateEdit(QDate(first.year, first.month, first.day))
        self.until = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.grouping = QComboBox()
        for label, value in ((self.tr("by packer"), "packer"), (self.tr("by station"), "station"),
                             (self.tr("by day"), "day"), (self.tr("by hour"), "hour")):  # fmt: skip
            self.grouping.addItem(label, value)
        self.who = QLabel()
        refresh = QPushButton(self.tr("Refresh  (F5)"))
        refresh.clicked.connect(self.refresh)
        to_csv = QPushButton(self.tr("CSV…  (Ctrl+E)"))
        to_csv.clicked.connect(self._ask_csv)
        to_pdf = QPushButton(self.tr("PDF report…  (Ctrl+P)"))
        to_pdf.clicked.connect(self._ask_pdf)
        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("From")), self.since, QLabel(self.tr("to")), self.until, self.grouping, refresh, to_csv,
                       to_pdf):  # fmt: skip
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.who)
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.hours_chart, self.packers_chart, self.eco_chart = QChartView(), QChartView(), QChartView()
        for view in (self.hours_chart, self.packers_chart, self.eco_chart):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(220)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(name) for name in COLUMNS])
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.cellDoubleClicked.connect(self._drill_down)
        self.events = QTableWidget(0, 7)
        self.events.setHorizontalHeaderLabels(
            [
                self.tr("Order"),
                self.tr("Station"),
                self.tr("Started"),
                self.tr("Seconds"),
                self.tr("Items"),
                self.tr("Wrong"),
                self.tr("Status"),
            ]
        )
        self.events.setSortingEnabled(True)
        self.events.sortItems(2, Qt.SortOrder.DescendingOrder)  # newest first
        self.events.resizeColumnsToContents()
        self.events_title = QLabel(self.tr("Double-click a packer to see their pack events"))
        grid = QGridLayout()
        grid.addWidget(self.hours_chart, 0, 0)
        grid.addWidget(self.packers_chart, 0, 1)
        grid.addWidget(self.eco_chart, 0, 2)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.figures)
        layout.addLayout(grid)
        tables = QHBoxLayout()
        tables.addWidget(self.table, 3)
        right = QVBoxLayout()
        right.addWidget(self.events_title)
        right.addWidget(self.events)
        tables.addLayout(right, 2)
        layout.addLayout(tables, 1)
        self.grouping.currentIndexChanged.connect(self.refresh)
        QShortcut(QKeySequence("Ctrl+R"), page).activated.connect(self.refresh)
        QShortcut(QKeySequence("Ctrl+E"), page).activated.connect(self._ask_csv)
        QShortcut(QKeySequence("Ctrl+P"), page).activated.connect(self._ask_pdf)
        return page

    def period(self) -> tuple[datetime, datetime]:
        start, end = self.since.date().toPython(), self.until.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        return datetime.combine(start, time(0), UTC), datetime.combine(end + timedelta(days=1), time(0), UTC)

    def refresh(self) -> None:
        if self.manager is None or self.loading:
            return
        since, until = self.period()
        grouping, sessions = self.grouping.currentData(), self.sessions
        self.loading = True
        self.figures.setText(self.tr("Counting…"))

        def work(progress: Progress) -> Dashboard:
            with sessions() as session:
                return load_dashboard(session, since, until, grouping)

        run_in_background(self, work, on_success=self._show, on_failure=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self.figures.setText(self.tr("The figures could not be counted: {error}").format(error=error))

    def _show(self, dashboard: Dashboard) -> None:
        self.loading = False
        self.dashboard = dashboard
        t, s = dashboard.total, dashboard.summary
        holds = ", ".join(f"{n} {spoken(hold_reason_words(reason))}" for reason, n in sorted(t.holds.items()))
        lines = [
            self.tr(
                "<b>{orders}</b> orders, {items} items, <b>{per_hour}</b> orders an hour; pack time median "
                "<b>{median} s</b>, 90th percentile {p90} s (single-item {single} s, multi-item {multi} s)"
            ).format(
                orders=f"{t.orders:,}",
                items=f"{t.items:,}",
                per_hour=f"{t.orders_per_hour:.1f}",
                median=f"{t.median_seconds:.0f}",
                p90=f"{t.p90_seconds:.0f}",
                single=f"{t.single_item_median_seconds:.0f}",
                multi=f"{t.multi_item_median_seconds:.0f}",
            ),
            self.tr(
                "Accuracy: <b>{wrong}</b> wrong scans per 100 items, {over} over-scans, {manual} manual "
                "confirmations, {short} short ships; holds: {holds}"
            ).format(
                wrong=f"{t.wrong_per_100_items:.2f}",
                over=t.over_scans,
                manual=t.manual_confirmations,
                short=t.short_ships,
                holds=holds or self.tr("none"),
            ),
            self.tr(
                "Eco: <b>{plastic_free}</b> plastic-free, {recycled} % recycled content, {avoided} kg plastic "
                "avoided, {co2e} kg CO2e"
            ).format(
                plastic_free=f"{t.plastic_free_share:.0%}",
                recycled=f"{t.recycled_pct:.0f}",
                avoided=f"{t.plastic_avoided_grams / 1000:.1f}",
                co2e=f"{t.co2e_grams / 1000:.1f}",
            ),
            self.tr(
                "Inserts at the bench {bench}, in batches {batches}; vouchers {issued} issued, {redeemed} redeemed "
                "({rate}); returns {returned} of {labels} labels; follow-ups sent {sent}, failed {failed}"
            ).format(
                bench=f"{sum(s.inserts_at_bench.values()):,}",
                batches=f"{sum(s.inserts_in_batches.values()):,}",
                issued=f"{s.vouchers_issued:,}",
                redeemed=f"{s.vouchers_redeemed:,}",
                rate=f"{s.redemption_rate:.1%}",
                returned=f"{s.returns_received:,}",
                labels=f"{s.return_labels:,}",
                sent=f"{sum(v.get('sent', 0) for v in s.followups.values()):,}",
                failed=f"{sum(v.get('failed', 0) for v in s.followups.values()):,}",
            ),
        ]
        self.figures.setText("<br>".join(lines))  # fmt: skip
        self.hours_chart.setChart(
            _bars(self.tr("Orders per hour of the day"), [(r.group[:2], r.orders) for r in dashboard.by_hour])
        )
        self.packers_chart.setChart(
            _bars(self.tr("Orders per packer"), [(r.group, r.orders) for r in dashboard.by_packer])
        )
        self.eco_chart.setChart(
            _line(
                self.tr("Plastic-free share by day (%)"),
                [100 * r.plastic_free_share for r in dashboard.by_day],
            )
        )
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(dashboard.groups))
        for row, g in enumerate(dashboard.groups):
            cells = [(0.0, g.group), (g.orders, f"{g.orders:,}"), (g.items, f"{g.items:,}"),
                     (g.orders_per_hour, f"{g.orders_per_hour:.1f}"), (g.median_seconds, f"{g.median_seconds:.0f}"),
                     (g.p90_seconds, f"{g.p90_seconds:.0f}"), (g.wrong_per_100_items, f"{g.wrong_per_100_items:.2f}"),
                     (sum(g.holds.values()), str(sum(g.holds.values()))),
                     (g.plastic_free_share, f"{g.plastic_free_share:.0%}")]  # fmt: skip
            for column, (value, shown) in enumerate(cells):
                item = QTableWidgetItem(shown) if column == 0 else _NumberItem(value, shown)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()

    # -- exports ----------------------------------------------------------------------------------

    def _ask_where(self, title: str, name: str, kind: str) -> Path | None:
        since, until = self.period()
        suggested = f"packing-{name}-{since:%Y-%m-%d}-{until - timedelta(days=1):%Y-%m-%d}.{kind.lower()}"
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, f"{kind} (*.{kind.lower()})")
        return Path(path) if path else None

    def _ask_csv(self) -> None:
        if self.dashboard is not None and (
            path := self._ask_where(self.tr("Save the table"), f"by-{self.grouping.currentData()}", "CSV")
        ):
            self.export_csv(path)

    def export_csv(self, path: Path) -> bool:
        """The table as it stands, one row per group, for a spreadsheet (formulas neutralised)."""
        if self.dashboard is None:
            return False
        try:
            with path.open("w", encoding="utf-8", newline="") as out:
                write_figures_csv(self.dashboard.groups, out)
        except OSError as exc:
            self.figures.setText(
                self.tr("{file}: cannot be written ({error})").format(file=path, error=exc.strerror or exc)
            )
            return False
        self.who.setText(self.tr("Saved {file}").format(file=path.name))
        return True

    def _ask_pdf(self) -> None:
        if self.manager is not None and (
            path := self._ask_where(self.tr("Save the report"), "report", "PDF")
        ):
            self.export_pdf(path)

    def export_pdf(self, path: Path) -> None:
        """The one-page report with its charts, written off the UI thread."""
        since, until, sessions = *self.period(), self.sessions

        def work(progress: Progress) -> Path:
            with sessions() as session:
                brand = session.get(Brand, 1)
                write_report(session, since, until, path, brand.name if brand else "")
            return path

        run_in_background(
            self,
            work,
            on_success=lambda done: self.who.setText(self.tr("Saved {file}").format(file=done.name)),
            on_failure=lambda error: self.figures.setText(
                self.tr("The report could not be written: {error}").format(error=error)
            ),
        )

    def _drill_down(self, row: int, column: int) -> None:
        cell = self.table.item(row, 0)
        if self.grouping.currentData() != "packer" or cell is None:
            return
        name, (since, until), sessions = cell.text(), self.period(), self.sessions

        def work(progress: Progress) -> list[PackEvent]:
            with sessions() as session:
                return packer_events(session, name, since, until)

        self.events_title.setText(self.tr("{packer}: loading…").format(packer=name))
        run_in_background(self, work, on_success=lambda events: self._show_events(name, events))

    def _show_events(self, name: str, events: list[PackEvent]) -> None:
        self.events_title.setText(
            self.tr("{packer}: pack events: {count} (newest first)").format(
                packer=name, count=f"{len(events):,}"
            )
        )
        self.events.setSortingEnabled(False)
        self.events.setRowCount(len(events))
        for row, e in enumerate(events):
            cells = [(0.0, e.order_number), (0.0, e.station), (0.0, f"{e.started_at:%Y-%m-%d %H:%M}"),
                     (e.seconds, f"{e.seconds:.0f}"), (e.items, str(e.items)), (e.wrong_scans, str(e.wrong_scans)),
                     (0.0, e.status + (f": {e.hold_reason}" if e.hold_reason else ""))]  # fmt: skip
            for column, (value, shown) in enumerate(cells):
                item = _NumberItem(value, shown) if column in (3, 4, 5) else QTableWidgetItem(shown)
                self.events.setItem(row, column, item)
        self.events.setSortingEnabled(True)
        self.events.sortItems(2, Qt.SortOrder.DescendingOrder)  # newest first
        self.events.resizeColumnsToContents()


def _bars(title: str, points: list[tuple[str, int]]) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    series = QBarSeries()
    values = QBarSet(QCoreApplication.translate("ManagerView", "orders"))
    for _, count in points:
        values.append(count)
    series.append(values)
    chart.addSeries(series)
    axis = QBarCategoryAxis()
    axis.append([label for label, _ in points])
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    numbers = QValueAxis()
    numbers.setRange(0, max([count for _, count in points] + [1]))
    numbers.setLabelFormat("%d")
    axis.setLabelsFont(QFont(chart.font().family(), 7))
    chart.addAxis(numbers, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(numbers)
    chart.legend().hide()
    return chart


def _line(title: str, values: list[float]) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    series = QLineSeries()
    for index, value in enumerate(values):
        series.append(index, value)
    chart.addSeries(series)
    days = QValueAxis()
    days.setRange(0, max(1, len(values) - 1))
    days.setLabelFormat("%d")
    days.setTitleText(QCoreApplication.translate("ManagerView", "day of the period"))
    share = QValueAxis()
    share.setRange(0, 100)
    chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(share, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(days)
    series.attachAxis(share)
    chart.legend().hide()
    return chart


def main() -> int:
    from packstation.demo.events import create_events
    from packstation.ui.demo_env import run_alone

    def make(app: object) -> ManagerView:
        sessions = app.sessions  # type: ignore[attr-defined]
        create_events(sessions, 20_000)
        return ManagerView(sessions)

    return run_alone(make, 1400, 900)


if __name__ == "__main__":
    sys.exit(main())
