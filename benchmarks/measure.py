"""Running a command in a child process and reading its wall time and peak memory."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass


@dataclass
class Run:
    seconds: float
    peak_mb: float
    output: str


def run(args: list[str], env: dict[str, str] | None = None) -> Run:
    """Run `args` (a whole command, start-up included); fail loudly if it fails."""
    start = time.perf_counter()
    child = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, text=True)
    assert child.stdout is not None
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0, 1):
        sys.exit(f"benchmark command failed ({child.returncode}): {' '.join(args)}\n{output}")
    return Run(seconds, usage.ru_maxrss / 1024, output)


def python(code: str, *args: str) -> list[str]:
    return [sys.executable, "-c", code, *args]
