"""The test run's own data, config, state and cache folders, and a record of the user's real
ones to prove at the end that no test (nor a subprocess it started) wrote there."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

XDG = {
    "XDG_DATA_HOME": ".local/share",
    "XDG_CONFIG_HOME": ".config",
    "XDG_STATE_HOME": ".local/state",
    "XDG_CACHE_HOME": ".cache",
}
Snapshot = dict[str, tuple[int, int]]


REAL = "PACKSTATION_TESTS_REAL_FOLDERS"  # handed down to the suite's worker processes


def real_folders() -> list[Path]:
    """packstation's folders as the user's own environment names them (before the tests')."""
    if os.environ.get(REAL):
        return [Path(line) for line in os.environ[REAL].splitlines()]
    home = Path.home()
    found = [Path(os.environ.get(var) or home / default) / "packstation" for var, default in XDG.items()]
    os.environ[REAL] = "\n".join(str(folder) for folder in found)
    return found


def snapshot(folders: list[Path]) -> Snapshot:
    """Every file under `folders` with its size and modification time."""
    seen: Snapshot = {}
    for folder in folders:
        for path in folder.rglob("*") if folder.is_dir() else []:
            if path.is_file():
                stat = path.stat()
                seen[str(path)] = (stat.st_size, stat.st_mtime_ns)
    for folder in folders:
        seen[f"{folder} exists"] = (int(folder.exists()), 0)
    return seen


def use_own_folders() -> Path:
    """Point every XDG folder of this process, and so of every process it starts, at a new
    folder of the test run's; return that folder."""
    root = Path(tempfile.mkdtemp(prefix="packstation-test-home-"))
    for var, default in XDG.items():
        (root / default).mkdir(parents=True, exist_ok=True)
        os.environ[var] = str(root / default)
    return root


def changes(before: Snapshot, after: Snapshot) -> list[str]:
    return sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))
