"""Long work runs off the UI thread and reports back on it: result, error, progress, cancel."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from packstation.core.progress import Progress
from packstation.ui.tasks import run_in_background


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    widget = QWidget()  # owned by qtbot, which closes and deletes it after the test
    qtbot.addWidget(widget)
    return widget


def test_the_result_arrives_on_the_ui_thread(qtbot: QtBot, owner: QObject) -> None:
    seen: dict[str, object] = {}

    def work(progress: Progress) -> str:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        progress.report(1, 2, "half")
        return "done"

    def done(result: str) -> None:
        seen["result"] = result
        seen["on_ui_thread"] = QThread.currentThread() is owner.thread()

    steps: list[tuple[int, int, str]] = []
    task = run_in_background(owner, work, on_success=done, on_progress=lambda *a: steps.append(a))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen == {"worker": False, "result": "done", "on_ui_thread": True}
    assert steps == [(1, 2, "half")]


def test_an_error_is_delivered_not_swallowed(qtbot: QtBot, owner: QObject) -> None:
    errors: list[BaseException] = []

    def work(progress: Progress) -> None:
        raise ValueError("printer on fire")

    task = run_in_background(owner, work, on_failure=errors.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert [str(e) for e in errors] == ["printer on fire"]


def test_cancel_stops_the_work_at_its_next_report(qtbot: QtBot, owner: QObject) -> None:
    reached: list[int] = []
    cancelled: list[bool] = []

    def work(progress: Progress) -> None:
        for step in range(1000):
            reached.append(step)
            progress.report(step, 1000)
            time.sleep(0.002)

    task = run_in_background(owner, work, on_cancelled=lambda: cancelled.append(True))
    qtbot.waitUntil(lambda: len(reached) > 5)
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert cancelled == [True] and len(reached) < 1000


def test_a_screen_closed_while_its_work_runs_is_left_alone(qtbot: QtBot) -> None:
    import shiboken6

    screen = QWidget()
    release = threading.Event()
    called: list[object] = []
    task = run_in_background(screen, lambda progress: release.wait(5) and "late", on_success=called.append)
    shiboken6.delete(screen)  # the packer closed the screen; the work goes on

    with qtbot.waitSignal(task.finished, timeout=5000):
        release.set()
    assert called == []  # nobody left to tell, and no crash
