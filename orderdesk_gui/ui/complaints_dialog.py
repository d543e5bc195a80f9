"""Complaints, claims and wishes (D20): registered from a call (Ctrl+K), and the department head's list
of open items to take and resolve, with the history of every status change. Nothing is deleted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orderdesk_gui.domain.entities import UserInfo
from orderdesk_gui.domain.journal import (
    COMPLAINT_CATEGORIES,
    COMPLAINT_KINDS,
    ComplaintEventRow,
    ComplaintRow,
)
from orderdesk_gui.domain.roles import Permission, has_permission
from orderdesk_gui.domain.states import ComplaintStatus
from orderdesk_gui.ui import formatting as fmt
from orderdesk_gui.ui import messages
from orderdesk_gui.ui.guarded import submit
from orderdesk_gui.ui.models import Column, RowsModel
from orderdesk_gui.ui.views import setup_readonly
from orderdesk_gui.ui.words import CATEGORY_WORDS, KIND_WORDS, STATUS_WORDS, words
from orderdesk_gui.ui.worker import DbWorker

TEXT_LIMIT = 4000


def _when(value: dt.datetime | None) -> str:
    return f"{fmt.local_date(value)} {fmt.local_time(value)}" if value else ""


def complaints_model(parent=None) -> RowsModel[ComplaintRow]:
    return RowsModel(
        [
            Column(QT_TRANSLATE_NOOP("Models", "No."), lambda c: c.id, align_right=True),
            Column(QT_TRANSLATE_NOOP("Models", "Registered"), lambda c: _when(c.created_at)),
            Column(QT_TRANSLATE_NOOP("Models", "Kind"), lambda c: words(KIND_WORDS, c.kind)),
            Column(QT_TRANSLATE_NOOP("Models", "Category"), lambda c: words(CATEGORY_WORDS, c.category)),
            Column(QT_TRANSLATE_NOOP("Models", "Client"), lambda c: c.client_name),
            Column(QT_TRANSLATE_NOOP("Models", "Order"), lambda c: c.order_number),
            Column(QT_TRANSLATE_NOOP("Models", "Department"), lambda c: c.department_name),
            Column(
                QT_TRANSLATE_NOOP("Models", "Status"),
                lambda c: words(STATUS_WORDS, c.status) + (f" · {c.taken_by}" if c.taken_by else ""),
            ),
            Column(
                QT_TRANSLATE_NOOP("Models", "Text"),
                lambda c: c.text.replace("\n", " "),
                tooltip=lambda c: c.text,
            ),
        ],
        parent,
    )


def events_model(parent=None) -> RowsModel[ComplaintEventRow]:
    return RowsModel(
        [
            Column(QT_TRANSLATE_NOOP("Models", "When"), lambda e: _when(e.at)),
            Column(QT_TRANSLATE_NOOP("Models", "Who"), lambda e: e.user_name),
            Column(QT_TRANSLATE_NOOP("Models", "Status"), lambda e: words(STATUS_WORDS, e.status)),
            Column(
                QT_TRANSLATE_NOOP("Models", "Note"),
                lambda e: e.note.replace("\n", " "),
                tooltip=lambda e: e.note,
            ),
        ],
        parent,
    )


class ComplaintDialog(QDialog):
    """Register a complaint, claim or wish on the call and client on screen (Ctrl+K)."""

    registered = Signal(int)

    def __init__(
        self,
        worker: DbWorker,
        user: UserInfo,
        client_id: int | None,
        client_name: str,
        call_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker, self.user, self.client_id, self.call_id = worker, user, client_id, call_id
        self.saved_id: int | None = None
        self.setObjectName("ComplaintDialog")
        self.setWindowTitle(self.tr("Register a complaint, claim or wish"))
        self.setMinimumWidth(600)
        about = (
            self.tr("Client: %s") % client_name
            if client_id is not None
            else self.tr(
                "No client on screen: registered without a client (find the client first to link it)."
            )
        )
        self.about_label = QLabel(about, self)
        self.about_label.setWordWrap(True)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindCombo")
        for kind in COMPLAINT_KINDS:
            self.kind_combo.addItem(words(KIND_WORDS, kind), kind)
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("categoryCombo")
        for category in COMPLAINT_CATEGORIES:
            self.category_combo.addItem(words(CATEGORY_WORDS, category), category)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("complaintText")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr("What the client says, in their words"))
        self.order_combo = QComboBox(self)
        self.order_combo.setObjectName("orderCombo")
        self.order_combo.addItem(self.tr("no order: in general"), None)
        self.order_combo.setEnabled(client_id is not None)
        self.lines_edit = QLineEdit(self)
        self.lines_edit.setObjectName("linesEdit")
        self.lines_edit.setPlaceholderText(self.tr("line numbers of the order, e.g. 1, 4"))
        self.lines_edit.setMaxLength(300)
        self.lines_edit.setEnabled(False)
        self.order_combo.currentIndexChanged.connect(
            lambda _i: self.lines_edit.setEnabled(self.order_combo.currentData() is not None)
        )
        self.department_combo = QComboBox(self)
        self.department_combo.setObjectName("departmentCombo")
        self.department_combo.addItem(self.tr("by category (usual department)"), None)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Category"), self.category_combo)
        form.addRow(self.tr("Text"), self.text_edit)
        form.addRow(self.tr("Order"), self.order_combo)
        form.addRow(self.tr("Lines"), self.lines_edit)
        form.addRow(self.tr("Department"), self.department_combo)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Register"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.kind_combo.setFocus()
        self._load()

    def _load(self) -> None:
        from orderdesk_gui.services import complaints

        client_id = self.client_id

        def show(result) -> None:
            departments, orders = result
            for code, name in departments:
                self.department_combo.addItem(name, code)
            for order in orders:  # number, day and sum: the one the client means is found at a glance
                day = fmt.local_date(order.accepted_at) if order.accepted_at else ""
                self.order_combo.addItem(
                    " · ".join(x for x in (order.number, day, fmt.money(order.total)) if x), order.order_id
                )

        submit(
            self.worker,
            self,
            lambda: complaints.form_choices(client_id),
            show,
            lambda e: self.error_label.setText(messages.text(e)),
        )

    def save(self) -> None:
        from orderdesk_gui.services import complaints

        text = self.text_edit.toPlainText().strip()
        if not text:
            self.error_label.setText(self.tr("Write what the client says."))
            self.text_edit.setFocus()
            return
        if len(text) > TEXT_LIMIT:
            self.error_label.setText(self.tr("The text is too long (at most %d characters).") % TEXT_LIMIT)
            return
        user, client_id, call_id = self.user, self.client_id, self.call_id
        kind, category = self.kind_combo.currentData(), self.category_combo.currentData()
        order_id = self.order_combo.currentData()
        lines = self.lines_edit.text().strip() if order_id is not None else ""
        department = self.department_combo.currentData()
        self.buttons.setEnabled(False)

        def done(complaint_id: int) -> None:
            self.saved_id = complaint_id
            self.registered.emit(complaint_id)
            self.accept()

        def failed(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.error_label.setText(messages.text(error))

        submit(
            self.worker,
            self,
            lambda: complaints.register(
                user,
                kind,
                category,
                text,
                client_id=client_id,
                call_id=call_id,
                order_id=order_id,
                order_lines=lines,
                department_code=department,
            ),
            done,
            failed,
        )


class ComplaintsDialog(QDialog):
    """The items of the departments the user heads: take them, resolve them; history with who and when."""

    loaded = Signal(int)
    detail_loaded = Signal(int)

    def __init__(self, worker: DbWorker, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.user = worker, user
        self.may_resolve = has_permission(user.role, Permission.RESOLVE_COMPLAINTS)
        self.setObjectName("ComplaintsDialog")
        self.setWindowTitle(self.tr("Complaints, claims and wishes of my department"))
        self.resize(1200, 680)
        self.model = complaints_model(self)
        self.view = QTableView(self)
        self.view.setObjectName("complaintsView")
        self.view.setModel(self.model)
        setup_readonly(self.view, stretch_column=8)
        self.view.horizontalHeader().setMaximumSectionSize(240)  # the text keeps room; tooltips show all
        self.resolved_check = QCheckBox(self.tr("Resolved too"), self)
        self.resolved_check.toggled.connect(self.reload)
        self.summary = QLabel(self)
        self.summary.setObjectName("complaintsSummary")

        self.detail = QLabel(self)
        self.detail.setObjectName("complaintDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.events = events_model(self)
        self.events_view = QTableView(self)
        self.events_view.setObjectName("complaintEventsView")
        self.events_view.setModel(self.events)
        setup_readonly(self.events_view, stretch_column=3)
        self.resolution_edit = QPlainTextEdit(self)
        self.resolution_edit.setObjectName("resolutionEdit")
        self.resolution_edit.setTabChangesFocus(True)
        self.resolution_edit.setPlaceholderText(self.tr("Resolution: what was done for the client"))
        self.resolution_edit.setMaximumHeight(80)
        self.take_button = QPushButton(self.tr("&Take it"), self)
        self.take_button.setObjectName("takeButton")
        self.resolve_button = QPushButton(self.tr("&Resolve"), self)
        self.resolve_button.setObjectName("resolveButton")
        for button in (self.take_button, self.resolve_button):
            button.setAutoDefault(False)
            button.setVisible(self.may_resolve)
        self.resolution_edit.setVisible(self.may_resolve)
        self.take_button.clicked.connect(self.take)
        self.resolve_button.clicked.connect(self.resolve)
        self.status = QLabel(self)
        self.status.setObjectName("complaintsStatus")
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.resolved_check)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.view)
        lower = QWidget(self)
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(self.detail, 1)
        left.addWidget(self.resolution_edit)
        actions = QHBoxLayout()
        actions.addWidget(self.take_button)
        actions.addWidget(self.resolve_button)
        actions.addStretch(1)
        left.addLayout(actions)
        lower_layout.addLayout(left, 1)
        history = QVBoxLayout()
        history.addWidget(QLabel(self.tr("History"), self))
        history.addWidget(self.events_view)
        lower_layout.addLayout(history, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([360, 300])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.load_detail())
        self.current_detail: ComplaintRow | None = None
        self._ticket = 0
        self._update_buttons()

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        from orderdesk_gui.services import complaints

        user, resolved = self.user, self.resolved_check.isChecked()
        submit(
            self.worker,
            self,
            lambda: complaints.department_items(user, include_resolved=resolved),
            self._show,
            self._error,
        )

    def _show(self, rows: list[ComplaintRow]) -> None:
        keep = self.current_detail.id if self.current_detail else None
        self.model.set_rows(rows)
        open_count = sum(1 for r in rows if r.status == ComplaintStatus.OPEN)
        taken = sum(1 for r in rows if r.status == ComplaintStatus.TAKEN)
        self.summary.setText(self.tr("%d items: %d open, %d taken") % (len(rows), open_count, taken))
        if rows:
            row = next((i for i, r in enumerate(rows) if r.id == keep), 0)
            self.view.setCurrentIndex(self.model.index(row, 0))  # loads the detail (currentRowChanged)
        else:
            self.current_detail = None
            self.events.set_rows([])
            self.detail.setText(self.tr("Nothing waits for your department."))
            self._update_buttons()
        self.loaded.emit(len(rows))

    def current(self) -> ComplaintRow | None:
        return self.model.row_at(self.view.currentIndex().row())

    def load_detail(self) -> None:
        from orderdesk_gui.services import complaints

        row = self.current()
        if row is None:
            return
        self._ticket += 1
        ticket = self._ticket

        def show(detail: ComplaintRow) -> None:
            if ticket == self._ticket:
                self._show_detail(detail)

        user = self.user
        submit(self.worker, self, lambda: complaints.get(user, row.id), show, self._error)

    def _show_detail(self, c: ComplaintRow) -> None:
        self.current_detail = c
        lines = [
            f"{words(KIND_WORDS, c.kind)} {QCoreApplication.translate('Models', 'No.')} {c.id} · "
            f"{words(CATEGORY_WORDS, c.category)} · "
            f"{words(STATUS_WORDS, c.status)}",
            self.tr("Client: %s") % (c.client_name or "—"),
        ]
        if c.order_number:
            order = self.tr("Order: %s") % c.order_number
            if c.order_lines:
                order += " · " + self.tr("lines %s") % c.order_lines
            lines.append(order)
        lines.append(self.tr("Registered by %s, %s") % (c.created_by, _when(c.created_at)))
        lines.append(self.tr("Department: %s") % (c.department_name or "—"))
        lines.append("")
        lines.append(c.text)
        if c.resolution:
            lines += ["", self.tr("Resolution (%s): %s") % (_when(c.resolved_at), c.resolution)]
        self.detail.setText("\n".join(lines))
        self.events.set_rows(list(c.events))
        self._update_buttons()
        self.detail_loaded.emit(c.id)

    def _update_buttons(self) -> None:
        c = self.current_detail
        self.take_button.setEnabled(c is not None and c.status == ComplaintStatus.OPEN)
        self.resolve_button.setEnabled(c is not None and c.status != ComplaintStatus.RESOLVED)
        self.resolution_edit.setEnabled(c is not None and c.status != ComplaintStatus.RESOLVED)

    def _error(self, error: BaseException) -> None:
        self.status.setText(messages.text(error))

    # -- actions ------------------------------------------------------------------------------------
    def take(self) -> None:
        from orderdesk_gui.services import complaints

        c = self.current_detail
        if c is None:
            return
        user = self.user

        def done(_r) -> None:
            self.status.setText(self.tr("No. %d is yours now.") % c.id)
            self.reload()

        submit(self.worker, self, lambda: complaints.take(user, c.id), done, self._error)

    def resolve(self) -> None:
        from orderdesk_gui.services import complaints

        c = self.current_detail
        if c is None:
            return
        text = self.resolution_edit.toPlainText().strip()
        if not text:
            self.status.setText(self.tr("Write the resolution first: what was done for the client."))
            self.resolution_edit.setFocus()
            return
        user = self.user

        def done(_r) -> None:
            self.resolution_edit.clear()
            self.status.setText(self.tr("No. %d resolved.") % c.id)
            self.reload()

        submit(self.worker, self, lambda: complaints.resolve(user, c.id, text), done, self._error)
