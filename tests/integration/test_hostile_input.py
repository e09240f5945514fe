"""Careless and hostile input meets the command line: a file meant for a spreadsheet runs no
formula, and an output that is not a file is refused before a byte is written."""

from __future__ import annotations

import csv
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import update

from packstation.bootstrap import App
from packstation.cli.main import main
from packstation.core.spreadsheet import safe_cell
from packstation.storage.models import Customer, Order
from tests.support.demo import demo_shop


@pytest.fixture
def shop(sqlite_app: App) -> App:
    demo_shop(sqlite_app, 30)
    return sqlite_app


def test_a_cell_that_starts_like_a_formula_is_kept_as_text() -> None:
    for hostile in ('=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"):
        assert safe_cell(hostile) == "'" + hostile
    assert safe_cell("Jana") == "Jana" and safe_cell(42) == "42" and safe_cell(None) == ""


def test_exports_a_manager_opens_in_excel_run_no_formula(
    shop: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.integration.test_followups import pack

    with shop.sessions.begin() as session:  # a customer who named herself like a formula
        session.execute(update(Customer).values(first_name='=HYPERLINK("http://evil","x")'))
    order = pack(shop)
    with shop.sessions.begin() as session:
        session.execute(update(Order).where(Order.id == order.id).values(number="=1+1"))
    vouchers, outbox = tmp_path / "vouchers.csv", tmp_path / "outbox.csv"

    assert main(["--db", shop.db_url, "vouchers", "export", "--out", str(vouchers)]) == 0
    assert main(["--db", shop.db_url, "outbox", "export", "--format", "csv", "--out", str(outbox)]) == 0

    cells = [
        cell for path in (vouchers, outbox) for row in csv.reader(path.open(encoding="utf-8")) for cell in row
    ]
    assert "'=1+1" in cells
    assert any(cell.startswith("'=HYPERLINK") or "=HYPERLINK" in cell[1:] for cell in cells)
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@"))]


OUTPUTS = [
    ["inserts", "1001", "--out"],
    ["bench-sheet", "--out"],
    ["vouchers", "export", "--out"],
    ["print-batch", "--quiet", "--workers", "1", "--out"],
    ["outbox", "export", "--out"],
    ["stats", "--pdf"],
]


@pytest.mark.parametrize("command", OUTPUTS, ids=lambda words: words[0])
def test_an_output_that_is_a_device_is_refused_and_left_alone(
    shop: App, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", shop.db_url, *command, "/dev/null"]) == 2
    assert "/dev/null is a device or a pipe" in capsys.readouterr().err
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)  # still the device, not a file put in its place


@pytest.mark.parametrize("command", OUTPUTS, ids=lambda words: words[0])
def test_an_output_in_a_missing_folder_gets_one_clear_message(
    shop: App, command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no-such-folder" / "out.file"
    assert main(["--db", shop.db_url, *command, str(missing)]) == 2
    said = capsys.readouterr().err
    assert f"the folder {missing.parent} does not exist" in said and "Traceback" not in said
    assert not missing.parent.exists()


def test_an_output_that_is_a_folder_is_refused(
    shop: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", shop.db_url, "bench-sheet", "--out", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err and tmp_path.is_dir()


def test_a_pack_killed_at_any_moment_never_leaves_a_packed_parcel_without_its_inserts(shop: App) -> None:
    """Completing an order and owing its print are one transaction; the next start prints it."""
    import random
    import signal
    import subprocess
    import sys
    import time

    from sqlalchemy import select

    from packstation.config import default_print_folder, spool_dir
    from packstation.printing.service import print_waiting
    from packstation.storage.models import OrderStatus, PrintJob, PrintJobStatus

    with shop.sessions() as session:
        orders = [(o.number, [line.barcode or "" for line in o.lines for _ in range(line.quantity)])
                  for o in session.scalars(select(Order).where(Order.status == OrderStatus.READY,
                                                               Order.notes.is_(None)).order_by(Order.id).limit(12))]  # fmt: skip

    def pack(number: str, codes: list[str]) -> subprocess.Popen[bytes]:
        scans = [arg for code in [*codes, "BOX-S", "CMD-COMPLETE"] for arg in ("--scan", code)]
        return subprocess.Popen([sys.executable, "-m", "packstation", "--db", shop.db_url, "pack", number,
                                 "--packer", "P-1001", "--station", "Bench 9", *scans],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip

    started = time.monotonic()  # one whole pack first: how long it takes on this machine, now
    assert pack(*orders[0]).wait() == 0
    whole = time.monotonic() - started
    rng = random.Random(22)
    for number, codes in orders[1:]:
        run = pack(number, codes)
        time.sleep(
            rng.uniform(0.25, 1.05) * whole
        )  # start-up, scans, completing, drawing, printing: anywhere
        run.send_signal(signal.SIGKILL)
        run.wait()

    def packed_without_a_job() -> list[str]:
        with shop.sessions() as session:
            packed = set(session.scalars(select(Order.number).where(Order.status == OrderStatus.PACKED)))
            jobs = set(session.scalars(select(PrintJob.order_number)))
        return sorted(packed - jobs)

    with shop.sessions() as session:
        packed = list(session.scalars(select(Order.number).where(Order.status == OrderStatus.PACKED)))
    assert set(packed) - {orders[0][0]}, "no kill came late enough to pack anything: the test proved nothing"
    assert packed_without_a_job() == []  # the print is owed from the moment the parcel is packed

    print_waiting(
        shop.sessions, "Bench 9", spool_dir=spool_dir(), default_folder=default_print_folder()
    )  # the next start
    with shop.sessions() as session:
        printed = set(
            session.scalars(select(PrintJob.order_number).where(PrintJob.status == PrintJobStatus.PRINTED))
        )
    assert set(packed) <= printed


@pytest.mark.parametrize(
    ("setting", "link"),
    [
        ("smtp_url", "smtp://shop@mail.example:587?starttls=1&password=hunter2"),
        ("smtp_url", "smtp://shop:hunter2@mail.example:587"),
        ("sms_webhook_url", "https://sms.example/send?token=hunter2"),
        ("sms_webhook_url", "https://sms.example/send?ApiKey=hunter2"),
    ],
)
def test_a_link_holding_a_secret_is_refused_and_never_stored_or_audited(
    shop: App, setting: str, link: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from packstation.core.staff import audit_log
    from packstation.storage.models import Setting

    monkeypatch.setenv("PACKSTATION_PIN", "4321")
    assert main(["--db", shop.db_url, "settings", "set", setting, link, "--badge", "M-2001"]) == 2
    said = capsys.readouterr()
    assert "the link holds a secret" in said.err and "hunter2" not in said.err + said.out
    with shop.sessions() as session:
        assert session.get(Setting, setting) is None
        assert "hunter2" not in str([entry.detail for entry in audit_log(session, limit=100)])


def test_secrets_an_older_version_stored_are_taken_out_by_the_migration(shop: App) -> None:
    from alembic import command

    from packstation.core.staff import audit_log
    from packstation.storage.migrate import _config, schema_change, upgrade
    from packstation.storage.models import AuditEntry, Setting

    legacy = "smtp://shop@mail.example:587?starttls=1&password=hunter2"
    with schema_change(shop.engine) as connection:  # the schema as an earlier version left it
        command.downgrade(_config(connection), "0016")
    with shop.sessions.begin() as session:  # as an earlier version left the database
        session.add(Setting(name="smtp_url", value=legacy))
        session.add(Setting(name="sms_webhook_url", value="https://sms.example/send?token=s3cret&to=x"))
        session.add(AuditEntry(at=datetime_now(), actor="Marek", role="manager", action="setting changed",
                               subject="smtp_url", station="", detail={"old": "", "new": legacy}))  # fmt: skip

    upgrade(shop.engine)

    with shop.sessions() as session:
        stored = {row.name: row.value for row in session.query(Setting)}
        details = str([entry.detail for entry in audit_log(session, limit=100)])
    assert stored["smtp_url"] == "smtp://shop@mail.example:587?starttls=1"
    assert stored["sms_webhook_url"] == "https://sms.example/send?to=x"
    assert "hunter2" not in details and "s3cret" not in details


def datetime_now() -> object:
    from datetime import UTC, datetime

    return datetime.now(UTC)


def test_prices_as_excel_resaves_them_are_read_exactly_or_the_file_refused(
    sqlite_app: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from decimal import Decimal

    from sqlalchemy import select

    from packstation.storage.models import OrderLine

    head = "order_number,created_at,customer_name,email,item_name,quantity,unit_price,currency\n"
    czech = tmp_path / "czech.csv"
    czech.write_text(head + '#7001,2026-11-20,Jana,j@example.cz,Mýdlo,1,"1.234,50",CZK\n#7002,2026-11-20,Jana,j@example.cz,Kartáč,2,"12,00",CZK\n',
                     encoding="utf-8")  # fmt: skip
    assert main(["--db", sqlite_app.db_url, "import", str(czech)]) == 0
    with sqlite_app.sessions() as session:
        prices = sorted(session.scalars(select(OrderLine.unit_price)))
    assert prices == [Decimal("12.00"), Decimal("1234.50")]  # not 1.23 and not refused

    mixed = tmp_path / "mixed.csv"
    mixed.write_text(head + '#7003,2026-11-20,Ana,a@example.ro,Săpun,1,12.50,RON\n#7004,2026-11-20,Ana,a@example.ro,Perie,1,"3,20",RON\n',
                     encoding="utf-8")  # fmt: skip
    assert main(["--db", sqlite_app.db_url, "import", str(mixed)]) == 2
    assert "both as '12.50' and as '3,20'" in capsys.readouterr().err
    assert (
        main(["--db", sqlite_app.db_url, "import", str(mixed), "--decimal", ","]) == 1
    )  # told: 12.50 is refused
    said = capsys.readouterr()
    assert "'12.50' is not a price written with ','" in said.err + said.out
