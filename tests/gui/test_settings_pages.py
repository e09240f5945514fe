"""A manager in Settings: rewrites the Czech thank-you note and watches the insert change as
they type, switches a follow-up off, and adds a packaging to the catalogue — each refused with
a clear reason when it is wrong, and each in the audit log."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from packstation.bootstrap import App
from packstation.core.catalogue import PackagingEntry, catalogue, save_packaging
from packstation.core.shop_files import PLAYBOOK, current_file, insert_text_path
from packstation.core.staff import audit_log
from packstation.followups.messages import playbook_for
from packstation.storage.models import Packaging, Packer, ShopFile
from packstation.ui.settings_followups import DELAY, ON, WHEN, FollowUpRulesPage
from packstation.ui.settings_packaging import PackagingPage
from packstation.ui.settings_texts import InsertTextsPage
from tests.support.template_bombs import BOMBS, HANG, with_bomb


def the_manager(shop: App) -> Packer:
    with shop.sessions() as session:
        return session.scalars(select(Packer).where(Packer.badge == "M-2001")).one()


def preview_text(qtbot: QtBot, page: InsertTextsPage, expected: str) -> str:
    qtbot.waitUntil(
        lambda: not page.rendering and expected in page.document.getAllText(0).text(), timeout=15_000
    )
    return page.document.getAllText(0).text()


def saved(qtbot: QtBot, page: InsertTextsPage) -> str:
    """Press Save and wait for the check and the store, which run off the UI thread."""
    assert page.save() is not None
    qtbot.waitUntil(lambda: not page.saving, timeout=15_000)
    return page.problems.text()


def test_the_czech_note_changes_beside_the_text_as_the_manager_types(qtbot: QtBot, shop: App) -> None:
    manager = the_manager(shop)
    page = InsertTextsPage(shop.sessions, "Bench 1", lambda: manager)
    qtbot.addWidget(page)
    page.load()
    page.language.setCurrentIndex(page.language.findData("cs"))
    assert "Děkujeme, Jano!" in preview_text(qtbot, page, "Děkujeme")
    assert page.whose.text() == "The shipped text" and not page.shipped_button.isEnabled()

    page.editor.setPlainText(
        page.editor.toPlainText().replace("Děkujeme, {{ greet_vocative }}!", "Ahoj {{ greet_name }}, díky!")
    )
    assert "Ahoj Jana, díky!" in preview_text(qtbot, page, "díky!")  # not saved yet: only the preview
    with shop.sessions() as session:
        assert current_file(session, insert_text_path("note", "cs"))[1] is False

    assert saved(qtbot, page) == "Saved: every station prints it from now on"
    with shop.sessions() as session:
        body, own = current_file(session, insert_text_path("note", "cs"))
        assert own and "Ahoj {{ greet_name }}, díky!" in body
        assert audit_log(session)[0].action == "text changed"

    page.editor.setPlainText(page.editor.toPlainText().replace("{{ order_number }}", "{{ order_numbr }}"))
    qtbot.waitUntil(lambda: "line 2" in page.problems.text(), timeout=15_000)
    assert "the preview shows the text in use" in page.problems.text()
    assert saved(qtbot, page).startswith("Not saved: Settings › texts/cs/note.j2, line 2")

    page.back_to_shipped()
    assert (
        page.whose.text() == "The shipped text"
        and "Děkujeme, {{ greet_vocative }}!" in page.editor.toPlainText()
    )


def test_time_bombs_are_refused_at_save_with_the_reason_and_the_window_answers_meanwhile(
    qtbot: QtBot, shop: App
) -> None:
    manager = the_manager(shop)
    page = InsertTextsPage(shop.sessions, "Bench 1", lambda: manager)
    qtbot.addWidget(page)
    page.load()
    page.language.setCurrentIndex(page.language.findData("cs"))
    preview_text(qtbot, page, "Děkujeme")
    shipped = page.editor.toPlainText()

    for name, (bomb, reason) in BOMBS.items():
        page.editor.setPlainText(with_bomb(shipped, bomb))
        answered: list[bool] = []
        QTimer.singleShot(50, lambda answered=answered: answered.append(page.saving))
        started = time.monotonic()
        assert page.save() is not None
        assert page.saving and not page.save_button.isEnabled()  # the check runs elsewhere
        assert page.save() is None  # pressed again meanwhile: one check at a time
        qtbot.waitUntil(lambda: not page.saving, timeout=15_000)

        assert time.monotonic() - started < HANG, name
        said = page.problems.text()
        assert said.startswith("Not saved: Settings › texts/cs/note.j2, line "), (name, said)
        assert reason in said, (name, said)
        assert page.save_button.isEnabled()
        if name == "a macro calling itself twice":  # half a second of checking: the window answered
            assert answered == [True]
    with shop.sessions() as session:
        assert current_file(session, insert_text_path("note", "cs"))[1] is False
        assert not [entry for entry in audit_log(session) if entry.action == "text changed"]

    # typed, not saved: the preview says why it shows the text in use
    bomb, reason = BOMBS["loops within loops"]
    page.editor.setPlainText(with_bomb(shipped, bomb))
    qtbot.waitUntil(lambda: reason in page.problems.text(), timeout=15_000)
    assert page.problems.text().startswith("Not right yet — the preview shows the text in use: Settings › ")
    assert "Děkujeme, Jano!" in preview_text(qtbot, page, "Děkujeme")


def test_a_follow_up_switched_off_and_another_sent_a_day_later(qtbot: QtBot, shop: App) -> None:
    manager = the_manager(shop)
    page = FollowUpRulesPage(shop.sessions, "Bench 1", lambda: manager)
    qtbot.addWidget(page)
    page.load()
    assert not page.save() and page.message.text() == "Nothing changed"  # nothing stored for nothing
    with shop.sessions() as session:
        assert session.get(ShopFile, PLAYBOOK) is None
    rows = {rule.name: row for row, rule in enumerate(page.rules)}
    on = page.table.cellWidget(rows["review_request"], ON)
    delay = page.table.cellWidget(rows["thank_you"], DELAY)
    assert isinstance(on, QCheckBox) and isinstance(delay, QSpinBox)
    on.setChecked(False)
    delay.setValue(1)
    assert page.save()
    with shop.sessions() as session:
        rules = {rule.name: rule for rule in playbook_for(session)}
        assert audit_log(session)[0].subject == PLAYBOOK
    assert rules["review_request"].enabled is False and rules["thank_you"].delay_days == 1

    when = page.table.cellWidget(rows["loyalty"], WHEN)
    assert isinstance(when, QLineEdit)
    when.setText("order_count>=many")
    assert not page.save()
    assert "cannot read the condition 'order_count>=many'" in page.message.text()

    page.back_to_shipped()
    with shop.sessions() as session:
        assert {rule.name: rule for rule in playbook_for(session)}["review_request"].enabled is True


def test_a_new_mailer_joins_the_catalogue_and_a_wrong_one_is_refused(qtbot: QtBot, shop: App) -> None:
    manager = the_manager(shop)
    page = PackagingPage(shop.sessions, "Bench 1", lambda: manager)
    qtbot.addWidget(page)
    page.load()
    before = page.table.rowCount()
    page.clear()
    page.code.setText("mailer-kraft")
    page.name.setText("Kraft paper mailer")
    page.kind.setCurrentIndex(page.kind.findData("mailer"))
    page.numbers["weight_grams"].setValue(40)
    page.numbers["recycled_content_pct"].setValue(100)
    page.recyclable.setChecked(True)
    page.disposal["cs"].setText("Vhoďte do tříděného papíru.")
    assert page.save()
    assert page.table.rowCount() == before + 1
    with shop.sessions() as session:
        mailer = session.scalars(select(Packaging).where(Packaging.code == "MAILER-KRAFT")).one()
        assert (mailer.weight_grams, mailer.recycled_content_pct, mailer.disposal) == (
            40,
            100,
            {"cs": "Vhoďte do tříděného papíru."},
        )
        assert audit_log(session)[0].action == "packaging added"

    page.numbers["plastic_grams"].setValue(50)  # more plastic than the mailer weighs
    assert not page.save()
    assert page.message.text() == "Not saved: MAILER-KRAFT: 50 g of plastic in a packaging of 40 g"


def test_the_catalogue_refuses_what_a_bench_could_not_scan_or_a_figure_could_not_use(shop: App) -> None:
    manager = the_manager(shop)
    bad = [
        (PackagingEntry("box l", "Box"), "letters, digits and dashes"),
        (PackagingEntry("BOX-X", ""), "1 to 120 characters"),
        (PackagingEntry("BOX-X", "Box", kind="crate"), "kind 'crate'"),
        (PackagingEntry("BOX-X", "Box", recycled_content_pct=140), "recycled_content_pct"),
        (PackagingEntry("BOX-X", "Box", disposal={"de": "Altpapier"}), "'de'"),
        (PackagingEntry("BOX-X", "Box", disposal={"en": "line\x07bell"}), "one line"),
    ]
    with shop.sessions.begin() as session:
        for entry, reason in bad:
            try:
                save_packaging(session, manager, entry)
            except ValueError as exc:
                assert reason in str(exc), (reason, str(exc))
            else:
                raise AssertionError(f"{entry} was stored")
        packer = session.scalars(select(Packer).where(Packer.badge == "P-1001")).one()
        try:
            save_packaging(session, packer, PackagingEntry("BOX-X", "Box"))
        except PermissionError:
            pass
        else:
            raise AssertionError("a packer changed the catalogue")
        assert "BOX-X" not in {entry.code for entry in catalogue(session)}


def test_ctrl_s_saves_the_page_on_screen_and_no_other(qtbot: QtBot, shop: App) -> None:
    """Without a mouse: every Settings page saves with Ctrl+S, and only the one showing."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from packstation.ui.main_window import MainWindow

    window = MainWindow(shop, "Bench 1")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.tabs.setCurrentWidget(window.settings)
    settings = window.settings
    settings.badge.setText("M-2001")
    settings.pin.setText("4321")
    assert settings.sign_in()
    pages = {settings.followups: settings.followups.message, settings.printers: settings.printers.message,
             settings.brand_form: settings.brand_form.message, settings.texts: settings.texts.problems}  # fmt: skip
    for page, said in pages.items():
        settings.sections.setCurrentWidget(page)
        for label in pages.values():
            label.setText("")
        qtbot.keyClick(
            QApplication.focusWidget() or window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )
        qtbot.waitUntil(lambda said=said: said.text() == "Nothing changed", timeout=3000)
        assert [label.text() for label in pages.values() if label is not said] == ["", "", ""]
