"""The manager's sign-in in front of a screen that is not for packers (the figures, the
settings): badge and PIN, checked by the core, the sign-in written to the audit log."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from packstation.core.staff import audit, authenticate_manager
from packstation.storage.models import Packer


class ManagerSignIn(QWidget):
    signed_in = Signal(object)  # the Packer who signed in

    def __init__(self, sessions: sessionmaker[Session], screen: str, intro: str, station: str = "") -> None:
        super().__init__()
        self.sessions, self.screen_name, self.station = sessions, screen, station
        self.badge, self.pin = QLineEdit(), QLineEdit()
        self.badge.setPlaceholderText(self.tr("Scan or type your manager badge"))
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(intro)
        button = QPushButton(self.tr("Sign in"))
        for signal in (button.clicked, self.pin.returnPressed):
            signal.connect(self.sign_in)
        self.badge.returnPressed.connect(self.pin.setFocus)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.message, self.badge, self.pin, button):
            widget.setMaximumWidth(420)
            layout.addWidget(widget, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def sign_in(self) -> Packer | None:
        try:
            with self.sessions.begin() as session:
                person = authenticate_manager(session, self.badge.text(), self.pin.text())
                audit(session, person, "signed in", self.screen_name, self.station)
        except PermissionError as exc:
            self.message.setText(self.tr("Not signed in: {reason}").format(reason=exc))
            self.pin.clear()
            return None
        self.pin.clear()
        self.signed_in.emit(person)
        return person
