"""The Settings screen (F11), behind a manager's badge and PIN: the brand on the inserts, the
voucher and return rules, how follow-ups are sent (with a test e-mail), and the staff with
their badges (and badge cards to print). Every change is checked by the core before anything is
stored, and written to the audit log. Run alone on a demo shop:
`python -m packstation.ui.settings_view`."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from packstation.core.admin import (
    add_person,
    change_brand,
    change_settings,
    deactivate_person,
    unlock_badge,
)
from packstation.core.pin_guard import locked_badges
from packstation.core.progress import Progress
from packstation.core.setting_declaration import SettingsGroup
from packstation.core.settings import load_settings
from packstation.core.staff import audit
from packstation.followups.dispatch import send_test_email
from packstation.followups.sms import send_test_text
from packstation.storage.models import Brand, Packer, Role
from packstation.ui.language import (
    QT_TRANSLATE_NOOP,
    STAFF_LANGUAGES,
    remember_language,
    spoken,
    station_language,
)
from packstation.ui.settings_followups import FollowUpRulesPage
from packstation.ui.settings_form import Field, SettingsForm, fields_of
from packstation.ui.settings_packaging import PackagingPage
from packstation.ui.settings_printers import PrintersPage
from packstation.ui.settings_products import ProductNamesPage
from packstation.ui.settings_texts import InsertTextsPage
from packstation.ui.sign_in import ManagerScreen
from packstation.ui.tasks import run_in_background

BRAND = [Field("name", QT_TRANSLATE_NOOP("SettingsView", "Shop name")), Field("voice", QT_TRANSLATE_NOOP("SettingsView", "Voice (warm, playful, calm)")),
         Field("support_email", QT_TRANSLATE_NOOP("SettingsView", "Support e-mail")), Field("support_phone", QT_TRANSLATE_NOOP("SettingsView", "Support phone")),
         Field("support_chat_url", QT_TRANSLATE_NOOP("SettingsView", "Chat link")), Field("website", QT_TRANSLATE_NOOP("SettingsView", "Website")),
         Field("primary_color", QT_TRANSLATE_NOOP("SettingsView", "Main colour (#RRGGBB)")), Field("accent_color", QT_TRANSLATE_NOOP("SettingsView", "Accent colour (#RRGGBB)")),
         Field("logo_path", QT_TRANSLATE_NOOP("SettingsView", "Logo file")), Field("return_address", QT_TRANSLATE_NOOP("SettingsView", "Return address (lines separated by |)"))]  # fmt: skip


class SettingsView(ManagerScreen):
    def __init__(
        self, sessions: sessionmaker[Session], station: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(sessions, station, parent)
        intro = self.tr("The settings are for managers: scan your badge, type your PIN.")
        self._behind_sign_in("Settings screen", intro, self._settings_page())

    def _opened(self, person: Packer) -> None:
        self.load()
        for page in (self.texts, self.followups, self.packaging, self.products, self.printers):
            page.load()

    # -- the settings -------------------------------------------------------------------------

    def _settings_page(self) -> QWidget:
        self.sections = QTabWidget()
        self.brand_form = SettingsForm(
            BRAND, lambda values: self._store(change_brand, self._brand_values(values))
        )
        self.forms = {  # a form for each group of shop settings but the printers, which have a page
            group: SettingsForm(fields_of(group), lambda values: self._store(change_settings, values))
            for group in SettingsGroup
            if group is not SettingsGroup.PRINTERS
        }
        self.voucher_form = self.forms[SettingsGroup.VOUCHERS]
        self.sending_form = self.forms[SettingsGroup.SENDING]
        self.sections.addTab(self.brand_form, self.tr("Shop && brand"))
        self.sections.addTab(self.voucher_form, self._title(SettingsGroup.VOUCHERS))
        self.texts = InsertTextsPage(self.sessions, self.station, lambda: self.manager)
        self.sections.addTab(self.texts, self.tr("Insert texts"))
        self.followups = FollowUpRulesPage(self.sessions, self.station, lambda: self.manager)
        self.sections.addTab(self.followups, self.tr("Follow-ups"))
        self.sections.addTab(self.forms[SettingsGroup.DELIVERY], self._title(SettingsGroup.DELIVERY))
        self.packaging = PackagingPage(self.sessions, self.station, lambda: self.manager)
        self.sections.addTab(self.packaging, self.tr("Packaging"))
        self.products = ProductNamesPage(self.sessions, self.station, lambda: self.manager)
        self.sections.addTab(self.products, self.tr("Products"))
        self.sections.addTab(self._sending_page(), self._title(SettingsGroup.SENDING))
        self.printers = PrintersPage(self.sessions, self.station, lambda: self.manager)
        self.sections.addTab(self.printers, self._title(SettingsGroup.PRINTERS))
        self.sections.addTab(self._staff_page(), self.tr("Staff && badges"))
        self.sections.addTab(self._station_page(), self.tr("This station"))
        return self.sections

    @staticmethod
    def _title(group: SettingsGroup) -> str:
        return spoken(group.heading).replace("&", "&&")  # a tab's & marks its shortcut letter

    def editor_of(self, setting: str) -> QWidget:
        """Where a shop setting is edited on this screen; KeyError for one it does not show."""
        for editors in (*(form.editors for form in self.forms.values()), self.printers.editors):
            if setting in editors:
                return editors[setting]
        raise KeyError(setting)

    def _store(self, change: Callable[..., list[str]], values: dict[str, Any]) -> list[str]:
        assert self.manager is not None
        with self.sessions.begin() as session:
            return change(session, self.manager, values, self.station)

    @staticmethod
    def _brand_values(values: dict[str, Any]) -> dict[str, Any]:
        address = values.get("return_address") or ""
        return values | {"return_address": "\n".join(part.strip() for part in address.split("|")) or None} | {
            name: value or None for name, value in values.items() if name in ("support_email", "support_phone",
                                                                                 "support_chat_url", "website", "logo_path")
        }  # fmt: skip

    def _sending_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.sending_form)
        row = QHBoxLayout()
        self.test_to, self.test_password = QLineEdit(), QLineEdit()
        self.test_to.setPlaceholderText(self.tr("send a test e-mail to…"))
        self.test_password.setPlaceholderText(self.tr("SMTP password for this test (not stored)"))
        self.test_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton(self.tr("Send test e-mail"))
        self.test_button.clicked.connect(self.send_test)
        self.text_to = QLineEdit()
        self.text_to.setPlaceholderText(self.tr("or a test text to +420…"))
        text_button = QPushButton(self.tr("Send test text"))
        text_button.clicked.connect(self.send_test_text)
        for widget in (self.test_to, self.test_password, self.test_button, self.text_to, text_button):
            row.addWidget(widget)
        layout.addLayout(row)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        layout.addWidget(self.test_result)
        layout.addStretch(1)
        return page

    def send_test(self) -> None:
        url, to = self.sending_form.values()["smtp_url"], self.test_to.text().strip()
        password = self.test_password.text() or None
        with self.sessions() as session:
            brand = session.get(Brand, 1)
            sender = (brand.support_email if brand else None) or "packstation@localhost"
        self.test_result.setText(self.tr("Sending to {recipient}…").format(recipient=to))

        def work(progress: Progress) -> str:
            return send_test_email(url, sender, to, password)

        run_in_background(self, work, on_success=self.test_result.setText, on_failure=self._not_sent)

    def send_test_text(self) -> None:
        url, to = self.sending_form.values()["sms_webhook_url"], self.text_to.text().strip()
        self.test_result.setText(self.tr("Sending a text to {recipient}…").format(recipient=to))
        run_in_background(self, lambda progress: send_test_text(url, to), on_success=self.test_result.setText,
                          on_failure=self._not_sent)  # fmt: skip

    def _not_sent(self, error: BaseException) -> None:
        self.test_result.setText(self.tr("Not sent: {error}").format(error=error))

    def _station_page(self) -> QWidget:
        """What belongs to this bench PC rather than the shop: the staff language."""
        page = QWidget()
        form = QFormLayout(page)
        self.language_choice = QComboBox()
        for code, name in STAFF_LANGUAGES.items():  # each in its own language: found by its speakers
            self.language_choice.addItem(name, code)
        self.language_choice.setCurrentIndex(max(0, self.language_choice.findData(station_language())))
        form.addRow(self.tr("Staff language of this station"), self.language_choice)
        save = QPushButton(self.tr("Save the language"))
        save.clicked.connect(self.save_language)
        self.station_message = QLabel(self.tr("The window speaks the chosen language from its next start."))
        self.station_message.setWordWrap(True)
        form.addRow(save, self.station_message)
        return page

    def save_language(self) -> bool:
        """Remember the staff language for this station (audited); it applies at the next start."""
        assert self.manager is not None
        code, before = str(self.language_choice.currentData()), station_language()
        if code == before:
            self.station_message.setText(self.tr("Nothing changed"))
            return False
        with self.sessions.begin() as session:
            audit(session, self.manager, "station language changed", self.station, self.station,
                  before=before, after=code)  # fmt: skip
        remember_language(code)
        self.station_message.setText(
            self.tr("Saved: {language}. Start packstation again to use it.").format(
                language=STAFF_LANGUAGES[code]
            )
        )
        return True

    def _staff_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.staff = QTableWidget(0, 4)
        self.staff.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Badge"), self.tr("Role"), self.tr("Active")]
        )
        self.staff.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staff.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.staff, 1)
        add = QHBoxLayout()
        self.new_name, self.new_badge, self.new_pin = QLineEdit(), QLineEdit(), QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Name"))
        self.new_badge.setPlaceholderText(self.tr("Badge, e.g. P-1005"))
        self.new_pin.setPlaceholderText(self.tr("PIN (managers: 6 digits or more)"))
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_role = QComboBox()
        for role in Role:
            self.new_role.addItem(self.role_word(role), role)
        add_button, retire_button = QPushButton(self.tr("Add")), QPushButton(self.tr("Retire badge"))
        unlock_button = QPushButton(self.tr("Unlock badge"))  # after too many wrong PINs
        cards_button = QPushButton(self.tr("Badge cards (PDF)…"))
        add_button.clicked.connect(self.add_person)
        retire_button.clicked.connect(self.retire_selected)
        unlock_button.clicked.connect(self.unlock_selected)
        cards_button.clicked.connect(self._ask_cards)
        for widget in (self.new_name, self.new_badge, self.new_role, self.new_pin, add_button, retire_button,
                       unlock_button, cards_button):  # fmt: skip
            add.addWidget(widget)
        layout.addLayout(add)
        self.staff_message = QLabel()
        layout.addWidget(self.staff_message)
        return page

    def role_word(self, role: Role) -> str:
        return {
            Role.PACKER: self.tr("packer"),
            Role.MANAGER: self.tr("manager"),
            Role.ADMIN: self.tr("admin"),
        }[role]

    def load(self) -> None:
        with self.sessions() as session:
            settings = load_settings(session)
            brand = session.get(Brand, 1)
            people = list(session.scalars(select(Packer).order_by(Packer.role, Packer.name)))
            locked = locked_badges(session)
        brand_values = {f.name: getattr(brand, f.name) if brand else None for f in BRAND}
        brand_values["return_address"] = " | ".join((brand_values.get("return_address") or "").splitlines())
        self.brand_form.show_values(brand_values)
        for form in self.forms.values():
            form.show_values({row.name: getattr(settings, row.name) for row in form.fields})
        self.people = people
        self.staff.setRowCount(len(people))
        for row, person in enumerate(people):
            state = self.tr("yes") if person.active else self.tr("retired")
            if person.badge in locked:
                state = self.tr("locked: too many wrong PINs")
            for column, value in enumerate((person.name, person.badge, self.role_word(person.role), state)):
                self.staff.setItem(row, column, QTableWidgetItem(value))
        self.staff.resizeColumnsToContents()

    def add_person(self) -> bool:
        assert self.manager is not None
        try:
            with self.sessions.begin() as session:
                person = add_person(session, self.manager, self.new_name.text(), self.new_badge.text().strip(),
                                    Role(self.new_role.currentData()), self.new_pin.text() or None, self.station)  # fmt: skip
                added = self.tr("Added {name} ({badge})").format(name=person.name, badge=person.badge)
        except (ValueError, PermissionError) as exc:
            self.staff_message.setText(self.tr("Not added: {reason}").format(reason=exc))
            return False
        self.new_name.clear()
        self.new_badge.clear()
        self.new_pin.clear()
        self.staff_message.setText(added)
        self.load()
        return True

    def retire_selected(self) -> None:
        assert self.manager is not None
        rows = {index.row() for index in self.staff.selectionModel().selectedRows()}
        try:
            with self.sessions.begin() as session:
                for row in rows:
                    deactivate_person(session, self.manager, self.people[row].badge, self.station)
        except (ValueError, PermissionError) as exc:
            self.staff_message.setText(self.tr("Not retired: {reason}").format(reason=exc))
            return
        self.load()

    def unlock_selected(self) -> None:
        """Lift the lockout of the selected badges (core/pin_guard.py); audited."""
        assert self.manager is not None
        rows = sorted({index.row() for index in self.staff.selectionModel().selectedRows()})
        said: list[str] = []
        try:
            with self.sessions.begin() as session:
                for person in (self.people[row] for row in rows):
                    done = unlock_badge(session, self.manager, person.badge, self.station)
                    words = (
                        self.tr("Unlocked {name} ({badge})")
                        if done
                        else self.tr("{name} ({badge}) was not locked")
                    )
                    said.append(words.format(name=person.name, badge=person.badge))
        except (ValueError, PermissionError) as exc:
            self.staff_message.setText(self.tr("Not unlocked: {reason}").format(reason=exc))
            return
        self.staff_message.setText("\n".join(said) or self.tr("Select the badges to unlock first"))
        self.load()

    def _ask_cards(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Badge cards"), "badge-cards.pdf", "PDF (*.pdf)")
        if path:
            self.write_cards(Path(path))

    def write_cards(self, path: Path) -> int:
        from packstation.bench.sheet import write_badge_cards

        with self.sessions() as session:
            written = write_badge_cards(session, path)
        self.staff_message.setText(
            self.tr("Badge cards: {count}, in {file}").format(count=written, file=path.name)
        )
        return written


def main() -> int:
    from packstation.ui.demo_env import run_alone

    return run_alone(lambda app: SettingsView(app.sessions, "Bench 1"), 1100, 720)


if __name__ == "__main__":
    sys.exit(main())
