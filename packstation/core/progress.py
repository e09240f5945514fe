"""Progress and cancel for long work (imports, rendering, sending), without Qt.

A worker function takes a `Progress`, calls `progress.report(done, total)` as it goes and
stops with `Cancelled` when someone pressed cancel. The UI's task helper and the CLI's
progress bar both plug into it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

Listener = Callable[[int, int, str], None]


class Cancelled(Exception):
    """The work was cancelled before it finished; nothing of it was committed."""


class Progress:
    def __init__(self, listener: Listener | None = None) -> None:
        self._listener = listener
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def report(self, done: int, total: int, message: str = "") -> None:
        """Tell the listener how far the work is; raise Cancelled if it should stop."""
        if self._listener is not None:
            self._listener(done, total, message)
        self.check()
