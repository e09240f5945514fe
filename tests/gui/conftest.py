from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation.bootstrap import App
from packstation.ui.demo_env import demo_app
from packstation.ui.tasks import finish_background_work


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[App]:
    """A demo shop with 250 orders on SQLite, as `python -m packstation.ui.…` launches. The
    story's work off the UI thread (a preview, a save's check) ends before the shop closes."""
    app = demo_app(orders=250, folder=tmp_path)
    yield app
    assert finish_background_work(), "work off the UI thread still running 30 s after the story"
    app.close()


@pytest.fixture(scope="session", autouse=True)
def _station_settings_of_our_own(tmp_path_factory: pytest.TempPathFactory) -> None:
    """A station's own choices (QSettings: text size, contrast, printers) go to a folder of the
    test session's, never to the machine's real settings."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("qsettings"))
    )
    QCoreApplication.setOrganizationName("packstation-tests")
    QCoreApplication.setApplicationName("packstation-tests")


@pytest.fixture(autouse=True)
def _a_storys_windows_go_with_it() -> Iterator[None]:
    """pytest-qt closes a story's widgets and asks Qt to delete them later, and outside an event
    loop Qt never does: every window of every earlier story stayed alive in the process, hidden,
    each one receiving the next story's language change — the sign-in story that switches to
    Czech crashed a worker twice in C++, with no Python frame. Deleted here, once the story's
    own fixtures are down (this fixture is set up first, so it is torn down last)."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="session", autouse=True)
def _tidy_qt_at_the_end() -> Iterator[None]:
    """Delete what Qt still holds while the application is alive: left for the interpreter's
    final garbage collection, PySide6 objects crossing threads have crashed it at exit."""
    yield
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
