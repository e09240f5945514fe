"""Before a wave, staff print the inserts of many orders at once — and cancelling half-way
leaves nothing half-done."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import func, select

from packstation.bootstrap import App
from packstation.cli.main import main
from packstation.core.progress import Cancelled, Progress
from packstation.core.settings import load_settings
from packstation.core.working_days import closed_days, estimated_delivery, return_deadline
from packstation.inserts.batch import DAYS_AHEAD, BatchChoice, choose_orders, render_batch
from packstation.inserts.facts import locale_for, long_date
from packstation.inserts.helpers import start_method
from packstation.inserts.wave import _spans
from packstation.storage.models import Order, ReturnLabel, Voucher
from tests.support.demo import demo_shop
from tests.support.pdf import barcodes, page_count, page_text


@pytest.fixture
def shop(sqlite_app: App) -> App:
    demo_shop(sqlite_app, 30)
    return sqlite_app


def ready(shop: App) -> list[str]:
    with shop.sessions() as session:
        return choose_orders(session, BatchChoice())[:8]


@pytest.mark.parametrize(("layout", "per_page"), [("a6", 1), ("a4", 4), ("letter", 4), ("label-4x6", 1)])
def test_a_wave_in_every_layout_has_the_right_pages_and_codes_that_scan(
    shop: App, tmp_path: Path, layout: str, per_page: int
) -> None:
    numbers = ready(shop)
    out = tmp_path / "wave.pdf"
    report = render_batch(shop.sessions, numbers, ["note", "voucher", "return"], out, layout, "order")
    assert report.inserts == 3 * len(numbers) and page_count(out) == -(-3 * len(numbers) // per_page)
    found = {value for _, value in barcodes(out, 0, 203)}
    assert numbers[0] in found  # every insert carries its order's number: scanning it opens the order


def test_collated_by_kind_all_notes_then_all_vouchers(shop: App, tmp_path: Path) -> None:
    numbers = ready(shop)[:3]
    out = tmp_path / "by-kind.pdf"
    render_batch(shop.sessions, numbers, ["note", "voucher"], out, "a6", "kind")
    with shop.sessions() as session:
        codes = set(session.scalars(select(Voucher.code)))
    first_voucher = {value for _, value in barcodes(out, 3, 300)}  # pages 0-2 notes, 3-5 vouchers
    assert numbers[0] in first_voucher and first_voucher & codes


def test_cancelled_half_way_then_run_again(shop: App, tmp_path: Path) -> None:
    numbers = ready(shop)
    out = tmp_path / "wave" / "wave.pdf"
    out.parent.mkdir()
    progress = Progress(lambda done, total, _: progress.cancel() if done == 4 else None)
    with pytest.raises(Cancelled):
        render_batch(
            shop.sessions, numbers, ["note", "voucher", "return"], out, "a6", "order", progress, chunk=4
        )
    assert not out.exists() and list(out.parent.iterdir()) == []  # no partial file that looks finished
    with shop.sessions() as session:
        issued = set(session.scalars(select(Voucher.code)))
        assert len(issued) == 4  # the orders reached have their codes; the others none
        assert session.scalar(select(func.count(ReturnLabel.id))) == 4

    render_batch(shop.sessions, numbers, ["note", "voucher", "return"], out, "a6", "order")
    with shop.sessions() as session:
        again = set(session.scalars(select(Voucher.code)))
    assert issued < again and len(again) == len(numbers)  # the first four kept theirs
    assert page_count(out) == 3 * len(numbers)


def test_the_command_prints_a_wave_and_says_what_is_wrong(
    shop: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "wave.pdf"
    assert (
        main(
            ["--db", shop.db_url, "print-batch", "--kinds", "note,slip", "--layout", "a4", "--out", str(out)]
        )
        == 0
    )
    assert "pages" in capsys.readouterr().out and page_count(out) >= 1
    assert main(["--db", shop.db_url, "print-batch", "--kinds", "note,flyer", "--out", str(out)]) == 2
    assert "unknown insert flyer" in capsys.readouterr().err
    assert main(["--db", shop.db_url, "print-batch", "--status", "shipped", "--out", str(out)]) == 2
    assert "choose from new, ready" in capsys.readouterr().err
    assert main(["--db", shop.db_url, "print-batch", "--tag", "no-such-tag", "--out", str(out)]) == 2
    assert "no orders match" in capsys.readouterr().err


def test_two_worker_processes_draw_the_same_wave_in_the_same_order(shop: App, tmp_path: Path) -> None:
    numbers = ready(shop)
    out = tmp_path / "wave.pdf"
    report = render_batch(shop.sessions, numbers, ["note", "voucher"], out, "a4", "kind", workers=2, chunk=3)
    # chunks of 4 (a whole A4 sheet each): 8 notes on sheets 1-2, then 8 vouchers on sheets 3-4
    assert report.inserts == 16 and page_count(out) == 4
    assert numbers[0] in {value for _, value in barcodes(out, 0, 203)}
    with shop.sessions() as session:
        codes = set(session.scalars(select(Voucher.code)))
    assert len(codes) == len(numbers) and {value for _, value in barcodes(out, 3, 300)} & codes


def test_cancelled_while_workers_draw_leaves_no_file(shop: App, tmp_path: Path) -> None:
    numbers = ready(shop)
    out = tmp_path / "wave" / "wave.pdf"
    out.parent.mkdir()
    progress = Progress()
    progress.cancel()  # pressed at once: the first chunk is rolled back, nothing is drawn
    with pytest.raises(Cancelled):
        render_batch(shop.sessions, numbers, ["note"], out, "a6", "order", progress, workers=2, chunk=4)
    assert list(out.parent.iterdir()) == []
    with shop.sessions() as session:
        assert session.scalar(select(func.count(Voucher.id))) == 0


def test_cancelled_half_way_with_a_helper_process_takes_back_the_codes_of_orders_not_drawn(
    shop: App, tmp_path: Path
) -> None:
    with shop.sessions() as session:
        numbers = choose_orders(session, BatchChoice())[:24]
    out = tmp_path / "wave" / "wave.pdf"
    out.parent.mkdir()
    reached: list[int] = []

    def cancel_after_the_first_chunks(done: int, total: int, _: str) -> None:
        if done >= 8 and not reached:
            reached.append(done)
            progress.cancel()

    progress = Progress(cancel_after_the_first_chunks)
    with pytest.raises(Cancelled):
        render_batch(
            shop.sessions, numbers, ["note", "voucher"], out, "a6", "order", progress, workers=2, chunk=4
        )

    assert list(out.parent.iterdir()) == []
    with shop.sessions() as session:
        vouchers = int(session.scalar(select(func.count(Voucher.id))) or 0)
        labels = int(session.scalar(select(func.count(ReturnLabel.id))) or 0)
    # the chunks drawn keep their codes; those handed out or begun but not drawn gave theirs back
    assert reached and vouchers == labels == reached[0] < len(numbers)

    render_batch(shop.sessions, numbers, ["note", "voucher"], out, "a6", "order", workers=2, chunk=4)
    with shop.sessions() as session:
        assert session.scalar(select(func.count(Voucher.id))) == len(numbers)
    assert page_count(out) == 2 * len(numbers)


def test_a_long_wave_in_one_process_is_drawn_in_parts_and_joined_in_order(
    shop: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("packstation.inserts.wave.PART_ORDERS", 4)  # as 480 do in a real wave
    numbers = ready(shop)
    out = tmp_path / "wave.pdf"
    report = render_batch(shop.sessions, numbers, ["note", "voucher"], out, "a6", "kind", chunk=2)
    assert report.inserts == 16 and page_count(out) == 16
    assert numbers[0] in {value for _, value in barcodes(out, 0, 203)}  # the first note
    assert numbers[-1] in {value for _, value in barcodes(out, 7, 203)}  # the last note
    with shop.sessions() as session:
        first_voucher = session.scalar(
            select(Voucher.code).join(Order, Order.id == Voucher.order_id).where(Order.number == numbers[0])
        )
    assert first_voucher in {value for _, value in barcodes(out, 8, 300)}  # then the vouchers, in order
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no parts left behind


def test_a_wave_is_handed_out_whole_in_order_and_its_last_chunks_are_smaller() -> None:
    """So that two processes run out of work at nearly the same moment."""
    spans = list(_spans(1000, 48, 2, 4))

    assert spans[0] == (0, 48) and spans[-1][1] == 1000
    assert all(before[1] == after[0] for before, after in pairwise(spans))
    sizes = [end - start for start, end in spans]
    assert max(sizes) == 48 and sizes[-2] == 12 and sizes == sorted(sizes, reverse=True)
    assert all(size % 4 == 0 for size in sizes[:-1])  # every part fills its last four-up sheet


def test_cancelled_while_one_process_draws_a_chunk_takes_back_that_chunks_codes(
    shop: App, tmp_path: Path
) -> None:
    numbers = ready(shop)
    out = tmp_path / "wave" / "wave.pdf"
    out.parent.mkdir()

    class PressedWhileDrawing(Progress):
        """Cancel pressed as the second chunk of four is being drawn."""

        checks = 0

        def check(self) -> None:
            self.checks += 1
            if self.checks == 8:  # a check per chunk handed out, per order drawn, per report
                self.cancel()
            super().check()

    with pytest.raises(Cancelled):
        render_batch(
            shop.sessions, numbers, ["note", "voucher"], out, "a6", "order", PressedWhileDrawing(), chunk=4
        )

    assert list(out.parent.iterdir()) == []
    with shop.sessions() as session:
        assert session.scalar(select(func.count(Voucher.id))) == 4  # the first chunk, drawn, keeps its codes
        assert session.scalar(select(func.count(ReturnLabel.id))) == 4


def test_a_window_starts_its_helper_afresh_and_the_wave_comes_out_the_same(shop: App, tmp_path: Path) -> None:
    """The window has threads, so its batch's helper is started afresh (spawned), not forked."""
    numbers = ready(shop)
    out = tmp_path / "wave.pdf"
    seen: dict[str, object] = {}

    def from_the_windows_worker_thread() -> None:
        seen["start"] = start_method()
        try:
            seen["report"] = render_batch(
                shop.sessions, numbers, ["note", "voucher"], out, "a6", "order", workers=2, chunk=4
            )
        except Exception as exc:  # pragma: no cover - shown by the assertion below
            seen["error"] = exc

    worker = threading.Thread(target=from_the_windows_worker_thread)
    worker.start()
    worker.join()

    assert "error" not in seen, seen.get("error")
    assert seen["start"] == "spawn" and page_count(out) == 2 * len(numbers)
    assert numbers[-1] in {
        value for _, value in barcodes(out, 2 * len(numbers) - 1, 203)
    }  # the last order last


