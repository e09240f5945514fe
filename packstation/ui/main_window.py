"""The main window: the order list, and the menu to bring orders in.

Screens are widgets of their own; this window only places them and wires the menu actions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressBar, QWidget

from packstation.bootstrap import App
from packstation.core.progress import Progress
from packstation.importers.report import ImportReport, UnusableFileError
from packstation.importers.service import import_file
from packstation.storage.models import Brand
from packstation.ui.events import AppEvents
from packstation.ui.orders_view import OrderListView
from packstation.ui.tasks import Task, run_in_background


class MainWindow(QMainWindow):
    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.events = AppEvents(self)
        with app.sessions() as session:
            brand = session.get(Brand, 1)
        self.setWindowTitle(f"packstation — {brand.name}" if brand else "packstation")
        self.orders = OrderListView(app.sessions, self.events)
        self.setCentralWidget(self.orders)
        self.busy = QProgressBar()
        self.busy.setMaximumWidth(240)
        self.busy.setTextVisible(False)
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().showMessage(f"Database: {_describe(app.db_url)}")
        self.last_import: ImportReport | None = None
        self._task: Task | None = None
        self._build_menu()

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu("&File")
        action = QAction("&Import orders or products…", self)
        action.setShortcut(QKeySequence("Ctrl+I"))
        action.triggered.connect(self._choose_import_file)
        menu.addAction(action)
        menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)

    def _choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import orders or products", "", "Shop exports (*.csv *.json);;All files (*)"
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> Task:
        """Import `path` off the UI thread; the order list refreshes when it is done."""
        self.busy.show()
        self.statusBar().showMessage(f"Importing {path.name}…")

        def work(progress: Progress) -> ImportReport:
            return import_file(self.app.sessions, path)

        self._task = run_in_background(self, work, on_success=self._imported, on_failure=self._import_failed)
        return self._task

    def _imported(self, report: ImportReport) -> None:
        self.busy.hide()
        self.last_import = report
        self.statusBar().showMessage(
            f"Imported {report.source}: {report.created} new, {report.updated} updated"
            + (f", {len(report.problems)} rows rejected" if report.problems else ""),
            15000,
        )
        self.events.orders_changed.emit()
        if report.problems or report.warnings:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                "Import finished with problems",
                "\n".join(report.summary_lines()[:40]),
                parent=self,
            )
            box.open()

    def _import_failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.statusBar().showMessage("Import failed: nothing was imported", 15000)
        message = str(error) if isinstance(error, UnusableFileError) else f"{type(error).__name__}: {error}"
        QMessageBox(QMessageBox.Icon.Critical, "Nothing was imported", message, parent=self).open()


def _describe(url: str) -> str:
    """The database URL without its password."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
