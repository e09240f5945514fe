"""How long a newcomer waits for the command line: `packstation --version`, `--help` and a
command's whole run on a small demo shop (`orders --limit 1`, `orders show 1001`, `packers`),
each the median of N runs as a whole process (the installed entry point, as a shell runs it),
against `python -c pass` measured in the same rounds (and, for what no command can go below,
the import of SQLAlchemy's ORM alone). Targets: --help and --version <= 0.15 s,
any command <= 0.4 s (on the 2-core development machine)."""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.measure import compile_like_an_install

TARGETS = {"--version": 0.15, "--help": 0.15}
COMMAND_TARGET = 0.4


def _wall(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench_start")
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args(argv)
    compile_like_an_install()
    entry = shutil.which("packstation", path=str(Path(sys.executable).parent)) or "packstation"
    with tempfile.TemporaryDirectory() as folder:
        env = os.environ | {"PACKSTATION_DB": f"sqlite:///{folder}/shop.sqlite3", "XDG_DATA_HOME": folder}
        subprocess.run([entry, "demo", "--orders", "50"], env=env, check=True, capture_output=True)
        cases = {
            "python -c pass (baseline)": [sys.executable, "-c", "pass"],
            "import sqlalchemy.orm (floor)": [sys.executable, "-c", "import sqlalchemy.orm"],
            "--version": [entry, "--version"],
            "--help": [entry, "--help"],
            "orders --limit 1": [entry, "orders", "--limit", "1"],
            "orders show 1001": [entry, "orders", "show", "1001"],
            "packers": [entry, "packers"],
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.rounds):  # the cases alternate, so a slow minute slows them all
            for name, command in cases.items():
                times[name].append(_wall(command, env))
    base = statistics.median(times["python -c pass (baseline)"])
    print(f"command line start, median of {args.rounds} whole runs each")
    print(f"{'case':<28} {'median':>8} {'p90':>8} {'× python':>9}  target")
    for name, runs in times.items():
        median = statistics.median(runs)
        p90 = sorted(runs)[int(0.9 * (len(runs) - 1))]
        target = TARGETS.get(name, None if "(" in name else COMMAND_TARGET)
        verdict = "" if target is None else f"<= {target:.2f} s: {'met' if median <= target else 'NOT met'}"
        print(f"{name:<28} {median:>7.3f}s {p90:>7.3f}s {median / base:>8.1f}×  {verdict}")
