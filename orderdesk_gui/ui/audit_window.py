"""The audit viewer (Ctrl+Shift+U; heads: their department, finance and administrators: everything):
who did what and when, filtered by period, person, kind and the client on screen; the details with old
and new values; export to Excel. Every filter change reads again; F5 too; Esc closes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from orderdesk_gui import clock
from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.services import audit_log
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.forms.ui_audit_window import Ui_AuditWindow
from orderdesk_gui.ui.models import Column, RowsModel, label
from orderdesk_gui.ui.operations import Operations
from orderdesk_gui.ui.views import setup_readonly

KIND_LABELS = {
    "": QT_TRANSLATE_NOOP("Models", "everything"),
    "overrides": QT_TRANSLATE_NOOP("Models", "debt overrides"),
    "prices": QT_TRANSLATE_NOOP("Models", "manual prices"),
    "clients": QT_TRANSLATE_NOOP("Models", "client changes"),
    "rights": QT_TRANSLATE_NOOP("Models", "users, rights and settings"),
    "presence": QT_TRANSLATE_NOOP("Models", "presence and take-overs"),
    "sign_ins": QT_TRANSLATE_NOOP("Models", "sign-ins and failures"),
    "exchange": QT_TRANSLATE_NOOP("Models", "imports and exports"),
    "orders": QT_TRANSLATE_NOOP("Models", "orders accepted and cancelled"),
    "other": QT_TRANSLATE_NOOP("Models", "calls, callbacks, tasks, complaints"),
}

ACTION_LABELS = {  # what each audited action is called; an action not named here shows its code
    "approval_failed": QT_TRANSLATE_NOOP("Models", "approval refused (wrong password)"),
    "call_closed": QT_TRANSLATE_NOOP("Models", "call closed"),
    "call_consulted": QT_TRANSLATE_NOOP("Models", "consultation noted"),
    "call_transferred": QT_TRANSLATE_NOOP("Models", "call transferred"),
    "callback_added": QT_TRANSLATE_NOOP("Models", "callback request added"),
    "callback_cancelled": QT_TRANSLATE_NOOP("Models", "callback request cancelled"),
    "callback_updated": QT_TRANSLATE_NOOP("Models", "callback request updated"),
    "callbacks_imported": QT_TRANSLATE_NOOP("Models", "callback requests imported"),
    "client_created": QT_TRANSLATE_NOOP("Models", "client created"),
    "client_updated": QT_TRANSLATE_NOOP("Models", "client changed"),
    "company_set_up": QT_TRANSLATE_NOOP("Models", "company set up"),
    "department_head_changed": QT_TRANSLATE_NOOP("Models", "department head changed"),
    "complaint_registered": QT_TRANSLATE_NOOP("Models", "complaint registered"),
    "complaint_resolved": QT_TRANSLATE_NOOP("Models", "complaint resolved"),
    "complaint_taken": QT_TRANSLATE_NOOP("Models", "complaint taken"),
    "debt_override": QT_TRANSLATE_NOOP("Models", "debt gate overridden"),
    "draft_taken_over": QT_TRANSLATE_NOOP("Models", "draft taken over"),
    "exchange_imported": QT_TRANSLATE_NOOP("Models", "accounting file imported"),
    "gate_closed": QT_TRANSLATE_NOOP("Models", "stopped at the debt gate"),
    "manager_assigned": QT_TRANSLATE_NOOP("Models", "manager assigned"),
    "manual_price": QT_TRANSLATE_NOOP("Models", "price set by hand"),
    "order_accepted": QT_TRANSLATE_NOOP("Models", "order accepted"),
    "order_cancelled": QT_TRANSLATE_NOOP("Models", "order cancelled"),
    "order_invoiced": QT_TRANSLATE_NOOP("Models", "order marked invoiced"),
    "order_status_from_accounting": QT_TRANSLATE_NOOP("Models", "order status from accounting"),
    "order_statuses_imported": QT_TRANSLATE_NOOP("Models", "order statuses imported"),
    "orders_exported": QT_TRANSLATE_NOOP("Models", "orders exported"),
    "password_changed": QT_TRANSLATE_NOOP("Models", "password changed"),
    "presence_changed": QT_TRANSLATE_NOOP("Models", "presence changed"),
    "routing_rules_replaced": QT_TRANSLATE_NOOP("Models", "routing rules replaced"),
    "sign_in": QT_TRANSLATE_NOOP("Models", "signed in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("Models", "sign-in refused"),
    "task_closed": QT_TRANSLATE_NOOP("Models", "task closed"),
    "task_created": QT_TRANSLATE_NOOP("Models", "task created"),
    "user_created": QT_TRANSLATE_NOOP("Models", "user created"),
    "user_reactivated": QT_TRANSLATE_NOOP("Models", "user reactivated"),
    "user_deactivated": QT_TRANSLATE_NOOP("Models", "user deactivated"),
    "user_changed": QT_TRANSLATE_NOOP("Models", "user changed"),
    "rights_changed": QT_TRANSLATE_NOOP("Models", "rights of a role changed"),
    "password_reset": QT_TRANSLATE_NOOP("Models", "password reset"),
    "account_unlocked": QT_TRANSLATE_NOOP("Models", "account unlocked"),
    "account_locked": QT_TRANSLATE_NOOP("Models", "account locked after failed sign-ins"),
}


def _when(row: audit_log.AuditRow) -> str:
    return f"{fmt.local_date(row.at)} {clock.to_local(row.at):%H:%M:%S}"


class AuditWindow(QDialog):
    exported = Signal(str)

    def __init__(
        self, ops: Operations, user: UserInfo, client_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditWindow()
        self.ui.setupUi(self)
        self.ops, self.user, self.client_id = ops, user, client_id
        self.page: audit_log.AuditPage | None = None
        self._loading = self._again = False
        ui = self.ui
        today = clock.today()
        for edit in (ui.fromEdit, ui.toEdit):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setDate(fmt.qdate(today))
        ui.fromEdit.setDate(fmt.qdate(today - dt.timedelta(days=6)))  # the last week by default
        for code in KIND_LABELS:
            ui.kindCombo.addItem(label(KIND_LABELS, code), code)
        ui.personCombo.addItem(self.tr("anyone"), None)
        ui.clientCheck.setEnabled(client_id is not None)
        self.model = RowsModel(
            [
                Column(QT_TRANSLATE_NOOP("Models", "When"), _when),
                Column(QT_TRANSLATE_NOOP("Models", "Who"), lambda r: r.user),
                Column(QT_TRANSLATE_NOOP("Models", "Kind"), lambda r: label(KIND_LABELS, r.kind)),
                Column(QT_TRANSLATE_NOOP("Models", "Action"), lambda r: label(ACTION_LABELS, r.action)),
                Column(QT_TRANSLATE_NOOP("Models", "Object"), lambda r: f"{r.entity} {r.entity_id}".strip()),
                Column(
                    QT_TRANSLATE_NOOP("Models", "Details"),
                    lambda r: audit_log.describe(r.details),
                    tooltip=lambda r: audit_log.describe(r.details).replace("; ", "\n"),
                ),
            ],
            self,
        )
        ui.view.setModel(self.model)
        setup_readonly(ui.view, stretch_column=5)
        self.debounce = QTimer(self, singleShot=True, interval=250)
        self.debounce.timeout.connect(self.reload)
        for signal in (
            ui.fromEdit.dateChanged,
            ui.toEdit.dateChanged,
            ui.personCombo.currentIndexChanged,
            ui.kindCombo.currentIndexChanged,
            ui.clientCheck.toggled,
        ):
            signal.connect(self.debounce.start)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)
        ui.exportButton.clicked.connect(lambda: self.export())
        ui.buttons.rejected.connect(self.reject)
        ops.run(self, lambda: audit_log.people(user), self._people)
        ui.fromEdit.setFocus()
        self.reload()

    def _people(self, people: list[tuple[int, str]]) -> None:
        for user_id, name in people:
            self.ui.personCombo.addItem(name, user_id)

    def wanted(self) -> audit_log.AuditFilter:
        ui = self.ui
        return audit_log.AuditFilter(
            ui.fromEdit.date().toPython(),
            ui.toEdit.date().toPython(),
            ui.personCombo.currentData(),
            self.client_id if ui.clientCheck.isChecked() else None,
            ui.kindCombo.currentData() or "",
        )

    def reload(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading, user, wanted = True, self.user, self.wanted()
        self.ops.run(self, lambda: audit_log.read(user, wanted), self._show, self._failed)

    def _show(self, page: audit_log.AuditPage) -> None:
        self._loading = False
        self.page = page
        self.model.set_rows(page.rows)
        self.ui.summaryLabel.setStyleSheet("")
        text = self.tr("Events: %s") % fmt.count(len(page.rows))
        if page.more:
            text += " · " + self.tr(
                "only the latest shown: narrow the period or a filter (the export has all)"
            )
        self.ui.summaryLabel.setText(text)
        if self._again:
            self._again = False
            self.reload()

    def _failed(self, error: BaseException) -> None:
        self._loading = self._again = False
        self.ui.summaryLabel.setStyleSheet("color: #b00020; font-weight: bold;")
        self.ui.summaryLabel.setText(messages.text(error))

    def export_labels(self) -> dict[str, str]:
        labels = {code: label(KIND_LABELS, code) for code in KIND_LABELS}
        labels.update({"action:" + code: label(ACTION_LABELS, code) for code in ACTION_LABELS})
        labels.update(
            title=self.tr("Audit"),
            at=self.tr("When"),
            person=self.tr("Who"),
            kind=self.tr("Kind"),
            action=self.tr("Action"),
            object=self.tr("Object"),
            details=self.tr("Details"),
        )
        return labels

    def export(self, path: str | None = None) -> None:
        wanted = self.wanted()
        if path is None:
            suggested = f"audit-{wanted.first:%Y-%m-%d}-{wanted.last:%Y-%m-%d}.xlsx"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the audit"), suggested, self.tr("Excel workbooks (*.xlsx)")
            )
            if not path:
                return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        target, user, labels = Path(path), self.user, self.export_labels()

        def done(count: int) -> None:
            self.ui.summaryLabel.setText(self.tr("Events saved: %s, to %s") % (fmt.count(count), target))
            self.exported.emit(str(target))

        self.ops.run(self, lambda: audit_log.export_xlsx(user, wanted, target, labels), done, self._failed)
