"""The Settings screen and `packstation settings` read the same declaration: every declared
setting is on the screen under its label with its help, the screen offers no value the core
would refuse for a reason it could have known, and a bad value typed on the screen or given to
the command line is refused with the same words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
)

from packstation.bootstrap import App
from packstation.cli.main import main
from packstation.core.admin import validate_setting
from packstation.core.setting_declaration import Declaration
from packstation.core.settings import DECLARED, declaration_of, load_settings
from packstation.ui.demo_env import demo_app
from packstation.ui.language import spoken
from packstation.ui.settings_view import SettingsView

NAMED = {"ids": lambda declaration: declaration.name}
# for a setting with a check of its own, a value it refuses (a new one needs an entry here)
REFUSED_BY_ITS_CHECK = {
    "smtp_url": "smtp://shop:hunter2@mail.example",
    "sms_webhook_url": "https://sms.example/send?token=hunter2",
    "printers": '{"Bench 9": {"return": "lpt1"}}',
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    """One small demo shop for the whole module: nothing here stores a value."""
    app = demo_app(orders=5, folder=tmp_path_factory.mktemp("declared"))
    yield app
    app.close()


@pytest.fixture(scope="module")
def view(qapp: QApplication, shop: App) -> Iterator[SettingsView]:
    screen = SettingsView(shop.sessions, "Office")
    screen.badge.setText("M-2001")
    screen.pin.setText("4321")
    assert screen.sign_in()
    yield screen
    screen.deleteLater()


def refused_text(declaration: Declaration) -> str:
    """A value, as typed, that the declaration refuses."""
    if declaration.name in REFUSED_BY_ITS_CHECK:
        return REFUSED_BY_ITS_CHECK[declaration.name]
    if declaration.kind in (dict, list):
        return "[1]" if declaration.kind is dict else '{"a": 1}'
    if declaration.kind is int:
        return str((declaration.high or 0) + 1)
    if declaration.kind is bool:
        return '"yes"'
    if declaration.choices:
        return "whenever"
    if declaration.pattern:
        return "not like that!"
    if declaration.placeholder:
        return "https://shop.example/no-placeholder"
    raise AssertionError(f"{declaration.name}: no rule to break; give it one, or a value here")


def said_by_the_core(declaration: Declaration, text: str) -> str:
    with pytest.raises(ValueError) as refused:
        validate_setting(declaration.name, declaration.from_text(text))
    return str(refused.value)


def refused_on_the_command_line(shop: App, name: str, text: str, capsys: pytest.CaptureFixture[str]) -> str:
    """What `packstation settings set` says of the value; it stores nothing."""
    from packstation.core.staff import audit_log

    assert main(["--db", shop.db_url, "settings", "set", name, text, "--badge", "M-2001"]) == 2
    with shop.sessions() as session:
        assert "setting changed" not in {entry.action for entry in audit_log(session, limit=100)}
    return capsys.readouterr().err.removeprefix("packstation: ").strip()


@pytest.mark.parametrize("declaration", DECLARED, **NAMED)
def test_every_declared_setting_is_on_the_settings_screen_under_its_label(
    view: SettingsView, declaration: Declaration
) -> None:
    editor = view.editor_of(declaration.name)
    [caption] = [label for label in view.findChildren(QLabel) if label.buddy() is editor]
    assert caption.text() == spoken(declaration.label)
    assert editor.toolTip() == caption.toolTip() == spoken(declaration.help)
    tab = next(i for i in range(view.sections.count()) if view.sections.widget(i).isAncestorOf(editor))
    assert view.sections.tabText(tab).replace("&&", "&") == spoken(declaration.group.heading)
    if isinstance(editor, QSpinBox):  # the screen offers exactly the declared range
        assert (editor.minimum(), editor.maximum()) == (declaration.low, declaration.high)
    if isinstance(editor, QComboBox):  # and exactly the declared choices
        assert [editor.itemData(i) for i in range(editor.count())] == list(declaration.choices)
        assert [editor.itemText(i) for i in range(editor.count())] == [
            spoken(words) for words in declaration.choices.values()
        ]
    if declaration.kind is bool:
        assert isinstance(editor, QCheckBox)
    elif declaration.kind is int:
        assert isinstance(editor, QSpinBox)
    elif declaration.choices:
        assert isinstance(editor, QComboBox)
    else:
        assert isinstance(editor, QTableWidget if declaration.name == "printers" else QLineEdit)


def test_the_screen_gives_back_every_value_it_shows(view: SettingsView, shop: App) -> None:
    view.load()
    with shop.sessions() as session:
        settings = load_settings(session)
    for form in view.forms.values():
        assert form.values() == {row.name: getattr(settings, row.name) for row in form.fields}
        assert form.save() == [] and form.message.text() == "Nothing changed"
    assert view.printers.page.currentData() == settings.insert_page
    assert (view.printers.chosen() or None) == settings.printers
    shown = {name for form in view.forms.values() for name in form.editors} | set(view.printers.editors)
    assert shown == {declaration.name for declaration in DECLARED}  # each once, none left out


TYPED = [d for d in DECLARED if d.kind in (str, dict, list) and not d.choices and d.name != "printers"]


@pytest.mark.parametrize("declaration", TYPED, **NAMED)
def test_a_bad_value_typed_on_the_screen_is_refused_as_the_command_line_refuses_it(
    view: SettingsView,
    shop: App,
    declaration: Declaration,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PACKSTATION_PIN", "4321")
    text, form = refused_text(declaration), view.forms[declaration.group]
    said = said_by_the_core(declaration, text)
    view.load()
    editor = form.editors[declaration.name]
    assert isinstance(editor, QLineEdit)
    editor.setText(text)
    try:
        assert form.save() == []
        assert form.message.text() == f"Not saved: {said}"
    finally:
        view.load()
    assert refused_on_the_command_line(shop, declaration.name, text, capsys) == said


BOUNDED = [d for d in DECLARED if d.kind in (int, bool) or d.choices]


@pytest.mark.parametrize("declaration", BOUNDED, **NAMED)
def test_what_the_screen_cannot_offer_the_command_line_refuses_with_the_cores_words(
    shop: App, declaration: Declaration, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PACKSTATION_PIN", "4321")
    text = refused_text(declaration)
    assert refused_on_the_command_line(shop, declaration.name, text, capsys) == said_by_the_core(
        declaration, text
    )


def test_a_bad_printer_is_refused_alike_on_the_printers_page_and_the_command_line(
    view: SettingsView, shop: App, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from packstation.ui.settings_printers import KINDS

    monkeypatch.setenv("PACKSTATION_PIN", "4321")
    declaration = declaration_of("printers")
    said = said_by_the_core(declaration, REFUSED_BY_ITS_CHECK["printers"])
    printers = view.printers
    printers.load()
    printers.new_station.setText("Bench 9")
    assert printers.add_station()
    printers.table.setItem(len(printers.stations) - 1, KINDS.index("return"), QTableWidgetItem("lpt1"))
    try:
        assert not printers.save()
        assert printers.message.text() == f"Not saved: {said}"
    finally:
        printers.load()
    assert refused_on_the_command_line(shop, "printers", REFUSED_BY_ITS_CHECK["printers"], capsys) == said


def test_the_listing_is_what_the_screen_declares(shop: App, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", shop.db_url, "settings", "list"]) == 0
    listing = capsys.readouterr().out
    for declaration in DECLARED:
        assert f"{declaration.label}: {declaration.takes()}" in listing
        assert str(declaration.help) in listing
