"""The debt gate: why orders are stopped, the transfer to manager or finance, and the audited override."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from orderdesk_gui.services import auth
from orderdesk_gui.services.caller import CallerView
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.caller import CallerController
from orderdesk_gui.ui.forms.ui_gate_dialog import Ui_GateDialog


class GateDialog(QDialog):
    def __init__(self, controller: CallerController, view: CallerView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GateDialog()
        self.ui.setupUi(self)
        self.controller = controller
        self.view = view
        self.order_id: int | None = None
        title = self.ui.titleLabel.font()
        title.setBold(True)
        title.setPointSizeF(title.pointSizeF() * 1.2)
        self.ui.titleLabel.setFont(title)
        self.ui.titleLabel.setStyleSheet("color: #b71c1c;")
        self.ui.messageLabel.setStyleSheet("color: #b00020; font-weight: bold;")
        self.ui.reasonsLabel.setText(self._reasons())
        target = view.debt_proposal.target if view.debt_proposal else None
        if target is not None:
            self.ui.transferButton.setText(self.tr("Transfer to %s (F7)") % target.name)
            self.ui.transferButton.clicked.connect(self._transfer)
        else:
            self.ui.transferButton.setText(self.tr("Nobody in finance or the manager is available"))
            self.ui.transferButton.setEnabled(False)
        self.ui.approverEdit.setText(controller.user.login)
        self.ui.approverEdit.textChanged.connect(self._approver_changed)
        self._approver_changed(controller.user.login)
        self.ui.overrideButton.clicked.connect(self._override)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        controller.order_started.connect(self._started)

    def _reasons(self) -> str:
        debt = self.view.debt
        rows = []
        for doc in debt.overdue_documents[:8]:
            rows.append(
                self.tr("%s due %s: <b>%s</b> unpaid, <b>%d days</b> overdue")
                % (
                    html.escape(doc.number),
                    doc.due_date.strftime("%d.%m.%Y"),
                    fmt.money(doc.outstanding),
                    doc.days_overdue,
                )
            )
        if len(debt.overdue_documents) > 8:
            rows.append(self.tr("… and %d more overdue documents") % (len(debt.overdue_documents) - 8))
        if debt.over_limit_by > 0:
            rows.append(
                self.tr("Owed <b>%s</b>, limit %s: <b>%s over the limit</b>")
                % (fmt.money(debt.total), fmt.money(debt.credit_limit), fmt.money(debt.over_limit_by))
            )
        client = html.escape(self.view.card.name)
        return f"<p><b>{client}</b></p><ul>" + "".join(f"<li>{r}</li>" for r in rows) + "</ul>"

    def _approver_changed(self, login: str) -> None:
        same = login.strip() == self.controller.user.login
        self.ui.approverPasswordEdit.setEnabled(not same)
        self.ui.approverPasswordLabel.setEnabled(not same)

    def _transfer(self) -> None:
        self.controller.transfer()
        self.accept()

    def _override(self) -> None:
        login = self.ui.approverEdit.text().strip()
        reason = self.ui.reasonEdit.text().strip()
        if not reason:
            self.ui.messageLabel.setText(self.tr("Write why the debt gate is overridden for this order."))
            return
        self.ui.overrideButton.setEnabled(False)
        approval = None
        if login != self.controller.user.login:  # another person approves here: the service checks them
            approval = auth.Approval(login, self.ui.approverPasswordEdit.text())
            self.ui.approverPasswordEdit.clear()
        self.controller.new_order(override_reason=reason, approval=approval, on_error=self._refused)

    def _refused(self, error: BaseException) -> None:
        self.ui.overrideButton.setEnabled(True)
        if isinstance(error, auth.PermissionDenied):
            text = self.tr("%s may not override the debt gate: ask finance or the head of sales.") % (
                self.ui.approverEdit.text().strip()
            )
        elif isinstance(error, auth.AuthError):
            text = self.tr("Wrong user name or password of the approver.")
        else:
            text = messages.text(error)
        self.ui.messageLabel.setText(text)

    def _started(self, order_id: int, _name: str) -> None:
        self.order_id = order_id
        self.accept()
