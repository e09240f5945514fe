"""Before a wave: staff choose the orders and inserts, see the page count, render with a
progress bar, look at the pages, and can cancel half-way without leaving anything behind."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from packstation.bootstrap import App
from packstation.core.settings import load_settings
from packstation.core.working_days import closed_days, estimated_delivery, return_deadline
from packstation.inserts.batch import DAYS_AHEAD
from packstation.storage.models import Order, PrintBatch, ReturnLabel, Voucher
from packstation.ui import batch_view
from packstation.ui.batch_view import BatchView


def test_choose_count_render_and_preview_a_wave(qtbot: QtBot, shop: App, tmp_path: Path) -> None:
    view = BatchView(shop.sessions, tmp_path, workers=1)
    qtbot.addWidget(view)
    ready = len(view.numbers)
    assert ready > 0 and view.summary.text() == f"{ready:,} orders × 3 inserts = {3 * ready:,} pages"

    view.language.setCurrentIndex(view.language.findData("cs"))
    view.layout_choice.setCurrentIndex(view.layout_choice.findData("a4"))
    view.recount()
    czech = len(view.numbers)
    assert 0 < czech < ready and view.summary.text().endswith(f"= {-(-3 * czech // 4):,} pages")
    view.since.setText("2026-13-01")
    view.recount()
    assert "not a date like 2026-11-25" in view.summary.text() and not view.render_button.isEnabled()
    view.since.setText("")
    view.recount()

    view.start()
    qtbot.waitUntil(lambda: view.task is None, timeout=60_000)
    assert view.result is not None and view.result.exists()
    assert view.document.pageCount() == -(-3 * czech // 4)  # the pages shown are the file's
    assert view.progress.value() == czech and view.save_button.isEnabled()
    with shop.sessions() as session:
        assert session.scalar(select(func.count(PrintBatch.id))) == 1
    assert view.numbers == []  # those orders are pre-printed now: the next wave leaves them out
    view.fresh_only.setChecked(False)
    view.recount()
    assert len(view.numbers) == czech

    printed: list[tuple[Path, str]] = []
    view.print_file = lambda document, target: printed.append((document, target))  # type: ignore[method-assign]
    view.print_batch()
    assert printed == [(view.result, f"folder:{tmp_path / 'printed'}")]


def test_cancel_half_way_leaves_no_file_and_no_batch(qtbot: QtBot, shop: App, tmp_path: Path) -> None:
    view = BatchView(shop.sessions, tmp_path, workers=1)
    qtbot.addWidget(view)
    with shop.sessions() as session:
        vouchers_before = session.scalar(select(func.count(Voucher.id)))
    view.start()
    qtbot.waitUntil(lambda: view.progress.value() >= 3, timeout=30_000)
    view.cancel()
    qtbot.waitUntil(lambda: view.task is None, timeout=30_000)

    assert view.progress_text.text().startswith("Cancelled") and view.result is None
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*")) == []
    with shop.sessions() as session:
        assert session.scalar(select(func.count(PrintBatch.id))) == 0
        reached = session.scalar(select(func.count(Voucher.id))) - vouchers_before
    assert 3 <= reached < len(view.numbers)  # only the orders reached have their codes


def test_the_wave_of_next_week_printed_tonight(qtbot: QtBot, shop: App, tmp_path: Path) -> None:
    """The packing day is today unless staff say another, one of the next two weeks; the
    vouchers and return labels of the wave then count from that day, and the window says which
    day the batch is for."""
    view = BatchView(shop.sessions, tmp_path, workers=1)
    qtbot.addWidget(view)
    today = date.today()
    assert view.packing_day.date().toPython() == today
    view.packing_day.setDate(QDate(today - timedelta(days=1)))
    assert view.packing_day.date().toPython() == today  # a day gone cannot be chosen
    view.packing_day.setDate(QDate(today + timedelta(days=DAYS_AHEAD + 5)))
    assert view.packing_day.date().toPython() == today + timedelta(days=DAYS_AHEAD)

    view.scanned.setPlainText(view.numbers[0])
    view.recount()
    assert len(view.numbers) == 1
    wave_day = today + timedelta(days=7)
    view.packing_day.setDate(QDate(wave_day))
    view.start()
    qtbot.waitUntil(lambda: view.task is None, timeout=60_000)
    assert f"for {wave_day.isoformat()}:" in view.progress_text.text()
    with shop.sessions() as session:
        printed = session.scalars(select(ReturnLabel)).one()
        voucher = session.scalars(select(Voucher)).one()
        order = session.get(Order, printed.order_id)
        assert order is not None
        settings = load_settings(session)
        delivered = estimated_delivery(wave_day, order.shipping_method, order.ship_country, settings)
    assert printed.return_by.date() == return_deadline(delivered, settings.return_days, order.ship_country,
                                                      closed_days(settings))  # fmt: skip
    assert voucher.expires_at.date() == wave_day + timedelta(days=settings.voucher_valid_days)


def midnight_passes(monkeypatch: pytest.MonkeyPatch, evening: QDate) -> None:
    """From now on the screen's clock says the day after `evening`."""

    class PastMidnight(QDate):
        @staticmethod
        def currentDate() -> QDate:
            return evening.addDays(1)

    monkeypatch.setattr(batch_view, "QDate", PastMidnight)


def test_a_day_chosen_before_midnight_and_rendered_after_it_is_checked_again(
    qtbot: QtBot, shop: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Staff chose today's wave late in the evening and pressed Render past midnight: the window
    does not print yesterday's day on the notes; it says so and offers today."""
    view = BatchView(shop.sessions, tmp_path / "wave", workers=1)
    qtbot.addWidget(view)
    view.scanned.setPlainText(view.numbers[0])
    view.recount()
    evening = view.packing_day.date()
    midnight_passes(monkeypatch, evening)
    view.start()
    assert view.task is None
    said = view.progress_text.text()
    assert said == (
        f"Packing day {evening.toString('yyyy-MM-dd')} has passed: it is "
        f"{evening.addDays(1).toString('yyyy-MM-dd')} now — check the day and render again"
    )
    assert view.packing_day.date() == evening.addDays(1)  # today offered, one press away
    assert not (tmp_path / "wave").exists()  # nothing rendered
    with shop.sessions() as session:
        assert session.scalar(select(func.count(Voucher.id))) == 0


def test_a_screen_left_open_overnight_says_the_day_it_offered_has_passed(
    qtbot: QtBot, shop: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Staff chose tonight's day, switched to the bench and came back after midnight: the
    screen says the day has passed and offers today, before anyone presses Render."""
    view = BatchView(shop.sessions, tmp_path / "wave", workers=1)
    qtbot.addWidget(view)
    evening = view.packing_day.date()
    midnight_passes(monkeypatch, evening)
    view.show()
    qtbot.waitExposed(view)
    assert view.progress_text.text().startswith(f"Packing day {evening.toString('yyyy-MM-dd')} has passed")
    assert view.packing_day.date() == evening.addDays(1)
    assert view.packing_day.minimumDate() == evening.addDays(1)
