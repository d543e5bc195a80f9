"""Completing an order (D12, D13): delivery date, receiver present, payment, documents; regional terms."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from orderdesk_gui import clock, config
from orderdesk_gui.domain import ordering
from orderdesk_gui.services.debt_gate import DebtGateClosed, OverrideExceeded, describe_block
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.forms.ui_completion_dialog import Ui_CompletionDialog
from orderdesk_gui.ui.gate_dialog import ask_again
from orderdesk_gui.ui.order_controller import OrderController

PAYMENT_LABELS = {
    "cash": QT_TRANSLATE_NOOP("CompletionDialog", "cash"),
    "bank_transfer": QT_TRANSLATE_NOOP("CompletionDialog", "bank transfer"),
    "on_account": QT_TRANSLATE_NOOP("CompletionDialog", "on account"),
    "card": QT_TRANSLATE_NOOP("CompletionDialog", "card"),
}


class CompletionDialog(QDialog):
    def __init__(self, controller: OrderController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CompletionDialog()
        self.ui.setupUi(self)
        self.controller = controller
        self.number: str | None = None
        self.approval_dialog = None  # asks for approval again when the order grew past the override
        view = controller.view
        settings = controller.settings
        today = clock.today()
        ui = self.ui
        ui.messageLabel.setStyleSheet("color: #b00020; font-weight: bold;")
        t = controller.totals()
        ui.summaryLabel.setText(
            self.tr("<b>%s</b>: %d lines, <b>%s</b>, %s kg; offered %d of %d")
            % (
                view.client_name,
                t.lines,
                fmt.money(t.amount),
                fmt.quantity(t.weight_kg),
                controller.offers_done(),
                controller.min_offers,
            )
        )
        day = ordering.next_delivery_day(
            today, view.delivery_weekdays, config.holidays(settings), settings.get(config.WORK_WEEKENDS)
        )
        ui.deliveryEdit.setMinimumDate(fmt.qdate(today))
        ui.deliveryEdit.setDate(fmt.qdate(day))
        ui.pickupEdit.setMinimumDate(fmt.qdate(today))
        ui.pickupEdit.setDate(fmt.qdate(day))
        for c in view.contacts:
            mark = " ✔" if c.can_receive_goods else ""
            ui.receiverCombo.addItem(f"{c.name} ({c.role}){mark}", c.id)
        for code in ordering.PAYMENT_FORMS:
            ui.paymentCombo.addItem(self.tr(PAYMENT_LABELS[code]), code)
        ui.paymentCombo.setCurrentIndex(0 if view.credit_limit <= 0 else 1)
        if controller.only_paid_at_once():  # over the limit: an order paid at once makes no receivable
            ui.paymentCombo.setCurrentIndex(0)
            debt = controller.debt()
            ui.messageLabel.setText(
                self.tr(
                    "Over the credit limit by %s with this order: only payment at once (%s) can be accepted."
                )
                % (
                    fmt.money(debt.over_limit_by),
                    ", ".join(
                        self.tr(PAYMENT_LABELS[f])
                        for f in config.debt_rules(settings).no_credit_forms
                        if f in PAYMENT_LABELS
                    ),
                )
            )
        ui.documentsEdit.setText(self.tr("Invoice, waybill"))
        ui.shippingEdit.setPlainText(view.shipping_details)
        for w in (ui.pickupCheck, ui.pickupEdit, ui.shippingEdit, ui.shippingLabel):
            w.setVisible(view.regional)
        ui.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        ui.buttons.accepted.connect(self._save)
        ui.buttons.rejected.connect(self.reject)
        controller.completed.connect(self._done)
        ui.presentCheck.setFocus()

    def completion(self) -> ordering.Completion:
        ui = self.ui
        regional = self.controller.view.regional
        pickup = ui.pickupEdit.date().toPython() if regional and ui.pickupCheck.isChecked() else None
        return ordering.Completion(
            delivery_date=None if pickup else ui.deliveryEdit.date().toPython(),
            receiver_id=ui.receiverCombo.currentData(),
            receiver_confirmed=ui.presentCheck.isChecked(),
            payment_form=ui.paymentCombo.currentData(),
            documents=ui.documentsEdit.text().strip(),
            pickup_date=pickup,
            shipping_details=ui.shippingEdit.toPlainText().strip() if regional else "",
            comment=ui.commentEdit.text().strip(),
        )

    def _save(self) -> None:
        self.ui.buttons.setEnabled(False)
        self.controller.complete(self.completion(), self._refused)

    def _refused(self, error: BaseException) -> None:
        self.ui.buttons.setEnabled(True)
        self.ui.messageLabel.setStyleSheet("color: #b00020; font-weight: bold;")
        if isinstance(error, OverrideExceeded):  # the order grew past what was approved: ask again
            self.ui.messageLabel.setText(messages.text(error))
            self.approval_dialog = ask_again(self.controller, error, self, self._approved_again)
        elif isinstance(error, DebtGateClosed):
            block = "; ".join(messages.text(part) for part in describe_block(error.status))
            self.ui.messageLabel.setText(self.tr("The debt gate is red with this order: %s") % block)
        else:  # every problem of the completion terms, not only the first
            problems = getattr(error, "params", {}).get("problems") or (error,)
            self.ui.messageLabel.setText(" ".join(messages.text(p) for p in problems))

    def _approved_again(self, result) -> None:
        self.ui.messageLabel.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.ui.messageLabel.setText(
            self.tr("%s approved the order up to %s: press Save (Enter).")
            % (result.approver, fmt.money(result.amount))
        )
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setFocus()

    def _done(self, _order_id: int, number: str) -> None:
        self.number = number
        self.accept()
