"""Run packstation's benchmarks: `python -m benchmarks.run [NAME ...] [-- ARGS]`.

Each benchmark prints its own figures and the ratio to a baseline measured in the same run.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def available() -> list[str]:
    folder = Path(__file__).parent
    return sorted(
        m.name[len("bench_") :] for m in pkgutil.iter_modules([str(folder)]) if m.name.startswith("bench_")
    )


def main(argv: list[str]) -> int:
    names, _, extra = (
        (argv[: argv.index("--")], None, argv[argv.index("--") + 1 :]) if "--" in argv else (argv, None, [])
    )
    chosen = names or available()
    unknown = sorted(set(chosen) - set(available()))
    if unknown:
        print(
            f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(available())}",
            file=sys.stderr,
        )
        return 2
    for name in chosen:
        importlib.import_module(f"benchmarks.bench_{name}").main(extra)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
