"""The installer's one-folder app, built with PyInstaller as a release is, runs on its own: its
version, and a self-test of the database, the inserts (fonts, templates), the sounds and the
window — from outside the checkout, with nothing of the development environment."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from packstation import __version__

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.bundle


def test_the_linux_bundle_builds_and_passes_its_self_test(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "installer" / "build.py"), "--dist", str(tmp_path / "dist"),
         "--work", str(tmp_path / "work")],
        capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:] + done.stdout[-3000:]
    assert f"packstation {__version__}" in done.stdout
    assert "ok      inserts: 4 pages" in done.stdout and "ok      window: 7 screens" in done.stdout
    assert "ok      names: Lukáši, Олексію" in done.stdout  # the vocative's lists and rules are bundled
    assert "self-test passed" in done.stdout
    bundle = tmp_path / "dist" / "packstation"
    assert (bundle / "packstation").is_file() and (bundle / "packstation-window").is_file()
    assert list(bundle.rglob("NotoSans-Regular.ttf")) and list(bundle.rglob("0014_audit_log.py"))
