"""Build packstation as a one-folder app with PyInstaller, then prove it runs: its version and
an offscreen self-test (database, demo shop, inserts with their fonts and templates, sounds, the
window). `python installer/build.py [--dist DIR]`; on Windows, installer/packstation.iss then
turns the folder into an installer with a Start-menu entry."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(dist: Path, work: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(ROOT / "installer" / "packstation.spec")],
        check=True,
    )  # fmt: skip
    program = dist / "packstation" / ("packstation.exe" if os.name == "nt" else "packstation")
    if not program.is_file():
        raise SystemExit(f"PyInstaller finished but {program} is not there")
    return program


def check(program: Path) -> None:
    """The bundle's version and self-test, run from a folder outside the checkout."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PACKSTATION_MUTE="1")
    env.pop("PYTHONPATH", None)
    for args in (["--version"], ["self-test"]):
        done = subprocess.run([str(program), *args], capture_output=True, text=True, env=env, cwd=program.parent.parent,
                              timeout=300)  # fmt: skip
        print(done.stdout.strip())
        if done.returncode != 0:
            raise SystemExit(f"{program.name} {' '.join(args)} failed:\n{done.stderr[-3000:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dist", type=Path, default=ROOT / "build" / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "work")
    args = parser.parse_args()
    program = build(args.dist, args.work)
    check(program)
    print(f"bundle ready: {program.parent}")


if __name__ == "__main__":
    main()
