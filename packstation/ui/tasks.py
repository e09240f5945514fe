"""The one way packstation runs long work off the UI thread.

`run_in_background(parent, work, ...)` runs `work(progress)` on a worker thread and delivers
its result, its error and its progress back on the UI thread. Threading rule: `work` must not
touch a widget; it gets only plain data and a Progress it can report to and be cancelled by.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal, Slot

from packstation.core.progress import Cancelled, Progress

# plain Python worker threads: the work never holds a Qt object, and results reach the UI
# thread through the bridge's queued signals
_WORKERS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="packstation-work")


_LIVE: set[_Bridge] = set()  # bridges whose work is still running


class _Bridge(QObject):
    """Lives on the UI thread; signals emitted by the worker reach its slots queued.

    It has no Qt parent and stays alive (in _LIVE) until its work is over: a screen closed
    while its work still runs must not take the bridge with it, or the worker would emit on a
    deleted object. The screen's callbacks are only called while the screen still exists."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)
    finished = Signal()

    def __init__(self, owner: QObject) -> None:
        super().__init__()
        self._owner = owner
        _LIVE.add(self)
        self.on_success: Callable[[Any], None] | None = None
        self.on_failure: Callable[[BaseException], None] | None = None
        self.on_progress: Callable[[int, int, str], None] | None = None
        self.on_cancelled: Callable[[], None] | None = None
        self.succeeded.connect(self._succeeded)
        self.failed.connect(self._failed)
        self.progressed.connect(self._progressed)

    def _owner_alive(self) -> bool:
        return shiboken6.isValid(self._owner)

    def _over(self) -> None:
        self.finished.emit()
        _LIVE.discard(self)
        self.deleteLater()

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        if self.on_success and self._owner_alive():
            self.on_success(result)
        self._over()

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        if not self._owner_alive():
            pass
        elif isinstance(error, Cancelled):
            if self.on_cancelled:
                self.on_cancelled()
        elif self.on_failure:
            self.on_failure(error)
        self._over()

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, message: str) -> None:
        if self.on_progress and self._owner_alive():
            self.on_progress(done, total, message)


def _run(work: Callable[[Progress], Any], bridge: _Bridge, progress: Progress) -> None:
    """The worker's side: run, then hand the result or the error to the UI thread."""
    try:
        result = work(progress)
    except BaseException as exc:  # delivered to the UI thread, never swallowed
        bridge.failed.emit(exc)
    else:
        bridge.succeeded.emit(result)


class Task:
    """A handle on running work: cancel it, or wait for `finished`."""

    def __init__(self, bridge: _Bridge, progress: Progress) -> None:
        self.finished = bridge.finished
        self._progress = progress

    def cancel(self) -> None:
        self._progress.cancel()


def run_in_background(
    parent: QObject,
    work: Callable[[Progress], Any],
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
) -> Task:
    bridge = _Bridge(parent)
    bridge.on_success, bridge.on_failure = on_success, on_failure
    bridge.on_progress, bridge.on_cancelled = on_progress, on_cancelled
    progress = Progress(lambda done, total, message: bridge.progressed.emit(done, total, message))
    _WORKERS.submit(_run, work, bridge, progress)
    return Task(bridge, progress)


def finish_background_work(timeout: float = 30) -> bool:
    """Let all work still running end and deliver its outcome, on the UI thread; False when
    some is still running after `timeout` seconds. A test calls it before its shop is closed:
    a preview drawn for one story must not still be running, or arriving, in the next."""
    give_up = time.monotonic() + timeout
    while _LIVE and time.monotonic() < give_up:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)
    return not _LIVE
