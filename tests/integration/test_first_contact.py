"""A newcomer's first hour with the command line: it answers at once and readably, shows an
order whole, checks the database it is given, and never writes over a file it did not make."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from packstation.bootstrap import App
from packstation.cli.main import main
from packstation.printing.queue import submit
from tests import conftest
from tests.support import folders
from tests.support.demo import demo_shop

PACKSTATION = [sys.executable, "-m", "packstation"]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*PACKSTATION, *args], capture_output=True, text=True, timeout=120, env=env)


@pytest.fixture
def shop(sqlite_app: App) -> App:
    demo_shop(sqlite_app, 30)
    return sqlite_app


def test_the_suite_and_its_processes_keep_out_of_the_users_own_folders(shop: App) -> None:
    printed = run("--db", shop.db_url, "print", "1005", "--kinds", "note")

    assert printed.returncode == 0, printed.stderr
    saved = Path(printed.stdout.split("folder:", 1)[1].split()[0])
    assert saved.is_relative_to(conftest.TEST_HOME)  # the test run's data folder
    assert not any(saved.is_relative_to(real) for real in conftest.REAL_FOLDERS)
    assert folders.changes(conftest.REAL_BEFORE, folders.snapshot(conftest.REAL_FOLDERS)) == []


def test_a_print_job_of_another_database_never_overwrites_a_file_left_in_the_folder(
    tmp_path: Path, shop: App
) -> None:
    """Job numbers are per database; the spool and the print folder are shared."""
    spool, folder = tmp_path / "spool", tmp_path / "printed"
    first, second = tmp_path / "a" / "inserts.pdf", tmp_path / "b" / "inserts.pdf"
    for document, body in ((first, b"%PDF-first"), (second, b"%PDF-second")):
        document.parent.mkdir()
        document.write_bytes(body)
    other = conftest.bootstrap(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        one = submit(shop.sessions, first, f"folder:{folder}", spool, kinds="note")
        two = submit(other.sessions, second, f"folder:{folder}", spool, kinds="note")
    finally:
        other.close()

    assert one.id == two.id == 1  # the same job number in two databases
    assert one.document != two.document
    assert sorted(p.read_bytes() for p in folder.iterdir()) == [b"%PDF-first", b"%PDF-second"]
    assert sorted(p.read_bytes() for p in spool.iterdir()) == [b"%PDF-first", b"%PDF-second"]


def test_orders_show_tells_a_newcomer_what_to_scan(shop: App, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", shop.db_url, "orders", "show", "1005"]) == 0
    shown = capsys.readouterr().out

    assert "#1005" in shown and "sku" in shown and "barcode" in shown and "packed" in shown
    assert main(["--db", shop.db_url, "orders", "show", "#1005", "--json"]) == 0
    card = json.loads(capsys.readouterr().out)
    assert card["number"] == "#1005" and card["status"] == "ready" and card["sessions"] == []
    assert all(line["barcode"] in shown and line["packed"] == 0 for line in card["lines"])
    codes = [line["barcode"] for line in card["lines"] for _ in range(line["quantity"])]

    args = ["--db", shop.db_url, "pack", "1005", "--packer", "P-1001", "--station", "Bench 1", "--no-print"]
    for code in [*codes, "BOX-M", "CMD-COMPLETE"]:
        args += ["--scan", code]
    assert main(args) == 0
    capsys.readouterr()
    assert main(["--db", shop.db_url, "orders", "show", "1005", "--json"]) == 0
    card = json.loads(capsys.readouterr().out)
    assert card["status"] == "packed" and all(line["packed"] == line["quantity"] for line in card["lines"])
    assert card["packaging"] == [{"code": "BOX-M", "count": 1}]
    assert card["voucher"].startswith("VA-") and card["rma"].startswith("RMA-")
    (pack,) = card["sessions"]
    assert pack["badge"] == "P-1001" and pack["station"] == "Bench 1" and pack["status"] == "completed"


def test_orders_show_of_an_order_that_is_not_there_says_so(
    shop: App, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", shop.db_url, "orders", "show", "99999"]) == 2
    assert "no order #99999" in capsys.readouterr().err


def test_self_test_checks_the_database_it_is_given(shop: App) -> None:
    unreachable = run("--db", "postgresql+psycopg://packstation@127.0.0.1:1/none", "self-test", "--no-window")
    assert unreachable.returncode == 1
    assert "cannot be used" in unreachable.stderr and "demo shop" not in unreachable.stdout

    env = os.environ | {"PACKSTATION_DB": shop.db_url}
    reached = run("self-test", "--no-window", env=env)
    assert reached.returncode == 0, reached.stderr
    assert "30 orders" in reached.stdout and "up to date" in reached.stdout


def test_the_command_line_speaks_in_tables_and_whole_sentences(
    shop: App, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", shop.db_url, "stats", "--by", "packer"]) == 0
    stats = capsys.readouterr().out
    assert "{" not in stats and "figure" in stats and "value" in stats
    assert "plastic-free parcels" in stats and " % " not in stats  # one way to write a share: 90%

    assert main(["--db", shop.db_url, "packers"]) == 0
    assert capsys.readouterr().out.splitlines()[0].split() == ["badge", "role", "name"]
    assert main(["--db", shop.db_url, "packaging"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("code")

    os.environ["PACKSTATION_PIN"] = "4321"
    try:
        assert main(["--db", shop.db_url, "audit", "--badge", "M-2001"]) == 0
    finally:
        del os.environ["PACKSTATION_PIN"]
    assert "the audit log is empty" in capsys.readouterr().out


def test_a_mistyped_command_gets_the_nearest_one() -> None:
    mistyped = run("order")
    assert mistyped.returncode == 2 and "did you mean 'orders'?" in mistyped.stderr


def test_pack_names_the_codes_to_scan_and_the_scans_it_ignored(
    shop: App, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", shop.db_url, "orders", "show", "1007", "--json"]) == 0
    card = json.loads(capsys.readouterr().out)
    codes = [line["barcode"] for line in card["lines"] for _ in range(line["quantity"])]
    base = ["--db", shop.db_url, "pack", "1007", "--packer", "P-1001", "--station", "Bench 1", "--no-print"]

    assert main([*base, "--scan", "NOT-OURS"]) == 1
    told = capsys.readouterr().out
    assert "scan CMD-OK" in told and "press Enter" not in told

    scans = ["CMD-OK", *codes, "BOX-M", "CMD-COMPLETE", "BOX-S", "TAPE-KRAFT"]
    assert main([*base, *(arg for code in scans for arg in ("--scan", code))]) == 0
    told = capsys.readouterr().out
    assert (
        "packed" in told and "later scan(s) ignored:" in told and told.rstrip().endswith("BOX-S TAPE-KRAFT")
    )


def test_a_managers_pin_is_never_an_argument() -> None:
    refused = run("pack", "1001", "--packer", "M-2001", "--station", "Bench 1", "--pin", "4321")
    assert refused.returncode == 2 and "unrecognized arguments: --pin" in refused.stderr


def test_a_station_whose_clock_ran_years_ahead_gets_its_messages_reported_not_sent(
    shop: App, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import UTC, datetime, timedelta

    from tests.integration.test_followups import pack

    pack(shop, at=datetime.now(UTC) + timedelta(days=3 * 365))  # the station's clock: three years on

    assert main(["--db", shop.db_url, "outbox", "--status", "queued"]) == 0
    told = capsys.readouterr()
    assert "due far ahead: was the clock wrong?" in told.out
    assert "warning:" in told.err and "clock of the station" in told.err
    assert main(["--db", shop.db_url, "outbox", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(row["far_ahead"] == "yes" for row in rows if row["status"] == "queued")
