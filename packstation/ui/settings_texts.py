"""Settings › Insert texts: a manager rewrites an insert's words in one language and sees the
insert change beside the text as they type — drawn for a made-up customer of that language, off
the UI thread, with no voucher or RMA issued. A mistake is shown with its line (the preview then
shows the text in use); saving checks the text against every kind of parcel first, off the UI
thread too, and refuses one over the render budget saying why.
Run alone on a demo shop (signed in as its manager): `python -m packstation.ui.settings_texts`."""

from __future__ import annotations

import io
import sys

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QTimer
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from packstation.core.languages import SHIPPED_LANGUAGES
from packstation.core.progress import Progress
from packstation.core.settings import ShopSettings, load_settings
from packstation.core.shop_files import (
    current_file,
    insert_text_path,
    restore_shipped,
    save_file,
)
from packstation.core.shop_setup import shop_brand
from packstation.inserts.formats import PAGE_FORMATS, RenderReport
from packstation.inserts.pages import render_document
from packstation.inserts.sample import sample_facts
from packstation.inserts.templates import InsertTemplates
from packstation.storage.models import Brand
from packstation.ui.language import QT_TRANSLATE_NOOP
from packstation.ui.settings_page import SettingsPage, say
from packstation.ui.tasks import Task, run_in_background
from packstation.vocabulary import INSERT_KINDS

KIND_WORDS = {
    "note": QT_TRANSLATE_NOOP("InsertTextsPage", "Thank-you note"),
    "voucher": QT_TRANSLATE_NOOP("InsertTextsPage", "Voucher"),
    "return": QT_TRANSLATE_NOOP("InsertTextsPage", "Return label"),
    "slip": QT_TRANSLATE_NOOP("InsertTextsPage", "Packing slip"),
}
PREVIEW_DELAY_MS = 400  # after the last key: a preview per keystroke would only queue up


