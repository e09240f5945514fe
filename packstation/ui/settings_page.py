"""What every page of the Settings screen shares: the database, the station it is changed at,
and the manager signed in, in whose name each change is stored and audited."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy.orm import Session, sessionmaker

from packstation.storage.models import Packer


class SettingsPage(QWidget):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        station: str,
        manager: Callable[[], Packer | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions, self.station, self.manager = sessions, station, manager

    def load(self) -> None:
        """Read what the page shows; called when a manager signs in."""
        raise NotImplementedError


def say(label: QLabel, text: str, *, ok: bool) -> None:
    """A save's outcome under the form: green when done, red and bold when refused."""
    label.setText(text)
    label.setStyleSheet("color: #1B5E20;" if ok else "color: #B71C1C; font-weight: bold;")
