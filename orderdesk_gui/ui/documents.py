"""The Documents menu: print preview, PDF, e-mail and fax of the order confirmation, price lists,
product reference sheets and the daily report. Database work, rendering and sending run on the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,
    QWidget,
)

from orderdesk_gui import config
from orderdesk_gui.domain.roles import Permission, has_permission
from orderdesk_gui.services import dispatch, documents, printed
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.catalogue_dialogs import CatalogueDialog, DailyReportDialog
from orderdesk_gui.ui.dispatch_history_dialog import HistoryDialog
from orderdesk_gui.ui.document_output import (
    DOC_LANGS,
    Built,
    FaxPages,
    built,
    fax_pages,
    fax_preview,
    fit_to_screen,
    page_count,
    paint_pdf,
    safe_name,
    write_atomically,
)
from orderdesk_gui.ui.send_dialogs import EmailDialog, FaxDialog


def document_language(settings: config.Settings) -> str:
    """The language every document is printed in: ``documents.language`` when set (the company's
    clients read that one), else the operator's interface language, the one the windows speak (not
    the ``ui.language`` setting, which may be empty or overridden by ``--lang``)."""
    chosen = (settings.get(config.DOCUMENT_LANGUAGE) or "").strip().lower()[:2]
    if chosen in DOC_LANGS:
        return chosen
    ui = messages.language()
    return ui if ui in DOC_LANGS else "en"


def _paper(settings: config.Settings) -> str:
    return "Letter" if settings.get(config.PAPER_SIZE).strip().lower() == "letter" else "A4"


class DocumentsController(QObject):
    """Adds the Documents menu to the main window and carries out its actions."""

    def __init__(self, window, caller, orders) -> None:
        super().__init__(window)
        self.window = window  # for its menu bar, status bar and dialogs' parent
        self.caller = caller
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
        orders.completed.connect(self._completed)
        caller.caller_loaded.connect(self._caller_loaded)

    # -- settings ----------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return document_language(self.settings)

    @property
    def paper(self) -> str:
        return _paper(self.settings)

    def company(self):
        """The requisites, their texts left at their defaults (the terms) in the document's language."""
        return documents.company_from(self.settings, self.lang)

    def company_name(self) -> str:
        return self.settings.get(config.COMPANY_NAME)

    def _status(self, text: str, ms: int = 10000) -> None:
        self.window.statusBar().showMessage(text, ms)

    def _error(self, error: BaseException, title: str | None = None) -> None:
        QMessageBox.warning(self.window, title or self.tr("Documents"), messages.text(error))

    # -- which order ---------------------------------------------------------------------
    def _completed(self, order_id: int, number: str) -> None:
        self.current_order = (order_id, number)
        view = self.caller.view
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
        view = self.caller.view
        if view is None:
            self._status(self.tr("Find the client first (F3): their latest order is printed."))
            return
        client_id = view.card.id

        def found(order_id: int | None) -> None:
            if order_id is None:
                self._status(self.tr("%1 has no accepted order yet.").replace("%1", view.card.name))
                return
            then(order_id)

        self.worker.submit(lambda: documents.last_order_id(client_id), found, self._error)

    def _confirmation_job(self, order_id: int) -> Callable[[], Built]:
        lang, paper, company = self.lang, self.paper, self.company()
        template = self.tr("Order confirmation %1")

        def make() -> Built:
            doc = printed.confirmation(order_id, company, paper, lang)
            return built(doc, template.replace("%1", doc.number))

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
            def done(result) -> None:
                number, rows = result
                self.dialog = HistoryDialog(number, rows, self.window)
                self.dialog.open()

            self.worker.submit(lambda: dispatch.order_history(order_id), done, self._error)

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
        fit_to_screen(dialog, 900, 1000)

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
        suggested = str(Path(folder or ".") / f"{safe_name(built.title)}.pdf")
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
        attachment = (f"{safe_name(built.title)}.pdf", built.pdf, "application/pdf")
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

    def _fax_callbacks(
        self, make: Callable[[str, str], bytes], **record
    ) -> tuple[Callable[..., None], Callable[..., None]]:
        """Preview and send of one fax dialog: the preview makes the pages (``make(number, message)``
        then the TIFF) and keeps them, so Send sends the very TIFF the operator looked at."""
        user, how, encoding = self.user, self._fax_settings(), self.settings.get(config.FAX_ENCODING)
        shown: dict[tuple[str, str], FaxPages] = {}  # (number, message) -> the pages previewed

        def preview(number, message, on_done, on_error) -> None:
            def job() -> FaxPages:
                pages = fax_preview(make(number, message), encoding)
                shown.clear()
                shown[(number, message)] = pages
                return pages

            self.worker.submit(job, on_done, on_error)

        def send(number, message, on_done, on_error) -> None:
            seen = shown.get((number, message))

            def pdf() -> bytes:
                return seen.pdf if seen is not None else make(number, message)

            def rasterize(made: bytes) -> tuple[bytes, int]:
                if seen is not None and made is seen.pdf:
                    return seen.tiff, len(seen.images)
                return fax_pages(made, encoding)

            self.worker.submit_slow(
                lambda: dispatch.fax_document(user, pdf, rasterize, number, **record, **how),
                on_done,
                on_error,
            )

        return preview, send

    def _open_order_fax(self, order_id: int) -> None:
        user, lang, paper, company = self.user, self.lang, self.paper, self.company()

        def sheet(number: str, message: str) -> bytes:
            return printed.order_fax_sheet(order_id, user, company, message, number, paper, lang)

        def count(number, message, on_done, on_error) -> None:
            # the page count does not depend on the number: count with a stand-in until one is typed
            typed = number if any(ch.isdigit() for ch in number) else "0"
            self.worker.submit(lambda: page_count(sheet(typed, message)), on_done, on_error)

        preview, send = self._fax_callbacks(sheet, kind="fax_sheet", order_id=order_id)

        def opened(who: documents.OrderContacts) -> None:
            dialog = FaxDialog(self, who.fax, send, count, True, self.window, preview=preview)
            dialog.setWindowTitle(
                self.tr("Fax order %1 to %2").replace("%1", who.number).replace("%2", who.client_name)
            )
            dialog.accepted.connect(
                lambda: self._status(self.tr("Fax sent to %1").replace("%1", dialog.numberEdit.text()))
            )
            self.dialog = dialog
            dialog.open()

        self.worker.submit(lambda: documents.order_contacts(order_id), opened, self._error)

    def open_fax_for(
        self,
        job: Callable[[], Built],
        number: str,
        parent: QWidget,
        kind: str,
        order_id: int | None = None,
        client_id: int | None = None,
    ) -> None:
        """Fax a price list or reference sheet made by ``job`` (fax-legible layout, no cover page)."""

        def count(_number, _message, on_done, on_error) -> None:
            self.worker.submit(lambda: job().pages, on_done, on_error)

        preview, send = self._fax_callbacks(
            lambda _number, _message: job().pdf, kind=kind, order_id=order_id, client_id=client_id
        )
        dialog = FaxDialog(self, number, send, count, False, parent, preview=preview)
        dialog.accepted.connect(
            lambda: self._status(self.tr("Fax sent to %1").replace("%1", dialog.numberEdit.text()))
        )
        self.dialog = dialog
        dialog.open()

    # -- price list and reference ----------------------------------------------------------
    def _catalogue(self, kind: str) -> None:
        view = self.caller.view
        client = (view.card.id, view.card.name) if view is not None else None
        self.client_fax_hint = ""
        if client is not None:
            fax = next((c.fax for c in view.card.contacts if c.fax), "")
            self.client_fax_hint = fax
        self.dialog = CatalogueDialog(self, kind, client, self.window)
        self.dialog.open()
