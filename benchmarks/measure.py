"""Running a command in a child process and reading its wall time and peak memory."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import dataclass


@dataclass
class Run:
    seconds: float
    peak_mb: float
    output: str


# The command is started by a small launcher: a process's peak memory (ru_maxrss) counts the
# memory it had before exec, and a child forked from this benchmark would start out as large as
# the benchmark itself is by then. The launcher is small, so its child's figure is the command's.
_LAUNCHER = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.call(sys.argv[2:])
seconds = time.perf_counter() - start
with open(sys.argv[1], "w") as out:
    out.write(f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss} {seconds}")
sys.exit(code)
"""


def run(args: list[str], env: dict[str, str] | None = None) -> Run:
    """Run `args` (a whole command, start-up included, timed by the launcher); fail loudly if it fails."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as peak:
        child = subprocess.run([sys.executable, "-c", _LAUNCHER, peak.name, *args], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, env=env, text=True, check=False)  # fmt: skip
        kilobytes, seconds = (float(n) for n in (peak.read().split() or ["0", "0"]))
    if child.returncode not in (0, 1):
        sys.exit(f"benchmark command failed ({child.returncode}): {' '.join(args)}\n{child.stdout}")
    return Run(seconds, kilobytes / 1024, child.stdout)


def python(code: str, *args: str) -> list[str]:
    return [sys.executable, "-c", code, *args]


def compile_like_an_install() -> None:
    """Write packstation's bytecode, as installing it (pip, the installer's bundle) does: a
    checkout run with PYTHONDONTWRITEBYTECODE would otherwise compile every module at each
    start, and the commands timed here would pay for it."""
    import compileall
    from pathlib import Path

    import packstation

    compileall.compile_dir(str(Path(packstation.__file__).parent), quiet=1)
