"""The Documents menu: print preview, PDF, e-mail and fax of the order confirmation, price lists,
product reference sheets and the daily report. Database work, rendering and sending run on the worker.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QObject, QRectF, QSizeF, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orderdesk_gui import clock, config
from orderdesk_gui.db import catalog
from orderdesk_gui.domain.roles import Permission, has_permission
from orderdesk_gui.services import dispatch, documents
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui import messages

DOC_LANGS = ("ru", "kk", "en")
# The most a page is rasterised at for the printer or the preview. The print preview keeps every
# page it was given, so a page is drawn as an 8-bit grey image (documents are black and grey): at
# 200 dpi an A4 page is 1654 x 2339 pixels, about 4 MB (at 300 dpi in 32-bit colour it was 35 MB,
# and a 17-page price list took the preview to 680 MB). It is drawn as a pixmap that keeps that
# format: the preview turns a drawn QImage into a pixmap of the screen's 32-bit format.
PRINT_DPI = 200


def _ui_lang(settings: config.Settings) -> str:
    lang = (settings.get(config.UI_LANGUAGE) or "").lower()
    return lang if lang in DOC_LANGS else "ru"


def _paper(settings: config.Settings) -> str:
    return "Letter" if settings.get(config.PAPER_SIZE).strip().lower() == "letter" else "A4"


def _error_text(stored: str) -> str:
    """A failure kept in the dispatch history, in the operator's language (a server's reply as is)."""
    error = dispatch.error_of(stored) if stored else None
    return messages.text(error) if error is not None else stored


def _safe_name(text: str) -> str:
    return "".join("_" if ch in '<>:"/\\|?*' else ch for ch in text).strip() or "document"


def write_atomically(path: str, data: bytes) -> None:
    """Write a file through a temporary file beside it, so a failure never leaves half a PDF."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".orderdesk-", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def paint_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Paint the PDF on the printer page by page (one page image in memory at a time), each page
    an 8-bit grey image of at most PRINT_DPI, scaled to the paper and centred; returns the pages
    painted."""
    from orderdesk_gui.ui.pdf_render import open_document, page_image

    painter = QPainter()
    if not painter.begin(printer):
        return 0
    dpi = min(printer.resolution(), PRINT_DPI)
    painted = 0
    try:
        with open_document(pdf) as doc:
            for i in range(doc.pageCount()):
                if i:
                    printer.newPage()
                image = page_image(doc, i, dpi)
                area = QRectF(painter.viewport())
                size = QSizeF(image.size()).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                left = area.x() + (area.width() - size.width()) / 2
                pixmap = QPixmap.fromImage(image, Qt.ImageConversionFlag.NoFormatConversion)
                del image
                painter.drawPixmap(
                    QRectF(left, area.y(), size.width(), size.height()), pixmap, QRectF(pixmap.rect())
                )
                painted += 1
    finally:
        painter.end()
    return painted


@dataclass(frozen=True)
class Built:
    """A document made on the worker, ready to preview, save or send."""

    pdf: bytes
    kind: str
    title: str  # file name stem and e-mail subject
    order_id: int | None = None
    client_id: int | None = None
    pages: int = 0
    email: str = ""  # the client's e-mail, to prefill


def _pages(pdf: bytes) -> int:
    from orderdesk_gui.ui.pdf_render import page_count

    return page_count(pdf)


# --- dialogs ------------------------------------------------------------------------------------


class SendingDialog(QDialog):
    """A dialog that sends on the worker: its inputs rest while the send is under way, the answer
    closes it, an error is shown in red and the inputs come back for another try."""

    def _inputs(self) -> tuple[QWidget, ...]:
        raise NotImplementedError

    def _busy(self, busy: bool) -> None:
        for widget in self._inputs():
            widget.setEnabled(not busy)

    def _sent(self, dispatch_id: int) -> None:
        self.dispatch_id = dispatch_id
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.messageLabel.setStyleSheet("color: #b00020;")
        self.messageLabel.setText(messages.text(error))


class EmailDialog(SendingDialog):
    """To, subject and text of a message carrying the document; sends on the worker."""

    def __init__(self, controller: DocumentsController, built: Built, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.built = controller, built
        self.setWindowTitle(self.tr("E-mail a document"))
        self.setMinimumWidth(520)
        company = controller.company_name()
        self.toEdit = QLineEdit(built.email, self)
        self.toEdit.setPlaceholderText(self.tr("name@example.kz; several separated by ;"))
        self.subjectEdit = QLineEdit(built.title, self)
        self.bodyEdit = QPlainTextEdit(self)
        self.bodyEdit.setPlainText(
            self.tr("Good day,\n\nplease find %1 attached.\n\nKind regards,\n%2\n%3")
            .replace("%1", built.title)
            .replace("%2", controller.user.full_name)
            .replace("%3", company)
        )
        self.attachmentLabel = QLabel(
            self.tr("Attached: %1.pdf, %n page(s)", "", built.pages).replace("%1", built.title), self
        )
        self.messageLabel = QLabel(self)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("&To:"), self.toEdit)
        form.addRow(self.tr("&Subject:"), self.subjectEdit)
        form.addRow(self.tr("&Text:"), self.bodyEdit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sendButton = self.buttons.addButton(self.tr("&Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sendButton.setDefault(True)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.attachmentLabel)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.buttons)
        self.dispatch_id: int | None = None
        (self.toEdit if not built.email else self.bodyEdit).setFocus()

    def send(self) -> None:
        to = self.toEdit.text().strip()
        try:
            dispatch.parse_addresses(to)
        except dispatch.DispatchError as exc:
            self.messageLabel.setText(messages.text(exc))
            self.toEdit.setFocus()
            return
        self._busy(True)
        self.messageLabel.setStyleSheet("color: palette(text);")
        self.messageLabel.setText(self.tr("Sending…"))
        self.controller.send_email(
            self.built, to, self.subjectEdit.text(), self.bodyEdit.toPlainText(), self._sent, self._failed
        )

    def _inputs(self) -> tuple[QWidget, ...]:
        return (self.toEdit, self.subjectEdit, self.bodyEdit, self.sendButton)


class FaxDialog(SendingDialog):
    """The fax number (prefilled), a short message, and how many pages will go; sends on the worker."""

    def __init__(
        self,
        controller: DocumentsController,
        number: str,
        send: Callable[[str, str, Callable[[Any], None], Callable[[BaseException], None]], None],
        count: Callable[[str, str, Callable[[int], None], Callable[[BaseException], None]], None]
        | None = None,
        with_message: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._send, self._count = send, count
        self.setWindowTitle(self.tr("Send a fax"))
        self.setMinimumWidth(460)
        self.numberEdit = QLineEdit(number, self)
        self.numberEdit.setPlaceholderText(self.tr("the client's fax number, e.g. +7 727 250 11 22"))
        self.messageEdit = QPlainTextEdit(self)
        self.messageEdit.setMaximumHeight(90)
        self.pagesLabel = QLabel(self)
        self.messageLabel = QLabel(self)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Fax &number:"), self.numberEdit)
        if with_message:
            form.addRow(self.tr("&Message on the cover:"), self.messageEdit)
        else:
            self.messageEdit.hide()
        form.addRow(self.tr("Pages:"), self.pagesLabel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sendButton = self.buttons.addButton(self.tr("&Send fax"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sendButton.setDefault(True)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.buttons)
        self.pages: int | None = None
        self.dispatch_id: int | None = None
        (self.numberEdit if not number else self.messageEdit if with_message else self.numberEdit).setFocus()
        self.numberEdit.editingFinished.connect(self.recount)
        self.recount()

    def recount(self) -> None:
        if self._count is None:
            return
        self.pagesLabel.setText(self.tr("counting…"))
        self._count(self.numberEdit.text(), self.messageEdit.toPlainText(), self._counted, self._count_failed)

    def _counted(self, pages: int) -> None:
        self.pages = pages
        self.pagesLabel.setText(self.tr("%n page(s) including the cover", "", pages))

    def _count_failed(self, error: BaseException) -> None:
        self.pagesLabel.setText("—")
        self.messageLabel.setText(messages.text(error))

    def send(self) -> None:
        if not self.numberEdit.text().strip():
            self.messageLabel.setText(self.tr("Type the fax number."))
            self.numberEdit.setFocus()
            return
        self._busy(True)
        self.messageLabel.setStyleSheet("color: palette(text);")
        self.messageLabel.setText(self.tr("Sending the fax…"))
        self._send(self.numberEdit.text(), self.messageEdit.toPlainText(), self._sent, self._failed)

    def _inputs(self) -> tuple[QWidget, ...]:
        return (self.numberEdit, self.messageEdit, self.sendButton)


class CatalogueDialog(QDialog):
    """Price list or product reference sheet: which groups, filters, language; then preview, save,
    e-mail or fax."""

    def __init__(
        self, controller: DocumentsController, kind: str, client: tuple[int, str] | None, parent=None
    ) -> None:
        super().__init__(parent)
        self.controller, self.kind, self.client = controller, kind, client
        price = kind == "price_list"
        self.setWindowTitle(self.tr("Price list") if price else self.tr("Product reference sheet"))
        self.setMinimumSize(480, 520)
        who = (
            self.tr("Prices of %1 (their price column and today's promotions).").replace("%1", client[1])
            if client and price
            else self.tr("Base price column: no client is on screen.")
            if price
            else self.tr("Certificates, pack sizes, shelf life, weights and barcodes.")
        )
        self.whoLabel = QLabel(who, self)
        self.whoLabel.setWordWrap(True)
        self.groupList = QListWidget(self)
        self.groupList.setAccessibleName(self.tr("Product groups"))
        self.newCheck = QCheckBox(self.tr("Only &new products"), self)
        self.promoCheck = QCheckBox(self.tr("Only &promotions"), self)
        self.orderCheck = QCheckBox(self.tr("Only the products of the current &order"), self)
        self.orderCheck.setVisible(not price and controller.current_order is not None)
        self.newCheck.setVisible(price)
        self.promoCheck.setVisible(price)
        self.langCombo = QComboBox(self)
        for code, name in (("ru", "Русский"), ("kk", "Қазақша"), ("en", "English")):
            self.langCombo.addItem(name, code)
        self.langCombo.setCurrentIndex(DOC_LANGS.index(controller.lang))
        self.messageLabel = QLabel(self)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.langCombo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.whoLabel)
        layout.addWidget(QLabel(self.tr("&Groups (none ticked: all):"), self, buddy=self.groupList))
        layout.addWidget(self.groupList)
        for check in (self.newCheck, self.promoCheck, self.orderCheck):
            layout.addWidget(check)
        layout.addLayout(form)
        layout.addWidget(self.messageLabel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.previewButton = self.buttons.addButton(
            self.tr("Pre&view…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.saveButton = self.buttons.addButton(
            self.tr("Save &PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.mailButton = self.buttons.addButton(self.tr("&E-mail…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.faxButton = self.buttons.addButton(self.tr("&Fax…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.previewButton.clicked.connect(lambda: self._build(False, controller.preview))
        self.saveButton.clicked.connect(lambda: self._build(False, controller.save_pdf))
        self.mailButton.clicked.connect(lambda: self._build(False, controller.open_email))
        self.faxButton.clicked.connect(self._fax)
        layout.addWidget(self.buttons)
        controller.worker.submit(documents.product_groups, self._groups, self._failed)

    def _groups(self, groups: list[tuple[int, str]]) -> None:
        for gid, name in groups:
            item = QListWidgetItem(name, self.groupList)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, gid)

    def chosen_groups(self) -> list[int]:
        out = []
        for i in range(self.groupList.count()):
            item = self.groupList.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _failed(self, error: BaseException) -> None:
        self._enable(True)
        self.messageLabel.setText(messages.text(error))

    def _enable(self, on: bool) -> None:
        for button in (self.previewButton, self.saveButton, self.mailButton, self.faxButton):
            button.setEnabled(on)

    def job(self, fax: bool) -> Callable[[], Built]:
        """A function for the worker that reads the data and renders the PDF."""
        groups, lang, paper = self.chosen_groups(), self.langCombo.currentData(), self.controller.paper
        company, today = self.controller.company(), clock.today()
        client_id = self.client[0] if self.client else None
        if self.kind == "price_list":
            only_new, only_promo = self.newCheck.isChecked(), self.promoCheck.isChecked()

            def make() -> Built:
                from orderdesk_gui.printing import price_list

                doc = documents.price_list_doc(
                    client_id, None, groups, only_new, only_promo, today=today, lang=lang
                )
                pdf = price_list.render(doc, company, paper=paper, lang=lang, fax=fax)
                title = f"{doc.title} {doc.price_column} {today:%d.%m.%Y}"
                email = documents.client_email(client_id) if client_id else ""
                return Built(pdf, "price_list", title, None, client_id, _pages(pdf), email)

            return make
        order_id = self.controller.current_order[0] if self.orderCheck.isChecked() else None

        def make_reference() -> Built:
            from orderdesk_gui.printing import reference

            products = documents.order_product_ids(order_id) if order_id else ()
            doc = documents.reference_doc(products, groups, today=today, client_id=client_id, lang=lang)
            pdf = reference.render(doc, company, paper=paper, lang=lang, fax=fax)
            email = documents.client_email(client_id) if client_id else ""
            title = f"{doc.title} {today:%d.%m.%Y}"
            return Built(pdf, "reference", title, order_id, client_id, _pages(pdf), email)

        return make_reference

    def _build(self, fax: bool, then: Callable[[Built], None]) -> None:
        self.messageLabel.clear()
        self._enable(False)

        def done(built: Built) -> None:
            self._enable(True)
            then(built)

        self.controller.worker.submit(self.job(fax), done, self._failed)

    def _fax(self) -> None:
        fax_number = ""
        if self.client:
            fax_number = self.controller.client_fax_hint
        job = self.job(True)
        self.controller.open_fax_for(job, fax_number, self)


class DailyReportDialog(QDialog):
    """The head's report of a day: date and language; preview or save as PDF."""

    def __init__(self, controller: DocumentsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Daily report"))
        self.dateEdit = QDateEdit(QDate(clock.today()), self)
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat("dd.MM.yyyy")
        self.langCombo = QComboBox(self)
        for code, name in (("ru", "Русский"), ("kk", "Қазақша"), ("en", "English")):
            self.langCombo.addItem(name, code)
        self.langCombo.setCurrentIndex(DOC_LANGS.index(controller.lang))
        self.messageLabel = QLabel(self)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("&Day:"), self.dateEdit)
        form.addRow(self.tr("&Language:"), self.langCombo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.previewButton = self.buttons.addButton(
            self.tr("Pre&view…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.saveButton = self.buttons.addButton(
            self.tr("Save &PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.buttons.rejected.connect(self.reject)
        self.previewButton.clicked.connect(lambda: self._build(controller.preview))
        self.saveButton.clicked.connect(lambda: self._build(controller.save_pdf))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.buttons)

    def job(self) -> Callable[[], Built]:
        day, lang = self.dateEdit.date().toPython(), self.langCombo.currentData()
        user, company, paper = self.controller.user, self.controller.company(), self.controller.paper

        def make() -> Built:
            from orderdesk_gui.printing import daily_report
            from orderdesk_gui.services import reports

            report = reports.shift_report(user, day, day)
            doc = documents.daily_report_doc(report, lang)
            pdf = daily_report.render(doc, company, paper=paper, lang=lang)
            return Built(pdf, "daily_report", f"{doc.title} {day:%d.%m.%Y}", pages=_pages(pdf))

        return make

    def _build(self, then: Callable[[Built], None]) -> None:
        self.messageLabel.clear()

        def failed(error: BaseException) -> None:
            self.messageLabel.setText(messages.text(error))

        self.controller.worker.submit(self.job(), then, failed)


class HistoryDialog(QDialog):
    """What was printed, saved, e-mailed or faxed for the order, and whether it went."""

    def __init__(self, number: str, rows: list[dispatch.DispatchRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from orderdesk_gui.ui.models import Column, RowsModel
        from orderdesk_gui.ui.views import setup_readonly

        self.setWindowTitle(self.tr("Documents of order %1").replace("%1", number))
        self.resize(760, 320)
        channels = {
            "email": self.tr("e-mail"),
            "fax_command": self.tr("fax"),
            "fax_gateway": self.tr("fax by e-mail"),
            "print": self.tr("printed"),
            "pdf": self.tr("saved as PDF"),
        }
        kinds = {
            "confirmation": self.tr("confirmation"),
            "fax_sheet": self.tr("fax sheet"),
            "price_list": self.tr("price list"),
            "reference": self.tr("reference sheet"),
            "daily_report": self.tr("daily report"),
        }
        statuses = {"sent": self.tr("sent"), "failed": self.tr("FAILED")}
        self.model = RowsModel(
            [
                Column(self.tr("When"), lambda r: fmt.local_date(r.at) + " " + fmt.local_time(r.at)),
                Column(self.tr("Document"), lambda r: kinds.get(r.kind, r.kind)),
                Column(self.tr("How"), lambda r: channels.get(r.channel, r.channel)),
                Column(self.tr("To"), lambda r: r.recipient),
                Column(self.tr("Result"), lambda r: statuses.get(r.status, r.status)),
                Column(self.tr("By"), lambda r: r.user_name),
                Column(self.tr("Error"), lambda r: _error_text(r.error)),
            ],
            self,
        )
        self.model.set_rows(rows)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        setup_readonly(self.view, stretch_column=6)
        empty = QLabel(self.tr("Nothing was printed or sent for this order yet."), self)
        empty.setVisible(not rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.view)
        layout.addWidget(buttons)


# --- the controller -------------------------------------------------------------------------------


class DocumentsController(QObject):
    """Adds the Documents menu to the main window and carries out its actions."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.worker, self.settings, self.user = window.worker, window.settings, window.user
        self.current_order: tuple[int, str] | None = None  # completed in this call: (id, number)
        self._current_client: int | None = None
        self.client_fax_hint = ""
        self.dialog: QDialog | None = None  # the dialog open now (tests look at it)
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.painted_pages = 0
        self.actions: dict[str, QAction] = {}
        menu = window.menuBar().addMenu(self.tr("&Documents"))
        self.menu = menu
        for key, text, shortcut, slot in (
            ("print", self.tr("&Print order confirmation…"), "Ctrl+P", self.print_confirmation),
            ("save", self.tr("&Save confirmation as PDF…"), "Ctrl+Shift+S", self.save_confirmation),
            ("email", self.tr("&E-mail confirmation…"), "Ctrl+Shift+E", self.email_confirmation),
            ("fax", self.tr("&Fax sheet…"), "Ctrl+Shift+G", self.fax_sheet),
            ("history", self.tr("What was sent for this &order…"), "Ctrl+Shift+H", self.show_history),
            (None, None, None, None),
            ("price_list", self.tr("P&rice list…"), "Ctrl+Shift+I", self.price_list),
            ("reference", self.tr("Product &reference sheet…"), "Ctrl+Shift+J", self.reference_sheet),
            (None, None, None, None),
            ("daily_report", self.tr("&Daily report (PDF)…"), "Ctrl+Shift+D", self.daily_report),
        ):
            if key is None:
                menu.addSeparator()
                continue
            action = QAction(text, window)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            menu.addAction(action)
            window.addAction(action)
            self.actions[key] = action
        self.actions["daily_report"].setEnabled(has_permission(self.user.role, Permission.VIEW_REPORTS))
        window.orders.completed.connect(self._completed)
        window.caller.caller_loaded.connect(self._caller_loaded)

    # -- settings ----------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return _ui_lang(self.settings)

    @property
    def paper(self) -> str:
        return _paper(self.settings)

    def company(self):
        return documents.company_from(self.settings)

    def company_name(self) -> str:
        return self.settings.get(config.COMPANY_NAME)

    def _status(self, text: str, ms: int = 10000) -> None:
        self.window.statusBar().showMessage(text, ms)

    def _error(self, error: BaseException, title: str | None = None) -> None:
        QMessageBox.warning(self.window, title or self.tr("Documents"), messages.text(error))

    # -- which order ---------------------------------------------------------------------
    def _completed(self, order_id: int, number: str) -> None:
        self.current_order = (order_id, number)
        view = self.window.caller.view
        self._current_client = view.card.id if view is not None else None

    def _caller_loaded(self, view) -> None:
        if view is None or (self._current_client is not None and view.card.id != self._current_client):
            self.current_order = None
            self._current_client = None

    def with_order(self, then: Callable[[int], None]) -> None:
        """The order completed in this call, else the latest accepted order of the client on screen."""
        if self.current_order is not None:
            then(self.current_order[0])
            return
        view = self.window.caller.view
        if view is None:
            self._status(self.tr("Find the client first (F3): their latest order is printed."))
            return
        client_id = view.card.id

        def found(order_id: int | None) -> None:
            if order_id is None:
                self._status(self.tr("%1 has no accepted order yet.").replace("%1", view.card.name))
                return
            then(order_id)

        self.worker.submit(lambda: catalog.last_order_id(client_id), found, self._error)

    def _confirmation_job(self, order_id: int) -> Callable[[], Built]:
        lang, paper, company = self.lang, self.paper, self.company()
        template = self.tr("Order confirmation %1")

        def make() -> Built:
            from orderdesk_gui.printing import confirmation

            doc = documents.order_doc(order_id, lang)
            who = documents.order_contacts(order_id)
            pdf = confirmation.render(doc, company, paper=paper, lang=lang)
            title = template.replace("%1", doc.number)
            return Built(pdf, "confirmation", title, order_id, who.client_id, _pages(pdf), who.email)

        return make

    def _confirmation(self, then: Callable[[Built], None]) -> None:
        self.with_order(
            lambda order_id: self.worker.submit(self._confirmation_job(order_id), then, self._error)
        )

    # -- actions -------------------------------------------------------------------------
    def print_confirmation(self) -> None:
        self._confirmation(self.preview)

    def save_confirmation(self) -> None:
        self._confirmation(self.save_pdf)

    def email_confirmation(self) -> None:
        self._confirmation(self.open_email)

    def fax_sheet(self) -> None:
        self.with_order(self._open_order_fax)

    def price_list(self) -> None:
        self._catalogue("price_list")

    def reference_sheet(self) -> None:
        self._catalogue("reference")

    def daily_report(self) -> None:
        if not has_permission(self.user.role, Permission.VIEW_REPORTS):
            self._status(self.tr("The daily report is for department heads."))
            return
        self.dialog = DailyReportDialog(self, self.window)
        self.dialog.open()

    def show_history(self) -> None:
        def show(order_id: int) -> None:
            def job():
                return documents.order_contacts(order_id).number, dispatch.history(order_id)

            def done(result) -> None:
                number, rows = result
                self.dialog = HistoryDialog(number, rows, self.window)
                self.dialog.open()

            self.worker.submit(job, done, self._error)

        self.with_order(show)

    # -- print preview and printing ----------------------------------------------------------
    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        name = self.settings.get(config.PRINTER_NAME).strip()
        if name and name in QPrinterInfo.availablePrinterNames():
            printer.setPrinterName(name)
        size = QPageSize.PageSizeId.Letter if self.paper == "Letter" else QPageSize.PageSizeId.A4
        printer.setPageSize(QPageSize(size))
        printer.setFullPage(True)  # the PDF carries its own margins
        return printer

    def preview(self, built: Built) -> None:
        """Qt's print preview of the document; printing from it is recorded on the order."""
        printer = self._printer()
        printer.setDocName(built.title)
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print preview: %1").replace("%1", built.title))
        dialog.resize(900, 1000)

        def paint(target: QPrinter) -> None:
            self.painted_pages = paint_pdf(target, built.pdf)

        dialog.paintRequested.connect(paint)
        self.preview_dialog = dialog
        printed = dialog.exec() == QDialog.DialogCode.Accepted
        self.preview_dialog = None
        dialog.deleteLater()
        if printed:
            self._record(built, "print", printer.printerName() or printer.outputFileName())
            self._status(self.tr("%1 sent to the printer.").replace("%1", built.title))

    def _record(self, built: Built, channel: str, recipient: str) -> None:
        user = self.user
        self.worker.submit(
            lambda: dispatch.record_print(
                user,
                built.kind,
                order_id=built.order_id,
                client_id=built.client_id,
                pages=built.pages,
                channel=channel,
                recipient=recipient,
            ),
            None,
            lambda e: self._status(messages.text(e)),
        )

    def save_pdf(self, built: Built) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder or ".") / f"{_safe_name(built.title)}.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Save as PDF"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_atomically(path, built.pdf)
        except OSError as exc:
            QMessageBox.warning(
                self.window,
                self.tr("Save as PDF"),
                self.tr("The file could not be written: %1").replace("%1", exc.strerror or str(exc)),
            )
            return
        self._record(built, "pdf", Path(path).name)
        self._status(self.tr("Saved %1").replace("%1", path))

    # -- e-mail --------------------------------------------------------------------------
    def open_email(self, built: Built) -> None:
        dialog = EmailDialog(self, built, self.window)
        dialog.accepted.connect(
            lambda: self._status(self.tr("%1 e-mailed to %2").replace("%1", built.title).replace(
                "%2", dialog.toEdit.text()))
        )  # fmt: skip
        self.dialog = dialog
        dialog.open()

    def send_email(
        self,
        built: Built,
        to: str,
        subject: str,
        body: str,
        on_done: Callable[[int], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        user, mail = self.user, dispatch.mail_settings_from(self.settings)
        attachment = (f"{_safe_name(built.title)}.pdf", built.pdf, "application/pdf")
        # on the sending lane: a slow mail server must not hold up the operator's queries
        self.worker.submit_slow(
            lambda: dispatch.send_email(
                user,
                mail,
                to,
                subject,
                body,
                [attachment],
                kind=built.kind,
                order_id=built.order_id,
                client_id=built.client_id,
                pages=built.pages,
            ),
            on_done,
            on_error,
        )

    # -- fax -----------------------------------------------------------------------------
    def _fax_settings(self) -> dict:
        return dict(
            command=self.settings.get(config.FAX_COMMAND),
            gateway=self.settings.get(config.FAX_GATEWAY),
            mail=dispatch.mail_settings_from(self.settings),
        )

    def _open_order_fax(self, order_id: int) -> None:
        user, lang, paper, company, how = (
            self.user,
            self.lang,
            self.paper,
            self.company(),
            self._fax_settings(),
        )

        def sheet(number: str, message: str) -> bytes:
            from orderdesk_gui.printing import fax

            cover = documents.fax_cover(order_id, user, company, message, to_fax=number)
            return fax.render(documents.order_doc(order_id, lang), company, cover, paper=paper, lang=lang)

        def count(number, message, on_done, on_error) -> None:
            # the page count does not depend on the number: count with a stand-in until one is typed
            typed = number if any(ch.isdigit() for ch in number) else "0"
            self.worker.submit(lambda: _pages(sheet(typed, message)), on_done, on_error)

        def send(number, message, on_done, on_error) -> None:
            def job() -> int:
                from orderdesk_gui.ui.pdf_render import fax_tiff

                pdf = sheet(number, message)
                return dispatch.send_fax(
                    user, fax_tiff(pdf), number, kind="fax_sheet", order_id=order_id, pages=_pages(pdf), **how
                )

            self.worker.submit_slow(job, on_done, on_error)

        def opened(who: documents.OrderContacts) -> None:
            dialog = FaxDialog(self, who.fax, send, count, True, self.window)
            dialog.setWindowTitle(
                self.tr("Fax order %1 to %2").replace("%1", who.number).replace("%2", who.client_name)
            )
            dialog.accepted.connect(
                lambda: self._status(self.tr("Fax sent to %1").replace("%1", dialog.numberEdit.text()))
            )
            self.dialog = dialog
            dialog.open()

        self.worker.submit(lambda: documents.order_contacts(order_id), opened, self._error)

    def open_fax_for(self, job: Callable[[], Built], number: str, parent: QWidget) -> None:
        """Fax a price list or reference sheet made by ``job`` (fax-legible layout, no cover page)."""
        user, how = self.user, self._fax_settings()

        def count(_number, _message, on_done, on_error) -> None:
            self.worker.submit(lambda: job().pages, on_done, on_error)

        def send(number_text, _message, on_done, on_error) -> None:
            def run() -> int:
                from orderdesk_gui.ui.pdf_render import fax_tiff

                built = job()
                return dispatch.send_fax(
                    user, fax_tiff(built.pdf), number_text, kind=built.kind, order_id=built.order_id,
                    client_id=built.client_id, pages=built.pages, **how,
                )  # fmt: skip

            self.worker.submit_slow(run, on_done, on_error)

        dialog = FaxDialog(self, number, send, count, False, parent)
        dialog.accepted.connect(
            lambda: self._status(self.tr("Fax sent to %1").replace("%1", dialog.numberEdit.text()))
        )
        self.dialog = dialog
        dialog.open()

    # -- price list and reference ----------------------------------------------------------
    def _catalogue(self, kind: str) -> None:
        view = self.window.caller.view
        client = (view.card.id, view.card.name) if view is not None else None
        self.client_fax_hint = ""
        if client is not None:
            fax = next((c.fax for c in view.card.contacts if c.fax), "")
            self.client_fax_hint = fax
        self.dialog = CatalogueDialog(self, kind, client, self.window)
        self.dialog.open()
