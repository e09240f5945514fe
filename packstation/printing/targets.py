"""Where a document is printed, written as one string a manager can put in the settings:

folder:/srv/inserts      save the file there (the default when no printer is set up)
cups:Bench1_Laser        the CUPS queue, through `lp`
raw:192.0.2.10:9100      straight to a printer's raw TCP port (ZPL label printers)
qt:Brother HL-L2350DW    a printer as the desktop knows it, through Qt (from the window)
"""

from __future__ import annotations

import shutil
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path

from packstation.printing.files import place_new


class PrinterError(Exception):
    """The printer did not take the document; the message says why, for the packer."""


class TargetError(ValueError):
    """A printer setting that cannot be understood."""


@dataclass(frozen=True)
class Target:
    kind: str  # folder, cups, raw, qt
    where: str
    port: int = 9100

    def __str__(self) -> str:
        return f"raw:{self.where}:{self.port}" if self.kind == "raw" else f"{self.kind}:{self.where}"


def parse_target(text: str) -> Target:
    kind, sep, where = text.strip().partition(":")
    if not sep or not where:
        raise TargetError(
            f"{text!r} is not a printer: write folder:PATH, cups:QUEUE, raw:HOST:PORT or qt:NAME"
        )
    if kind == "raw":
        host, _, port = where.rpartition(":")
        if not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise TargetError(f"{text!r}: a raw printer is raw:HOST:PORT, e.g. raw:192.0.2.10:9100")
        return Target("raw", host, int(port))
    if kind not in ("folder", "cups", "qt"):
        raise TargetError(f"{text!r}: unknown kind of printer {kind!r} (folder, cups, raw or qt)")
    return Target(kind, where)


def send(target: Target, document: Path, title: str, timeout: float = 10.0) -> str:
    """Hand `document` to the printer; return what happened, or raise PrinterError."""
    if target.kind == "folder":
        return _to_folder(Path(target.where), document)
    if target.kind == "cups":
        return _to_cups(target.where, document, title, timeout)
    if target.kind == "raw":
        return _to_raw(target.where, target.port, document, timeout)
    raise PrinterError(f"{target} prints from the packstation window only")


def _to_folder(folder: Path, document: Path) -> str:
    try:
        final = place_new(document, folder, document.name)
    except OSError as exc:
        raise PrinterError(f"cannot save into {folder}: {exc.strerror or exc}") from exc
    return f"saved as {final}"


def _to_cups(queue: str, document: Path, title: str, timeout: float) -> str:
    lp = shutil.which("lp")
    if lp is None:
        raise PrinterError(
            "there is no 'lp' command: install CUPS (Debian: cups-client) or choose another printer"
        )
    try:
        result = subprocess.run(
            [lp, "-d", queue, "-t", title, str(document)],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise PrinterError(f"CUPS queue {queue} did not answer within {timeout:.0f} s") from None
    if result.returncode != 0:
        reason = (result.stderr or result.stdout).strip().splitlines()
        raise PrinterError(f"CUPS queue {queue} refused the job: {reason[-1] if reason else 'lp failed'}")
    return result.stdout.strip() or f"sent to {queue}"


def _to_raw(host: str, port: int, document: Path, timeout: float) -> str:
    data = document.read_bytes()
    try:
        with socket.create_connection((host, port), timeout=timeout) as connection:
            connection.sendall(data)
    except OSError as exc:
        raise PrinterError(f"printer {host}:{port} cannot be reached: {exc.strerror or exc}") from exc
    return f"sent {len(data):,} bytes to {host}:{port}"
