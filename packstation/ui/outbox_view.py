"""The Outbox screen: every follow-up with its status, a preview as the customer will see it,
and the two things a person may do — cancel a message, or send a failed one again now.
Run alone on a demo shop with packed orders: `python -m packstation.ui.outbox_view`."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSplitter, QTextBrowser, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from packstation.followups.mail_html import with_logo_file
from packstation.followups.messages import shipped_playbook
from packstation.followups.outbox import OutboxFilter, cancel, find_messages, retry_now
from packstation.inserts.facts import logo_of
from packstation.storage.models import Brand, MessageStatus, OutboxMessage
from packstation.ui.events import AppEvents
from packstation.ui.language import QT_TRANSLATE_NOOP
from packstation.ui.status_list import StatusList, status_cell

COLUMNS = (
    QT_TRANSLATE_NOOP("OutboxView", "Status"),
    QT_TRANSLATE_NOOP("OutboxView", "Due"),
    QT_TRANSLATE_NOOP("OutboxView", "Rule"),
    QT_TRANSLATE_NOOP("OutboxView", "To"),
    QT_TRANSLATE_NOOP("OutboxView", "Subject"),
    QT_TRANSLATE_NOOP("OutboxView", "Tries"),
    QT_TRANSLATE_NOOP("OutboxView", "Last error"),
)
STATUS_WORDS = {
    MessageStatus.QUEUED: ("◷", QT_TRANSLATE_NOOP("OutboxView", "queued")),
    MessageStatus.SENDING: ("⇢", QT_TRANSLATE_NOOP("OutboxView", "sending")),
    MessageStatus.SENT: ("✔", QT_TRANSLATE_NOOP("OutboxView", "sent")),
    MessageStatus.FAILED: ("✖", QT_TRANSLATE_NOOP("OutboxView", "failed")),
    MessageStatus.CANCELLED: ("—", QT_TRANSLATE_NOOP("OutboxView", "cancelled")),
    MessageStatus.SKIPPED: ("↷", QT_TRANSLATE_NOOP("OutboxView", "skipped")),
}
RULE_WORDS = {  # the playbook's follow-ups, as staff call them
    "thank_you": QT_TRANSLATE_NOOP("OutboxView", "thank you"),
    "review_request": QT_TRANSLATE_NOOP("OutboxView", "review request"),
    "replenishment": QT_TRANSLATE_NOOP("OutboxView", "replenishment"),
    "complementary": QT_TRANSLATE_NOOP("OutboxView", "goes well with"),
    "loyalty": QT_TRANSLATE_NOOP("OutboxView", "loyalty"),
    "care_tips": QT_TRANSLATE_NOOP("OutboxView", "care tips"),
    "shipped_sms": QT_TRANSLATE_NOOP("OutboxView", "shipped text message"),
    "voucher_reminder": QT_TRANSLATE_NOOP("OutboxView", "voucher reminder"),
    "anniversary": QT_TRANSLATE_NOOP("OutboxView", "anniversary"),
    "birthday": QT_TRANSLATE_NOOP("OutboxView", "birthday"),
}


class OutboxView(StatusList):
    def __init__(
        self, sessions: sessionmaker[Session], events: AppEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__([self.tr(name) for name in COLUMNS], stretch=4, parent=parent)
        self.sessions = sessions
        self.messages: list[OutboxMessage] = []
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in MessageStatus:
            self.status.addItem(self.status_word(status), status.value)
        self.rule = QComboBox()
        self.rule.addItem(self.tr("All follow-ups"), "")
        for rule in shipped_playbook():
            self.rule.addItem(self.rule_word(rule.name), rule.name)
        self.order = QLineEdit()
        self.order.setPlaceholderText(self.tr("Order number"))
        for widget in (self.status, self.rule, self.order):
            self.filters.addWidget(widget)
        self.preview = QTextBrowser()
        self.preview.setOpenExternalLinks(False)
        self.subject = QLabel()
        self.subject.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.cancel_button = self.action(self.tr("Cancel message"), self.cancel_selected)
        self.retry_button = self.action(self.tr("Send again now"), self.retry_selected)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.subject)
        right_layout.addWidget(self.preview)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setSizes([700, 500])
        self.place(split)

        self.status.currentIndexChanged.connect(self.refresh)
        self.rule.currentIndexChanged.connect(self.refresh)
        self.order.textChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._show_selected)
        events.orders_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        status = self.status.currentData()
        wanted = OutboxFilter(
            MessageStatus(status) if status else None, self.rule.currentData() or "", self.order.text()
        )
        with self.sessions() as session:
            self.messages = find_messages(session, wanted)
        self.show_rows(
            [[self.status_word(message.status), f"{message.scheduled_at:%Y-%m-%d %H:%M}", self.rule_word(message.rule),
              message.recipient, message.subject, str(message.attempts), message.last_error or ""]
             for message in self.messages]
        )  # fmt: skip
        self.count.setText(self.tr("Messages: {count}").format(count=len(self.messages)))
        self._show_selected()

    def selected(self) -> list[OutboxMessage]:
        return [self.messages[row] for row in self.selected_rows() if row < len(self.messages)]

    def _show_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            self.subject.setText("")
            self.preview.setHtml(
                "<p style='color:#607D8B'>"
                + self.tr("Choose a message to see it as the customer will.")
                + "</p>"
            )
            return
        message = chosen[0]
        if message.channel == "sms":  # a text message: its words as the phone shows them
            self.subject.setText(self.tr("Text message to {recipient}").format(recipient=message.recipient))
            self.preview.setPlainText(message.body_text)
            self.preview.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if message.language == "ar" else Qt.LayoutDirection.LeftToRight
            )
            return
        self.subject.setText(message.subject)
        with self.sessions() as session:  # the logo the mail carries inline, from its file here
            brand = session.get(Brand, 1)
            logo = logo_of(brand) if brand else None
        self.preview.setHtml(with_logo_file(message.body_html, logo))

    def status_word(self, status: MessageStatus) -> str:
        symbol, word = STATUS_WORDS[status]
        return status_cell(symbol, self.tr(word))

    def rule_word(self, rule: str) -> str:
        return self.tr(RULE_WORDS[rule]) if rule in RULE_WORDS else rule.replace("_", " ")

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
