"""People and rights (View → People and rights, Ctrl+Alt+U): the users with their role, department and
state; new, edit, password reset, deactivate or reactivate, unlock; the rights of each role as a matrix of
ticks. Administrators change; a head of a department reads its people. The services check every step."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.roles import Permission, Role
from orderdesk_gui.services import people
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.forms.ui_password_dialog import Ui_PasswordDialog
from orderdesk_gui.ui.forms.ui_people_window import Ui_PeopleWindow
from orderdesk_gui.ui.forms.ui_person_dialog import Ui_PersonDialog
from orderdesk_gui.ui.models import ROLE_LABELS, Column, RowsModel, label
from orderdesk_gui.ui.operations import Operations
from orderdesk_gui.ui.views import setup_readonly

RIGHT_LABELS = {
    "take_orders": QT_TRANSLATE_NOOP("Models", "take orders"),
    "override_debt_gate": QT_TRANSLATE_NOOP("Models", "override the debt gate"),
    "set_manual_price": QT_TRANSLATE_NOOP("Models", "set a price by hand"),
    "edit_clients": QT_TRANSLATE_NOOP("Models", "edit clients"),
    "edit_credit_terms": QT_TRANSLATE_NOOP("Models", "edit credit terms"),
    "mark_invoiced": QT_TRANSLATE_NOOP("Models", "mark orders invoiced"),
    "assign_manager": QT_TRANSLATE_NOOP("Models", "assign a manager"),
    "manage_tasks": QT_TRANSLATE_NOOP("Models", "manage outbound tasks"),
    "resolve_complaints": QT_TRANSLATE_NOOP("Models", "resolve complaints"),
    "edit_routing": QT_TRANSLATE_NOOP("Models", "edit call routing"),
    "manage_users": QT_TRANSLATE_NOOP("Models", "manage people and rights"),
    "view_reports": QT_TRANSLATE_NOOP("Models", "view reports"),
    "exchange_data": QT_TRANSLATE_NOOP("Models", "exchange data with accounting"),
    "manage_promotions": QT_TRANSLATE_NOOP("Models", "manage promotions"),
}
ERROR_STYLE = "color: #b00020; font-weight: bold;"


def _state(p: people.Person) -> str:
    words = [
        label(
            {}, QT_TRANSLATE_NOOP("Models", "active") if p.active else QT_TRANSLATE_NOOP("Models", "inactive")
        )
    ]
    if p.locked:
        words.append(label({}, QT_TRANSLATE_NOOP("Models", "locked")))
    if p.must_change_password:
        words.append(label({}, QT_TRANSLATE_NOOP("Models", "new password due")))
    return ", ".join(words)


class PasswordDialog(QDialog):
    """A new password typed twice: the administrator's temporary one, or the user's own after a reset."""

    def __init__(self, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setText(intro)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
        self.ui.messageLabel.hide()
        self.ui.buttons.accepted.connect(self._check)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.firstEdit.setFocus()

    def password(self) -> str:
        return self.ui.firstEdit.text()

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

    def _check(self) -> None:
        if not self.ui.firstEdit.text() or self.ui.firstEdit.text() != self.ui.secondEdit.text():
            self.show_message(self.tr("The two passwords differ: type the same one twice."))
            self.ui.secondEdit.clear()
            self.ui.secondEdit.setFocus()
            return
        self.accept()


class PersonDialog(QDialog):
    """A new person or the changes to one; saved by the service, refusals shown here."""

    def __init__(
        self, ops: Operations, user: UserInfo, departments, person: people.Person | None, parent=None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self.ops, self.user, self.person = ops, user, person
        self.saved: people.Person | None = None
        ui = self.ui
        ui.messageLabel.setStyleSheet(ERROR_STYLE)
        ui.messageLabel.hide()
        for role in Role:
            ui.roleCombo.addItem(label(ROLE_LABELS, role.value), role.value)
        for combo in (ui.departmentCombo, ui.headOfCombo):
            combo.addItem(self.tr("none"), None)
            for dept_id, name in departments:
                combo.addItem(name, dept_id)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        if person is None:
            self.setWindowTitle(self.tr("New person"))
            ui.loginEdit.setFocus()
            return
        self.setWindowTitle(self.tr("Person: %s") % person.login)
        ui.loginEdit.setText(person.login)
        ui.loginEdit.setReadOnly(True)
        ui.passwordEdit.hide()
        ui.passwordLabel.hide()
        ui.nameEdit.setText(person.full_name)
        ui.roleCombo.setCurrentIndex(max(0, ui.roleCombo.findData(person.role)))
        ui.departmentCombo.setCurrentIndex(max(0, ui.departmentCombo.findData(person.department_id)))
        ui.headOfCombo.setCurrentIndex(max(0, ui.headOfCombo.findData(person.head_of_id)))
        ui.kamCheck.setChecked(person.is_key_account_manager)
        ui.extensionEdit.setText(person.extension)
        ui.phoneEdit.setText(person.phone)
        ui.emailEdit.setText(person.email)
        ui.nameEdit.setFocus()

    def data(self) -> people.PersonInput:
        ui = self.ui
        return people.PersonInput(
            login=ui.loginEdit.text(),
            full_name=ui.nameEdit.text(),
            role=ui.roleCombo.currentData(),
            department_id=ui.departmentCombo.currentData(),
            head_of_id=ui.headOfCombo.currentData(),
            is_key_account_manager=ui.kamCheck.isChecked(),
            extension=ui.extensionEdit.text(),
            phone=ui.phoneEdit.text(),
            email=ui.emailEdit.text(),
        )

    def save(self) -> None:
        user, data = self.user, self.data()
        if self.person is None:
            password = self.ui.passwordEdit.text()
            job = lambda: people.create_person(user, data, password)  # noqa: E731
        else:
            person_id = self.person.id
            job = lambda: people.update_person(user, person_id, data)  # noqa: E731
        self.ui.buttons.setEnabled(False)
        self.ops.run(self, job, self._saved, self._refused)

    def _saved(self, person: people.Person) -> None:
        self.saved = person
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.ui.buttons.setEnabled(True)
        self.ui.messageLabel.setText(messages.text(error))
        self.ui.messageLabel.show()


class PeopleWindow(QDialog):
    def __init__(self, ops: Operations, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PeopleWindow()
        self.ui.setupUi(self)
        self.ops, self.user = ops, user
        self.data: people.People | None = None
        self.matrix: dict[str, dict[str, people.RightsCell]] = {}
        ui = self.ui
        self.model = RowsModel(
            [
                Column(QT_TRANSLATE_NOOP("Models", "User name"), lambda p: p.login),
                Column(QT_TRANSLATE_NOOP("Models", "Full name"), lambda p: p.full_name),
                Column(QT_TRANSLATE_NOOP("Models", "Role"), lambda p: label(ROLE_LABELS, p.role)),
                Column(QT_TRANSLATE_NOOP("Models", "State"), _state),
                Column(QT_TRANSLATE_NOOP("Models", "Department"), lambda p: p.department),
                Column(QT_TRANSLATE_NOOP("Models", "Heads"), lambda p: p.head_of),
                Column(QT_TRANSLATE_NOOP("Models", "Extension"), lambda p: p.extension),
            ],
            self,
        )
        ui.view.setModel(self.model)
        setup_readonly(ui.view)
        ui.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # capped below
        ui.view.doubleClicked.connect(self.edit)
        ui.view.activated.connect(self.edit)  # Enter on a row
        ui.messageLabel.hide()
        ui.newButton.clicked.connect(self.new)
        ui.editButton.clicked.connect(self.edit)
        ui.resetButton.clicked.connect(self.reset)
        ui.activeButton.clicked.connect(self.toggle_active)
        ui.unlockButton.clicked.connect(self.unlock)
        ui.saveRightsButton.clicked.connect(self.save_rights)
        ui.inactiveCheck.toggled.connect(self._fill)
        ui.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, lambda: self.reload(rights=True))
        QShortcut(QKeySequence(Qt.Key.Key_Insert), ui.view, self.new)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), ui.view, self.toggle_active)
        QShortcut(QKeySequence.StandardKey.Save, ui.rightsTab, self.save_rights)  # Ctrl+S on the rights
        ui.view.selectionModel().currentRowChanged.connect(lambda *_: self._buttons())
        header = ui.rightsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # long role names (kk)
        header.setStretchLastSection(True)
        self._buttons()
        ui.view.setFocus()
        self.reload(rights=True)

    # --- the people ---------------------------------------------------------

    def current(self) -> people.Person | None:
        return self.model.row_at(self.ui.view.currentIndex().row())

    def reload(self, select: int | None = None, rights: bool = False) -> None:
        """The people again (F5: and the rights; ticks not saved yet stay otherwise)."""
        user = self.user
        chosen = select or (self.current().id if self.current() else None)
        self.ops.run(self, lambda: people.list_people(user), lambda d: self._shown(d, chosen), self._failed)
        if rights:
            self.ops.run(self, lambda: people.rights(user), self._rights, self._failed)

    def _shown(self, data: people.People, chosen: int | None) -> None:
        self.data = data
        self._fill(chosen)

    def _fill(self, chosen: int | None = None) -> None:
        if self.data is None:
            return
        if not isinstance(chosen, int) or isinstance(chosen, bool):
            chosen = self.current().id if self.current() else None
        everyone = self.ui.inactiveCheck.isChecked()
        self.model.set_rows([p for p in self.data.rows if everyone or p.active])
        view = self.ui.view
        view.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):  # long department names elide, the row fits
            view.setColumnWidth(column, min(view.columnWidth(column), 210))
        rows = self.model.rows()
        if rows:
            at = next((i for i, p in enumerate(rows) if p.id == chosen), 0)
            self.ui.view.setCurrentIndex(self.model.index(at, 0))
        self._buttons()

    def _buttons(self) -> None:
        ui, person = self.ui, self.current()
        editable = bool(self.data and self.data.editable)
        for button in (ui.newButton, ui.saveRightsButton):
            button.setVisible(editable)
        for button in (ui.editButton, ui.resetButton, ui.activeButton, ui.unlockButton):
            button.setVisible(editable)
            button.setEnabled(person is not None)
        if person is not None:
            ui.activeButton.setText(self.tr("&Deactivate") if person.active else self.tr("Re&activate"))
            ui.unlockButton.setEnabled(person.locked)
        ui.rightsHint.setVisible(editable)

    def _failed(self, error: BaseException) -> None:
        self.say(messages.text(error), error=True)

    def say(self, text: str, error: bool = False) -> None:
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

    def _done(self, person: people.Person, text: str) -> None:
        self.activateWindow()  # the keys come back to the list after a dialog
        self.ui.view.setFocus()
        self.say(text % person.login)
        self.reload(person.id)

    def new(self) -> PersonDialog | None:
        if not (self.data and self.data.editable):
            return None
        dialog = PersonDialog(self.ops, self.user, self.data.departments, None, self)
        dialog.accepted.connect(
            lambda: self._done(
                dialog.saved, self.tr("%s created: a new password is due at the first sign-in.")
            )
        )
        dialog.open()
        return dialog

    def edit(self, *_args) -> PersonDialog | None:
        person = self.current()
        if person is None or not (self.data and self.data.editable):
            return None
        dialog = PersonDialog(self.ops, self.user, self.data.departments, person, self)
        dialog.accepted.connect(lambda: self._done(dialog.saved, self.tr("%s saved.")))
        dialog.open()
        return dialog

    def reset(self) -> PasswordDialog | None:
        person = self.current()
        if person is None:
            return None
        dialog = PasswordDialog(
            self.tr(
                "A temporary password for %s (8 characters or more, not the user name, not only digits): "
                "they choose their own at the next sign-in."
            )
            % person.full_name,
            self,
        )
        user, person_id = self.user, person.id

        def send() -> None:
            password = dialog.password()
            self.ops.run(
                self,
                lambda: people.reset_password(user, person_id, password),
                lambda p: self._done(p, self.tr("The password of %s was reset.")),
                self._failed,
            )

        dialog.accepted.connect(send)
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        person = self.current()
        if person is None or not (self.data and self.data.editable):
            return
        user, person_id, active = self.user, person.id, not person.active
        text = (
            self.tr("%s is active again.")
            if active
            else self.tr("%s is deactivated: their calls and orders keep the name.")
        )
        self.ops.run(
            self,
            lambda: people.set_active(user, person_id, active),
            lambda p: self._done(p, text),
            self._failed,
        )

    def unlock(self) -> None:
        person = self.current()
        if person is None or not person.locked:
            return
        user, person_id = self.user, person.id
        self.ops.run(
            self,
            lambda: people.unlock(user, person_id),
            lambda p: self._done(p, self.tr("%s is unlocked.")),
            self._failed,
        )

    # --- the rights ---------------------------------------------------------

    def _rights(self, matrix: dict[str, dict[str, people.RightsCell]]) -> None:
        self.matrix = matrix
        table = self.ui.rightsTable
        roles_ = [r.value for r in Role]
        rights = [p.value for p in Permission]
        table.clear()
        table.setRowCount(len(rights))
        table.setColumnCount(len(roles_))
        table.setHorizontalHeaderLabels([label(ROLE_LABELS, r) for r in roles_])
        table.setVerticalHeaderLabels([label(RIGHT_LABELS, p) for p in rights])
        editable = bool(self.data and self.data.editable)
        for col, role in enumerate(roles_):
            for row, right in enumerate(rights):
                cell = matrix[role][right]
                item = QTableWidgetItem()
                flags = Qt.ItemFlag.ItemIsSelectable
                if editable and not cell.fixed:
                    flags |= Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                item.setCheckState(Qt.CheckState.Checked if cell.granted else Qt.CheckState.Unchecked)
                if cell.granted != cell.default:
                    item.setToolTip(self.tr("changed from the default"))
                    item.setText("*")
                table.setItem(row, col, item)

    def wanted_rights(self) -> dict[str, set[str]]:
        table = self.ui.rightsTable
        roles_ = [r.value for r in Role]
        rights = [p.value for p in Permission]
        return {
            role: {
                right
                for row, right in enumerate(rights)
                if table.item(row, col).checkState() == Qt.CheckState.Checked
            }
            for col, role in enumerate(roles_)
        }

    def save_rights(self) -> None:
        user, wanted = self.user, self.wanted_rights()
        self.ops.run(
            self,
            lambda: people.save_rights(user, wanted),
            lambda matrix: (self._rights(matrix), self.say(self.tr("Rights saved."))),
            self._failed,
        )
