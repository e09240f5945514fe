"""The first start of a shop that has set nothing yet: a short wizard for what only the shop can
say — the first admin, its name, contacts and colours, the return address, the links — stored
through the same checks and audit as `packstation setup`. Every field can be left for later;
the last page says what the inserts will still refuse to print without.
Run alone on an empty database: `python -m packstation.ui.first_run`."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy.orm import Session, sessionmaker

from packstation.core.catalogue import packaging_missing
from packstation.core.shop_setup import (
    Answers,
    ReturnAddress,
    derived_links,
    first_admin,
    has_managers,
    set_up,
    still_missing,
)
from packstation.core.staff import authorize
from packstation.storage.models import Role
from packstation.ui.language import spoken, spoken_error

LINKS = ("voucher_redeem_url", "return_portal_url", "review_url", "unsubscribe_url", "referral_url")


def _page(title: str, intro: str) -> tuple[QWizardPage, QFormLayout]:
    page = QWizardPage()
    page.setTitle(title)
    form = QFormLayout(page)
    text = QLabel(intro, wordWrap=True)
    form.addRow(text)
    return page, form


class FirstRunWizard(QWizard):
    """Shown by the main window when the shop has no brand yet."""

    def __init__(self, sessions: sessionmaker[Session], station: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions, self.station = sessions, station
        self.setWindowTitle(self.tr("Set up your shop"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        with sessions() as session:
            self.needs_admin = not has_managers(session)
        self.fields: dict[str, QLineEdit] = {}
        self.addPage(self._people_page())
        self.addPage(self._shop_page())
        self.addPage(self._return_page())
        self.links_page = self._links_page()
        self.addPage(self.links_page)
        self.done_page, self.done_text = self._done_page()
        self.addPage(self.done_page)
        self.currentIdChanged.connect(self._entered)
        self.stored: list[str] = []

    def field_edit(self, form: QFormLayout, key: str, label: str, placeholder: str = "",
                   secret: bool = False) -> QLineEdit:  # fmt: skip
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(label, edit)
        self.fields[key] = edit
        return edit

    # -- pages -------------------------------------------------------------------------------

    def _people_page(self) -> QWizardPage:
        if self.needs_admin:
            page, form = _page(self.tr("Who looks after the shop"),
                               self.tr("This shop has no staff yet. You become its first admin: you sign in with this "
                                       "badge and PIN to change the settings and add packers."))  # fmt: skip
            self.field_edit(form, "admin_name", self.tr("Your name:"))
            self.field_edit(
                form, "admin_badge", self.tr("Your badge:"), self.tr("scan it, or type e.g. A-0001")
            )
            self.field_edit(form, "pin", self.tr("PIN (at least 6 digits):"), secret=True)
            self.field_edit(form, "pin_again", self.tr("The same PIN again:"), secret=True)
        else:
            page, form = _page(
                self.tr("Sign in"), self.tr("Setting up the shop needs a manager's badge and PIN.")
            )
            self.field_edit(form, "badge", self.tr("Manager badge:"))
            self.field_edit(form, "pin", self.tr("PIN:"), secret=True)
        return page

    def _shop_page(self) -> QWizardPage:
        page, form = _page(self.tr("Your shop"), self.tr("What every insert and message is signed with."))
        self.field_edit(form, "shop_name", self.tr("Shop name:"))
        self.field_edit(form, "website", self.tr("Website:"), "https://…")
        self.shopify = QCheckBox(self.tr("The shop runs on Shopify"))
        form.addRow("", self.shopify)
        self.field_edit(form, "support_email", self.tr("Support e-mail:"))
        self.field_edit(form, "support_phone", self.tr("Support phone:"))
        logo_row = QHBoxLayout()
        self.logo = QLineEdit()
        self.logo.setPlaceholderText(self.tr("a PNG or JPEG file"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_logo)
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose)
        form.addRow(self.tr("Logo:"), logo_row)
        self.field_edit(form, "primary_color", self.tr("Main colour:"), "#2F5D50")
        self.field_edit(form, "accent_color", self.tr("Accent colour:"), "#E9B44C")
        return page

    def _return_page(self) -> QWizardPage:
        page, form = _page(
            self.tr("Where returns go"), self.tr("Printed on every return label, as the address.")
        )
        for key, label in (("return_name", self.tr("Name or company:")), ("return_street", self.tr("Street:")),
                           ("return_postcode", self.tr("Postcode:")), ("return_city", self.tr("City:")),
                           ("return_country", self.tr("Country:"))):  # fmt: skip
            self.field_edit(form, key, label)
        return page

    def _links_page(self) -> QWizardPage:
        page, form = _page(self.tr("Links"), self.tr("Where the voucher's QR code, the return label and the "
                                                     "follow-up messages send your customers."))  # fmt: skip
        self.derived_note = QLabel(wordWrap=True)
        self.derived_note.setStyleSheet("color: #37474F;")
        form.addRow(self.derived_note)
        for key, label, hint in (
            ("voucher_redeem_url", self.tr("Redeem a voucher:"), "https://…/discount/{code}"),
            ("return_portal_url", self.tr("Returns page:"), "https://…/returns?rma={rma}"),
            ("review_url", self.tr("Write a review:"), "https://…/review?order={order}"),
            ("unsubscribe_url", self.tr("Unsubscribe:"), "https://…/unsubscribe?t={token}"),
            ("referral_url", self.tr("Referral:"), "https://…/r/{token}"),
        ):
            self.field_edit(form, key, label, hint)
        return page

    def _done_page(self) -> tuple[QWizardPage, QLabel]:
        page = QWizardPage()
        page.setTitle(self.tr("Ready"))
        text = QLabel(wordWrap=True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(page)
        layout.addWidget(text, 1)  # the whole page: the list of what is left grows with it
        return page, text

    # -- moving on ---------------------------------------------------------------------------

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Your logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo.setText(path)

    def value(self, key: str) -> str:
        return self.fields[key].text().strip() if key in self.fields else ""

    def answers(self) -> Answers:
        return Answers(
            shop_name=self.value("shop_name"), website=self.value("website"),
            platform="shopify" if self.shopify.isChecked() else "", support_email=self.value("support_email"),
            support_phone=self.value("support_phone"), primary_color=self.value("primary_color"),
            accent_color=self.value("accent_color"), logo_path=self.logo.text().strip(),
            return_address=ReturnAddress(self.value("return_name"), self.value("return_street"),
                                         self.value("return_postcode"), self.value("return_city"),
                                         self.value("return_country")),
            links={key: self.value(key) for key in LINKS},
        )  # fmt: skip

    def _entered(self, page_id: int) -> None:
        if self.page(page_id) is self.links_page:
            derived = derived_links(self.value("website"), "shopify" if self.shopify.isChecked() else "")
            for key, link in derived.items():
                if not self.value(key):
                    self.fields[key].setText(link)
            self.derived_note.setText(
                self.tr("Filled in from your website: Shopify redeems a code at /discount/CODE. Check it.")
                if derived
                else ""
            )
        if self.page(page_id) is self.done_page:
            self.done_text.setText(self._summary())

    def validateCurrentPage(self) -> bool:
        """The answers are stored when the links page is left: all of them, or none with the
        reason on the page (the wizard stays where it is)."""
        if self.currentPage() is not self.links_page:
            return True
        try:
            self.stored = self.store()
        except (ValueError, PermissionError) as exc:
            self.currentPage().setSubTitle(self.tr("Not stored: {reason}").format(reason=spoken_error(exc)))
            return False
        return True

    def store(self) -> list[str]:
        with self.sessions.begin() as session:
            if self.needs_admin:
                if self.value("pin") != self.value("pin_again"):
                    raise ValueError(self.tr("the two PINs differ"))
                actor = first_admin(
                    session, self.value("admin_name"), self.value("admin_badge"), self.value("pin")
                )
            else:
                actor = authorize(session, self.value("badge"), self.value("pin"), Role.MANAGER,
                                  "set up the shop", self.station)  # fmt: skip
            return set_up(session, actor, self.answers(), self.station)

    def _summary(self) -> str:
        with self.sessions() as session:
            needs = still_missing(session)
            no_packaging = packaging_missing(session)
        box = (
            [self.tr("The packaging catalogue is empty: before the first parcel, add your boxes and fillers in "
                     "Settings (F11) › Packaging — the bench asks for each parcel's packaging.")]
            if no_packaging else []
        )  # fmt: skip
        if not needs:
            return "\n\n".join([self.tr("Everything the inserts and messages need is set. Import your orders "
                                         "(File › Import) and scan the first one at the Pack screen."), *box])  # fmt: skip
        lines = [
            self.tr("Stored. Still to set, in Settings (F11) — until then these are not printed or sent:")
        ]
        lines += [
            f"• {spoken(need.what)} ({spoken(need.needed_by())}) — {spoken(need.window)}" for need in needs
        ]
        return "\n\n".join(["\n".join(lines), *box])


def main() -> int:
    import tempfile

    from PySide6.QtWidgets import QApplication

    from packstation.bootstrap import bootstrap
    from packstation.ui.language import install_language, station_language
    from packstation.ui.theme import apply_theme

    qt = QApplication(sys.argv)
    install_language(qt, station_language())
    apply_theme(qt)
    app = bootstrap(f"sqlite:///{tempfile.mkdtemp(prefix='packstation-empty-')}/shop.sqlite3")
    wizard = FirstRunWizard(app.sessions, "Bench 1")
    wizard.show()
    return int(qt.exec())


if __name__ == "__main__":
    sys.exit(main())
