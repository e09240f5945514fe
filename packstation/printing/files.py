"""Files a printer folder or the spool is given: never one over another.

The folders are shared — several databases (a test shop and the real one, two warehouses on one
PC) number their print jobs from 1 each — so a name already taken gets a suffix instead of being
replaced: `job-0000007-inserts.pdf`, then `job-0000007-inserts-2.pdf`.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def place_new(document: Path, folder: Path, name: str) -> Path:
    """Copy `document` into `folder` under `name`, or under the first free `name-N`; the file
    appears whole (written aside, then linked in: a link never replaces an existing file)."""
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".", suffix=".part", dir=folder)
    os.close(handle)
    try:
        shutil.copyfile(document, temporary)
        stem, suffix = _split(name)
        for number in range(1, 10_000):
            final = folder / (name if number == 1 else f"{stem}-{number}{suffix}")
            try:
                os.link(temporary, final)
            except FileExistsError:
                continue
            return final
        raise FileExistsError(f"{folder} already holds 10,000 files named like {name}")
    finally:
        Path(temporary).unlink(missing_ok=True)


def _split(name: str) -> tuple[str, str]:
    """`inserts.pdf` -> (`inserts`, `.pdf`); `label.zpl.txt` keeps only the last suffix apart."""
    stem, dot, suffix = name.rpartition(".")
    return (stem, f".{suffix}") if dot and stem else (name, "")
