"""What every page of the Settings screen shares: the database, the station it is changed at,
and the manager signed in, in whose name each change is stored and audited."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy.orm import Session, sessionmaker

from packstation.storage.models import Packer

Done = TypeVar("Done")


class SettingsPage(QWidget):
    # every page defines both: build() makes its widgets (called once, here), load() reads what
    # it shows (called when a manager signs in)
    build: Callable[[], None]
    load: Callable[[], None]

    def __init__(
        self,
        sessions: sessionmaker[Session],
        station: str,
        manager: Callable[[], Packer | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions, self.station, self.manager = sessions, station, manager
        self.build()

    def stored(self, label: QLabel, change: Callable[[Session, Packer], Done]) -> Done | None:
        """Run `change` in one transaction in the signed-in manager's name. A refusal (a value
        the core will not take, or a role that may not) is said under the form, and nothing of
        it is stored; None then, as when nobody is signed in."""
        person = self.manager()
        if person is None:
            return None
        try:
            with self.sessions.begin() as session:
                return change(session, person)
        except (ValueError, PermissionError) as exc:
            said = QCoreApplication.translate("SettingsPage", "Not saved: {reason}").format(reason=exc)
            say(label, said, ok=False)
            return None


def say_saved(label: QLabel, changed: Sequence[str]) -> None:
    """What a save changed, by name, under the form — or that nothing did."""
    if changed:
        text = QCoreApplication.translate("SettingsPage", "Saved: {fields}").format(fields=", ".join(changed))
    else:
        text = QCoreApplication.translate("SettingsPage", "Nothing changed")
    say(label, text, ok=True)


def say(label: QLabel, text: str, *, ok: bool) -> None:
    """A save's outcome under the form: green when done, red and bold when refused."""
    label.setText(text)
    label.setStyleSheet("color: #1B5E20;" if ok else "color: #B71C1C; font-weight: bold;")