def test_tonight_staff_print_the_wave_of_a_day_ahead_and_the_inserts_speak_of_that_day(
    shop: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A batch printed the evening before is packed another day: its notes say the wave's day,
    not the printing day, and each voucher and return window counts from the wave, as it would
    at the bench."""
    with shop.sessions() as session:
        numbers = choose_orders(session, BatchChoice(language="en"))[:2]
    today = date.today()
    wave_day = today + timedelta(days=7)  # a week on: a weekend between, whatever today is
    out = tmp_path / "next-week.pdf"
    args = ["--db", shop.db_url, "print-batch", "--kinds", "note,voucher,return", "--orders", *numbers,
            "--out", str(out)]  # fmt: skip
    assert main([*args, "--packing-day", wave_day.isoformat()]) == 0
    assert f"for the wave of {wave_day.isoformat()}" in capsys.readouterr().out
    with shop.sessions() as session:
        settings = load_settings(session)
        first = session.scalars(select(Order).where(Order.number == numbers[0])).one()
        the_day = long_date(wave_day, locale_for("en", first.ship_country))
        assert f"packed on {the_day}" in " ".join(page_text(out, 0).split())
        for number in numbers:
            order = session.scalars(select(Order).where(Order.number == number)).one()
            label = session.scalars(select(ReturnLabel).where(ReturnLabel.order_id == order.id)).one()
            voucher = session.scalars(select(Voucher).where(Voucher.order_id == order.id)).one()
            from_the_wave = estimated_delivery(wave_day, order.shipping_method, order.ship_country, settings)
            from_today = estimated_delivery(today, order.shipping_method, order.ship_country, settings)
            deadline = label.return_by.date()
            assert deadline == return_deadline(from_the_wave, settings.return_days, order.ship_country,
                                               closed_days(settings))  # fmt: skip
            assert deadline > return_deadline(from_today, settings.return_days, order.ship_country,
                                              closed_days(settings))  # fmt: skip
            assert voucher.expires_at.date() == wave_day + timedelta(days=settings.voucher_valid_days)
            assert label.issued_at.date() <= today + timedelta(days=1)  # issued now, not next week


def codes_of(shop: App, number: str) -> tuple[str, date, str, date]:
    """The order's voucher code and expiry, and its RMA and return-by day, as stored."""
    with shop.sessions() as session:
        order = session.scalars(select(Order).where(Order.number == number)).one()
        voucher = session.scalars(select(Voucher).where(Voucher.order_id == order.id)).one()
        label = session.scalars(select(ReturnLabel).where(ReturnLabel.order_id == order.id)).one()
        return voucher.code, voucher.expires_at.date(), label.rma, label.return_by.date()


def a_ready_english_order(shop: App) -> str:
    with shop.sessions() as session:
        return next(
            n
            for n in choose_orders(session, BatchChoice(language="en"))
            if session.scalars(select(Order).where(Order.number == n)).one().notes is None
        )


def scans_to_pack(shop: App, number: str) -> list[str]:
    with shop.sessions() as session:
        order = session.scalars(select(Order).where(Order.number == number)).one()
        items = [line.barcode or "" for line in order.lines for _ in range(line.quantity)]
    return [arg for code in [*items, "BOX-M", "CMD-COMPLETE"] for arg in ("--scan", code)]


def test_the_wave_moves_two_days_and_the_reprint_keeps_the_codes_but_follows_the_day(
    shop: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Printed for next week's wave, which then moves two days on: the reprinted inserts carry
    the same voucher and RMA as the first ones, and both deadlines move out to the new day. The
    wave moving back again, or one insert printed on its own today, never shortens them: every
    copy printed still promises no more than the shop keeps. Once the parcel is packed, a reprint
    says the day it really was packed and changes nothing stored."""
    number = a_ready_english_order(shop)
    with shop.sessions() as session:
        settings = load_settings(session)
    today = date.today()
    out = tmp_path / "wave.pdf"
    args = ["--db", shop.db_url, "print-batch", "--kinds", "note,voucher,return", "--orders", number,
            "--out", str(out)]  # fmt: skip
    first_day = (today + timedelta(days=7)).isoformat()
    assert main([*args, "--wave-day", first_day]) == 0  # the option's old name still works
    voucher, expires, rma, return_by = codes_of(shop, number)

    moved = today + timedelta(days=9)
    assert main([*args, "--again", "--packing-day", moved.isoformat()]) == 0
    again = codes_of(shop, number)
    assert (again[0], again[2]) == (voucher, rma)
    assert again[1] == moved + timedelta(days=settings.voucher_valid_days) > expires
    assert again[3] >= return_by
    with shop.sessions() as session:
        order = session.scalars(select(Order).where(Order.number == number)).one()
        locale = locale_for("en", order.ship_country)
        from_the_wave = estimated_delivery(moved, order.shipping_method, order.ship_country, settings)
        assert again[3] == return_deadline(from_the_wave, settings.return_days, order.ship_country,
                                           closed_days(settings))  # fmt: skip
    assert f"packed on {long_date(moved, locale)}" in " ".join(page_text(out, 0).split())

    assert main([*args, "--again", "--packing-day", first_day]) == 0  # the wave moves back
    assert (
        main(
            ["--db", shop.db_url, "inserts", number, "--kinds", "voucher", "--out", str(tmp_path / "one.pdf")]
        )
        == 0
    )
    assert codes_of(shop, number) == again  # never in

    pack = ["--db", shop.db_url, "pack", number, "--packer", "P-1001", "--station", "Bench 1", "--no-print"]
    assert main([*pack, *scans_to_pack(shop, number)]) == 0
    capsys.readouterr()
    assert main([*args, "--again", "--packing-day", moved.isoformat()]) == 2  # the batch takes ready orders
    assert f"left out: {number} is packed, not ready (--status packed takes it)" in capsys.readouterr().err
    assert main([*args, "--again", "--status", "any", "--packing-day", moved.isoformat()]) == 0
    assert codes_of(shop, number) == again  # packed: nothing stored moves
    said = " ".join(page_text(out, 0).split())
    assert f"packed on {long_date(today, locale)}" in said or (
        f"packed on {long_date(today + timedelta(days=1), locale)}" in said  # packed just past midnight
    )


def test_a_parcel_that_missed_the_wave_its_notes_were_printed_for_keeps_its_full_voucher(
    shop: App, tmp_path: Path
) -> None:
    """Only the notes were pre-printed, for a wave three days ago that this parcel missed; the
    voucher and return label are printed at the bench when it is packed today. They count from
    today — the customer loses none of the voucher's days — and the codes are the ones the notes
    already name."""
    number = a_ready_english_order(shop)
    out = tmp_path / "notes.pdf"
    assert (
        main(["--db", shop.db_url, "print-batch", "--kinds", "note", "--orders", number, "--out", str(out)])
        == 0
    )
    with shop.sessions() as session:  # as that evening's batch left them, three days ago
        order = session.scalars(select(Order).where(Order.number == number)).one()
        stored = session.scalars(select(Voucher).where(Voucher.order_id == order.id)).one()
        label = session.scalars(select(ReturnLabel).where(ReturnLabel.order_id == order.id)).one()
        stored.expires_at -= timedelta(days=3)
        label.return_by -= timedelta(days=3)
        session.commit()
        settings = load_settings(session)
    voucher, _, rma, early = codes_of(shop, number)

    pack = ["--db", shop.db_url, "pack", number, "--packer", "P-1001", "--station", "Bench 1"]
    assert main([*pack, *scans_to_pack(shop, number)]) == 0
    code, expires, same_rma, return_by = codes_of(shop, number)
    assert (code, same_rma) == (voucher, rma)
    packed_on = expires - timedelta(days=settings.voucher_valid_days)
    assert packed_on in (
        date.today(),
        date.today() + timedelta(days=1),
    )  # packed today (or just past midnight)
    assert return_by > early


def test_a_packing_day_gone_or_far_off_is_refused_before_any_code_is_issued(
    shop: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "wave.pdf"
    args = ["--db", shop.db_url, "print-batch", "--out", str(out), "--packing-day"]
    # a day more than needed: still too far if midnight passes during the test
    yesterday, too_far = date.today() - timedelta(days=1), date.today() + timedelta(days=DAYS_AHEAD + 2)
    assert main([*args, yesterday.isoformat()]) == 2
    said = capsys.readouterr().err
    assert f"--packing-day {yesterday.isoformat()} has passed: give today or a day to come" in said
    assert main([*args, too_far.isoformat()]) == 2
    assert f"more than {DAYS_AHEAD} days ahead" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*args, "tomorrow"])
    assert "write it as YYYY-MM-DD" in capsys.readouterr().err
    assert not out.exists()
    with shop.sessions() as session:
        assert session.scalar(select(func.count(Voucher.id))) == 0


def test_orders_named_and_left_out_are_told_apart_with_what_to_add(
    shop: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Staff type three order numbers; one was pre-printed last night and one is mistyped. The
    batch prints the other and says why the two are not in it."""
    first, second = ready(shop)[:2]
    out = tmp_path / "wave.pdf"
    base = ["--db", shop.db_url, "print-batch", "--kinds", "note", "--out", str(out), "--orders"]
    assert main([*base, first]) == 0
    capsys.readouterr()
    assert main([*base, first, "99999", second]) == 0
    said = capsys.readouterr()
    assert f"left out: {first} is pre-printed already (--again prints it again)" in said.err
    assert "left out: #99999: no such order" in said.err or "left out: 99999: no such order" in said.err
    assert ": 1 order, 1 insert on 1 page in" in said.out and second not in said.err
