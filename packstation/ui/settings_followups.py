"""Settings › Follow-ups: the playbook's rules as a table a manager can change — a rule on or
off, how many days after what it is sent, by e-mail or text, when it gives up, how often it is
tried, and the conditions it needs. Saved as the shop's playbook (checked first, audited); the
next parcels packed at every station follow it. Run alone on a demo shop:
`python -m packstation.ui.settings_followups`."""

from __future__ import annotations

import sys
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from packstation.core.shop_files import PLAYBOOK, restore_shipped, save_file
from packstation.followups.messages import ANCHORS, CHANNELS, Rule, playbook_for, playbook_toml
from packstation.ui.language import QT_TRANSLATE_NOOP
from packstation.ui.outbox_view import RULE_WORDS
from packstation.ui.settings_page import SettingsPage, say

ANCHOR_WORDS = {
    "packed": QT_TRANSLATE_NOOP("FollowUpRulesPage", "packing"),
    "delivery": QT_TRANSLATE_NOOP("FollowUpRulesPage", "expected delivery"),
    "voucher_expiry": QT_TRANSLATE_NOOP("FollowUpRulesPage", "the voucher's expiry"),
    "replenish": QT_TRANSLATE_NOOP("FollowUpRulesPage", "running out"),
    "anniversary": QT_TRANSLATE_NOOP("FollowUpRulesPage", "the first order's anniversary"),
    "birthday": QT_TRANSLATE_NOOP("FollowUpRulesPage", "the customer's birthday"),
}
CHANNEL_WORDS = {
    "email": QT_TRANSLATE_NOOP("FollowUpRulesPage", "e-mail"),
    "sms": QT_TRANSLATE_NOOP("FollowUpRulesPage", "text message"),
}
ON, DELAY, AFTER, CHANNEL, EXPIRES, TRIES, WHEN = range(1, 8)  # the editable columns


class FollowUpRulesPage(SettingsPage):
    def build(self) -> None:
        self.rules: list[Rule] = []
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels([
            self.tr("Follow-up"), self.tr("On"), self.tr("Days"), self.tr("After"), self.tr("Sent by"),
            self.tr("Given up after (days)"), self.tr("Tries"), self.tr("Only when (e.g. !is_gift, language=cs)"),
        ])  # fmt: skip
        self.table.horizontalHeader().setSectionResizeMode(WHEN, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.message = QLabel(
            self.tr(
                "Days count from the moment under After (a minus: that many days before it). "
                "Marketing follow-ups go only to customers who agreed to them."
            )
        )
        self.message.setWordWrap(True)
        save, shipped = (
            QPushButton(self.tr("Save  (Ctrl+S)")),
            QPushButton(self.tr("Back to the shipped rules")),
        )
        save.setShortcut("Ctrl+S")
        save.clicked.connect(self.save)
        shipped.clicked.connect(self.back_to_shipped)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(shipped)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def load(self) -> None:
        with self.sessions() as session:
            self.rules = list(playbook_for(session))
        self.table.setRowCount(len(self.rules))
        for row, rule in enumerate(self.rules):
            self._show_rule(row, rule)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(WHEN, QHeaderView.ResizeMode.Stretch)

    def _show_rule(self, row: int, rule: Rule) -> None:
        name = (
            QCoreApplication.translate("OutboxView", RULE_WORDS[rule.name])
            if rule.name in RULE_WORDS
            else rule.name
        )
        kind = self.tr("marketing") if rule.marketing else self.tr("service")
        self.table.setItem(row, 0, QTableWidgetItem(f"{name} ({kind})"))
        on = QCheckBox()
        on.setChecked(rule.enabled)
        on.setAccessibleName(self.tr("{rule} on").format(rule=name))
        self.table.setCellWidget(row, ON, on)
        for column, value, low in (
            (DELAY, rule.delay_days, -365),
            (EXPIRES, rule.expires_days, 1),
            (TRIES, rule.attempts, 1),
        ):
            spin = QSpinBox()
            spin.setRange(low, 365 if column != TRIES else 20)
            spin.setValue(value)
            self.table.setCellWidget(row, column, spin)
        for column, words, current in (
            (AFTER, ANCHOR_WORDS, rule.relative_to),
            (CHANNEL, CHANNEL_WORDS, rule.channel),
        ):
            combo = QComboBox()
            for choice in ANCHORS if column == AFTER else CHANNELS:
                combo.addItem(self.tr(words[choice]), choice)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            self.table.setCellWidget(row, column, combo)
        conditions = QLineEdit(", ".join(rule.when))
        self.table.setCellWidget(row, WHEN, conditions)

    def edited_rules(self) -> list[Rule]:
        """The rules as the table shows them now."""
        edited = []
        for row, rule in enumerate(self.rules):
            cell = self.table.cellWidget
            on, when = cell(row, ON), cell(row, WHEN)
            delay, expires, tries = cell(row, DELAY), cell(row, EXPIRES), cell(row, TRIES)
            after, channel = cell(row, AFTER), cell(row, CHANNEL)
            assert isinstance(on, QCheckBox) and isinstance(when, QLineEdit)
            assert (
                isinstance(delay, QSpinBox) and isinstance(expires, QSpinBox) and isinstance(tries, QSpinBox)
            )
            assert isinstance(after, QComboBox) and isinstance(channel, QComboBox)
            edited.append(replace(rule, enabled=on.isChecked(), delay_days=delay.value(), expires_days=expires.value(),
                                  attempts=tries.value(), relative_to=str(after.currentData()),
                                  channel=str(channel.currentData()),
                                  when=tuple(c.strip() for c in when.text().split(",") if c.strip())))  # fmt: skip
        return edited

    def save(self) -> bool:
        if self.edited_rules() == self.rules:  # the shipped file's own wording is kept as it is
            say(self.message, self.tr("Nothing changed"), ok=True)
            return False
        toml = playbook_toml(self.edited_rules())
        changed = self.stored(
            self.message, lambda session, person: save_file(session, person, PLAYBOOK, toml, self.station)
        )
        if changed is None:
            return False
        say(self.message, self.tr("Saved: the next parcels packed follow these rules") if changed
                             else self.tr("Nothing changed"), ok=True)  # fmt: skip
        self.load()
        return changed

    def back_to_shipped(self) -> None:
        had_own = self.stored(
            self.message, lambda session, person: restore_shipped(session, person, PLAYBOOK, self.station)
        )
        self.load()
        self.message.setText(self.tr("Back to the shipped rules") if had_own else self.tr("Nothing changed"))


def main() -> int:
    from packstation.ui.demo_env import run_settings_page

    return run_settings_page(FollowUpRulesPage, 1200, 500)


if __name__ == "__main__":
    sys.exit(main())
