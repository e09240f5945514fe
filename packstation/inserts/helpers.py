"""A batch's helper processes: how they are started, and how they end with the batch.

This module loads nothing but Python's own: the command line starts a batch's helpers with it
before it loads anything else (`start_early`), so that each helper loads the drawing code and
the fonts while the command loads the database code, reads the settings and chooses the orders
— time a helper started later would spend with nothing to draw. A helper forked that early
never loads the database code: it draws from the facts it is handed (parts.py)."""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor

SELDOM = 20_000  # new objects between two runs of the cycle collector while a wave is drawn


def default_workers() -> int:
    """Processes drawing a batch unless told: one per core."""
    return os.cpu_count() or 1


def start_method() -> str:
    """Forked helpers start at once with everything this process has loaded (modules, fonts,
    the subsets made so far): a spawned one spends a second importing before it draws. Forking
    is only safe in a process with no other threads, as the command line is; the window has
    threads, so there the helpers are spawned."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


def new_pool(helpers: int, method: str) -> ProcessPoolExecutor:
    context = multiprocessing.get_context(method)
    return ProcessPoolExecutor(helpers, mp_context=context, initializer=_leave_with, initargs=(os.getpid(),))


def _leave_with(parent: int) -> None:
    """In a helper: end when the batch's process ends, even killed (a killed parent cannot tell
    its helpers, and a forked helper waiting for work would wait for ever). A helper only
    draws: the cycle collector runs as seldom as while the batch's own process draws."""
    gc.freeze()
    gc.set_threshold(SELDOM, *gc.get_threshold()[1:])
    gc.enable()  # forked by a command line still loading its modules, with the collector off

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="leave-with-the-batch").start()


Started = tuple[ProcessPoolExecutor, list[Future[None]]]  # the helpers, and their getting ready
_early: tuple[int, Started] | None = None


def start_early(helpers: int) -> None:
    """Fork `helpers` helpers now, each loading the drawing code and the fonts at once; the
    batch takes them (`take_early`). Only where forking is safe: elsewhere the batch starts
    its helpers itself."""
    global _early
    if helpers < 1 or start_method() != "fork":
        return
    pool = new_pool(helpers, "fork")
    _early = helpers, (pool, [pool.submit(_load_drawing) for _ in range(helpers)])


def take_early(helpers: int) -> Started | None:
    """The helpers started early, if there are exactly `helpers` of them (any others are
    stopped), with the futures of their loading: they say if one could not."""
    global _early
    early, _early = _early, None
    if early is None:
        return None
    count, started = early
    if count != helpers:
        started[0].shutdown(wait=True, cancel_futures=True)
        return None
    return started


def stop_early() -> None:
    """Stop the helpers started early if no batch took them (the command failed first)."""
    global _early
    if _early is not None:
        _early[1][0].shutdown(wait=True, cancel_futures=True)
        _early = None


def _load_drawing() -> None:
    """In a helper started early: load the drawing code, the fonts, the locales' data and the
    shipped texts (what most batches print with: a batch whose shop has texts of its own has
    them read as the helper's next job)."""
    from packstation.inserts import parts
    from packstation.inserts.templates import InsertTemplates
    from packstation.vocabulary import INSERT_KINDS

    parts.load_drawing()
    parts.get_ready(InsertTemplates().recipe(), INSERT_KINDS)
