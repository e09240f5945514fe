"""Files packstation writes for people (inserts, a wave, the bench sheet, exports): written
whole or not at all, and only ever as a regular file.

A rename puts a finished file in place atomically — and would just as atomically replace a
device, a pipe or a folder's entry given as `--out` (`--out /dev/full` run as root would
destroy the device node). So an output that exists must be a regular file, and its folder must
exist; anything else is refused with the reason before a byte is written.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path


class OutputError(ValueError):
    """The file cannot be written where asked; the message says why and where."""


def check_output(out: Path) -> None:
    """Refuse an output that is not, or could not become, a regular file."""
    try:
        mode = out.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise OutputError(f"{out}: cannot be used ({exc.strerror or exc})") from exc
    if mode is not None and not stat.S_ISREG(mode):
        what = "a folder" if stat.S_ISDIR(mode) else "a device or a pipe, not a file"
        raise OutputError(f"{out} is {what}: give the name of a file to write (or - for standard output)")
    folder = out.absolute().parent
    if not folder.is_dir():
        raise OutputError(f"{out}: the folder {folder} does not exist")


def temporary_prefix(name: str) -> str:
    """Temporary files and folders are named after this machine and process, so that the next
    run can clear away what a killed one left (and never what a running one is writing)."""
    return f".{name}.{socket.gethostname()}-{os.getpid()}-"


def clear_leftovers(folder: Path, name: str) -> None:
    """Remove the temporaries of `name` that a process of this machine, no longer alive, left."""
    host = socket.gethostname()
    for path in folder.glob(f".{glob.escape(name)}.{glob.escape(host)}-*-*"):
        pid = path.name[len(f".{name}.{host}-") :].split("-", 1)[0]
        if not pid.isdigit() or _alive(int(pid)):
            continue
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def write_atomically(out: Path, write: Callable[[Path], None]) -> None:
    """Write `out` through a temporary beside it, renamed into place only when complete."""
    check_output(out)
    folder = out.resolve().parent
    if not folder.is_dir():
        raise OutputError(f"{out}: the folder {folder} does not exist")
    clear_leftovers(folder, out.name)
    handle, temporary = tempfile.mkstemp(prefix=temporary_prefix(out.name), suffix=".part", dir=folder)
    os.close(handle)
    try:
        write(Path(temporary))
        os.chmod(temporary, 0o644)  # a finished insert file is for the printer and the staff to read
        os.replace(temporary, out)
    except OSError as exc:  # a full disk, a folder gone read-only, a network share gone
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"{out}: cannot be written ({exc.strerror or exc})") from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
