"""`packstation …`: the command line drives the same core as the window.

With no command it opens the app. Exit codes: 0 done, 1 done with rejected input, 2 unusable
input or bad arguments, 3 the database cannot be used.
"""

from __future__ import annotations

import argparse
import gc
import os
import signal
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from packstation.cli.parser import build_parser

# The command modules (and through them the database code) are imported only to run a
# command: the parser (cli/parser.py) loads nothing, so --help and --version answer at once,
# and `print-batch` starts its helper processes first (see _start_batch_helpers).


def main(argv: Sequence[str] | None = None) -> int:
    if hasattr(signal, "SIGPIPE") and argv is None:  # `packstation orders | head` ends quietly
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    if argv is None:
        gc.disable()  # while the modules load: see _loaded
    words = sys.argv[1:] if argv is None else list(argv)
    started = _start_batch_helpers(words)
    try:
        args = build_parser().parse_args(argv)
        handler = handler_for(args.command or "app")
        if argv is None:
            _loaded()
        code = handler(args)
    finally:
        if started:
            from packstation.inserts import helpers as batch_helpers

            batch_helpers.stop_early()  # started, and not taken by a batch
    if argv is None and args.command in LEAVE_AT_ONCE:
        leave(code)
    return code


def _loaded() -> None:
    """Loading the modules makes a few hundred thousand objects that live as long as the
    process, and hardly any garbage, yet the cycle collector walked them over a hundred times
    while they loaded — a tenth of the command's start. So it is off while they load; then
    they are set aside (gc.freeze), and later collections walk only the command's own objects.
    (Only in a process of its own: a caller's objects are not frozen.)"""
    gc.freeze()
    gc.enable()


#: which module runs each command: only that one is loaded
COMMAND_MODULES = {
    "commands": ("app", "migrate", "import", "orders", "inserts", "print", "print-queue",
                 "self-test", "demo"),
    "bench_commands": ("pack", "bench-sheet", "packers", "packaging"),
    "followup_commands": ("dispatch", "outbox", "returned"),
    "batch_commands": ("print-batch",),
    "stats_commands": ("stats", "vouchers"),
    "admin_commands": ("settings", "audit", "purge", "staff"),
    "setup_commands": ("setup",),
    "customer_commands": ("unsubscribe", "customer", "occasions"),
}  # fmt: skip


def handler_for(command: str) -> Callable[[argparse.Namespace], int]:
    import importlib

    module = next(name for name, commands in COMMAND_MODULES.items() if command in commands)
    handlers: dict[str, Callable[[argparse.Namespace], int]] = importlib.import_module(
        f"packstation.cli.{module}"
    ).HANDLERS
    return handlers[command]


def _start_batch_helpers(argv: Sequence[str]) -> bool:
    """`print-batch` with helpers: fork them before anything else is loaded, so that they load
    the drawing code while this process loads the database code (a third of a second of a
    two-core batch). The arguments are only peeked at here; the parser checks them."""
    words = list(argv)
    command = next(
        (w for i, w in enumerate(words) if not w.startswith("-") and words[i - 1 : i] != ["--db"]), ""
    )
    if command != "print-batch" or {"-h", "--help"} & set(words):
        return False
    from packstation.inserts import helpers as batch_helpers

    workers = batch_helpers.default_workers()
    for i, word in enumerate(words):
        value = word.removeprefix("--workers=") if word.startswith("--workers=") else None
        if word == "--workers" and i + 1 < len(words):
            value = words[i + 1]
        if value is not None:
            try:
                workers = int(value)
            except ValueError:
                return False  # the parser says what is wrong
    batch_helpers.start_early(workers - 1)
    return True


#: commands whose process ends holding a large heap of finished work (a batch's thousands of
#: pages): freeing it object by object at exit took a third of a second of the command's time
LEAVE_AT_ONCE = {"print-batch"}


def leave(code: int) -> NoReturn:
    """End the process now: the work is stored and its files are complete (written atomically);
    only Python's own tidying at exit is skipped."""
    import logging

    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main())
