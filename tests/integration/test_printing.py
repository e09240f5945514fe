"""The inserts reach the station's printers; a printer that refuses loses nothing."""

from __future__ import annotations

import os
import socket
import stat
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp

from packstation.bootstrap import App
from packstation.cli.main import main
from packstation.core.settings import save_setting
from packstation.inserts.zpl import gfa_to_image
from packstation.printing.queue import jobs, retry_failed
from packstation.printing.service import print_order_inserts
from packstation.printing.targets import TargetError, parse_target
from packstation.storage.models import PrintJobStatus
from tests.support.demo import demo_shop
from tests.support.pdf import page_count
from tests.support.ports import free_port

ORDER = "#1001"


class LabelPrinter:
    """A raw TCP port 9100 printer on 127.0.0.1 that keeps what it is sent."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.received: list[bytes] = []
        self._server = socket.create_server(("127.0.0.1", port))
        self._server.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._server.accept()
            except TimeoutError:
                continue
            with connection:
                chunks = []
                while data := connection.recv(65536):
                    chunks.append(data)
                self.received.append(b"".join(chunks))

    def wait_for(self, count: int, seconds: float = 5.0) -> list[bytes]:
        deadline = time.monotonic() + seconds
        while len(self.received) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        return self.received

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self._server.close()


@pytest.fixture
def shop(sqlite_app: App) -> App:
    demo_shop(sqlite_app, 10)
    return sqlite_app


@pytest.fixture
def folders(tmp_path: Path) -> dict[str, Path]:
    return {"spool_dir": tmp_path / "spool", "default_folder": tmp_path / "printed"}


@pytest.fixture
def printer() -> Iterator[LabelPrinter]:
    label_printer = LabelPrinter(free_port())
    yield label_printer
    label_printer.close()


def fake_lp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, refuses: bool) -> Path:
    """An `lp` on PATH that behaves as CUPS does when a queue accepts or refuses a job."""
    folder = tmp_path / "bin"
    folder.mkdir(exist_ok=True)
    script = folder / "lp"
    if refuses:
        body = 'echo "lp: The printer or class does not exist." >&2\nexit 1\n'
    else:
        body = (
            f'cp "${{@: -1}}" "{tmp_path}/cups-got.pdf"\necho "request id is Bench1_Laser-17 (1 file(s))"\n'
        )
    script.write_text("#!/bin/bash\n" + body)
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return script


def test_without_a_printer_the_inserts_are_saved_in_a_folder(shop: App, folders: dict[str, Path]) -> None:
    [job] = print_order_inserts(
        shop.sessions, ORDER, ["note", "voucher", "return", "slip"], station="Bench 1", **folders
    )

    assert job.status is PrintJobStatus.PRINTED and job.attempts == 1
    [saved] = list(folders["default_folder"].iterdir())
    assert saved.suffix == ".pdf" and page_count(saved) == 4


def test_a_label_printer_on_port_9100_gets_the_return_label_as_zpl(
    shop: App, folders: dict[str, Path], printer: LabelPrinter
) -> None:
    with shop.sessions.begin() as session:
        save_setting(session, "printers", {"Bench 1": {"return": f"raw:127.0.0.1:{printer.port}"}})

    printed = print_order_inserts(shop.sessions, ORDER, ["note", "return"], station="Bench 1", **folders)

    assert [(j.kinds, j.status) for j in printed] == [
        ("note", PrintJobStatus.PRINTED),
        ("return", PrintJobStatus.PRINTED),
    ]
    [zpl] = printer.wait_for(1)
    assert zpl.startswith(b"^XA")
    values = {r.text for r in zxingcpp.read_barcodes(gfa_to_image(zpl.decode()))}
    assert ORDER in values and any(v.startswith("RMA-") for v in values)


def test_a_closed_port_keeps_the_job_with_its_error_until_it_is_retried(
    shop: App, folders: dict[str, Path]
) -> None:
    port = free_port()
    [job] = print_order_inserts(
        shop.sessions, ORDER, ["return"], station="", printer=f"raw:127.0.0.1:{port}", **folders
    )

    assert job.status is PrintJobStatus.FAILED
    assert job.last_error and f"127.0.0.1:{port} cannot be reached" in job.last_error
    assert [j.id for j in jobs(shop.sessions, PrintJobStatus.FAILED)] == [job.id]

    label_printer = LabelPrinter(port)  # the printer is switched back on
    try:
        [again] = retry_failed(shop.sessions)
        assert len(label_printer.wait_for(1)) == 1
    finally:
        label_printer.close()
    assert (again.id, again.status, again.attempts, again.last_error) == (
        job.id,
        PrintJobStatus.PRINTED,
        2,
        None,
    )


def test_a_cups_queue_that_refuses_says_why(
    shop: App, folders: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_lp(tmp_path, monkeypatch, refuses=True)
    [job] = print_order_inserts(
        shop.sessions, ORDER, ["slip"], station="", printer="cups:Bench1_Laser", **folders
    )
    assert job.status is PrintJobStatus.FAILED
    assert (
        job.last_error == "CUPS queue Bench1_Laser refused the job: lp: The printer or class does not exist."
    )

    fake_lp(tmp_path, monkeypatch, refuses=False)
    [again] = retry_failed(shop.sessions)
    assert again.status is PrintJobStatus.PRINTED
    assert page_count(tmp_path / "cups-got.pdf") == 1


def test_no_cups_on_the_machine_is_explained(
    shop: App, folders: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    [job] = print_order_inserts(
        shop.sessions, ORDER, ["slip"], station="", printer="cups:Bench1_Laser", **folders
    )
    assert job.last_error and "there is no 'lp' command" in job.last_error


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("laser", "is not a printer"),
        ("raw:printer", "raw:HOST:PORT"),
        ("smb:share", "unknown kind of printer 'smb'"),
    ],
)
def test_a_printer_setting_that_makes_no_sense_is_refused(setting: str, message: str) -> None:
    with pytest.raises(TargetError, match=message):
        parse_target(setting)


def test_the_print_commands(shop: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    port = free_port()
    assert (
        main(
            ["--db", shop.db_url, "print", "1001", "--kinds", "return", "--printer", f"raw:127.0.0.1:{port}"]
        )
        == 1
    )
    assert "FAILED" in capsys.readouterr().out
    assert main(["--db", shop.db_url, "print-queue"]) == 1
    assert "cannot be reached" in capsys.readouterr().out
    label_printer = LabelPrinter(port)
    try:
        assert main(["--db", shop.db_url, "print-queue", "--retry"]) == 0
    finally:
        label_printer.close()
    assert "retried 1 job" in capsys.readouterr().out
    assert main(["--db", shop.db_url, "print", "1001", "--printer", f"folder:{tmp_path / 'out'}"]) == 0
    assert len(list((tmp_path / "out").iterdir())) == 1
