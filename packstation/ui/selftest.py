"""`packstation self-test`: proves an installed packstation (a bundle an installer built, or a
fresh checkout) has everything it needs, without a screen: the station's own database (reached
and read, never changed), the database code and its migrations on a demo shop, the fonts,
templates and barcodes of the inserts, the sounds, and the main window with every screen. Prints one line per check and exits 1 at the first that fails."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def run_self_test(window: bool = True, db_url: str | None = None) -> int:
    """`db_url` is the station's own database (--db, $PACKSTATION_DB or the default): it is
    read, never written; the rest is tried on a demo shop of the self-test's own."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PACKSTATION_MUTE", "1")
    with tempfile.TemporaryDirectory(prefix="packstation-self-test-") as name:
        folder = Path(name)
        checks: list[tuple[str, Callable[[], str]]] = [
            ("this station's database", lambda: _station_database(db_url)),
            ("database code", lambda: _database(folder)),
            ("inserts", lambda: _inserts(folder)),
            ("sounds", _sounds),
            ("names", _names),
        ]
        if window:
            checks.append(("window", lambda: _window(folder)))
            checks.append(("staff languages", _languages))
        for label, check in checks:
            started = time.perf_counter()
            try:
                detail = check()
            except Exception as exc:  # a self-test reports whatever went wrong, then stops
                print(f"FAILED  {label}: {type(exc).__name__}: {exc}", file=sys.stderr)
                return 1
            print(f"ok      {label}: {detail} ({(time.perf_counter() - started) * 1000:.0f} ms)")
    print("self-test passed")
    return 0


def _station_database(db_url: str | None) -> str:
    """Reach the database this station uses and read its schema and orders — without creating,
    migrating or changing anything."""
    from sqlalchemy import func, inspect, select
    from sqlalchemy.engine import make_url

    from packstation.config import resolve_db_url
    from packstation.storage.database import make_engine
    from packstation.storage.migrate import check_not_newer, current_revision, head_revision
    from packstation.storage.models import Order

    url = resolve_db_url(db_url)
    shown = make_url(url).render_as_string(hide_password=True)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and not Path(parsed.database).exists():
        return f"{shown}: not created yet (the first start creates it)"
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            check_not_newer(connection)
            has_orders = inspect(connection).has_table(Order.__tablename__)
            orders = connection.scalar(select(func.count()).select_from(Order)) if has_orders else 0
        revision = current_revision(engine)
    except Exception as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise RuntimeError(f"{shown} cannot be used: {reason}") from exc
    finally:
        engine.dispose()
    if revision is None:
        return f"{shown}: empty (the first start, or `packstation migrate`, creates the schema)"
    state = (
        "up to date"
        if revision == head_revision()
        else f"`packstation migrate` brings it to {head_revision()}"
    )
    return f"{shown}: schema {revision} ({state}), {orders:,} orders"


def _database(folder: Path) -> str:
    from packstation.bootstrap import bootstrap
    from packstation.demo.shop import create_demo
    from packstation.storage.migrate import current_revision, head_revision

    app = bootstrap(f"sqlite:///{folder / 'self-test.sqlite3'}")
    try:
        summary = create_demo(app.sessions, orders=12)
        revision = current_revision(app.engine)
    finally:
        app.close()
    if revision != head_revision():
        raise RuntimeError(f"schema {revision}, expected {head_revision()}")
    return f"schema {revision}, demo shop with {summary.orders_created} orders"


def _inserts(folder: Path) -> str:
    from packstation.bootstrap import bootstrap
    from packstation.inserts.service import order_inserts

    app = bootstrap(f"sqlite:///{folder / 'self-test.sqlite3'}")
    try:
        report = order_inserts(app.sessions, "#1001", folder / "inserts.pdf")
    finally:
        app.close()
    if report.pages != 4 or report.problems:
        raise RuntimeError(f"{report.pages} pages, problems: {report.problems}")
    return f"4 pages, {(folder / 'inserts.pdf').stat().st_size // 1024} kB, fonts and templates found"


def _names() -> str:
    """The vocative's libraries and name lists load: a Czech and a Ukrainian name are called."""
    from packstation.core.names import vocative

    called = vocative("Lukáš", "cs"), vocative("Олексій", "uk")
    if called != ("Lukáši", "Олексію"):
        raise RuntimeError(f"Lukáš, Олексій called {', '.join(called)}")
    return ", ".join(called)


def _sounds() -> str:
    from packstation.bench.view import Tone
    from packstation.paths import resource

    missing = [tone.value for tone in Tone if not resource("sounds", f"{tone.value}.wav").is_file()]
    if missing:
        raise FileNotFoundError(f"no sound for {', '.join(missing)}")
    return f"{len(Tone)} tones"


def _languages() -> str:
    """Every staff language's translation loads and says the first tab in its own words."""
    from PySide6.QtCore import QTranslator

    from packstation.ui.language import STAFF_LANGUAGES, translation_file

    for code in set(STAFF_LANGUAGES) - {"en"}:
        translator = QTranslator()
        if not translator.load(translation_file(code)):
            raise FileNotFoundError(f"no translation for {STAFF_LANGUAGES[code]}: {translation_file(code)}")
        if translator.translate("MainWindow", "Pack  (F1)") in ("", "Pack  (F1)"):
            raise RuntimeError(f"{STAFF_LANGUAGES[code]} does not translate the Pack screen")
    return f"{len(STAFF_LANGUAGES)} languages"


def _window(folder: Path) -> str:
    from PySide6.QtWidgets import QApplication

    from packstation.bootstrap import bootstrap
    from packstation.ui.main_window import MainWindow
    from packstation.ui.theme import apply_theme

    qt = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt, QApplication)
    apply_theme(qt)
    app = bootstrap(f"sqlite:///{folder / 'self-test.sqlite3'}")
    try:
        window = MainWindow(app, "Self-test bench")
        window.resize(1280, 800)
        window.show()
        qt.processEvents()
        shot = window.grab()
        tabs = window.tabs.count()
        window.close()
        window.deleteLater()  # nothing of it may outlive the self-test's database
        qt.processEvents()
    finally:
        app.close()
    if shot.isNull() or shot.width() < 100:
        raise RuntimeError("the window drew nothing")
    return f"{tabs} screens, drawn at {shot.width()}×{shot.height()}"
