"""The debt gate: why orders are stopped, the transfer to the manager or to finance, and the audited
override up to an approved amount; the same dialog asks again when the order grew past that amount.

Enter never transfers: in the dialog it means override (the override button is the default, the
transfer buttons never are); a transfer is F7 (to the manager) or Shift+F7 (to finance), or its button.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from orderdesk_gui import config
from orderdesk_gui.domain.debt import DebtStatus, Freshness
from orderdesk_gui.domain.routing import Proposal
from orderdesk_gui.services import auth
from orderdesk_gui.services import caller as caller_service
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui import freshness, messages
from orderdesk_gui.ui.forms.ui_gate_dialog import Ui_GateDialog

# what the dialog hands over: (reason, approval or None when the desk's user approves, amount as typed)
Submit = Callable[[str, "auth.Approval | None", str], None]


class GateDialog(QDialog):
    def __init__(
        self,
        login: str,
        client_name: str,
        debt: DebtStatus,
        submit: Submit,
        parent: QWidget | None = None,
        *,
        transfers: Sequence[tuple[Proposal, Callable[[], None]]] = (),
        order_total: Decimal | None = None,
        approved: Decimal | None = None,
        debts_freshness: Freshness | None = None,
    ) -> None:
        """``transfers``: (proposal, do it) for the manager and for finance; ``order_total`` given: the
        order exists and grew past ``approved``, and the dialog asks for approval again;
        ``debts_freshness``: when the debts were brought in from accounting (said above the choices)."""
        super().__init__(parent)
        self.ui = Ui_GateDialog()
        self.ui.setupUi(self)
        self.login = login
        self.client_name = client_name
        self.debt = debt
        self.submit = submit
        self.order_id: int | None = None
        ui = self.ui
        title = ui.titleLabel.font()
        title.setBold(True)
        title.setPointSizeF(title.pointSizeF() * 1.2)
        ui.titleLabel.setFont(title)
        ui.titleLabel.setStyleSheet("color: #b71c1c;")
        ui.messageLabel.setStyleSheet("color: #b00020; font-weight: bold;")
        again = order_total is not None
        ui.reasonsLabel.setText(self._reasons(order_total, approved))
        self.show_freshness(debts_freshness)
        if again:
            self.setWindowTitle(self.tr("Approve the order again"))
            ui.titleLabel.setText(self.tr("The order grew past what was approved"))
            ui.overrideButton.setText(self.tr("&Approve for this amount (Enter)"))
            ui.amountEdit.setText(str(order_total))
        self._transfer_buttons(transfers if not again else ())
        ui.approverEdit.setText(login)
        ui.approverEdit.textChanged.connect(self._approver_changed)
        self._approver_changed(login)
        ui.overrideButton.clicked.connect(self._override)
        ui.buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        ui.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        ui.overrideButton.setDefault(True)
        ui.approverEdit.setFocus()
        ui.approverEdit.selectAll()

    def _transfer_buttons(self, transfers: Sequence[tuple[Proposal, Callable[[], None]]]) -> None:
        ui = self.ui
        buttons = (ui.transferButton, ui.financeButton)
        keys = ("F7", "Shift+F7")
        words = (self.tr("Transfer to %s, the manager (%s)"), self.tr("Transfer to %s in finance (%s)"))
        seen: set[int] = set()
        shown = 0
        for (proposal, do), button, key, word in zip(transfers, buttons, keys, words, strict=False):
            target = proposal.target
            if target is None or target.id in seen:
                button.hide()
                continue
            seen.add(target.id)
            shown += 1
            ext = (", " + self.tr("ext.") + " " + target.extension) if target.extension else ""
            button.setText(word % (target.name + ext, key))
            button.setToolTip(word % (target.name + ext, key))
            button.clicked.connect(lambda _=False, do=do: self._transfer(do))
            QShortcut(QKeySequence(key), self, activated=button.click)
        for button in buttons[len(transfers) :]:
            button.hide()
        if not shown:
            ui.transferGroup.setTitle(self.tr("Nobody in finance or the manager is available"))
            ui.transferGroup.setVisible(bool(transfers))

    def _reasons(self, order_total: Decimal | None, approved: Decimal | None) -> str:
        debt = self.debt
        rows = []
        if order_total is not None:
            rows.append(
                self.tr("The order is now <b>%s</b>; approved was <b>%s</b>.")
                % (fmt.money(order_total), fmt.money(approved) if approved is not None else "—")
            )
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
        client = html.escape(self.client_name)
        return f"<p><b>{client}</b></p><ul>" + "".join(f"<li>{r}</li>" for r in rows) + "</ul>"

    def show_freshness(self, debts_freshness: Freshness | None) -> None:
        """When the debts were brought in from accounting (read on the worker after the dialog opened)."""
        freshness.show(self.ui.debtsAsOfLabel, debts_freshness)

    def _approver_changed(self, login: str) -> None:
        same = login.strip() == self.login
        self.ui.approverPasswordEdit.setEnabled(not same)
        self.ui.approverPasswordLabel.setEnabled(not same)

    def _transfer(self, do: Callable[[], None]) -> None:
        do()
        self.accept()

    def _override(self) -> None:
        login = self.ui.approverEdit.text().strip()
        reason = self.ui.reasonEdit.text().strip()
        amount = self.ui.amountEdit.text().strip()
        if not amount:
            self.ui.messageLabel.setText(self.tr("Write the amount up to which the order is approved."))
            self.ui.amountEdit.setFocus()
            return
        if not reason:
            self.ui.messageLabel.setText(self.tr("Write why the debt gate is overridden for this order."))
            self.ui.reasonEdit.setFocus()
            return
        self.ui.overrideButton.setEnabled(False)
        approval = None
        if login != self.login:  # another person approves here: the service checks them
            approval = auth.Approval(login, self.ui.approverPasswordEdit.text())
            self.ui.approverPasswordEdit.clear()
        self.submit(reason, approval, amount)

    def refused(self, error: BaseException) -> None:
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

    def started(self, order_id: int, _name: str = "") -> None:
        self.order_id = order_id
        self.accept()


def open_gate(caller, view, parent: QWidget) -> GateDialog:
    """The gate for a red client on the call (F4): transfers on the call, an override starts the order."""
    transfers = [
        (p, lambda p=p: caller.transfer(p))
        for p in (view.debt_proposal, view.finance_proposal)
        if p is not None
    ]
    dialog: GateDialog

    def submit(reason: str, approval, amount: str) -> None:
        caller.new_order(
            override_reason=reason, approval=approval, on_error=dialog.refused, approved_amount=amount
        )

    dialog = GateDialog(
        caller.user.login,
        view.card.name,
        view.debt,
        submit,
        parent,
        transfers=transfers,
        debts_freshness=view.debts_freshness,
    )
    caller.order_started.connect(dialog.started)
    dialog.finished.connect(lambda _r: caller.order_started.disconnect(dialog.started))
    dialog.open()
    return dialog


def ask_again(orders, error, parent: QWidget, approved: Callable[[object], None]) -> GateDialog:
    """The order grew past its approved amount (``OverrideExceeded``): the approver approves it again."""
    dialog: GateDialog

    def submit(reason: str, approval, amount: str) -> None:
        def done(result) -> None:
            dialog.accept()
            approved(result)

        orders.approve_again(reason, approval, amount, done, dialog.refused)

    dialog = GateDialog(
        orders.user.login,
        orders.view.client_name,
        error.status,
        submit,
        parent,
        order_total=error.total,
        approved=error.approved,
    )
    dialog.open()
    rules = config.debt_rules(orders.settings)  # the approver sees how fresh the debts are, as at F4
    orders.ops.run(dialog, lambda: caller_service.debts_freshness(rules), dialog.show_freshness)
    return dialog