class InsertTextsPage(SettingsPage):
    def build(self) -> None:
        self.brand: Brand | None = None
        self.settings: ShopSettings | None = None
        self.rendering = False
        self.saving = False  # a save is being checked and stored
        self.stale = False  # the text changed while a preview was being drawn
        self.checked = ""  # the text a save was checked on: its verdict stays until the text changes
        self.last_preview: RenderReport | None = None
        self.kind, self.language = QComboBox(), QComboBox()
        for kind in INSERT_KINDS:
            self.kind.addItem(self.tr(KIND_WORDS[kind]), kind)
        for code in SHIPPED_LANGUAGES:
            self.language.addItem(code, code)
        self.whose = QLabel()
        self.editor = QPlainTextEdit()
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save  (Ctrl+S)"))
        self.shipped_button = QPushButton(self.tr("Back to the shipped text"))
        self.document = QPdfDocument(self)
        self.buffer = QBuffer(self)
        self.viewer = QPdfView()
        self.viewer.setDocument(self.document)
        self.viewer.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._layout()
        self._preview_soon = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_soon.timeout.connect(self.preview)
        self.editor.textChanged.connect(self._preview_soon.start)
        self.kind.currentIndexChanged.connect(self.open_text)
        self.language.currentIndexChanged.connect(self.open_text)
        self.save_button.clicked.connect(self.save)
        self.shipped_button.clicked.connect(self.back_to_shipped)
        QShortcut(QKeySequence("Ctrl+S"), self).activated.connect(self.save)

    def _layout(self) -> None:
        choose = QHBoxLayout()
        for widget in (QLabel(self.tr("Insert")), self.kind, QLabel(self.tr("Language")), self.language):
            choose.addWidget(widget)
        choose.addWidget(self.whose, 1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addLayout(choose)
        column.addWidget(self.editor, 1)
        column.addWidget(self.problems)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.shipped_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.viewer)
        split.setSizes([640, 420])
        QVBoxLayout(self).addWidget(split)

    @property
    def path(self) -> str:
        return insert_text_path(str(self.kind.currentData()), str(self.language.currentData()))

    def load(self) -> None:
        """Called when a manager signs in: the shop's brand and rules for the preview."""
        with self.sessions() as session:
            self.brand = shop_brand(session)
            self.settings = load_settings(session)
        self.open_text()

    def open_text(self) -> None:
        with self.sessions() as session:
            body, own = current_file(session, self.path)
        self.whose.setText(self.tr("The shop's own text") if own else self.tr("The shipped text"))
        self.shipped_button.setEnabled(own)
        self.editor.setPlainText(body)
        self.problems.clear()
        self.preview()

    # -- the live preview -------------------------------------------------------------------------

    def preview(self) -> None:
        if self.brand is None or self.settings is None:
            return
        if self.rendering:
            self.stale = True
            return
        self.rendering, self.stale = True, False
        kind, language, path, body = (str(self.kind.currentData()), str(self.language.currentData()), self.path,
                                      self.editor.toPlainText())  # fmt: skip
        facts = sample_facts(language, self.brand, self.settings)

        def work(progress: Progress) -> tuple[bytes, RenderReport]:
            out = io.BytesIO()
            report = render_document(
                [(kind, facts)], out, PAGE_FORMATS["a6"], InsertTemplates(saved={path: body})
            )
            return out.getvalue(), report

        run_in_background(self, work, on_success=self._show_preview, on_failure=self._preview_failed)

    def _show_preview(self, result: tuple[bytes, RenderReport]) -> None:
        pdf, report = result
        self.rendering, self.last_preview = False, report
        self.document.close()
        self.buffer.close()
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)
        if not self._verdict_shown():  # "Not saved: …" on this very text says more than a preview
            self._say_preview(report)
        if self.stale:
            self.preview()

    def _say_preview(self, report: RenderReport) -> None:
        if report.problems:
            self._say_problem(self.tr("Not right yet — the preview shows the text in use: {problem}").format(
                problem="; ".join(f"{p.file}, line {p.line}: {p.message}" if p.line else f"{p.file}: {p.message}"
                                  for p in report.problems)))  # fmt: skip
        else:
            self.problems.clear()

    def _preview_failed(self, error: BaseException) -> None:
        self.rendering = False
        if not self._verdict_shown():
            self._say_problem(self.tr("The preview could not be drawn: {error}").format(error=error))

    def _verdict_shown(self) -> bool:
        """Is a save being checked, or was one checked, on the text now in the editor? Then
        what is said under it is the save's, and a preview finishing later keeps to the PDF."""
        return self.saving or self.checked == self.editor.toPlainText()

    def _say_problem(self, text: str) -> None:
        say(self.problems, text, ok=False)

    # -- saving -------------------------------------------------------------------------------------

    def save(self) -> Task | None:
        """Check the text against every kind of parcel and store it, off the UI thread: the
        check renders it four times, each within the render budget (up to half a second for a
        text that is refused). The outcome is said under the text; None when nothing started."""
        person = self.manager()
        if person is None or self.saving:
            return None
        path, body, station, sessions = self.path, self.editor.toPlainText(), self.station, self.sessions

        def work(progress: Progress) -> bool:
            with sessions.begin() as session:
                return save_file(session, person, path, body, station)

        self.saving, self.checked = True, body
        self.save_button.setEnabled(False)
        say(self.problems, self.tr("Checking the text against every kind of parcel…"), ok=True)
        return run_in_background(self, work, on_success=self._saved, on_failure=self._not_saved)

    def _saved(self, changed: bool) -> None:
        self._save_over()
        if not changed:
            say(self.problems, self.tr("Nothing changed"), ok=True)
            return
        say(self.problems, self.tr("Saved: every station prints it from now on"), ok=True)
        self.whose.setText(self.tr("The shop's own text"))
        self.shipped_button.setEnabled(True)

    def _not_saved(self, error: BaseException) -> None:
        """A refusal (the check's reasons, a role that may not) or the database's trouble."""
        self._save_over()
        said = QCoreApplication.translate("SettingsPage", "Not saved: {reason}").format(reason=error)
        say(self.problems, said, ok=False)

    def _save_over(self) -> None:
        self.saving = False
        self.save_button.setEnabled(True)

    def back_to_shipped(self) -> None:
        path = self.path
        if (
            self.stored(
                self.problems, lambda session, person: restore_shipped(session, person, path, self.station)
            )
            is None
        ):
            return
        self.open_text()
        say(self.problems, self.tr("Back to the shipped text"), ok=True)


def main() -> int:
    from packstation.ui.demo_env import run_settings_page

    return run_settings_page(InsertTextsPage, 1200, 760)


if __name__ == "__main__":
    sys.exit(main())
