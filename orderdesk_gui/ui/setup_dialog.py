"""The first-run window: on a database no one can sign in to, it sets up the company (requisites, the
first administrator, departments, client types, price columns) in three pages, instead of sign-in.

Keyboard first: Tab walks a page's fields and buttons, Enter goes on to the next page once this one
is right (on the last, creates the company once every page is right), Alt+B goes back, Esc asks
before quitting. A refused value shows its message and puts the cursor on it, on its own page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from orderdesk_gui.domain import company_setup as rules
from orderdesk_gui.domain.company_setup import Administrator, CompanySetup, Entry, Requisites, SetupError
from orderdesk_gui.services import auth, setup
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.forms.ui_setup_dialog import Ui_SetupDialog
from orderdesk_gui.ui.worker import DbWorker

COMPANY, ADMIN, LISTS = range(3)
CODE, NAME, BASE = range(3)


class SetupDialog(QDialog):
    def __init__(self, worker: DbWorker, database_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_SetupDialog()
        ui.setupUi(self)
        self._worker = worker
        self.created: setup.SetupDone | None = None
        # Esc's question: True to quit (a test answers it without a modal box)
        self.confirm_quit: Callable[[], bool] = self._ask_quit
        font = ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        ui.titleLabel.setFont(font)
        ui.messageLabel.setStyleSheet("color: #b00020; font-weight: bold;")
        ui.messageLabel.hide()
        self.setWindowTitle(self.tr("OrderDesk: a new company on %1").replace("%1", database_label))
        self._requisite_edits = {
            "name": ui.nameEdit,
            "tax_id": ui.binEdit,
            "address": ui.addressEdit,
            "phone": ui.phoneEdit,
            "fax": ui.faxEdit,
            "email": ui.emailEdit,
            "bank": ui.bankEdit,
            "account": ui.accountEdit,
            "bik": ui.bikEdit,
        }
        self._admin_edits = {
            "login": ui.loginEdit,
            "full_name": ui.fullNameEdit,
            "password": ui.passwordEdit,
            "repeat": ui.repeatEdit,
        }
        self._tables = {
            "departments": ui.departmentsTable,
            "client_types": ui.typesTable,
            "price_columns": ui.columnsTable,
        }
        ui.binEdit.setPlaceholderText("990140000126")
        ui.accountEdit.setPlaceholderText("KZ86125KZT5004100100")
        ui.emailEdit.setPlaceholderText("orders@example.kz")
        ui.loginEdit.setText("admin")
        self._fill(ui.departmentsTable, rules.DEFAULT_DEPARTMENTS, fixed=set(rules.REQUIRED_DEPARTMENTS))
        self._fill(ui.typesTable, rules.DEFAULT_CLIENT_TYPES)
        self._fill(ui.columnsTable, rules.DEFAULT_PRICE_COLUMNS, base=True)
        ui.columnsTable.itemChanged.connect(self._one_base)
        for table in self._tables.values():  # the name takes the room left; code and mark their own
            header = table.horizontalHeader()
            header.setStretchLastSection(False)
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
            header.setSectionResizeMode(CODE, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
            if table.columnCount() > BASE:
                header.setSectionResizeMode(BASE, QHeaderView.ResizeMode.ResizeToContents)
        ui.addDepartmentButton.clicked.connect(lambda: self._add_row(ui.departmentsTable))
        ui.addTypeButton.clicked.connect(lambda: self._add_row(ui.typesTable))
        ui.addColumnButton.clicked.connect(lambda: self._add_row(ui.columnsTable, base=True))
        ui.removeDepartmentButton.clicked.connect(lambda: self._remove_row(ui.departmentsTable))
        ui.removeTypeButton.clicked.connect(lambda: self._remove_row(ui.typesTable))
        ui.removeColumnButton.clicked.connect(lambda: self._remove_row(ui.columnsTable))
        ui.backButton.clicked.connect(self.back)
        ui.nextButton.clicked.connect(self.next)
        ui.finishButton.clicked.connect(self.finish)
        ui.cancelButton.clicked.connect(self.reject)
        self._show_page(COMPANY)

    # -- the lists ----------------------------------------------------------------------
    def _fill(
        self, table: QTableWidget, entries, *, fixed: set[str] = frozenset(), base: bool = False
    ) -> None:
        table.setRowCount(0)
        for entry in entries:
            self._add_row(table, entry, fixed=entry.code in fixed, base=base, edit=False)
        table.setCurrentCell(0, NAME)

    def _add_row(
        self, table: QTableWidget, entry: Entry | None = None, *, fixed=False, base=False, edit=True
    ):
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        code = QTableWidgetItem(entry.code if entry else "")
        if fixed:  # the rules name it: its code stays, its name may change
            code.setFlags(code.flags() & ~Qt.ItemFlag.ItemIsEditable)
            code.setData(Qt.ItemDataRole.UserRole, True)
            code.setToolTip(self.tr("The program's rules need this department: its name may change."))
        table.setItem(row, CODE, code)
        table.setItem(row, NAME, QTableWidgetItem(entry.name if entry else ""))
        if base:
            mark = QTableWidgetItem()
            mark.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            )
            mark.setCheckState(Qt.CheckState.Checked if entry and entry.is_base else Qt.CheckState.Unchecked)
            table.setItem(row, BASE, mark)
        table.blockSignals(False)
        if edit:
            table.setFocus()
            table.setCurrentCell(row, CODE)
            table.editItem(table.item(row, CODE))

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row < 0:
            return
        if table.item(row, CODE).data(Qt.ItemDataRole.UserRole):
            self.show_message(self.tr("The program's rules need this department: rename it instead."))
            return
        table.removeRow(row)
        table.setFocus()

    def _one_base(self, item: QTableWidgetItem) -> None:
        """Marking a price column as the base one unmarks the others."""
        if item.column() != BASE or item.checkState() != Qt.CheckState.Checked:
            return
        table = self.ui.columnsTable
        table.blockSignals(True)
        for row in range(table.rowCount()):
            if row != item.row():
                table.item(row, BASE).setCheckState(Qt.CheckState.Unchecked)
        table.blockSignals(False)

    def _entries(self, table: QTableWidget) -> tuple[Entry, ...]:
        def text(row: int, column: int) -> str:
            item = table.item(row, column)
            return item.text() if item is not None else ""

        def base(row: int) -> bool:
            item = table.item(row, BASE) if table.columnCount() > BASE else None
            return item is not None and item.checkState() == Qt.CheckState.Checked

        return tuple(Entry(text(r, CODE), text(r, NAME), base(r)) for r in range(table.rowCount()))

    # -- what was typed -----------------------------------------------------------------
    def plan(self) -> CompanySetup:
        """The setup as typed (unchecked)."""
        edits = self._admin_edits
        return CompanySetup(
            requisites=Requisites(**{k: e.text() for k, e in self._requisite_edits.items()}),
            administrator=Administrator(
                edits["login"].text(), edits["full_name"].text(), edits["password"].text()
            ),
            departments=self._entries(self.ui.departmentsTable),
            client_types=self._entries(self.ui.typesTable),
            price_columns=self._entries(self.ui.columnsTable),
        )

    def _check_page(self, page: int) -> None:
        """``SetupError`` (with its ``field``) for the first bad value on ``page``."""
        plan = self.plan()
        if page == COMPANY:
            rules.check_requisites(plan.requisites)
        elif page == ADMIN:
            try:
                auth.check_login(plan.administrator.login)
            except auth.UserError as exc:
                raise SetupError(exc.code, field="login", **exc.params) from None
            rules.check_administrator(plan.administrator)
            try:
                auth.check_password(plan.administrator.password)
            except auth.UserError as exc:
                raise SetupError(exc.code, field="password", **exc.params) from None
            if self.ui.repeatEdit.text() != plan.administrator.password:
                raise SetupError("setup.passwords_differ", field="repeat")
        else:
            rules.check_departments(plan.departments)
            rules.check_client_types(plan.client_types)
            rules.check_price_columns(plan.price_columns)

    def _page_of(self, field: str) -> int:
        if field in self._requisite_edits:
            return COMPANY
        if field in self._admin_edits:
            return ADMIN
        return LISTS

    def _point_at(self, error: BaseException) -> None:
        """Show ``error`` and put the cursor where it is."""
        params = getattr(error, "params", {}) or {}
        field = params.get("field", "")
        self._show_page(self._page_of(field))
        self.show_message(messages.text(error))
        widget = self._requisite_edits.get(field) or self._admin_edits.get(field)
        if isinstance(widget, QLineEdit):
            widget.setFocus()
            widget.selectAll()
            return
        table = self._tables.get(field)
        if table is not None:
            row = max(0, int(params.get("row", 1) or 1) - 1)
            column = CODE if "code" in getattr(error, "code", "") else NAME
            table.setFocus()
            if row < table.rowCount():
                table.setCurrentCell(row, column)

    # -- pages ------------------------------------------------------------------------
    def _show_page(self, page: int) -> None:
        ui = self.ui
        ui.pages.setCurrentIndex(page)
        titles = {
            COMPANY: self.tr("Step 1 of 3: the company's requisites"),
            ADMIN: self.tr("Step 2 of 3: the first administrator"),
            LISTS: self.tr("Step 3 of 3: departments, client types and price columns"),
        }
        ui.stepLabel.setText(titles[page])
        ui.backButton.setEnabled(page > COMPANY)
        ui.nextButton.setVisible(page < LISTS)
        ui.finishButton.setVisible(page == LISTS)
        # Enter: the next page, or on the last one the company (both only once the values are right)
        ui.nextButton.setDefault(page < LISTS)
        ui.finishButton.setDefault(page == LISTS)
        first = {COMPANY: ui.nameEdit, ADMIN: ui.loginEdit, LISTS: ui.departmentsTable}[page]
        first.setFocus()

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

    def back(self) -> None:
        page = self.ui.pages.currentIndex()
        if page > COMPANY:
            self.show_message("")
            self._show_page(page - 1)

    def next(self) -> None:
        page = self.ui.pages.currentIndex()
        try:
            self._check_page(page)
        except SetupError as exc:
            self._point_at(exc)
            return
        self.show_message("")
        if page < LISTS:
            self._show_page(page + 1)
        else:
            self.finish()

    def finish(self) -> None:
        """Create the company once every page is right (on the worker: one service call)."""
        for page in (COMPANY, ADMIN, LISTS):
            try:
                self._check_page(page)
            except SetupError as exc:
                self._point_at(exc)
                return
        plan = self.plan()
        self._set_busy(True)
        self.show_message(self.tr("Creating the company…"))
        self._worker.submit(lambda: setup.set_up_company(plan), self._created, self._refused)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.ui.pages, self.ui.backButton, self.ui.finishButton, self.ui.cancelButton):
            widget.setEnabled(not busy)

    def _created(self, done: setup.SetupDone) -> None:
        self.created = done
        self.show_message("")
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        self._point_at(error)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Enter in a cell being edited ends that edit only (the cell's editor lets the key through to
        the dialog, whose default button would otherwise create the company with the old text)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and any(
            table.state() == QAbstractItemView.State.EditingState for table in self._tables.values()
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    # -- leaving ----------------------------------------------------------------------
    def _ask_quit(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Quit"),
            self.tr("Quit without setting up the company? Nothing typed here is kept."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        """Esc, the Quit button, the window's close box: quit only when the user says so."""
        if self.created is not None or self.confirm_quit():
            super().reject()
