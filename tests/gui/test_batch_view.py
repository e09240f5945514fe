"""Before a wave: staff choose the orders and inserts, see the page count, render with a
progress bar, look at the pages, and can cancel half-way without leaving anything behind."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from packstation.bootstrap import App
from packstation.storage.models import PrintBatch, Voucher
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
