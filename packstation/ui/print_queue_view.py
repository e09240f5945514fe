"""The Print queue screen: every document sent to a printer, newest first, with what went
wrong for those that did not print — and a retry once the paper is in or the printer is back.
Run alone on a demo shop: `python -m packstation.ui.print_queue_view`."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QWidget
from sqlalchemy.orm import Session, sessionmaker

from packstation.core.progress import Progress
from packstation.printing.queue import attempt, cancel_jobs, jobs
from packstation.storage.database import DATABASE_DOWN
from packstation.storage.models import PrintJob, PrintJobStatus
from packstation.ui.language import QT_TRANSLATE_NOOP
from packstation.ui.status_list import StatusList, status_cell
from packstation.ui.tasks import run_in_background

COLUMNS = (
    QT_TRANSLATE_NOOP("PrintQueueView", "Status"),
    QT_TRANSLATE_NOOP("PrintQueueView", "Queued"),
    QT_TRANSLATE_NOOP("PrintQueueView", "Station"),
    QT_TRANSLATE_NOOP("PrintQueueView", "Order"),
    QT_TRANSLATE_NOOP("PrintQueueView", "Inserts"),
    QT_TRANSLATE_NOOP("PrintQueueView", "Printer"),
    QT_TRANSLATE_NOOP("PrintQueueView", "Tries"),
    QT_TRANSLATE_NOOP("PrintQueueView", "What went wrong"),
)
STATUS_WORDS = {
    PrintJobStatus.QUEUED: ("◷", QT_TRANSLATE_NOOP("PrintQueueView", "waiting")),
    PrintJobStatus.PRINTED: ("✔", QT_TRANSLATE_NOOP("PrintQueueView", "printed")),
    PrintJobStatus.FAILED: ("✖", QT_TRANSLATE_NOOP("PrintQueueView", "failed")),
    PrintJobStatus.CANCELLED: ("—", QT_TRANSLATE_NOOP("PrintQueueView", "cancelled")),
}
REFRESH_MS = 5000
SHOWN = 500  # the newest jobs; the ones that wait are always shown


class PrintQueueView(StatusList):
    failed_count = Signal(int)  # after each refresh: jobs waiting with an error

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__([self.tr(name) for name in COLUMNS], stretch=len(COLUMNS) - 1, parent=parent)
        self.sessions = sessions
        self.jobs: list[PrintJob] = []
        self.retrying = False
        self.only_waiting = QCheckBox(self.tr("Only jobs that have not printed"))
        self.only_waiting.setChecked(True)
        self.filters.addWidget(self.only_waiting)
        self.cancel_button = self.action(self.tr("Cancel job"), self.cancel_selected)
        self.retry_button = self.action(self.tr("Print again  (Ctrl+R)"), self.retry_selected, "Ctrl+R")
        self.place()
        self.only_waiting.toggled.connect(self.refresh)
        self.timer = QTimer(self)  # other stations' jobs come and go: looked at while on screen
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.refresh()

    def showEvent(self, event: object) -> None:
        self.refresh()
        self.timer.start()

    def hideEvent(self, event: object) -> None:
        self.timer.stop()

    def refresh(self) -> None:
        try:
            found = jobs(self.sessions)
        except DATABASE_DOWN as exc:
            self.count.setText(
                self.tr("The print queue cannot be read: the database is unreachable ({error})").format(
                    error=type(exc).__name__
                )
            )
            return
        waiting = [job for job in found if job.status in (PrintJobStatus.QUEUED, PrintJobStatus.FAILED)]
        shown = waiting if self.only_waiting.isChecked() else found[-SHOWN:]
        self.jobs = sorted(shown, key=lambda job: job.id, reverse=True)
        self.show_rows(
            [[status_cell(STATUS_WORDS[job.status][0], self.tr(STATUS_WORDS[job.status][1])),
              f"{job.created_at.astimezone():%Y-%m-%d %H:%M}", job.station, job.order_number or "",
              job.kinds.replace(",", ", "), job.target, str(job.attempts), job.last_error or ""]
             for job in self.jobs],
            fit=True,
        )  # fmt: skip
        failed = sum(1 for job in waiting if job.status is PrintJobStatus.FAILED)
        self.count.setText(
            self.tr("{waiting} waiting, {failed} of them failed").format(waiting=len(waiting), failed=failed)
            if waiting
            else self.tr("Nothing waiting")
        )
        self.failed_count.emit(failed)

    def selected(self) -> list[int]:
        return [self.jobs[row].id for row in self.selected_rows() if row < len(self.jobs)]

    def retry_selected(self) -> None:
        """Send the chosen jobs (or every failed one, when none is chosen) again, off the UI
        thread: a printer that does not answer takes a while to say so."""
        chosen = self.selected() or [job.id for job in self.jobs if job.status is PrintJobStatus.FAILED]
        if not chosen or self.retrying:
            return
        self.retrying = True
        self.count.setText(self.tr("Printing {count} again…").format(count=len(chosen)))
        sessions = self.sessions

        def work(progress: Progress) -> list[PrintJob]:
            done = []
            for i, job_id in enumerate(chosen):
                progress.report(i, len(chosen), "")
                done.append(attempt(sessions, job_id))
            return done

        def over(_: object) -> None:
            self.retrying = False
            self.refresh()

        run_in_background(self, work, on_success=over, on_failure=over)

    def cancel_selected(self) -> int:
        cancelled = cancel_jobs(self.sessions, self.selected())
        self.refresh()
        return cancelled


def main() -> int:
    from packstation.ui.demo_env import run_alone

    return run_alone(lambda app: PrintQueueView(app.sessions), 1100, 500)


if __name__ == "__main__":
    sys.exit(main())
