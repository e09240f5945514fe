"""The Outbox screen: every follow-up with its status, a preview as the customer will see it,
and the two things a person may do — cancel a message, or send a failed one again now.
Run alone on a demo shop with packed orders: `python -m packstation.ui.outbox_view`."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from packstation.followups.messages import shipped_playbook
from packstation.followups.outbox import OutboxFilter, cancel, find_messages, retry_now
from packstation.storage.models import MessageStatus, OutboxMessage
from packstation.ui.events import AppEvents

COLUMNS = ("Status", "Due", "Rule", "To", "Subject", "Tries", "Last error")
STATUS_WORDS = {
    MessageStatus.QUEUED: "◷ queued", MessageStatus.SENDING: "⇢ sending", MessageStatus.SENT: "✔ sent",
    MessageStatus.FAILED: "✖ failed", MessageStatus.CANCELLED: "— cancelled", MessageStatus.SKIPPED: "↷ skipped",
}  # fmt: skip


class OutboxView(QWidget):
    def __init__(
        self, sessions: sessionmaker[Session], events: AppEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.messages: list[OutboxMessage] = []
        self.status = QComboBox()
        self.status.addItem("All statuses", None)
        for status in MessageStatus:
            self.status.addItem(STATUS_WORDS[status], status.value)
        self.rule = QComboBox()
        self.rule.addItem("All follow-ups", "")
        for rule in shipped_playbook():
            self.rule.addItem(rule.name.replace("_", " "), rule.name)
        self.order = QLineEdit()
        self.order.setPlaceholderText("Order number")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.preview = QTextBrowser()
        self.preview.setOpenExternalLinks(False)
        self.subject = QLabel()
        self.subject.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.cancel_button = QPushButton("Cancel message")
        self.retry_button = QPushButton("Send again now")
        self.count = QLabel()

        filters = QHBoxLayout()
        for widget in (self.status, self.rule, self.order):
            filters.addWidget(widget)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.retry_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.subject)
        right_layout.addWidget(self.preview)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setSizes([700, 500])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addLayout(actions)

        self.status.currentIndexChanged.connect(self.refresh)
        self.rule.currentIndexChanged.connect(self.refresh)
        self.order.textChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.retry_button.clicked.connect(self.retry_selected)
        events.orders_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        status = self.status.currentData()
        wanted = OutboxFilter(
            MessageStatus(status) if status else None, self.rule.currentData() or "", self.order.text()
        )
        with self.sessions() as session:
            self.messages = find_messages(session, wanted)
        self.table.setRowCount(len(self.messages))
        for row, message in enumerate(self.messages):
            cells = [STATUS_WORDS[message.status], f"{message.scheduled_at:%Y-%m-%d %H:%M}", message.rule.replace("_", " "),
                     message.recipient, message.subject, str(message.attempts), message.last_error or ""]  # fmt: skip
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.count.setText(f"{len(self.messages)} message{'s' if len(self.messages) != 1 else ''}")
        self._show_selected()

    def selected(self) -> list[OutboxMessage]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.messages[row] for row in rows if row < len(self.messages)]

    def _show_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            self.subject.setText("")
            self.preview.setHtml(
                "<p style='color:#607D8B'>Choose a message to see it as the customer will.</p>"
            )
            return
        message = chosen[0]
        if message.channel == "sms":  # a text message: its words as the phone shows them
            self.subject.setText(f"Text message to {message.recipient}")
            self.preview.setPlainText(message.body_text)
            self.preview.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if message.language == "ar" else Qt.LayoutDirection.LeftToRight
            )
            return
        self.subject.setText(message.subject)
        self.preview.setHtml(message.body_html)

    def cancel_selected(self) -> int:
        ids = [m.id for m in self.selected()]
        with self.sessions.begin() as session:
            done = cancel(session, ids)
        self.refresh()
        return done

    def retry_selected(self) -> int:
        ids = [m.id for m in self.selected()]
        with self.sessions.begin() as session:
            done = retry_now(session, ids)
        self.refresh()
        return done


def main() -> int:
    from packstation.ui.demo_env import run_alone

    return run_alone(lambda app: OutboxView(app.sessions, AppEvents()), 1280, 700)


if __name__ == "__main__":
    sys.exit(main())
