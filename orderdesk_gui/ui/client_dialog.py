"""Creating a potential client from an unknown number, and editing a client card with its contacts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.roles import Permission, has_permission
from orderdesk_gui.services import clients
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.forms.ui_client_dialog import Ui_ClientDialog
from orderdesk_gui.ui.models import STATUS_LABELS, label
from orderdesk_gui.ui.worker import DbWorker


class ClientDialog(QDialog):
    """``client_id`` None: a new potential client (phone prefilled); else edit that card."""

    def __init__(
        self,
        worker: DbWorker,
        user: UserInfo,
        client_id: int | None = None,
        phone: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ClientDialog()
        self.ui.setupUi(self)
        self.worker, self.user, self.client_id = worker, user, client_id
        self.saved_id: int | None = None
        self.version = 0
        self._manager_before: int | None = None
        self.ui.messageLabel.setStyleSheet("color: #b00020; font-weight: bold;")
        self.ui.contactsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # the "receives goods" box: as wide as its heading, which is never cut (a long Kazakh one too)
        self.ui.contactsTable.horizontalHeader().setSectionResizeMode(
            5, QHeaderView.ResizeMode.ResizeToContents
        )
        for status in clients.STATUSES:
            self.ui.statusCombo.addItem(label(STATUS_LABELS, status), status)
        self.ui.phoneEdit.setText(phone)
        for code, name in (
            ("", self.tr("the office's language")),
            ("ru", "Русский"),
            ("kk", "Қазақша"),
            ("en", "English"),
        ):
            self.ui.languageCombo.addItem(name, code)
        self.ui.contactsTable.installEventFilter(self)  # Enter in the contacts edits a cell, never saves
        self.ui.contactsTable.setEditTriggers(
            self.ui.contactsTable.EditTrigger.AnyKeyPressed
            | self.ui.contactsTable.EditTrigger.EditKeyPressed
            | self.ui.contactsTable.EditTrigger.DoubleClicked
        )  # typing goes straight into the cell
        self.ui.addContactButton.clicked.connect(lambda: self._add_contact(clients.ContactEdit("")))
        self.ui.removeContactButton.clicked.connect(self._remove_contact)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self._save)
        self.ui.buttons.rejected.connect(self.reject)
        editing = client_id is not None
        self.setWindowTitle(self.tr("Edit client card") if editing else self.tr("New client"))
        for w in (
            self.ui.statusCombo,
            self.ui.statusLabel,
            self.ui.limitEdit,
            self.ui.limitLabel,
            self.ui.delaySpin,
            self.ui.managerCombo,
            self.ui.managerLabel,
        ):
            w.setVisible(editing)
        self.ui.phoneEdit.setEnabled(not editing)
        if not editing:
            self.resize(self.width(), self.minimumSizeHint().height())
        self.ui.managerCombo.setEnabled(has_permission(user.role, Permission.ASSIGN_MANAGER))
        # credit terms are finance's and the heads' (the service refuses anyone else anyway)
        terms = has_permission(user.role, Permission.EDIT_CREDIT_TERMS)
        self.ui.limitEdit.setReadOnly(not terms)
        self.ui.delaySpin.setReadOnly(not terms)
        self.ui.statusCombo.setEnabled(terms)
        self.ui.buttons.setEnabled(False)
        worker.submit(lambda: clients.client_form(client_id), self._loaded, self._show_error)
        self.ui.nameEdit.setFocus()

    def _loaded(self, form: clients.ClientForm) -> None:
        ui = self.ui
        for code, name in form.types:
            ui.typeCombo.addItem(name, code)
        ui.managerCombo.addItem(self.tr("(not assigned)"), None)
        for uid, name in form.managers:
            ui.managerCombo.addItem(name, uid)
        self._manager_before = form.manager_id
        edit = form.edit
        if edit is not None:
            self.version = form.version
            ui.nameEdit.setText(edit.name)
            ui.typeCombo.setCurrentIndex(max(0, ui.typeCombo.findData(edit.client_type)))
            ui.phoneEdit.setText(form.phone)
            ui.taxEdit.setText(edit.tax_id)
            ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(edit.status)))
            ui.cityEdit.setText(edit.city)
            ui.regionEdit.setText(edit.region)
            ui.addressEdit.setText(edit.delivery_address)
            ui.shippingEdit.setText(edit.shipping_details)
            ui.notesEdit.setText(edit.notes)
            ui.limitEdit.setText(str(edit.credit_limit))
            ui.delaySpin.setValue(edit.payment_delay_days or 0)
            ui.managerCombo.setCurrentIndex(max(0, ui.managerCombo.findData(form.manager_id)))
            for contact in edit.contacts or []:
                self._add_contact(contact)
            ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(edit.language or "")))
        else:
            ui.typeCombo.setCurrentIndex(max(0, ui.typeCombo.findData("retail")))
            self._add_contact(clients.ContactEdit(""))  # the person on the phone: name and role to type
        ui.buttons.setEnabled(True)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Enter in the contacts table (or left over from a cell's editor) commits or opens the cell; it
        never reaches the dialog's default button, so a half-typed contact is not saved by it."""
        if (
            obj is self.ui.contactsTable
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            table = self.ui.contactsTable
            if table.state() != table.State.EditingState and table.currentItem() is not None:
                table.editItem(table.currentItem())
            return True
        return super().eventFilter(obj, event)

    def _add_contact(self, c: clients.ContactEdit) -> None:
        table = self.ui.contactsTable
        row = table.rowCount()
        table.insertRow(row)
        for col, text in enumerate((c.name, c.role, ", ".join(c.phones), c.email, c.fax)):
            table.setItem(row, col, QTableWidgetItem(text))
        check = QTableWidgetItem()
        check.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        )
        check.setCheckState(Qt.CheckState.Checked if c.can_receive_goods else Qt.CheckState.Unchecked)
        table.setItem(row, 5, check)

    def _remove_contact(self) -> None:
        row = self.ui.contactsTable.currentRow()
        if row >= 0:
            self.ui.contactsTable.removeRow(row)

    def _contacts(self) -> list[clients.ContactEdit]:
        table = self.ui.contactsTable
        out = []
        for row in range(table.rowCount()):
            cell = [(table.item(row, col).text() if table.item(row, col) else "") for col in range(5)]
            if not any(x.strip() for x in cell):
                continue
            receive = (
                table.item(row, 5) is not None and table.item(row, 5).checkState() == Qt.CheckState.Checked
            )
            out.append(
                clients.ContactEdit(
                    cell[0], cell[1], [p for p in cell[2].split(",") if p.strip()], cell[3], cell[4], receive
                )
            )
        return out

    def _save(self) -> None:
        ui = self.ui
        user, client_id = self.user, self.client_id
        type_code = ui.typeCombo.currentData()
        if client_id is None:
            name, phone, tax = ui.nameEdit.text(), ui.phoneEdit.text(), ui.taxEdit.text()
            details = dict(
                city=ui.cityEdit.text(),
                region=ui.regionEdit.text(),
                delivery_address=ui.addressEdit.text(),
                shipping_details=ui.shippingEdit.text(),
                notes=ui.notesEdit.text(),
            )
            people = self._contacts()  # the person on the phone (and any other), saved with the client
            language = ui.languageCombo.currentData()
            job = lambda: clients.create_potential(  # noqa: E731
                user, name, phone, type_code, tax, **details, contacts=people, language=language
            )
        else:
            edit = clients.ClientEdit(
                name=ui.nameEdit.text(),
                client_type=type_code,
                tax_id=ui.taxEdit.text(),
                status=ui.statusCombo.currentData(),
                city=ui.cityEdit.text(),
                region=ui.regionEdit.text(),
                delivery_address=ui.addressEdit.text(),
                shipping_details=ui.shippingEdit.text(),
                notes=ui.notesEdit.text(),
                credit_limit=ui.limitEdit.text(),
                payment_delay_days=ui.delaySpin.value(),
                contacts=self._contacts(),
                language=ui.languageCombo.currentData(),
            )
            version = self.version
            manager = ui.managerCombo.currentData()
            change_manager = ui.managerCombo.isEnabled() and manager != self._manager_before

            new_manager = manager if change_manager else clients.KEEP_MANAGER

            def job():
                return clients.save_client(user, client_id, edit, version, new_manager)

        ui.buttons.setEnabled(False)
        self.worker.submit(job, self._saved, self._show_error)

    def _saved(self, client_id: int) -> None:
        self.saved_id = client_id
        self.accept()

    def _show_error(self, error: BaseException) -> None:
        self.ui.buttons.setEnabled(True)
        self.ui.messageLabel.setText(messages.text(error))
