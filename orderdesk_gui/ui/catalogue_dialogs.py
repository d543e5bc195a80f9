"""The price list, product reference and daily report dialogs: what goes into the document, then
preview, save, e-mail or fax."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orderdesk_gui import clock
from orderdesk_gui.services import documents, printed
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.document_output import DOC_LANGS, Built, built

if TYPE_CHECKING:  # the controller opens these dialogs; they only call it back
    from orderdesk_gui.ui.documents import DocumentsController


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

            return lambda: built(
                printed.price_list(
                    client_id, groups, only_new, only_promo, today, company, paper, lang, fax=fax
                )
            )
        order_id = self.controller.current_order[0] if self.orderCheck.isChecked() else None

        return lambda: built(
            printed.reference(order_id, groups, today, client_id, company, paper, lang, fax=fax)
        )

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
        order_id = None
        if self.kind == "reference" and self.orderCheck.isChecked() and self.controller.current_order:
            order_id = self.controller.current_order[0]
        client_id = self.client[0] if self.client else None
        self.controller.open_fax_for(self.job(True), fax_number, self, self.kind, order_id, client_id)


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

        return lambda: built(printed.daily_report(user, day, company, paper, lang))

    def _build(self, then: Callable[[Built], None]) -> None:
        self.messageLabel.clear()

        def failed(error: BaseException) -> None:
            self.messageLabel.setText(messages.text(error))

        self.controller.worker.submit(self.job(), then, failed)
