"""Staff languages: a Czech, Romanian, Ukrainian, Arabic or Indonesian packer reads the whole
window in their own language, the Arabic one laid out right to left — and a text someone adds
without marking it for translation fails here, not at a Ukrainian bench.

The catch-all: every text is translated by a pseudo-language that wraps it in ⟪ ⟫. Every screen
is opened on the demo shop, filled (a packer signed in with an order open, a manager signed in
to the figures and the settings), and every word a person can see outside the brackets must be
the shop's own data (a name, a product, a station), never the window's wording."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from packstation.bootstrap import App
from packstation.storage.models import (
    Brand,
    Customer,
    Order,
    OrderStatus,
    OrderTag,
    Packaging,
    Packer,
    Product,
)
from packstation.ui.language import STAFF_LANGUAGES, install_language, station_language
from packstation.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TOOLS = Path(sys.executable).parent
WORD = re.compile(r"[^\W\d_]{2,}")  # two or more letters in a row, in any script


class Brackets(QTranslator):
    """The pseudo-language: every text that went through a translation comes out ⟪bracketed⟫."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"⟪{source}⟫"


@pytest.fixture
def language(qapp: QApplication) -> Iterator[None]:
    """Whatever a test installs, the next one starts in English, left to right."""
    yield
    install_language(qapp, "en")


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every piece of wording a person can see on the window's screens."""
    found: list[tuple[str, str]] = [("window title", window.windowTitle())]
    for widget in window.findChildren(QWidget):
        kind = type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((kind, widget.text()))
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            found.append((f"{kind} placeholder", widget.placeholderText()))
        elif isinstance(widget, QGroupBox):
            found.append((kind, widget.title()))
        elif isinstance(widget, QComboBox):
            found += [(f"{kind} item", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            found += [(f"{kind} tab", widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            found += [(f"{kind} heading", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                      for c in range(model.columnCount())]  # fmt: skip
        elif isinstance(widget, QChartView) and widget.chart() is not None:
            found.append((f"{kind} title", widget.chart().title()))
        if isinstance(widget, QAbstractSpinBox):
            found.append((f"{kind} special", widget.specialValueText()))
        if isinstance(widget, QSpinBox):
            found.append((f"{kind} suffix", widget.suffix()))
    assert isinstance(window, MainWindow)
    for menu in window.menuBar().actions():
        found.append(("menu", menu.text()))
        if menu.menu() is not None:
            found += [("menu item", action.text()) for action in menu.menu().actions()]  # type: ignore[union-attr]
    return found


def shop_words(shop: App, station: str) -> set[str]:
    """Every word of the shop's own data the screens may show as it is."""
    words: set[str] = set(
        WORD.findall(f"packstation {station} {shop.db_url} {' '.join(STAFF_LANGUAGES.values())}")
    )
    words |= set(STAFF_LANGUAGES)
    with shop.sessions() as session:
        for column in (Brand.name, Customer.full_name, Customer.email, Customer.language, Order.number, Order.shipping_method,
                       Order.notes, Order.gift_message,
                       Order.ship_country, OrderTag.tag, Product.name, Product.sku, Packaging.name,
                       Packaging.code, Packer.name, Packer.badge):  # fmt: skip
            for value in session.scalars(select(column).distinct()):
                words |= set(WORD.findall(str(value or "")))
    return words


def untranslated(texts: list[tuple[str, str]], data: set[str]) -> list[str]:
    """Words outside ⟪ ⟫ that are not the shop's data: wording nobody can translate."""
    problems = []
    for where, text in texts:
        outside, before = re.sub(r"<[^>]+>", " ", text), ""  # rich text's tags are not words
        while outside != before:  # innermost brackets first: a translated sentence inside another
            before, outside = outside, re.sub(r"⟪[^⟪⟫]*⟫", " ", outside)
        stray = [word for word in WORD.findall(outside) if not {word, word.upper(), word.lower()} & data]
        if stray:
            problems.append(f"{where}: {text!r} — {', '.join(stray)}")
    return problems


def test_every_text_a_person_can_see_goes_through_translation(
    qapp: QApplication, qtbot: QtBot, shop: App, language: None
) -> None:
    brackets = Brackets()
    qapp.installTranslator(brackets)
    try:
        window = MainWindow(shop, "Bench 1")
        qtbot.addWidget(window)
        window.show()
        with shop.sessions() as session:
            number = session.scalars(select(Order.number).where(Order.status == OrderStatus.READY,
                                                                Order.notes.is_not(None))).first()  # fmt: skip
        window.pack.handle("P-1001")
        window.pack.handle(str(number))
        window.pack.handle("NOT-A-CODE-AT-ALL")  # the banner: an error from the core, in words
        window.manager.badge.setText("M-2001")
        window.manager.pin.setText("4321")
        assert window.manager.sign_in()
        qtbot.waitUntil(lambda: window.manager.dashboard is not None, timeout=20_000)
        window.settings.badge.setText("M-2001")
        window.settings.pin.setText("4321")
        assert window.settings.sign_in()
        window.batch.recount()

        texts = visible_texts(window)
        assert len(texts) > 200  # every screen was looked at, not just the first
        problems = untranslated(texts, shop_words(shop, "Bench 1"))
        assert not problems, "\n".join(problems)
    finally:
        qapp.removeTranslator(brackets)


def test_the_check_catches_wording_that_was_not_marked(shop: App) -> None:
    data = shop_words(shop, "Bench 1")
    assert untranslated([("QLabel", "⟪Orders: 12⟫")], data) == []
    assert untranslated([("QLabel", "#1002 · Ștefan · RO")], data) == []
    assert untranslated([("QPushButton", "Print again")], data) == [
        "QPushButton: 'Print again' — Print, again"
    ]


def bench_in(qapp: QApplication, qtbot: QtBot, shop: App, code: str) -> MainWindow:
    """The station's window as it opens with `code` chosen as its staff language."""
    assert install_language(qapp, code)
    window = MainWindow(shop, "Bench 1")
    qtbot.addWidget(window)
    return window


def test_a_czech_bench_speaks_czech_from_badge_to_banner(
    qapp: QApplication, qtbot: QtBot, shop: App, language: None
) -> None:
    window = bench_in(qapp, qtbot, shop, "cs")
    assert window.tabs.tabText(0) == "Balení  (F1)"
    assert window.pack.title.text() == "Naskenujte svou kartu"
    window.pack.handle("P-1001")
    assert window.pack.banner.text() == "Ahoj Jana — naskenujte objednávku"
    window.pack.handle("#99999")
    assert window.pack.banner.text() == (
        "? NEZNÁMÝ KÓD  Objednávka #99999 neexistuje: naskenujte číslo objednávky nebo dodací list"
    )
    assert window.pack.last is not None  # the core itself stays English: logs and the CLI read it
    assert window.pack.last.message == "No order #99999: scan an order number or a packing slip"


def test_an_arabic_bench_is_laid_out_right_to_left(
    qapp: QApplication, qtbot: QtBot, shop: App, language: None
) -> None:
    window = bench_in(qapp, qtbot, shop, "ar")
    assert qapp.layoutDirection() is Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() is Qt.LayoutDirection.RightToLeft
    assert window.tabs.tabText(0) == "التغليف  (F1)"
    window.pack.handle("P-1001")
    with shop.sessions() as session:
        number = session.scalars(select(Order.number).where(Order.status == OrderStatus.READY)).first()
    window.pack.handle(str(number))
    assert window.pack.title.text().startswith("\u200f")  # the order's line reads right to left too


def test_every_staff_language_translates_every_text_with_the_same_blanks() -> None:
    """No text left unfinished; each translation keeps the source's {fields} (a lost {order}
    would crash the screen) and its shortcut keys."""
    for code in set(STAFF_LANGUAGES) - {"en"}:
        tree = ET.parse(TRANSLATIONS / f"packstation_{code}.ts")
        messages = list(tree.getroot().iter("message"))
        assert len(messages) > 350
        for message in messages:
            source, translation = message.findtext("source") or "", message.find("translation")
            assert translation is not None and translation.get("type") is None, (
                f"{code}: {source!r} unfinished"
            )
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            for (
                text
            ) in forms:  # a counted text has a form per plural of the language, each with %n or its word
                assert text.strip(), f"{code}: {source!r} has no translation"
                assert sorted(re.findall(r"\{[^}]*\}", text)) == sorted(re.findall(r"\{[^}]*\}", source)), (
                    code,
                    source,
                    text,
                )
            text = forms[0]
            assert re.findall(r"\((?:Ctrl\+\w|F\d+|Esc)\)", text) == re.findall(
                r"\((?:Ctrl\+\w|F\d+|Esc)\)", source
            )


def test_the_translation_files_hold_every_text_of_the_code_and_are_compiled(tmp_path: Path) -> None:
    """Someone who adds a text and forgets `./dev translations` is told so here."""
    sources = sorted(str(p) for p in (ROOT / "packstation").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(TOOLS / "pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
                   check=True, capture_output=True)  # fmt: skip

    def texts(path: Path) -> set[tuple[str, str]]:
        return {(context.findtext("name") or "", message.findtext("source") or "")
                for context in ET.parse(path).getroot().iter("context") for message in context.iter("message")}  # fmt: skip

    wanted = texts(fresh)
    for code in set(STAFF_LANGUAGES) - {"en"}:
        ts = TRANSLATIONS / f"packstation_{code}.ts"
        assert texts(ts) == wanted, f"{ts.name} is behind the code: run ./dev translations"
        compiled = tmp_path / f"{code}.qm"
        subprocess.run(
            [str(TOOLS / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(compiled)], check=True
        )
        assert compiled.read_bytes() == (TRANSLATIONS / f"packstation_{code}.qm").read_bytes(), (
            f"packstation_{code}.qm is older than its .ts: run ./dev translations"
        )


def test_a_manager_sets_the_stations_language_and_it_is_audited(
    qtbot: QtBot, shop: App, language: None
) -> None:
    from packstation.core.staff import audit_log
    from packstation.ui.settings_view import SettingsView

    view = SettingsView(shop.sessions, "Bench 3")
    qtbot.addWidget(view)
    view.badge.setText("M-2001")
    view.pin.setText("4321")
    assert view.sign_in()
    assert station_language() == "en"
    view.language_choice.setCurrentIndex(view.language_choice.findData("uk"))
    assert view.save_language()
    assert station_language() == "uk"
    assert "Українська" in view.station_message.text()
    with shop.sessions() as session:
        entry = audit_log(session)[0]
    assert (entry.action, entry.station, entry.detail) == (
        "station language changed",
        "Bench 3",
        {"before": "en", "after": "uk"},
    )
    view.language_choice.setCurrentIndex(view.language_choice.findData("en"))
    assert view.save_language()


def test_the_command_line_opens_the_window_in_the_chosen_language() -> None:
    from packstation.cli.main import build_parser

    args = build_parser().parse_args(["app", "--language", "ro"])
    assert args.language == "ro"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["app", "--language", "de"])


def test_qcoreapplication_translate_is_what_the_core_words_go_through(
    qapp: QApplication, language: None
) -> None:
    from packstation.core.wording import tr
    from packstation.ui.language import spoken

    install_language(qapp, "uk")
    said = tr(
        "{message} — all items in: scan the packaging",
        message=tr("Sample added: {item}", item="Bamboo toothbrush"),
    )
    assert str(said) == "Sample added: Bamboo toothbrush — all items in: scan the packaging"
    assert spoken(said) == "Додано пробник: Bamboo toothbrush — усе покладено: скануйте пакування"
    assert QCoreApplication.translate("PackView", "WRONG ITEM") == "НЕ ТОЙ ТОВАР"


def test_a_translation_with_a_broken_field_falls_back_to_english(qapp: QApplication, language: None) -> None:
    """A translator's slip ({ordre} for {order}) must not stop the bench: the packer reads English."""
    from packstation.core.wording import tr
    from packstation.ui.language import spoken

    class Slip(QTranslator):
        def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
            return source.replace("{order}", "{ordre}")

    slip = Slip()
    qapp.installTranslator(slip)
    try:
        assert spoken(tr("{order} packed — well done", order="#1001")) == "#1001 packed — well done"
    finally:
        qapp.removeTranslator(slip)


@pytest.mark.parametrize(
    ("code", "next_button", "still_to_set"),
    [
        ("cs", "&Další >", "Nastavení ›"),
        ("ro", "Îna&inte >", "Setări ›"),
        ("uk", "&Далі >", "Налаштування ›"),
        ("ar", "ال&تّالي >", "الإعدادات ›"),
        ("id", "&Lanjut >", "Pengaturan ›"),
    ],
)
def test_a_new_shop_set_up_in_its_staff_language_reads_it_to_the_last_page(
    qapp: QApplication,
    qtbot: QtBot,
    tmp_path: Path,
    language: None,
    code: str,
    next_button: str,
    still_to_set: str,
) -> None:
    """The wizard's own buttons (Qt's words: Qt ships none for ro and id, packstation does) and
    the last page's list of what is still to set, every line in the staff language."""
    from packstation.bootstrap import bootstrap
    from packstation.ui.first_run import FirstRunWizard

    assert install_language(qapp, code)
    new_shop = bootstrap(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    wizard = FirstRunWizard(new_shop.sessions, "Bench 1")
    qtbot.addWidget(wizard)
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == next_button
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) != "Cancel"

    needs, box = wizard._summary().split("\n\n")  # what is still to set; then the empty catalogue
    listed = needs.splitlines()[1:]  # one need a line
    new_shop.close()
    assert len(listed) == 8 and all(still_to_set in line for line in listed)
    assert "F11" in box and "Packaging" not in box  # the catalogue's page named in the staff's language
    english = ("the shop's name", "return address", "every message", "thank-you note", "Settings")
    assert not [line for line in listed if any(word in line for word in english)]


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("cs", ["10 sekund", "1 minutu", "2 minuty", "5 minut", "21 minut", "3 hodiny"]),
        ("ro", ["10 secunde", "1 minut", "2 minute", "5 minute", "21 de minute", "3 ore"]),
        ("uk", ["10 секунд", "1 хвилину", "2 хвилини", "5 хвилин", "21 хвилину", "3 години"]),
        ("ar", ["10 ثوانٍ", "دقيقة واحدة", "دقيقتين", "5 دقائق", "21 دقيقة", "3 ساعات"]),
        ("id", ["10 detik", "1 menit", "2 menit", "5 menit", "21 menit", "3 jam"]),
    ],
)
def test_a_packer_slowed_after_wrong_pins_is_told_the_wait_as_their_language_counts(
    qapp: QApplication, language: None, code: str, said: list[str]
) -> None:
    from datetime import timedelta

    from packstation.core.pin_guard import said_wait
    from packstation.ui.language import spoken

    assert install_language(qapp, code)
    waits = [timedelta(seconds=s) for s in (9, 60, 120, 300, 1260, 10800)]
    assert [spoken(said_wait(wait)) for wait in waits] == said
