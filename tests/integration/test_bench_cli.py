"""The bench without a window: scripts pack orders, print the bench sheet, list staff."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from packstation.bench.codes import COMMAND_LABELS
from packstation.bootstrap import App
from packstation.cli.main import main
from packstation.storage.models import Order, OrderStatus, Packaging
from tests.support.demo import demo_shop
from tests.support.pdf import barcodes, page_count


@pytest.fixture
def shop(sqlite_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> App:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # where default prints are saved
    demo_shop(sqlite_app, 20)
    return sqlite_app


def ready_order(app: App) -> tuple[str, list[str]]:
    with app.sessions() as session:
        order = session.scalars(
            select(Order).where(Order.status == OrderStatus.READY, Order.notes.is_(None))
        ).first()
        assert order is not None
        return order.number, [line.barcode or "" for line in order.lines for _ in range(line.quantity)]


def test_pack_scans_as_a_scanner_would_and_prints_the_inserts(
    shop: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number, items = ready_order(shop)
    scans = [
        arg for code in [*items, "BOX-M", "TAPE-KRAFT", "1Z999AA10123456784"] for arg in ("--scan", code)
    ]

    assert (
        main(
            [
                "--db",
                shop.db_url,
                "pack",
                number,
                "--packer",
                "P-1003",
                "--station",
                "Bench 2",
                "--weight",
                "640",
                *scans,
            ]
        )
        == 0
    )

    out = capsys.readouterr().out
    assert "[ok] TAPE-KRAFT: Packaging: Kraft paper tape" in out  # box and tape both in the parcel
    assert f"[done] 1Z999AA10123456784: {number} packed — well done" in out
    assert "inserts (note,voucher,return,slip) printed on folder:" in out
    [printed] = list((tmp_path / "data" / "packstation" / "printed").iterdir())
    assert page_count(printed) == 4
    with shop.sessions() as session:
        assert session.scalar(select(Order.status).where(Order.number == number)) is OrderStatus.PACKED


def test_pack_exits_1_and_says_why_when_the_order_is_not_complete(
    shop: App, capsys: pytest.CaptureFixture[str]
) -> None:
    number, _ = ready_order(shop)

    assert (
        main(
            [
                "--db",
                shop.db_url,
                "pack",
                number,
                "--packer",
                "P-1001",
                "--station",
                "Bench 1",
                "--scan",
                "GIBBERISH",
            ]
        )
        == 1
    )

    err = capsys.readouterr().err
    assert (
        f"{number} is not complete: Unknown code GIBBERISH" in err
        and "the session stays open at Bench 1" in err
    )


def test_pack_with_an_unknown_badge_is_refused(shop: App, capsys: pytest.CaptureFixture[str]) -> None:
    number, _ = ready_order(shop)
    assert main(["--db", shop.db_url, "pack", number, "--packer", "X-0", "--station", "Bench 1"]) == 2
    assert "cannot sign in: Nobody has the badge 'X-0'" in capsys.readouterr().err


def test_a_packer_at_the_command_line_reads_the_note_and_a_bad_station_or_weight_is_refused(
    shop: App, capsys: pytest.CaptureFixture[str]
) -> None:
    with shop.sessions() as session:
        noted = session.scalars(
            select(Order).where(Order.status == OrderStatus.READY, Order.notes.is_not(None))
        ).first()
        assert noted is not None and noted.notes
        number, note = noted.number, " ".join(noted.notes.split())
    assert main(["--db", shop.db_url, "pack", number, "--packer", "P-1001", "--station", " "]) == 2
    assert '--station: the name of this station, e.g. "Bench 1"' in capsys.readouterr().err
    assert main(["--db", shop.db_url, "pack", number, "--packer", "P-1001", "--station", "Bench 1",
                 "--weight", "-5"]) == 2  # fmt: skip
    assert "--weight -5: a parcel's weight in grams, 1 to 70000" in capsys.readouterr().err
    with shop.sessions() as session:  # neither refusal opened the order anywhere
        assert session.scalar(select(Order.status).where(Order.number == number)) is OrderStatus.READY
    main(["--db", shop.db_url, "pack", number, "--packer", "P-1001", "--station", "Bench 1"])
    assert f"[note] {note}" in capsys.readouterr().out  # the packer reads it, as the window shows it


def test_the_bench_sheet_has_a_scannable_code_for_every_command_and_material(
    shop: App, tmp_path: Path
) -> None:
    sheet = tmp_path / "sheet.pdf"
    assert main(["--db", shop.db_url, "bench-sheet", "--out", str(sheet)]) == 0

    found = {value for page in range(page_count(sheet)) for _, value in barcodes(sheet, page, 203)}
    with shop.sessions() as session:
        materials = set(session.scalars(select(Packaging.code)))
    assert found == {command.value for command in COMMAND_LABELS} | materials


def test_staff_and_packaging_lists(shop: App, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", shop.db_url, "packers", "--json"]) == 0
    staff = json.loads(capsys.readouterr().out)
    assert {"name": "Marek Hájek", "badge": "M-2001", "role": "manager", "active": True} in staff
    assert main(["--db", shop.db_url, "packaging", "--json"]) == 0
    materials = {m["code"]: m for m in json.loads(capsys.readouterr().out)}
    assert materials["AIR-PILLOWS"]["plastic_grams"] == 12 and materials["MAILER-COMPOST"]["home_compostable"]
