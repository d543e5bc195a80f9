"""Finance's list of accepted orders accounting has not invoiced yet (the trust issue's credit exposure):
marking one invoiced takes it out of the client's exposure, where its receivable now counts. Until the
accounting exchange does it from accounting's documents, finance does it here (audited in the service).

Keys: type to filter; Down to the list; Ctrl+I marks the selected order, after a confirmation whose
default answer is No (Enter alone never marks anything).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from orderdesk_gui.domain.changes import Changes
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.services import ordering
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.completion_dialog import PAYMENT_LABELS
from orderdesk_gui.ui.forms.ui_invoicing_dialog import Ui_InvoicingDialog
from orderdesk_gui.ui.models import Column, RowsModel
from orderdesk_gui.ui.operations import Operations
from orderdesk_gui.ui.views import setup_readonly

Row = ordering.UninvoicedOrder


def _payment(code: str) -> str:
    label = PAYMENT_LABELS.get(code)
    return QCoreApplication.translate("CompletionDialog", label) if label else code


class InvoicingDialog(QDialog):
    def __init__(self, ops: Operations, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_InvoicingDialog()
        self.ui.setupUi(self)
        self.ops, self.user = ops, user
        self.confirm: QMessageBox | None = None
        self.model: RowsModel[Row] = RowsModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("Models", "Accepted"),
                    lambda r: fmt.local_date(r.accepted_at) + " " + fmt.local_time(r.accepted_at),
                ),
                Column(QT_TRANSLATE_NOOP("Models", "Number"), lambda r: r.number),
                Column(QT_TRANSLATE_NOOP("Models", "Client"), lambda r: r.client, tooltip=lambda r: r.client),
                Column(QT_TRANSLATE_NOOP("Models", "Sum"), lambda r: fmt.money(r.total), align_right=True),
                Column(QT_TRANSLATE_NOOP("Models", "Payment"), lambda r: _payment(r.payment_form)),
                Column(QT_TRANSLATE_NOOP("Models", "Operator"), lambda r: r.operator),
            ],
            self,
        )
        ui = self.ui
        ui.view.setModel(self.model)
        setup_readonly(ui.view, stretch_column=2)
        ui.buttons.rejected.connect(self.reject)
        ui.markButton.clicked.connect(self.ask_mark)
        QShortcut(QKeySequence("Ctrl+I"), self, activated=self.ask_mark)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.reload)
        ui.filterEdit.textEdited.connect(lambda _t: self._debounce.start())
        ui.filterEdit.returnPressed.connect(ui.view.setFocus)
        self.reload()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Down and self.ui.filterEdit.hasFocus() and self.model.rowCount():
            self.ui.view.setFocus()
            self.ui.view.selectRow(0)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # Enter alone marks nothing (Ctrl+I does, after a confirmation)
        super().keyPressEvent(event)

    def reload(self) -> None:
        user, text = self.user, self.ui.filterEdit.text()
        self.ops.run(self, lambda: ordering.uninvoiced_orders(user, text), self._show, self._failed)

    def _show(self, rows: list[Row]) -> None:
        current = self.selected()
        self.model.set_rows(rows)
        self.ui.summaryLabel.setText(
            self.tr(
                "%d accepted orders are not invoiced yet, oldest first: they count against their clients' "
                "credit limits until accounting invoices them (%s)."
            )
            % (len(rows), fmt.money(sum((r.total for r in rows), start=0)))
        )
        again = next((i for i, r in enumerate(rows) if current and r.order_id == current.order_id), 0)
        if rows:
            self.ui.view.selectRow(again)
        self.ui.markButton.setEnabled(bool(rows))

    def _failed(self, error: BaseException) -> None:
        self.ui.messageLabel.setStyleSheet("color: #b00020; font-weight: bold;")
        self.ui.messageLabel.setText(messages.text(error))

    def selected(self) -> Row | None:
        index = self.ui.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def ask_mark(self) -> None:
        row = self.selected()
        if row is None:
            self.ui.messageLabel.setText(self.tr("Choose an order in the list first."))
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Mark invoiced"),
            self.tr(
                "Accounting has invoiced order %s of %s for %s?\n\nFrom now on its invoice counts in the "
                "client's debt, not the order."
            )
            % (row.number, row.client, fmt.money(row.total)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda _result: box.clickedButton() is yes and self._mark(row))
        self.confirm = box
        box.open()

    def _mark(self, row: Row) -> None:
        user, number = self.user, row.number

        def done(_order_id: int) -> None:
            self.ui.messageLabel.setStyleSheet("color: #1b5e20; font-weight: bold;")
            self.ui.messageLabel.setText(self.tr("Order %s is marked invoiced.") % number)
            self.reload()

        self.ops.run(
            self,
            lambda: ordering.mark_invoiced(user, number),
            done,
            self._failed,
            changes=Changes(orders=True, clients=True),
        )
