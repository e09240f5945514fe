"""A manager's badge and PIN, asked for in one place: in front of a screen that is not for
packers (the figures, the settings), and as a dialog at the bench when a manager approves
something there (a short ship, a take-over). The core checks them; the bench's sign-in is
written to the audit log."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from packstation.core.staff import audit, authenticate_manager
from packstation.storage.models import Packer
from packstation.ui.language import spoken_error


class ManagerSignIn(QWidget):
    signed_in = Signal(object)  # the Packer who signed in

    def __init__(self, sessions: sessionmaker[Session], screen: str, intro: str, station: str = "") -> None:
        super().__init__()
        self.sessions, self.screen_name, self.station = sessions, screen, station
        self.badge, self.pin = QLineEdit(), QLineEdit()
        self.badge.setPlaceholderText(self.tr("Scan or type your manager badge"))
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(intro, wordWrap=True)
        button = QPushButton(self.tr("Sign in"))
        for signal in (button.clicked, self.pin.returnPressed):
            signal.connect(self.sign_in)
        self.badge.returnPressed.connect(self.pin.setFocus)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)  # as wide as the screen: no word cut off
        layout.addWidget(self.message)
        for widget in (self.badge, self.pin, button):
            widget.setMaximumWidth(420)
            layout.addWidget(widget, alignment=Qt.AlignmentFlag.AlignHCenter)
        for field in (self.badge, self.pin):  # wide enough for the placeholder in every language
            field.setMinimumWidth(
                min(420, field.fontMetrics().horizontalAdvance(field.placeholderText()) + 40)
            )
        layout.addStretch(2)

    def showEvent(self, event: QShowEvent) -> None:
        """F11 or F12 pressed at the bench: the badge scanned next goes into the badge field,
        not into the screen left behind or nowhere."""
        super().showEvent(event)
        if not self.pin.hasFocus():
            self.badge.setFocus()

    def sign_in(self) -> Packer | None:
        try:
            with self.sessions.begin() as session:
                person = authenticate_manager(session, self.badge.text(), self.pin.text(), self.station)
                audit(session, person, "signed in", self.screen_name, self.station)
        except PermissionError as exc:
            self.message.setText(self.tr("Not signed in: {reason}").format(reason=spoken_error(exc)))
            self.pin.clear()
            return None
        self.pin.clear()
        self.signed_in.emit(person)
        return person


class ManagerScreen(QWidget):
    """A screen that is not for packers, wired to the sign-in once: the manager's badge and PIN
    first (page 0 of `pages`), the screen's own page once a manager is in (page 1). A screen
    hands its name, intro and page to `_behind_sign_in` and does its loading in `_opened`."""

    def __init__(self, sessions: sessionmaker[Session], station: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions, self.station = sessions, station
        self.manager: Packer | None = None  # who signed in
        self.pages = QStackedWidget()
        QVBoxLayout(self).addWidget(self.pages)

    def _behind_sign_in(self, screen: str, intro: str, page: QWidget) -> None:
        """`screen` names it in the audit log; `intro` is what the sign-in page says."""
        self.door = ManagerSignIn(self.sessions, screen, intro, self.station)
        self.badge, self.pin, self.sign_in_message = self.door.badge, self.door.pin, self.door.message
        self.door.signed_in.connect(self._signed_in)
        self.pages.addWidget(self.door)
        self.pages.addWidget(page)

    def sign_in(self) -> bool:
        return self.door.sign_in() is not None

    def _signed_in(self, person: Packer) -> None:
        self.manager = person
        self.pages.setCurrentIndex(1)
        self._opened(person)

    def _opened(self, person: Packer) -> None:
        """The screen's own work once `person` signed in: loading what it shows."""


class ManagerApproval(QDialog):
    """Badge and PIN in one dialog: the manager scans the badge (its Enter moves on to the PIN),
    types the PIN and presses Enter. While it is open, its keys are its own — a badge scanned
    here never reaches the bench behind."""

    def __init__(self, parent: QWidget | None, title: str, question: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.badge, self.pin = QLineEdit(), QLineEdit()
        self.badge.setPlaceholderText(self.tr("Scan or type your manager badge"))
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.badge.returnPressed.connect(self._badge_entered)
        self.pin.returnPressed.connect(self._pin_entered)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._pin_entered)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)  # Enter belongs to the fields, not to a button
        layout = QFormLayout(self)
        layout.addRow(QLabel(question))
        layout.addRow(self.tr("Badge:"), self.badge)
        layout.addRow(self.tr("PIN:"), self.pin)
        layout.addRow(buttons)

    def _badge_entered(self) -> None:
        if self.badge.text().strip():
            self.pin.setFocus()

    def _pin_entered(self) -> None:
        if self.badge.text().strip() and self.pin.text():
            self.accept()
        elif not self.badge.text().strip():
            self.badge.setFocus()

    def answer(self) -> tuple[str, str] | None:
        """(badge, PIN) once accepted; None when cancelled."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.badge.text().strip(), self.pin.text()
