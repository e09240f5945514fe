"""The main window: the order list, and the menu to bring orders in.

Screens are widgets of their own; this window only places them and wires the menu actions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QTabWidget,
    QWidget,
    QWizard,
)

from packstation.bench.view import OrderView
from packstation.bootstrap import App
from packstation.config import default_print_folder
from packstation.core.progress import Progress
from packstation.core.shop_setup import shop_brand
from packstation.importers.report import ImportReport, UnusableFileError
from packstation.importers.service import import_file
from packstation.storage.models import Brand, PrintJob
from packstation.ui.batch_view import BatchView
from packstation.ui.events import AppEvents
from packstation.ui.manager_view import ManagerView
from packstation.ui.orders_view import OrderListView
from packstation.ui.outbox_view import OutboxView
from packstation.ui.pack_view import PackView
from packstation.ui.print_queue_view import PrintQueueView
from packstation.ui.scanner import ScannerSettings
from packstation.ui.settings_view import SettingsView
from packstation.ui.tasks import Task, run_in_background
from packstation.ui.theme import Display, apply_theme, load_display, save_display

#: the smallest bench monitor packstation is laid out for: every screen stays usable at this size
MINIMUM_SIZE = QSize(1024, 600)


class ScreenTabs(QTabWidget):
    """One tab per screen, each inside a scroll area: on a small monitor a tall screen (Batch
    print, Settings) scrolls instead of pushing the window off the bottom or clipping its
    words. `setCurrentWidget` and `indexOf` take the screen itself."""

    def addTab(self, screen: QWidget, label: str) -> int:  # type: ignore[override]
        area = QScrollArea()
        area.setWidget(screen)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        return super().addTab(area, label)

    def _page(self, screen: QWidget) -> QWidget:
        for index in range(self.count()):
            page = self.widget(index)
            if isinstance(page, QScrollArea) and page.widget() is screen:
                return page
        return screen

    def setCurrentWidget(self, screen: QWidget) -> None:
        super().setCurrentWidget(self._page(screen))

    def indexOf(self, screen: QWidget) -> int:
        return super().indexOf(self._page(screen))


class MainWindow(QMainWindow):
    def __init__(self, app: App, station: str = "Bench 1", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.events = AppEvents(self)
        self.pack = PackView(
            app.sessions, station, print_inserts=self.print_inserts, scanner=station_scanner_settings()
        )
        self.pack.outcome_shown.connect(self._after_scan)
        self.pack.followups_problem.connect(lambda text: self.statusBar().showMessage(text))
        self.orders = OrderListView(app.sessions, self.events)
        self.orders.order_activated.connect(self.open_at_bench)
        self.tabs = ScreenTabs()
        self.tabs.addTab(self.pack, self.tr("Pack  (F1)"))
        self.tabs.addTab(self.orders, self.tr("Orders  (F2)"))
        self.outbox = OutboxView(app.sessions, self.events)
        self.tabs.addTab(self.outbox, self.tr("Outbox  (F3)"))
        self.batch = BatchView(app.sessions, default_print_folder() / "batches", station=station)
        self.tabs.addTab(self.batch, self.tr("Batch print  (F5)"))
        self.manager = ManagerView(app.sessions, station=station)
        self.tabs.addTab(self.manager, self.tr("Manager  (F12)"))
        self.print_queue = PrintQueueView(app.sessions)
        self.tabs.addTab(self.print_queue, self.tr("Print queue  (F10)"))
        self.print_queue.failed_count.connect(self._show_print_trouble)
        self.settings = SettingsView(app.sessions, station)
        self.tabs.addTab(self.settings, self.tr("Settings  (F11)"))
        self.setCentralWidget(self.tabs)
        self._name_the_window()
        QShortcut(QKeySequence("F1"), self).activated.connect(self.show_pack)
        QShortcut(QKeySequence("F2"), self).activated.connect(self.show_orders)
        QShortcut(QKeySequence("F3"), self).activated.connect(self.show_outbox)
        QShortcut(QKeySequence("F5"), self).activated.connect(lambda: self.tabs.setCurrentWidget(self.batch))
        QShortcut(QKeySequence("F11"), self).activated.connect(
            lambda: self.tabs.setCurrentWidget(self.settings)
        )
        QShortcut(QKeySequence("F10"), self).activated.connect(
            lambda: self.tabs.setCurrentWidget(self.print_queue)
        )
        QShortcut(QKeySequence("F12"), self).activated.connect(
            lambda: self.tabs.setCurrentWidget(self.manager)
        )  # one meaning per key: F4 and F6 are the bench's hold and short ship
        self.busy = QProgressBar()
        self.busy.setMaximumWidth(240)
        self.busy.setTextVisible(False)
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().showMessage(self.tr("Database: {database}").format(database=_describe(app.db_url)))
        self.last_import: ImportReport | None = None
        self._task: Task | None = None
        self.display = load_display()
        self._build_menu()
        self.setMinimumSize(MINIMUM_SIZE)
        self._print_owed()

    def offer_first_run(self) -> QWizard | None:
        """On the first start of a shop that has set nothing yet, the setup wizard; its answers
        name the window once it is done."""
        from packstation.ui.first_run import FirstRunWizard

        with self.app.sessions() as session:
            if session.get(Brand, 1) is not None:
                return None
        wizard = FirstRunWizard(self.app.sessions, self.pack.bench.station, self)
        wizard.finished.connect(self._name_the_window)
        wizard.open()
        return wizard

    def _name_the_window(self) -> None:
        with self.app.sessions() as session:
            name = shop_brand(session).name
        station = self.pack.bench.station
        self.setWindowTitle(f"packstation — {name} — {station}" if name else f"packstation — {station}")

    def _print_owed(self) -> None:
        """At start: print what this station packed but did not get to print (a crash, a
        closed window), and send what was spooled but never sent — off the UI thread."""
        from packstation.config import spool_dir
        from packstation.printing.service import print_waiting

        station, refused = self.pack.bench.station, list[str]()

        def printed(jobs: list[PrintJob]) -> None:
            if jobs:
                self.print_queue.refresh()
            if refused:  # inserts the shop cannot have printed yet: what to set, said once
                self.statusBar().showMessage(
                    self.tr("Still owed, not printed: {reason}").format(reason=refused[0])
                )

        run_in_background(
            self,
            lambda progress: print_waiting(
                self.app.sessions,
                station,
                spool_dir=spool_dir(),
                default_folder=default_print_folder(),
                refused=refused,
            ),
            on_success=printed,
            on_failure=lambda exc: self.statusBar().showMessage(str(exc)),
        )

    def fit_to_screen(self) -> None:
        """Open at 1280×800, or at what the monitor has room for (a 1366×768 bench monitor:
        its whole height, less the desktop's panels)."""
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1280, 800
        if screen is not None:
            width, height = min(width, screen.width()), min(height, screen.height())
        self.resize(max(width, MINIMUM_SIZE.width()), max(height, MINIMUM_SIZE.height()))

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        action = QAction(self.tr("&Import orders or products…"), self)
        action.setShortcut(QKeySequence("Ctrl+I"))
        action.triggered.connect(self._choose_import_file)
        menu.addAction(action)
        menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)

        view = self.menuBar().addMenu(self.tr("&View"))
        for label, keys, change in (
            (self.tr("&Larger text"), "Ctrl++", Display.larger),
            (self.tr("&Smaller text"), "Ctrl+-", Display.smaller),
            (self.tr("&High contrast"), "Ctrl+Shift+H", lambda d: Display(d.scale, not d.high_contrast)),
        ):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _=False, change=change: self.set_display(change(self.display)))
            view.addAction(action)

    def set_display(self, display: Display) -> None:
        """A text size or contrast chosen for this station: applied at once and remembered."""
        self.display = display
        qt = QApplication.instance()
        if isinstance(qt, QApplication):
            apply_theme(qt, display.scale, display.high_contrast)
        self.pack.rescale()  # the bench's own large type and rows, at once
        save_display(display)
        said = (
            self.tr("Text at {scale:.0%}, high contrast")
            if display.high_contrast
            else self.tr("Text at {scale:.0%}")
        )
        self.statusBar().showMessage(said.format(scale=display.scale), 5000)

    def _show_print_trouble(self, failed: int) -> None:
        """The tab says when printing needs someone, whichever screen is open."""
        index = self.tabs.indexOf(self.print_queue)
        self.tabs.setTabText(
            index,
            self.tr("Print queue: {failed} failed  (F10)").format(failed=failed)
            if failed
            else self.tr("Print queue  (F10)"),
        )

    def show_pack(self) -> None:
        self.tabs.setCurrentWidget(self.pack)

    def show_orders(self) -> None:
        self.tabs.setCurrentWidget(self.orders)

    def show_outbox(self) -> None:
        self.tabs.setCurrentWidget(self.outbox)

    def _after_scan(self, outcome: object) -> None:
        if getattr(outcome, "completed", False) or getattr(outcome, "order", None) is None:
            self.events.orders_changed.emit()

    def open_at_bench(self, number: str) -> None:
        """Enter on an order in the list: open it at this station's bench."""
        self.tabs.setCurrentWidget(self.pack)
        if self.pack.bench.packer is not None and self.pack.bench.order is None:
            self.pack.handle(number)

    def print_inserts(self, order: OrderView, kinds: tuple[str, ...]) -> None:
        """Print a packed order's inserts on this station's printers, off the UI thread."""
        from packstation.config import spool_dir
        from packstation.printing.service import print_order_inserts

        station, packaging = self.pack.bench.station, [p.code for p in order.packaging]

        def work(progress: Progress) -> list[PrintJob]:
            return print_order_inserts(
                self.app.sessions, order.number, list(kinds), station=station,
                spool_dir=spool_dir(), default_folder=default_print_folder(), packaging=packaging,
            )  # fmt: skip

        def done(jobs: list[PrintJob]) -> None:
            self.print_queue.refresh()
            failed = [job for job in jobs if job.last_error]
            if failed:
                self.statusBar().showMessage(
                    self.tr("{order}: printing failed — {error} (kept in the print queue)").format(
                        order=order.number, error=failed[0].last_error
                    )
                )
            else:
                self.statusBar().showMessage(
                    self.tr("{order}: inserts printed").format(order=order.number), 10000
                )

        self.statusBar().showMessage(self.tr("{order}: printing the inserts…").format(order=order.number))
        self._task = run_in_background(
            self,
            work,
            on_success=done,
            on_failure=lambda e: self.statusBar().showMessage(
                self.tr("{order}: printing failed — {error}").format(order=order.number, error=e)
            ),
        )

    def _choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import orders or products"),
            "",
            self.tr("Shop exports (*.csv *.json);;All files (*)"),
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> Task:
        """Import `path` off the UI thread; the order list refreshes when it is done."""
        self.busy.show()
        self.statusBar().showMessage(self.tr("Importing {file}…").format(file=path.name))

        def work(progress: Progress) -> ImportReport:
            return import_file(self.app.sessions, path)

        self._task = run_in_background(self, work, on_success=self._imported, on_failure=self._import_failed)
        return self._task

    def _imported(self, report: ImportReport) -> None:
        self.busy.hide()
        self.last_import = report
        self.statusBar().showMessage(
            self.tr("Imported {file}: {created} new, {updated} updated, {rejected} rows rejected").format(
                file=report.source,
                created=report.created,
                updated=report.updated,
                rejected=len(report.problems),
            ),
            15000,
        )
        self.events.orders_changed.emit()
        if report.problems or report.warnings:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Import finished with problems"),
                "\n".join(report.summary_lines()[:40]),
                parent=self,
            )
            box.open()

    def _import_failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.statusBar().showMessage(self.tr("Import failed: nothing was imported"), 15000)
        message = str(error) if isinstance(error, UnusableFileError) else f"{type(error).__name__}: {error}"
        QMessageBox(QMessageBox.Icon.Critical, self.tr("Nothing was imported"), message, parent=self).open()


def _describe(url: str) -> str:
    """The database URL without its password."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def station_scanner_settings() -> ScannerSettings:
    """This station's scanner, as set in its QSettings (scanner/max_gap_ms, min_length, prefix,
    suffix); the defaults suit most keyboard-wedge scanners."""
    stored = QSettings()
    default = ScannerSettings()
    return ScannerSettings(
        max_gap_ms=float(stored.value("scanner/max_gap_ms", default.max_gap_ms)),  # type: ignore[arg-type]
        min_length=int(stored.value("scanner/min_length", default.min_length)),  # type: ignore[call-overload]
        prefix=str(stored.value("scanner/prefix", default.prefix)),
        suffix=str(stored.value("scanner/suffix", default.suffix)),
    )
