"""The manager's figures as a one-page PDF report with charts, drawn with reportlab: the key
figures, orders per hour of the day, orders per packer, the plastic-free share by day and a
table by packer."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from packstation.inserts import text
from packstation.stats.dashboard import load_dashboard

GREEN = HexColor("#2F5D50")


def _bars(title: str, labels: list[str], values: list[float], width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 28, 18, width - 36, height - 40
    chart.data = [values or [0]]
    chart.categoryAxis.categoryNames = labels or [""]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = "PS-Sans"
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 6
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = GREEN
    drawing.add(chart)
    drawing.add(
        String(width / 2, height - 10, title, fontName="PS-Sans-Bold", fontSize=8, textAnchor="middle")
    )
    return drawing


def _line(title: str, values: list[float], width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 28, 18, width - 36, height - 40
    chart.data = [values or [0]]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, 100
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = "PS-Sans"
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 6
    chart.categoryAxis.categoryNames = [str(i + 1) if i % 5 == 0 else "" for i in range(len(values))] or [""]
    chart.lines[0].strokeColor = GREEN
    drawing.add(chart)
    drawing.add(
        String(width / 2, height - 10, title, fontName="PS-Sans-Bold", fontSize=8, textAnchor="middle")
    )
    return drawing


def write_report(session: Session, since: datetime, until: datetime, path: Path, shop: str = "") -> None:
    text.register_fonts()
    figures = load_dashboard(session, since, until, "packer")
    total, by_packer, rest = figures.total, figures.by_packer, figures.summary
    by_hour = [row for row in figures.by_hour if row.orders]
    by_day = [row for row in figures.by_day if row.orders]
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setTitle(f"Packing report {since:%Y-%m-%d} – {until - timedelta(days=1):%Y-%m-%d}")
    width, height = A4
    y = height - 20 * mm
    canvas.setFillColor(GREEN)
    canvas.setFont("PS-Serif-Bold", 18)
    canvas.drawString(18 * mm, y, f"{shop or 'packstation'} — packing report")
    canvas.setFont("PS-Sans", 10)
    canvas.setFillColor(HexColor("#37474F"))
    y -= 8 * mm
    canvas.drawString(18 * mm, y, f"{since:%Y-%m-%d} – {until - timedelta(days=1):%Y-%m-%d}")
    lines = [
        f"{total.orders:,} orders and {total.items:,} items packed, {total.orders_per_hour:.1f} orders an hour; "
        f"pack time median {total.median_seconds:.0f} s, 90th percentile {total.p90_seconds:.0f} s.",
        f"Single-item orders {total.single_item_orders:,} (median {total.single_item_median_seconds:.0f} s), "
        f"multi-item {total.multi_item_orders:,} (median {total.multi_item_median_seconds:.0f} s).",
        f"Accuracy: {total.wrong_per_100_items:.2f} wrong scans per 100 items, {total.over_scans} over-scans, "
        f"{total.manual_confirmations} manual confirmations, {total.short_ships} short ships, "
        f"{sum(total.holds.values())} holds.",
        f"Eco: {total.plastic_free_share:.0%} of parcels plastic-free, {total.recycled_pct:.0f} % recycled content, "
        f"{total.plastic_avoided_grams / 1000:.1f} kg plastic avoided, {total.co2e_grams / 1000:.1f} kg CO2e.",
        f"Inserts: {sum(rest.inserts_at_bench.values()):,} at the bench, {sum(rest.inserts_in_batches.values()):,} "
        f"in batches. Vouchers: {rest.vouchers_issued:,} issued, {rest.vouchers_redeemed:,} redeemed "
        f"({rest.redemption_rate:.1%}). Returns: {rest.returns_received:,} of {rest.return_labels:,} labels.",
    ]
    y -= 10 * mm
    for line in lines:
        canvas.drawString(18 * mm, y, line[:150])
        y -= 5.5 * mm
    chart_w, chart_h = (width - 36 * mm) / 2, 62 * mm
    y -= chart_h
    _bars("Orders per hour of the day", [r.group[:2] for r in by_hour], [r.orders for r in by_hour], chart_w,
          chart_h).drawOn(canvas, 18 * mm, y)  # fmt: skip
    _bars("Orders per packer", [r.group.split(" ")[0] for r in by_packer], [r.orders for r in by_packer], chart_w,
          chart_h).drawOn(canvas, 18 * mm + chart_w, y)  # fmt: skip
    y -= chart_h
    _line("Plastic-free share by day (%)", [100 * r.plastic_free_share for r in by_day], width - 36 * mm,
          chart_h).drawOn(canvas, 18 * mm, y)  # fmt: skip
    y -= 10 * mm
    canvas.setFont("PS-Sans-Bold", 9)
    columns = [18, 70, 95, 120, 145, 170]
    for x, head in zip(
        columns, ["Packer", "Orders", "Orders/h", "Median s", "Wrong/100", "Plastic-free"], strict=True
    ):
        canvas.drawString(x * mm, y, head)
    canvas.setFont("PS-Sans", 9)
    for row in by_packer:
        y -= 5 * mm
        cells = [row.group, f"{row.orders:,}", f"{row.orders_per_hour:.1f}", f"{row.median_seconds:.0f}",
                 f"{row.wrong_per_100_items:.2f}", f"{row.plastic_free_share:.0%}"]  # fmt: skip
        for x, cell in zip(columns, cells, strict=True):
            canvas.drawString(x * mm, y, cell)
    canvas.showPage()
    canvas.save()
